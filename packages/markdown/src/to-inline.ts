import {type AuthorialNote, type Inline, plainText} from '@clausewise/model'
import {encodeValue, escapeDestination, escapeText} from './escape.js'

/** What the writer keeps while rendering inline content. */
export interface InlineState {
  /** Notes met so far, with the label their call uses, in order. */
  notes: {label: string; note: AuthorialNote}[]
  /** Labels used (lower-cased: GFM matches labels case-insensitively). */
  labels: Set<string>
}

/** Where inline content stands. */
export interface InlineContext {
  /** The content opens a block. */
  atStart?: boolean | undefined
  /** The content closes a block. */
  atEnd?: boolean | undefined
  /** The content is a heading's, which cannot hold a line break. */
  heading?: boolean | undefined
}

type Handler = (
  node: never,
  state: InlineState,
  context: InlineContext,
  /** The last characters written before the node (at most two; empty at the start). */
  before: string,
  last: boolean,
) => string

const wordLike = /[\p{L}\p{N}]/u

/** Whether `*x*`, `~x~` and friends read back as markup: both ends of `x` must be letters or digits. */
function flankable(content: string, before: string): boolean {
  if (content === '') return false
  const first = content[0]!
  const final = content[content.length - 1]!
  if (before.endsWith('*') || before.endsWith('~') || before.endsWith('\\')) return false
  return wordLike.test(first) && wordLike.test(final)
}

/** A span the convention has no Markdown for: `[content](<clausewise:type?key=value>)`. */
function typed(type: string, content: string, attributes: [string, string | undefined][] = []): string {
  const query = attributes
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([key, value]) => `${key}=${encodeValue(value)}`)
    .join('&')
  return `[${content}](<clausewise:${type}${query ? `?${query}` : ''}>)`
}

function children(nodes: Inline[], state: InlineState): string {
  return inlineToMarkdown(nodes, state, {})
}

function marked(type: string, delimiter: string) {
  return (
    node: {children: Inline[]; eId?: string | undefined},
    state: InlineState,
    _context: InlineContext,
    before: string,
  ) => {
    const content = children(node.children, state)
    if (node.eId === undefined && flankable(content, before)) return `${delimiter}${content}${delimiter}`
    return typed(type, content, [['eId', node.eId]])
  }
}

/** Hrefs that a reader keeps as links; anything else (e.g. `javascript:`) it reads as text. */
export function isSafeHref(href: string): boolean {
  const colon = href.indexOf(':')
  if (colon === -1) return true
  const slash = href.search(/[/?#]/)
  if (slash !== -1 && slash < colon) return true
  const scheme = href.slice(0, colon).toLowerCase()
  return scheme === 'http' || scheme === 'https' || scheme === 'mailto'
}

/** AKN inline content the convention has no syntax for: its text, escaped. */
const asText = (node: Inline): string => escapeText(plainText(node).replace(/\s+/g, ' '))

const handlers: Record<Inline['type'], Handler> = {
  inline: (node: Inline) => asText(node),
  marker: (node: {element: string}) => (node.element === 'eol' || node.element === 'eop' ? ' ' : ''),
  subFlow: (node: Inline) => asText(node),
  opaque: (node: Inline) => asText(node),
  text(node: {value: string}, _state, context, before, last) {
    return escapeText(node.value, {
      atStart: context.atStart === true && before === '',
      atEnd: context.atEnd === true && last,
      afterBracket: before.endsWith(']'),
    })
  },
  sup(node: {children: Inline[]}, state, _context, before) {
    const only = node.children[0]
    if (node.children.length === 1 && only?.type === 'text' && only.value !== '' && !before.endsWith('^'))
      return `^${escapeText(only.value)}^`
    return typed('sup', children(node.children, state))
  },
  sub: marked('sub', '~'),
  i: marked('i', '*'),
  b: marked('b', '**'),
  del: marked('del', '~~'),
  u: (node: {children: Inline[]}, state) => typed('u', children(node.children, state)),
  ins: (node: {children: Inline[]; eId?: string}, state) =>
    typed('ins', children(node.children, state), [['eId', node.eId]]),
  docNumber: (node: {children: Inline[]}, state) => typed('docNumber', children(node.children, state)),
  docTitle: (node: {children: Inline[]}, state) => typed('docTitle', children(node.children, state)),
  shortTitle: (node: {children: Inline[]}, state) => typed('shortTitle', children(node.children, state)),
  quotedText: (node: {children: Inline[]; startQuote?: string; endQuote?: string}, state) =>
    typed('quotedText', children(node.children, state), [
      ['startQuote', node.startQuote],
      ['endQuote', node.endQuote],
    ]),
  party(node: {children: Inline[]; refersTo: string}, state) {
    const content = children(node.children, state)
    if (/^[A-Za-z0-9._-]+$/.test(node.refersTo)) return `[${content}](party:${node.refersTo})`
    return typed('party', content, [['refersTo', node.refersTo]])
  },
  ref(node: {children: Inline[]; href: string}, state) {
    const content = children(node.children, state)
    const lower = node.href.toLowerCase()
    if (lower.startsWith('party:') || lower.startsWith('clausewise:') || node.href.includes('\n'))
      return typed('ref', content, [['href', node.href]])
    return `[${content}](<${escapeDestination(node.href)}>)`
  },
  noteRef: (node: {href: string; marker?: string}) =>
    typed('noteRef', node.marker === undefined ? '' : escapeText(node.marker), [
      ['href', node.href],
      ['marker', node.marker === undefined ? 'none' : undefined],
    ]),
  authorialNote(node: AuthorialNote, state) {
    let label = /^[\p{L}\p{N}]{1,16}$/u.test(node.marker) ? node.marker : 'note'
    if (state.labels.has(label.toLowerCase())) {
      let counter = state.notes.length + 1
      while (state.labels.has(`${label}-${counter}`.toLowerCase())) counter++
      label = `${label}-${counter}`
    }
    state.labels.add(label.toLowerCase())
    state.notes.push({label, note: node})
    return `[^${label}]`
  },
  br: (_node: unknown, _state, context) => (context.heading ? typed('br', '') : '\\\n'),
}

/**
 * Inline content as Markdown in the convention: text escaped, `*i*`, `**b**`, `^sup^`, `~sub~`,
 * `~~del~~`, links, `party:` links, footnote calls, and `[…](clausewise:type)` for the rest.
 */
export function inlineToMarkdown(nodes: Inline[], state: InlineState, context: InlineContext): string {
  // Pieces are joined once at the end, and handlers see only the last characters written: building
  // one growing string and reading it back per node is quadratic in V8 (its ropes get flattened).
  const parts: string[] = []
  let tail = ''
  nodes.forEach((node, index) => {
    const handle = handlers[node.type]
    if (!handle) throw new Error(`Cannot render unknown node \`${(node as {type: string}).type}\``)
    const piece = handle(node as never, state, context, tail, index === nodes.length - 1)
    // `!` before a link would make it an image.
    if (piece.startsWith('[') && tail.endsWith('!') && backslashesBeforeLast(parts) % 2 === 0) {
      let at = parts.length - 1
      while (parts[at] === '') at--
      parts[at] = `${parts[at]!.slice(0, -1)}\\!`
      tail = `${tail.slice(0, -1)}\\!`.slice(-tailLength)
    }
    if (piece === '') return
    parts.push(piece)
    tail = (piece.length >= tailLength ? piece : tail + piece).slice(-tailLength)
  })
  return parts.join('')
}

/** How many of the last characters written the handlers see. */
const tailLength = 2

/** Backslashes just before the last character written, across parts; linear in their number. */
function backslashesBeforeLast(parts: string[]): number {
  let count = 0
  let skip = 1
  for (let at = parts.length - 1; at >= 0; at--) {
    const part = parts[at]!
    for (let index = part.length - 1; index >= 0; index--) {
      if (skip > 0) {
        skip--
        continue
      }
      if (part.charCodeAt(index) !== 92) return count
      count++
    }
  }
  return count
}

import {type AuthorialNote, type Inline, plainText} from '@clausewise/model'
import type {Html, Link, PhrasingContent, Text} from 'mdast'
import type {Node as UnistNode} from 'unist'
import {encodeValue, isSafeHref} from '../href.js'
import {leadingLabel} from '../labels.js'
import {pushAll} from '../push.js'
import type {KeptTables} from './tables.js'

/** What the writer keeps while converting inline content. */
export interface InlineState {
  /** Notes met so far, with the label their call uses, in order. */
  notes: {label: string; note: AuthorialNote}[]
  /** Labels used (lower-cased: GFM matches labels case-insensitively). */
  labels: Set<string>
  /** Write line breaks as typed spans, so that a paragraph is one line (for redlines). */
  typedBreaks?: boolean | undefined
  /** Tables put aside before the decision shape was taken, by the text that stands for each. */
  tables?: KeptTables | undefined
}

/** Where inline content stands. */
export interface InlinePlace {
  /** The content opens a block: a space there is written as a character reference, a label escaped. */
  atStart?: boolean | undefined
  /** The content closes a block: a space there is written as a character reference. */
  atEnd?: boolean | undefined
  /** A label opening the content is escaped (default: as `atStart`). */
  labels?: boolean | undefined
  /** The content is a heading's, which cannot hold a line break. */
  heading?: boolean | undefined
}

/** A `subscript` node (`~x~`), written by the convention's own handler. */
export interface Subscript extends UnistNode {
  type: 'subscript'
  children: PhrasingContent[]
}

declare module 'mdast' {
  interface PhrasingContentMap {
    subscript: Subscript
  }
}

// Characters whose literal value a Markdown parser would change, written as character references.
const encoded: Record<string, string> = {
  '\t': '&#9;',
  '\n': '&#10;',
  '\v': '&#11;',
  '\f': '&#12;',
  '\r': '&#13;',
}

const raw = (value: string): Html => ({type: 'html', value})

/** A text as mdast: `text` nodes, and raw character references where Markdown would change it. */
function textNodes(value: string, place: InlinePlace, first: boolean, last: boolean): PhrasingContent[] {
  const result: PhrasingContent[] = []
  let start = 0
  let run = ''
  const flush = () => {
    if (run) result.push({type: 'text', value: run} as Text)
    run = ''
  }
  for (let index = 0; index < value.length; index++) {
    const character = value[index]!
    const reference = encoded[character]
    const edgeSpace =
      character === ' ' &&
      ((index === 0 && first && place.atStart) || (index === value.length - 1 && last && place.atEnd))
    if (reference || edgeSpace) {
      flush()
      result.push(raw(reference ?? '&#32;'))
      start = index + 1
      continue
    }
    run += character
  }
  void start
  flush()
  return result
}

/** Whether `~x~` and friends read back as markup: both ends of `x` must be letters or digits. */
function flankable(children: Inline[]): boolean {
  if (children.length !== 1) return false
  const only = children[0]!
  if (only.type !== 'text' || only.value === '') return false
  const word = /[\p{L}\p{N}]/u
  return word.test(only.value[0]!) && word.test(only.value[only.value.length - 1]!)
}

/** A span the convention has no Markdown for: `[content](clausewise:type?key=value)`. */
/** A typed span, `[content](<clausewise:type?key=value>)` (attributes without a value left out). */
export function typed(
  type: string,
  children: PhrasingContent[],
  attributes: [string, string | undefined][] = [],
): Link {
  const query = attributes
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([key, value]) => `${key}=${encodeValue(value)}`)
    .join('&')
  return {type: 'link', url: `clausewise:${type}${query ? `?${query}` : ''}`, children}
}

/** A note's call: `[^label]`, its label made from its marker and unique. */
function noteCall(note: AuthorialNote, state: InlineState): PhrasingContent {
  let label = /^[\p{L}\p{N}]{1,16}$/u.test(note.marker) ? note.marker : 'note'
  if (state.labels.has(label.toLowerCase())) {
    let counter = state.notes.length + 1
    while (state.labels.has(`${label}-${counter}`.toLowerCase())) counter++
    label = `${label}-${counter}`
  }
  state.labels.add(label.toLowerCase())
  state.notes.push({label, note})
  return {type: 'footnoteReference', identifier: label.toLowerCase(), label}
}

function one(
  node: Inline,
  state: InlineState,
  place: InlinePlace,
  first: boolean,
  last: boolean,
): PhrasingContent[] {
  const inner = (children: Inline[]) => inlineToMdast(children, state, {heading: place.heading})
  switch (node.type) {
    case 'text':
      return textNodes(node.value, place, first, last)
    case 'sup': {
      const only = node.children[0]
      if (
        node.children.length === 1 &&
        only?.type === 'text' &&
        /^[^\s^]+$/u.test(only.value) &&
        !/[\t\n\v\f\r]/.test(only.value)
      )
        return [{type: 'superscript', children: [{type: 'text', value: only.value}]}]
      return [typed('sup', inner(node.children))]
    }
    case 'sub':
      return flankable(node.children)
        ? [{type: 'subscript', children: inner(node.children)}]
        : [typed('sub', inner(node.children))]
    case 'del':
      return node.eId === undefined && flankable(node.children)
        ? [{type: 'delete', children: inner(node.children)}]
        : [typed('del', inner(node.children), [['eId', node.eId]])]
    // mdast-util-to-markdown writes the characters at the edges of emphasis as character references
    // where `*` would not open or close there: emphasis and strong always read back, in links too.
    case 'i':
      return node.children.length > 0
        ? [{type: 'emphasis', children: inner(node.children)}]
        : [typed('i', [])]
    case 'b':
      return node.children.length > 0 ? [{type: 'strong', children: inner(node.children)}] : [typed('b', [])]
    case 'u':
    case 'docNumber':
    case 'docTitle':
    case 'shortTitle':
      return [typed(node.type, inner(node.children))]
    case 'ins':
      return [typed('ins', inner(node.children), [['eId', node.eId]])]
    case 'quotedText':
      return [
        typed('quotedText', inner(node.children), [
          ['startQuote', node.startQuote],
          ['endQuote', node.endQuote],
        ]),
      ]
    case 'party':
      if (/^[A-Za-z0-9._-]+$/.test(node.refersTo))
        return [{type: 'link', url: `party:${node.refersTo}`, children: inner(node.children)}]
      return [typed('party', inner(node.children), [['refersTo', node.refersTo]])]
    case 'ref': {
      const lower = node.href.toLowerCase()
      if (
        lower.startsWith('party:') ||
        lower.startsWith('clausewise:') ||
        /[\n\r]/.test(node.href) ||
        !isSafeHref(node.href)
      )
        return [typed('ref', inner(node.children), [['href', node.href]])]
      return [{type: 'link', url: node.href, children: inner(node.children)}]
    }
    case 'noteRef':
      return [
        typed('noteRef', node.marker === undefined ? [] : textNodes(node.marker, {}, false, false), [
          ['href', node.href],
          ['marker', node.marker === undefined ? 'none' : undefined],
        ]),
      ]
    case 'authorialNote':
      return [noteCall(node, state)]
    case 'br':
      return place.heading || state.typedBreaks ? [typed('br', [])] : [{type: 'break'}]
    // AKN inline content the convention has no syntax for: its content, or its text.
    case 'inline':
      return inner(node.children)
    case 'marker':
      return node.element === 'eol' || node.element === 'eop' ? textNodes(' ', place, first, last) : []
    case 'subFlow':
    case 'opaque':
      return textNodes(plainText(node).replace(/\s+/gu, ' '), place, first, last)
    default:
      throw new Error(`Cannot write unknown inline node \`${(node as {type: string}).type}\``)
  }
}

/**
 * Inline content as mdast phrasing: `*i*`, `**b**`, `^sup^`, `~sub~`, `~~del~~`, links, `party:`
 * links, footnote calls, `[…](clausewise:type)` for the rest; text that Markdown would change is
 * written as character references (raw `html` nodes), a label opening a block has its last character
 * escaped (`a\)`), and mdast-util-to-markdown escapes the rest where its context needs it.
 */
export function inlineToMdast(nodes: Inline[], state: InlineState, place: InlinePlace): PhrasingContent[] {
  const result: PhrasingContent[] = []
  nodes.forEach((node, index) => {
    const converted = one(node, state, place, index === 0, index === nodes.length - 1)
    if (index === 0 && (place.labels ?? place.atStart) && node.type === 'text') unlabel(converted)
    pushAll(result, converted)
  })
  return result
}

/** A text that opens a block with a label (`(1) …`, `a. …`): its last character escaped, raw. */
function unlabel(converted: PhrasingContent[]): void {
  const head = converted[0]
  if (head?.type !== 'text') return
  const label = leadingLabel(head.value)
  if (!label) return
  converted.splice(0, 1, raw(`${label.slice(0, -1)}\\${label.slice(-1)}`))
  const rest = head.value.slice(label.length)
  if (rest) converted.splice(1, 0, {type: 'text', value: rest})
}

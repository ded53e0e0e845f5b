import type {AuthorialNote, Inline, NoteRef, P} from '@clausewise/model'
import type {Definition, FootnoteDefinition, Link, LinkReference, Node, Parent} from 'mdast'
import {parseDirective} from '../directive.js'
import {decodeValue, isSafeHref} from '../href.js'
import {positionOf, type ReaderContext, sliceOf, warn} from './context.js'
import {pandocSpans} from './pandoc-spans.js'

/** Deepest inline nesting read as markup; deeper content is kept as its source text. */
export const maxInlineDepth = 100

type InlineHandler = (node: never, context: InlineContext, depth: number) => Inline[]

/** The reader's context with what inline conversion needs beyond it: link definitions. */
export interface InlineContext extends ReaderContext {
  /** Link reference definitions by normalised label. */
  links: Map<string, Definition>
}

function at<T extends Inline>(node: T, context: InlineContext, from: Node): T {
  const position = positionOf(context, from)
  if (position) node.position = position
  return node
}

function inner(node: Node, context: InlineContext, depth: number): Inline[] {
  return context.convertPhrasing((node as Parent).children ?? [], depth + 1)
}

function asText(node: Node, context: InlineContext): Inline[] {
  const value = sliceOf(context, node)
  return value ? [at({type: 'text', value}, context, node)] : []
}

/** A span the convention has no Markdown for: `[content](<clausewise:type?key=value>)`. */
function typedLink(node: Link, context: InlineContext, depth: number): Inline[] {
  const rest = node.url.slice('clausewise:'.length)
  const question = rest.indexOf('?')
  const type = question === -1 ? rest : rest.slice(0, question)
  const attributes = new Map<string, string>()
  if (question !== -1) {
    for (const pair of rest.slice(question + 1).split('&')) {
      const equals = pair.indexOf('=')
      if (equals === -1) continue
      const value = decodeValue(pair.slice(equals + 1))
      if (value !== undefined) attributes.set(pair.slice(0, equals), value)
    }
  }
  const content = inner(node, context, depth)
  const eId = attributes.get('eId')
  switch (type) {
    case 'u':
    case 'sup':
    case 'sub':
    case 'i':
    case 'b':
    case 'docNumber':
    case 'docTitle':
    case 'shortTitle':
      return [at({type, children: content}, context, node)]
    case 'ins':
    case 'del':
      return [
        at(eId === undefined ? {type, children: content} : {type, eId, children: content}, context, node),
      ]
    case 'quotedText': {
      const quoted: Inline = {type: 'quotedText', children: content}
      const start = attributes.get('startQuote')
      const end = attributes.get('endQuote')
      if (start !== undefined) quoted.startQuote = start
      if (end !== undefined) quoted.endQuote = end
      return [at(quoted, context, node)]
    }
    case 'party':
      return [
        at({type: 'party', refersTo: attributes.get('refersTo') ?? '', children: content}, context, node),
      ]
    case 'ref': {
      const href = attributes.get('href') ?? ''
      if (!isSafeHref(href)) return unsafe(node, href, content, context)
      return [at({type: 'ref', href, children: content}, context, node)]
    }
    case 'noteRef': {
      const noteRef: Inline = {type: 'noteRef', href: attributes.get('href') ?? ''}
      if (attributes.get('marker') !== 'none') noteRef.marker = content.map(plain).join('')
      return [at(noteRef, context, node)]
    }
    case 'br':
      return [at({type: 'br'}, context, node)]
    default:
      warn(
        context,
        'unknown-span',
        `Unknown span type \`${type.slice(0, 40)}\`: kept its text`,
        positionOf(context, node),
        false,
      )
      return content
  }
}

function plain(node: Inline): string {
  if (node.type === 'text') return node.value
  return 'children' in node ? (node.children as Inline[]).map(plain).join('') : ''
}

function unsafe(node: Node, href: string, content: Inline[], context: InlineContext): Inline[] {
  warn(
    context,
    'unsafe-link',
    `Link to \`${href.slice(0, 40)}\` dropped: only http, https, mailto and relative links are kept`,
    positionOf(context, node),
    false,
  )
  return content
}

/** A link (inline or by reference) as a `ref`, a `party` or a typed span. */
function link(node: Link | LinkReference, url: string, context: InlineContext, depth: number): Inline[] {
  if (url.startsWith('clausewise:') && node.type === 'link') return typedLink(node, context, depth)
  const content = inner(node, context, depth)
  if (url.startsWith('party:'))
    return [at({type: 'party', refersTo: url.slice('party:'.length), children: content}, context, node)]
  if (!isSafeHref(url)) return unsafe(node, url, content, context)
  return [at({type: 'ref', href: url, children: content}, context, node)]
}

/**
 * A footnote call: the note, read from its definition at the first call; a later call refers to that
 * note (`noteRef`) rather than copying it, so that definitions calling each other cost their size once.
 */
function footnoteCall(
  node: {identifier: string; label?: string | null | undefined} & Node,
  context: InlineContext,
  depth: number,
): Inline[] {
  const definition = context.definitions.get(node.identifier)
  if (!definition || context.reading.has(node.identifier)) {
    warn(context, 'footnote-cycle', 'Footnote calls itself: kept as text', positionOf(context, node), false)
    return asText(node, context)
  }
  const marker = definition.label ?? node.label ?? node.identifier
  const known = context.notes.get(node.identifier)
  if (known) {
    // One diagnostic per footnote, however often it is called again.
    if (!context.reused.has(node.identifier)) {
      context.reused.add(node.identifier)
      warn(
        context,
        'footnote-reused',
        `Footnote \`${marker.slice(0, 40)}\` called again: later calls refer to its first`,
        positionOf(context, node),
        false,
      )
    }
    const noteRef: NoteRef = at({type: 'noteRef', href: '', marker: known.marker}, context, node)
    context.noteRefs.push({noteRef, note: known})
    return [noteRef]
  }
  const note: AuthorialNote = {type: 'authorialNote', eId: '', marker, children: []}
  context.notes.set(node.identifier, note)
  context.reading.add(node.identifier)
  const {children, marker: written, placement} = context.convertNoteBlocks(definition, depth + 1)
  context.reading.delete(node.identifier)
  note.children = children
  if (written !== undefined) note.marker = written
  if (placement !== null) note.placement = (placement ?? 'bottom') as AuthorialNote['placement']
  return [at(note, context, node)]
}

/**
 * A text's value with its soft line endings (a line break of the source inside a paragraph) read as
 * the space Markdown renders them as; a line feed written as a character reference (`&#10;`) stays
 * one. The value's line feeds stand in the order of the source's, literal or referenced.
 */
function softBreaksAsSpaces(value: string, node: Node, context: InlineContext): string {
  if (!value.includes('\n')) return value
  const start = node.position?.start.offset
  const end = node.position?.end.offset
  if (start === undefined || end === undefined) return value
  const slice = context.source.slice(start, end)
  const kinds: boolean[] = []
  for (const match of slice.matchAll(/\n|&#0*10;|&#[xX]0*[aA];|&NewLine;/g)) kinds.push(match[0] === '\n')
  let index = 0
  return value.replace(/\n/g, () => (kinds[index++] === false ? '\n' : ' '))
}

const handlers: Record<string, InlineHandler> = {
  text(node: {value: string} & Node, context) {
    const value = softBreaksAsSpaces(node.value, node, context)
    const spans = pandocSpans(value)
    if (!spans) return [at({type: 'text', value}, context, node)]
    if (spans.comments > 0)
      warn(
        context,
        'pandoc-comment',
        `${spans.comments} Pandoc comment${spans.comments === 1 ? '' : 's'} left out with ${spans.comments === 1 ? 'its' : 'their'} text`,
        positionOf(context, node),
        false,
      )
    return spans.content
  },
  superscript: (node: Parent, context, depth) => [
    at({type: 'sup', children: inner(node, context, depth)}, context, node),
  ],
  emphasis: (node: Parent, context, depth) => [
    at({type: 'i', children: inner(node, context, depth)}, context, node),
  ],
  strong: (node: Parent, context, depth) => [
    at({type: 'b', children: inner(node, context, depth)}, context, node),
  ],
  delete(node: Parent, context, depth) {
    const start = node.position?.start.offset ?? 0
    const type = context.source.startsWith('~~', start) ? 'del' : 'sub'
    return [at({type, children: inner(node, context, depth)}, context, node)]
  },
  break: (node: Node, context) => [at({type: 'br'}, context, node)],
  link(node: Link, context, depth) {
    // An autolink (`<https://…>`) has no brackets: the convention keeps it as text.
    const start = node.position?.start.offset
    if (start === undefined || context.source[start] !== '[') return asText(node, context)
    return link(node, node.url, context, depth)
  },
  linkReference(node: LinkReference, context, depth) {
    const definition = context.links.get(node.identifier)
    if (!definition) return asText(node, context)
    return link(node, definition.url, context, depth)
  },
  footnoteReference: footnoteCall,
  html(node: Node & {value: string}, context) {
    if (!parseDirective(node.value))
      warn(context, 'raw-html', 'Raw HTML kept as text', positionOf(context, node), false)
    return asText(node, context)
  },
}

/** Convert mdast phrasing content to model inline nodes, merging adjacent texts. */
export function phrasing(nodes: Node[], context: InlineContext, depth: number): Inline[] {
  const result: Inline[] = []
  for (const node of nodes) {
    let converted: Inline[]
    if (depth > maxInlineDepth) {
      warn(context, 'too-deep', 'Inline nesting too deep: kept as text', positionOf(context, node), false)
      converted = asText(node, context)
    } else {
      const handle = handlers[node.type]
      if (!handle) {
        warn(
          context,
          'unsupported-inline',
          `\`${node.type}\` is not part of the convention: kept as text`,
          positionOf(context, node),
        )
        converted = asText(node, context)
      } else converted = handle(node as never, context, depth)
    }
    for (const inline of converted) {
      const previous = result[result.length - 1]
      if (inline.type === 'text' && inline.value === '') continue
      if (inline.type === 'text' && previous?.type === 'text') {
        previous.value += inline.value
        if (previous.position && inline.position)
          previous.position = {start: previous.position.start, end: inline.position.end}
      } else result.push(inline)
    }
  }
  return result
}

/** Note blocks: paragraphs (others kept as text), with the `note` directive's marker and placement. */
export function noteBlocks(
  definition: FootnoteDefinition,
  context: InlineContext,
  depth: number,
): {children: P[]; marker?: string; placement?: string | null} {
  const result: {children: P[]; marker?: string; placement?: string | null} = {children: []}
  definition.children.forEach((block, index) => {
    if (index === 0 && block.type === 'html') {
      const directive = parseDirective(block.value)
      if (directive?.role === 'note') {
        const marker = directive.attributes.get('marker')
        const placement = directive.attributes.get('placement')
        if (marker !== undefined) result.marker = marker
        if (placement !== undefined) result.placement = placement === '' ? null : placement
        return
      }
    }
    const children =
      block.type === 'paragraph' ? phrasing(block.children, context, depth) : asText(block, context)
    const p: P = {type: 'p', children}
    const position = positionOf(context, block)
    if (position) p.position = position
    result.children.push(p)
  })
  return result
}

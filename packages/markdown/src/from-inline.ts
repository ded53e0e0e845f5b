import type {AuthorialNote, Inline, P, Position} from '@clausewise/model'
import type {FootnoteDefinition, Link, Node, Parent, Text} from 'mdast'
import {positionOf, type ReaderContext, sliceOf, warn} from './context.js'
import {parseDirective} from './directive.js'
import {decodeValue} from './escape.js'
import {escapedCaret} from './parse.js'
import {restoreMarkers} from './prepare.js'
import {isSafeHref} from './to-inline.js'

/** Deepest inline nesting read as markup; deeper content is kept as its source text. */
export const maximumInlineDepth = 100

type InlineHandler = (node: never, context: ReaderContext, depth: number) => Inline[]

function at<T extends Inline>(node: T, context: ReaderContext, from: Node): T {
  const position = positionOf(context, from)
  if (position) node.position = position
  return node
}

function inner(node: Node, context: ReaderContext, depth: number): Inline[] {
  return context.convertPhrasing((node as Parent).children ?? [], depth + 1)
}

function asText(node: Node, context: ReaderContext): Inline[] {
  const value = sliceOf(context, node)
  return value ? [at({type: 'text', value}, context, node)] : []
}

/** Split a text value at unescaped `^…^` pairs into text and `sup`. */
function carets(node: Text, context: ReaderContext): Inline[] {
  const value = node.value
  const position = positionOf(context, node)
  const exact = position !== undefined && position.end.offset! - position.start.offset! === value.length
  const place = (start: number, end: number): Position | undefined =>
    exact ? context.locator.position(position.start.offset! + start, position.start.offset! + end) : position
  const literal = (text: string) => {
    const value = text.split(escapedCaret).join('^')
    return context.prepared.replaced ? restoreMarkers(value) : value
  }
  const result: Inline[] = []
  let last = 0
  let open = value.indexOf('^')
  while (open !== -1) {
    const close = value.indexOf('^', open + 1)
    if (close === -1) break
    if (close === open + 1) {
      open = close
      continue
    }
    if (open > last)
      result.push(withPlace({type: 'text', value: literal(value.slice(last, open))}, place(last, open)))
    const text = withPlace(
      {type: 'text', value: literal(value.slice(open + 1, close))},
      place(open + 1, close),
    )
    result.push(withPlace({type: 'sup', children: [text]}, place(open, close + 1)))
    last = close + 1
    open = value.indexOf('^', last)
  }
  if (last < value.length)
    result.push(withPlace({type: 'text', value: literal(value.slice(last))}, place(last, value.length)))
  return result
}

function withPlace<T extends Inline>(node: T, position: Position | undefined): T {
  if (position) node.position = position
  return node
}

function typedLink(node: Link, context: ReaderContext, depth: number): Inline[] {
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
        `Unknown span type \`${type}\`: kept its text`,
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

function unsafe(node: Node, href: string, content: Inline[], context: ReaderContext): Inline[] {
  warn(
    context,
    'unsafe-link',
    `Link to \`${href.slice(0, 40)}\` dropped: only http, https, mailto and relative links are kept`,
    positionOf(context, node),
    false,
  )
  return content
}

const handlers: Record<string, InlineHandler> = {
  text: (node: Text, context) => carets(node, context),
  emphasis: (node: Parent, context, depth) => [
    at({type: 'i', children: inner(node, context, depth)}, context, node),
  ],
  strong: (node: Parent, context, depth) => [
    at({type: 'b', children: inner(node, context, depth)}, context, node),
  ],
  delete(node: Parent, context, depth) {
    const start = node.position?.start.offset ?? 0
    const type = context.prepared.text.startsWith('~~', start) ? 'del' : 'sub'
    return [at({type, children: inner(node, context, depth)}, context, node)]
  },
  break: (node: Node, context) => [at({type: 'br'}, context, node)],
  link(node: Link, context, depth) {
    const start = node.position?.start.offset
    if (start === undefined || context.prepared.text[start] !== '[') return asText(node, context)
    if (node.url.startsWith('clausewise:')) return typedLink(node, context, depth)
    const content = inner(node, context, depth)
    if (node.url.startsWith('party:'))
      return [
        at({type: 'party', refersTo: node.url.slice('party:'.length), children: content}, context, node),
      ]
    if (!isSafeHref(node.url)) return unsafe(node, node.url, content, context)
    return [at({type: 'ref', href: node.url, children: content}, context, node)]
  },
  footnoteReference(node: {identifier: string; label?: string | null | undefined} & Node, context, depth) {
    const definition = context.definitions.get(node.identifier)
    if (!definition || context.expanding.has(node.identifier)) {
      warn(context, 'footnote-cycle', 'Footnote calls itself: kept as text', positionOf(context, node), false)
      return asText(node, context)
    }
    if (context.used.has(node.identifier))
      warn(
        context,
        'footnote-reused',
        `Footnote \`${node.identifier}\` called twice: copied`,
        positionOf(context, node),
        false,
      )
    context.used.add(node.identifier)
    context.expanding.add(node.identifier)
    const {children, marker, placement} = context.convertNoteBlocks(definition, depth + 1)
    context.expanding.delete(node.identifier)
    const note: AuthorialNote = {
      type: 'authorialNote',
      eId: '',
      marker: marker ?? definition.label ?? node.label ?? node.identifier,
      children,
    }
    if (placement !== null) note.placement = (placement ?? 'bottom') as AuthorialNote['placement']
    return [at(note, context, node)]
  },
  html(node: Node & {value: string}, context) {
    if (!parseDirective(node.value))
      warn(context, 'raw-html', 'Raw HTML kept as text', positionOf(context, node), false)
    return asText(node, context)
  },
}

/** Convert mdast phrasing content to model inline nodes, merging adjacent texts. */
export function phrasing(nodes: Node[], context: ReaderContext, depth: number): Inline[] {
  const result: Inline[] = []
  for (const node of nodes) {
    let converted: Inline[]
    if (depth > maximumInlineDepth) {
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
  context: ReaderContext,
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
    const nodes: Node[] = block.type === 'paragraph' ? block.children : [block]
    const children = block.type === 'paragraph' ? phrasing(nodes, context, depth) : asText(block, context)
    const p: P = {type: 'p', children}
    const position = positionOf(context, block)
    if (position) p.position = position
    result.children.push(p)
  })
  return result
}

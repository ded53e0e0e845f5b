import type {Inline, Position} from '@clausewise/model'
import {plainText} from '@clausewise/model'
import type {List, Node, Parent, Root} from 'mdast'
import {type Directive, parseDirective} from '../directive.js'
import {leadingLabel} from '../labels.js'
import type {Shape} from '../roles.js'
import {positionOf, type ReaderContext, sliceOf, warn} from './context.js'

/** A paragraph's piece that opens with a label (Pandoc's `A.` / `#.` lines, `(1) …`, `2a. …`). */
export interface LabelledLine {
  /** The label as written. */
  label: string
  labelPosition: Position
  /** Column of the label in the source: deeper indentation nests. */
  column: number
  content: Inline[]
  position: Position | undefined
}

/** A top-level block of a draft, ready for role inference. */
export type Block =
  | {kind: 'directive'; directive: Directive; node: Node}
  | {kind: 'heading'; level: number; content: Inline[]; node: Node}
  | {kind: 'paragraph'; content: Inline[]; node: Node; lines?: LabelledLine[]}
  | {kind: 'list'; node: List}

/** Shape of a run of inline content (shared with the writer): colon, party. */
export function inlineShape(kind: Shape['kind'], content: Inline[]): Shape {
  const text = plainText({type: 'p', children: content})
  const shape: Shape = {kind}
  if (/:\s*$/u.test(text.slice(-8))) shape.colon = true
  if (hasParty(content)) shape.party = true
  return shape
}

function hasParty(content: Inline[]): boolean {
  const stack = [...content]
  while (stack.length > 0) {
    const node = stack.pop()!
    if (node.type === 'party') return true
    if (node.type !== 'authorialNote' && 'children' in node) stack.push(...(node.children as Inline[]))
  }
  return false
}

/**
 * The blocks of a tree in order: block quotes unwrapped, footnote and link definitions and front
 * matter left out, anything outside the convention read as a paragraph of its source text. Iterative.
 */
export function collectBlocks(tree: Root, context: ReaderContext): Block[] {
  const blocks: Block[] = []
  const stack: Node[] = [...tree.children].reverse()
  while (stack.length > 0) {
    const node = stack.pop()!
    switch (node.type) {
      case 'yaml':
      case 'footnoteDefinition':
        break
      case 'blockquote':
        warn(
          context,
          'blockquote-unwrapped',
          'Block quote read as the blocks it holds',
          positionOf(context, node),
        )
        for (let index = (node as Parent).children.length - 1; index >= 0; index--)
          stack.push((node as Parent).children[index]!)
        break
      case 'heading':
        blocks.push({
          kind: 'heading',
          level: (node as unknown as {depth: number}).depth,
          content: context.convertPhrasing((node as Parent).children, 0),
          node,
        })
        break
      case 'paragraph': {
        const content = context.convertPhrasing((node as Parent).children, 0)
        const lines = labelledLines(node, content, context)
        blocks.push(lines ? {kind: 'paragraph', content, node, lines} : {kind: 'paragraph', content, node})
        break
      }
      case 'list':
        blocks.push({kind: 'list', node: node as List})
        break
      case 'html': {
        const directive = parseDirective((node as unknown as {value: string}).value)
        if (directive) {
          blocks.push({kind: 'directive', directive, node})
          break
        }
        warn(context, 'raw-html', 'Raw HTML kept as text', positionOf(context, node), false)
        blocks.push(textBlock(node, context))
        break
      }
      case 'thematicBreak':
        warn(context, 'thematic-break', 'Thematic break ignored', positionOf(context, node))
        break
      case 'definition':
        break
      default:
        warn(
          context,
          'unsupported-block',
          `\`${node.type}\` is not part of the convention: kept as text`,
          positionOf(context, node),
          false,
        )
        blocks.push(textBlock(node, context))
    }
  }
  return blocks
}

/** A block kept as a paragraph of its own source text. */
export function textBlock(node: Node, context: ReaderContext): Block {
  const value = sliceOf(context, node)
  const content: Inline[] = value ? [{type: 'text', value}] : []
  const position = positionOf(context, node)
  if (position && content[0]) content[0].position = position
  return {kind: 'paragraph', content, node}
}

interface LineStart {
  /** Offset of the label. */
  offset: number
  column: number
  label: string
}

/** The source lines of a paragraph that open with a label (unescaped), by index in the paragraph. */
function labelLines(node: Node, context: ReaderContext): Map<number, LineStart> {
  const found = new Map<number, LineStart>()
  const start = node.position?.start.offset
  const end = node.position?.end.offset
  if (start === undefined || end === undefined) return found
  const {source} = context
  let lineStart = start
  let line = 0
  let column = (node.position?.start.column ?? 1) - 1
  while (lineStart < end) {
    let at = lineStart
    if (line > 0) {
      column = 0
      while (at < end && (source[at] === ' ' || source[at] === '\t' || source[at] === '>')) {
        column += source[at] === '\t' ? 4 - (column % 4) : 1
        at++
      }
    }
    const next = source.indexOf('\n', at)
    const lineEnd = next === -1 || next > end ? end : next
    const label = leadingLabel(source.slice(at, Math.min(lineEnd, at + 14)))
    if (label) found.set(line, {offset: at, column: column + (line === 0 ? 0 : 0), label})
    if (next === -1 || next >= end) break
    lineStart = next + 1
    line++
  }
  return found
}

/**
 * A paragraph whose first line opens with a label, cut into its labelled lines: Pandoc's fancy lists
 * (`A.` then `#.` for each next item, deeper ones indented) are paragraphs to CommonMark, and a
 * numbered paragraph `(1) …` or item `2a. …` is one. Only the label lines that start between
 * top-level inline nodes cut it (a line inside an emphasis spanning lines stays in its item).
 */
function labelledLines(node: Node, content: Inline[], context: ReaderContext): LabelledLine[] | undefined {
  const starts = labelLines(node, context)
  const first = starts.get(0)
  if (!first) return undefined
  const head = content[0]
  if (head?.type !== 'text' || !head.value.startsWith(first.label)) return undefined
  const pieces: {start: LineStart; content: Inline[]}[] = [{start: first, content: []}]
  let line = 0
  for (const inline of content) {
    const current = pieces[pieces.length - 1]!
    if (inline.type === 'br') {
      line++
      const start = starts.get(line)
      if (start) pieces.push({start, content: []})
      else current.content.push(inline)
      continue
    }
    if (inline.type !== 'text') {
      line += (plainText({type: 'p', children: [inline]}).match(/\n/g) ?? []).length
      current.content.push(inline)
      continue
    }
    const parts = inline.value.split('\n')
    parts.forEach((part, index) => {
      if (index > 0) {
        line++
        const start = starts.get(line)
        if (start) {
          pieces.push({start, content: []})
          if (part) pieces[pieces.length - 1]!.content.push({type: 'text', value: part})
          return
        }
        part = `\n${part}`
      }
      if (part) appendText(pieces[pieces.length - 1]!.content, part)
    })
  }
  return pieces.map(({start, content: pieceContent}, index) => {
    const headText = pieceContent[0]
    if (headText?.type === 'text') {
      let spaces = start.offset + start.label.length
      while (context.source[spaces] === ' ' || context.source[spaces] === '\t') spaces++
      headText.value = headText.value.slice(spaces - start.offset)
      if (headText.value === '') pieceContent.shift()
    }
    const nextStart = pieces[index + 1]?.start.offset
    const end = nextStart === undefined ? node.position?.end.offset : lineEndBefore(context.source, nextStart)
    return {
      label: start.label,
      labelPosition: context.locator.position(start.offset, start.offset + start.label.length),
      column: start.column,
      content: pieceContent,
      position: end === undefined ? undefined : context.locator.position(start.offset, end),
    }
  })
}

function appendText(content: Inline[], value: string): void {
  const last = content[content.length - 1]
  if (last?.type === 'text') last.value += value
  else content.push({type: 'text', value})
}

function lineEndBefore(source: string, offset: number): number {
  let at = offset
  while (at > 0 && source[at - 1] !== '\n') at--
  return Math.max(0, at - 1)
}

import type {Inline, Position} from '@clausewise/model'
import {plainText} from '@clausewise/model'
import type {List, Table as MdastTable, Node, Parent, Root} from 'mdast'
import {type Directive, parseDirective} from '../directive.js'
import {leadingLabel} from '../labels.js'
import {pushAll} from '../push.js'
import type {Shape} from '../roles.js'
import {defaultHierarchyWords, unitLineContent} from '../unit-heading.js'
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
  | {kind: 'table'; node: MdastTable}

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
    if (node.type !== 'authorialNote' && 'children' in node) pushAll(stack, node.children as Inline[])
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
          content: unitLineContent(
            context.convertPhrasing((node as Parent).children, 0),
            defaultHierarchyWords,
          ),
          node,
        })
        break
      case 'paragraph': {
        const content = context.convertPhrasing((node as Parent).children, 0)
        const lines = labelledLines(node as Parent, context)
        blocks.push(lines ? {kind: 'paragraph', content, node, lines} : {kind: 'paragraph', content, node})
        break
      }
      case 'list':
        blocks.push({kind: 'list', node: node as List})
        break
      case 'table':
        blocks.push({kind: 'table', node: node as MdastTable})
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

/** The source lines of a paragraph: where each starts, and those that open with a label (unescaped). */
function sourceLines(node: Node, context: ReaderContext): {starts: number[]; labels: Map<number, LineStart>} {
  const starts: number[] = []
  const labels = new Map<number, LineStart>()
  const start = node.position?.start.offset
  const end = node.position?.end.offset
  if (start === undefined || end === undefined) return {starts, labels}
  const {source} = context
  let lineStart = start
  for (let line = 0; lineStart < end; line++) {
    starts.push(lineStart)
    let at = lineStart
    let column = line === 0 ? (node.position?.start.column ?? 1) - 1 : 0
    if (line > 0)
      while (at < end && (source[at] === ' ' || source[at] === '\t' || source[at] === '>')) {
        column += source[at] === '\t' ? 4 - (column % 4) : 1
        at++
      }
    const next = source.indexOf('\n', at)
    const lineEnd = next === -1 || next > end ? end : next
    const label = leadingLabel(source.slice(at, Math.min(lineEnd, at + 14)))
    if (label) labels.set(line, {offset: at, column, label})
    if (next === -1 || next >= end) break
    lineStart = next + 1
  }
  return {starts, labels}
}

/** Line endings inside an mdast node (soft ones in its texts, and hard breaks). */
function lineEndings(node: Node): number {
  let count = 0
  const stack: Node[] = [node]
  while (stack.length > 0) {
    const current = stack.pop()!
    if (current.type === 'break') count++
    const value = (current as {value?: unknown}).value
    if (current.type === 'text' && typeof value === 'string') count += value.split('\n').length - 1
    const children = (current as {children?: Node[]}).children
    if (children) pushAll(stack, children)
  }
  return count
}

/**
 * A paragraph whose first line opens with a label, cut into its labelled lines: Pandoc's fancy lists
 * (`A.` then `#.` for each next item, deeper ones indented) are paragraphs to CommonMark, and a
 * numbered paragraph `(1) …` or item `2a. …` is one. The paragraph's mdast is cut at the line endings
 * before label lines (a label line inside an emphasis that spans lines stays in its item), and each
 * piece is read on its own.
 */
function labelledLines(node: Parent, context: ReaderContext): LabelledLine[] | undefined {
  const {starts, labels} = sourceLines(node, context)
  const first = labels.get(0)
  if (!first) return undefined
  const pieces: {start: LineStart; children: Node[]}[] = [{start: first, children: []}]
  let line = 0
  const open = (index: number): boolean => {
    const start = labels.get(index)
    if (!start) return false
    pieces.push({start, children: []})
    return true
  }
  for (const child of node.children) {
    const current = () => pieces[pieces.length - 1]!.children
    if (child.type === 'break') {
      line++
      if (!open(line)) current().push(child)
      continue
    }
    if (child.type !== 'text') {
      line += lineEndings(child)
      current().push(child)
      continue
    }
    const value = (child as unknown as {value: string}).value
    const parts = value.split('\n')
    let partStart = child.position?.start.offset ?? 0
    parts.forEach((part, index) => {
      if (index > 0) {
        line++
        if (open(line)) {
          partStart = labels.get(line)!.offset
        } else {
          // A soft line ending that opens no item stays in the text.
          const last = current()[current().length - 1] as (Node & {value?: string}) | undefined
          if (last?.type === 'text' && last.value !== undefined) last.value += '\n'
          else current().push(textNode('\n', partStart, partStart, context))
          partStart = starts[line] ?? partStart
        }
      }
      const end =
        index === parts.length - 1
          ? (child.position?.end.offset ?? partStart)
          : Math.max(partStart, (starts[line + 1] ?? partStart) - 1)
      if (part) current().push(textNode(part, partStart, end, context))
    })
  }
  return pieces.map(({start, children}, index) => {
    const content = context.convertPhrasing(children, 0)
    const head = content[0]
    if (head?.type === 'text') {
      let spaces = start.offset + start.label.length
      while (context.source[spaces] === ' ' || context.source[spaces] === '\t') spaces++
      head.value = head.value.slice(spaces - start.offset)
      if (head.value === '') content.shift()
    }
    const nextStart = pieces[index + 1]?.start.offset
    const end = nextStart === undefined ? node.position?.end.offset : lineEndBefore(context.source, nextStart)
    return {
      label: start.label,
      labelPosition: context.locator.position(start.offset, start.offset + start.label.length),
      column: start.column,
      content,
      position: end === undefined ? undefined : context.locator.position(start.offset, end),
    }
  })
}

/** An mdast text node over a span of the source. */
function textNode(value: string, start: number, end: number, context: ReaderContext): Node {
  const from = context.locator.point(start)
  const to = context.locator.point(end)
  return {type: 'text', value, position: {start: from, end: to}} as Node
}

function lineEndBefore(source: string, offset: number): number {
  let at = offset
  while (at > 0 && source[at - 1] !== '\n') at--
  return Math.max(0, at - 1)
}

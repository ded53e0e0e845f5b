import type {Inline, Position} from '@clausewise/model'
import {plainText} from '@clausewise/model'
import type {List, ListItem, Table as MdastTable, Node, Paragraph, Parent, Root} from 'mdast'
import {type Directive, parseDirective} from '../directive.js'
import {implicitLabel, leadingLabel, numeralOf, styleOf} from '../labels.js'
import {pushAll} from '../push.js'
import type {Shape} from '../roles.js'
import {defaultHierarchyWords, unitLineContent} from '../unit-heading.js'
import {positionOf, type ReaderContext, sliceOf, warn} from './context.js'
import {withoutHeadingAttributes} from './pandoc-spans.js'

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
      case 'blockquote': {
        // Right after a list, a quote is the text its last item quotes (`… to read as follows:` then
        // `> **Article 5**`): it opens no unit and numbers no clause of the document.
        const previous = blocks[blocks.length - 1]
        if (previous?.kind === 'list') {
          previous.node = withQuote(previous.node, node as ListItem['children'][number])
          break
        }
        warn(
          context,
          'blockquote-unwrapped',
          'Block quote read as the blocks it holds',
          positionOf(context, node),
        )
        for (let index = (node as Parent).children.length - 1; index >= 0; index--)
          stack.push((node as Parent).children[index]!)
        break
      }
      case 'heading':
        blocks.push({
          kind: 'heading',
          level: (node as unknown as {depth: number}).depth,
          content: unitLineContent(
            withoutHeadingAttributes(context.convertPhrasing((node as Parent).children, 0)),
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

/**
 * A copy of a list with a quote after its innermost last item's blocks: a quote after the list belongs
 * to that item. Only the nodes on the way are copied; the tree read is left as it is. Iterative.
 */
function withQuote(list: List, quote: ListItem['children'][number]): List {
  const top: List = {...list, children: [...list.children]}
  let current = top
  for (;;) {
    const index = current.children.length - 1
    const item: ListItem = {...current.children[index]!, children: [...current.children[index]!.children]}
    current.children[index] = item
    const tail = item.children[item.children.length - 1]
    if (tail?.type !== 'list' || tail.children.length === 0) {
      item.children.push(quote)
      return top
    }
    const nested: List = {...tail, children: [...tail.children]}
    item.children[item.children.length - 1] = nested
    current = nested
  }
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
  if (!labels.has(0)) return undefined
  const pieces = cutAtLines(node, context, starts, labels, (line) => labels.has(line))
  return pieces.map(({start, children}, index) => {
    const label = start.label!
    const content = context.convertPhrasing(children, 0)
    const head = content[0]
    if (head?.type === 'text') {
      let spaces = start.offset + label.length
      while (context.source[spaces] === ' ' || context.source[spaces] === '\t') spaces++
      head.value = head.value.slice(spaces - start.offset)
      if (head.value === '') content.shift()
    }
    const nextStart = pieces[index + 1]?.start.offset
    const end = nextStart === undefined ? node.position?.end.offset : lineEndBefore(context.source, nextStart)
    return {
      label,
      labelPosition: context.locator.position(start.offset, start.offset + label.length),
      column: start.column,
      content,
      position: end === undefined ? undefined : context.locator.position(start.offset, end),
    }
  })
}

/**
 * A paragraph cut before each of its lines (after the first) that opens with a label after a line
 * that introduces it or ends a clause (`:`, `;`, `; and`; `,` before the first of two or more): the
 * points a list item writes under its text with no blank line between (`2. Requests the
 * Secretary-General:` / `a) to support …;` / `b) to report …`), which CommonMark reads as one
 * paragraph (`a)` opens no list). Each piece is an mdast paragraph of its own (the first unlabelled,
 * the others opening with their label), positions kept; `undefined` when no line is cut before.
 */
export function splitAtLabelLines(node: Parent, context: ReaderContext): Parent[] | undefined {
  const {starts, labels} = sourceLines(node, context)
  // The first label line after the text, when another follows it: a comma may introduce it too, as
  // German texts introduce their points (`ersucht den Generalsekretär,` / `a) …;` / `b) …`).
  let firstLabel = -1
  let labelLines = 0
  for (const line of labels.keys()) {
    if (line === 0) continue
    if (firstLabel < 0 || line < firstLabel) firstLabel = line
    labelLines++
  }
  const punctuated = (line: number): boolean => {
    if (line === 0 || !labels.has(line)) return false
    // A hard break, Pandoc's `\` (Word's Shift+Enter) as two spaces, ends the line as its text does.
    const previous = withoutBreak(context.source.slice(starts[line - 1], starts[line]))
    return (
      introducesLabel(previous) || (line === firstLabel && labelLines > 1 && previous.trimEnd().endsWith(','))
    )
  }
  const series = seriesLines(labels, punctuated)
  const cut = (line: number): boolean => series.has(line) || punctuated(line)
  let any = false
  for (const line of labels.keys()) if (cut(line)) any = true
  if (!any) return undefined
  const pieces = cutAtLines(node, context, starts, labels, cut)
  const end = node.position?.end.offset
  return pieces.map(({start, children}, index) => {
    const nextStart = pieces[index + 1]?.start.offset
    const to = nextStart === undefined ? end : lineEndBefore(context.source, nextStart)
    const position =
      to === undefined
        ? undefined
        : {start: context.locator.point(start.offset), end: context.locator.point(to)}
    return {type: 'paragraph', children, ...(position ? {position} : {})} as Parent
  })
}

/** A source line without the hard break that ends it (`…:\`, `…:` and two spaces). */
function withoutBreak(line: string): string {
  const text = line.trimEnd()
  return text.endsWith('\\') ? text.slice(0, -1) : text
}

/**
 * The label lines (after the first line) that run a series: each line's label the next after the
 * previous label line's (`a)` then `b)` then `c)`), the first opening its style (`a)`, `(i)`, `A.`,
 * `1.`) or cut anyway. Such lines are points whatever ends the line before them (German, French and
 * Commonwealth lists end their items with `,` or `—`, or an item's text with none: `insbesondere` /
 * `a) durch …,` / `b) durch …;`); a lone label line (`(a) above`) is not.
 */
function seriesLines(labels: Map<number, LineStart>, punctuated: (line: number) => boolean): Set<number> {
  const result = new Set<number>()
  const lines = [...labels.keys()].filter((line) => line > 0).sort((left, right) => left - right)
  let run: number[] = []
  const close = () => {
    const head = run[0]
    if (run.length > 1 && head !== undefined && (opensSeries(labels.get(head)!.label) || punctuated(head)))
      for (const line of run) result.add(line)
    run = []
  }
  for (const line of lines) {
    const previous = run[run.length - 1]
    if (previous === undefined || !follows(labels.get(line)!.label, labels.get(previous)!.label)) close()
    run.push(line)
  }
  close()
  return result
}

/** Whether a label is the first of its style (`a)`, `(i)`, `A.`, `1.`). */
function opensSeries(label: string): boolean {
  return ['a', 'A', 'i', 'I', '1'].includes(numeralOf(label))
}

/** Whether `label` is the one after `previous` in its list, in the same punctuation (`b)` after `a)`). */
function follows(label: string, previous: string): boolean {
  const style = styleOf(previous)
  if (style.kind === 'next' || style.punctuation !== styleOf(label).punctuation) return false
  return implicitLabel(label, previous, style) === label
}

/**
 * A list item's blocks, each paragraph cut before its label lines (see `splitAtLabelLines`): the
 * points written under the item's text with no blank line become blocks of their own, as they are
 * after one.
 */
export function itemBlocksCut(item: ListItem, context: ReaderContext): ListItem['children'] {
  const parts: ListItem['children'] = []
  for (const child of item.children) {
    const pieces =
      child.type === 'paragraph' ? splitAtLabelLines(child as unknown as Parent, context) : undefined
    if (pieces) pushAll(parts, pieces as Paragraph[])
    else parts.push(child)
  }
  return parts
}

/**
 * Whether a source line lets a label open the next: it ends with `:` or `;`, or with a short word
 * after `;` (`; and`, `; et`, `; y`, `; и`). A line that wraps a sentence (`… as referred to in
 * subparagraph` / `(a) above`) does not.
 */
function introducesLabel(line: string): boolean {
  const text = line.trimEnd()
  const last = text[text.length - 1]
  if (last === ':' || last === ';') return true
  return /; ?\p{Ll}{1,4}$/u.test(text.slice(-8))
}

/** A piece of a paragraph: where it starts (its label, if it opens with one) and its mdast nodes. */
interface Piece {
  start: {offset: number; column: number; label?: string | undefined}
  children: Node[]
}

/**
 * A paragraph's mdast children cut before the source lines `cut` says (the first piece starts where
 * the paragraph does): a soft line ending that opens no piece stays in the text. A label line inside
 * an emphasis that spans lines stays where it is.
 */
function cutAtLines(
  node: Parent,
  context: ReaderContext,
  starts: number[],
  labels: Map<number, LineStart>,
  cut: (line: number) => boolean,
): Piece[] {
  const first = labels.get(0)
  const pieces: Piece[] = [
    {
      start: cut(0) && first ? first : {offset: node.position?.start.offset ?? 0, column: 0},
      children: [],
    },
  ]
  let line = 0
  const open = (index: number): boolean => {
    const start = labels.get(index)
    if (!start || !cut(index)) return false
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
          // A soft line ending that opens no piece stays in the text.
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
  return pieces
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

import type {ClauseChild, Flow, Inline, List, Num, P, Paragraph, Point} from '@clausewise/model'
import type {
  ListItem,
  List as MdastList,
  Paragraph as MdastParagraph,
  Table as MdastTable,
  Node,
  Parent,
} from 'mdast'
import {implicitLabel, isLabel, type LabelStyle, sameStyle, styleOf} from '../labels.js'
import {pushAll} from '../push.js'
import {itemBlocksCut, type LabelledLine} from './blocks.js'
import {positionBetween, positionOf, type ReaderContext, sliceOf, warn} from './context.js'
import {
  extend,
  type ItemPoints,
  labelledPoint,
  openPoints,
  paragraphLabel,
  placePoint,
  pointsOf,
} from './item-points.js'
import {quotedParagraphs} from './quote.js'
import {tableOf} from './tables.js'

/** Deepest list nesting read as points; deeper lists are kept as text. */
export const maxListDepth = 48

type Clause = Paragraph | Point

function span<T extends {position?: unknown}>(node: T, nodes: {position?: P['position']}[]): T {
  const first = nodes[0]?.position
  const last = nodes[nodes.length - 1]?.position
  if (first && last) (node as {position?: unknown}).position = {start: first.start, end: last.end}
  return node
}

/** The number of an ordered item as written in the source (`5.`, `05)`), read at the item's marker. */
export function orderedNum(item: ListItem, context: ReaderContext): Num | undefined {
  const start = item.position?.start.offset
  if (start === undefined) return undefined
  const {source} = context
  let index = start
  while (source[index] === ' ' || source[index] === '\t') index++
  const from = index
  while (index - from < 10 && source.charCodeAt(index) >= 48 && source.charCodeAt(index) <= 57) index++
  if (index === from || (source[index] !== '.' && source[index] !== ')')) return undefined
  return {
    type: 'num',
    value: source.slice(from, index + 1),
    position: positionBetween(context, from, index + 1),
  }
}

/**
 * A leading `[…](clausewise:num)` span: the number of a clause the convention has no other way to
 * write (`5 bis`, or a recital's number). Returns the number and the rest of the children.
 */
export function typedNum(children: Node[], context: ReaderContext): {num?: Num; rest: Node[]} {
  const first = children[0]
  if (first?.type !== 'link' || (first as unknown as {url: string}).url !== 'clausewise:num')
    return {rest: children}
  if (context.source[first.position?.start.offset ?? 0] !== '[') return {rest: children}
  const value = (first as Parent).children
    .map((child) => ('value' in child ? String(child.value) : ''))
    .join('')
  const num: Num = {type: 'num', value}
  const position = positionOf(context, first)
  if (position) num.position = position
  return {num, rest: children.slice(1)}
}

/** Remove the one space that separates a number from the text. */
export function stripSpace(content: Inline[]): void {
  const head = content[0]
  if (head?.type !== 'text') return
  if (head.value.startsWith(' ')) head.value = head.value.slice(1)
  if (head.value === '') content.shift()
}

/**
 * The label at the start of a bullet item's first paragraph, as written in the source (`a)`, `(iv)`);
 * a backslash in the source (`a\)`) makes it text. Removes it from the content.
 */
export function bulletLabel(
  paragraph: MdastParagraph,
  content: Inline[],
  context: ReaderContext,
): Num | undefined {
  const start = paragraph.position?.start.offset
  const head = content[0]
  if (start === undefined || head?.type !== 'text') return undefined
  const {source} = context
  let end = start
  while (end - start < 13 && end < source.length && !' \n\t'.includes(source[end]!)) end++
  const token = source.slice(start, end)
  if (!isLabel(token) || !head.value.startsWith(token)) return undefined
  if (
    end < source.length &&
    source[end] !== ' ' &&
    source[end] !== '\n' &&
    source[end] !== '\t' &&
    paragraph.position?.end.offset !== end
  )
    return undefined
  // Only the white space written after the label separates it: an encoded tab (`&#9;`) is text.
  let spaces = end
  while (source[spaces] === ' ' || source[spaces] === '\t') spaces++
  head.value = head.value.slice(token.length + (spaces - end))
  if (head.value === '') content.shift()
  return {type: 'num', value: token, position: positionBetween(context, start, end)}
}

/** A block Markdown allows in a list item and the model does not (a code block, a table): its text, with a warning. */
export function unsupportedInItem(child: Node, context: ReaderContext): Inline[] {
  warn(
    context,
    'unsupported-block',
    `\`${child.type}\` inside a list item kept as text`,
    positionOf(context, child),
    false,
  )
  return [{type: 'text', value: sliceOf(context, child)}]
}

function toP(node: Node | undefined, content: Inline[], context: ReaderContext): P {
  const p: P = {type: 'p', children: content}
  const position = positionOf(context, node)
  if (position) p.position = position
  return p
}

/** One list item as a paragraph or point: number, then content, or intro, lists and wrap-up. */
function itemClause(
  item: ListItem,
  ordered: boolean,
  kind: Clause['type'],
  context: ReaderContext,
  depth: number,
): Clause {
  const children: ClauseChild[] = []
  let num = ordered ? orderedNum(item, context) : undefined
  if (num) children.push(num)
  // Later paragraphs opening with a label of another style are the item's points (`2.` then `a) …`,
  // `b) …` below it, as statutes number them), unless the item nests too deep already; so are the
  // lines of a paragraph that open with one after a line ending with `:` or `;` (no blank line
  // between: `a)` opens no list in CommonMark).
  const parts = depth >= maxListDepth ? item.children : itemBlocksCut(item, context)
  const first = parts[0]
  const own = num?.value ?? (first?.type === 'paragraph' ? paragraphLabel(first, context) : undefined)
  const ownStyle = own && isLabel(own) ? styleOf(own) : undefined
  const labelled = parts.map((child, index) => {
    if (index === 0 || depth >= maxListDepth || child.type !== 'paragraph') return undefined
    const label = paragraphLabel(child, context)
    return label && !(ownStyle && sameStyle(styleOf(label), ownStyle)) ? label : undefined
  })
  const hasList = parts.some((child, index) => child.type === 'list' || labelled[index])
  let pending: Flow[] = []
  let listsSeen = 0
  let points: ItemPoints | undefined
  const flush = () => {
    if (pending.length === 0) return
    const type = !hasList ? 'content' : listsSeen === 0 ? 'intro' : 'wrapUp'
    children.push(span({type, children: pending} as ClauseChild, pending))
    pending = []
  }
  parts.forEach((child, index) => {
    const label = labelled[index]
    if (label && child.type === 'paragraph') {
      // `c)` after `b)` is a letter, `i)` first a roman numeral: the style is read after the last point's.
      const style = styleOf(label, points?.stack.at(-1)?.style)
      flush()
      points ??= openPoints(children)
      if (points.list.children.length === 0) listsSeen++
      const content = context.convertPhrasing(child.children, 0)
      const pointLabel = bulletLabel(child, content, context)
      placePoint(points, labelledPoint(child, pointLabel, content, context), style)
      return
    }
    points = undefined
    if (child.type === 'list') {
      flush()
      if (depth >= maxListDepth) {
        warn(context, 'too-deep', 'List nesting too deep: kept as text', positionOf(context, child), false)
        pending.push(toP(child, [{type: 'text', value: sliceOf(context, child)}], context))
        return
      }
      // Lists right after one another are one list of points (a bullet list after a numbered one
      // starts a new list in CommonMark).
      const list = listOf(child, context, depth + 1)
      const previous = children[children.length - 1]
      if (previous?.type === 'list') {
        pushAll(previous.children, list.children)
        if (previous.position && list.position)
          previous.position = {start: previous.position.start, end: list.position.end}
        return
      }
      children.push(list)
      listsSeen++
      return
    }
    if (child.type === 'table') {
      pending.push(tableOf(child as MdastTable, context))
      return
    }
    let content: Inline[]
    if (index === 0 && !ordered && child.type === 'paragraph') {
      const {num: typed, rest} = typedNum(child.children, context)
      content = context.convertPhrasing(rest, 0)
      if (typed) {
        stripSpace(content)
        num = typed
      } else num = bulletLabel(child, content, context)
      if (num) children.unshift(num)
      if (content.length === 0) return
    } else if (child.type === 'paragraph' || child.type === 'heading')
      content = context.convertPhrasing(child.children, 0)
    else if (child.type === 'blockquote') {
      pushAll(pending, quotedParagraphs(child, context))
      return
    } else content = unsupportedInItem(child, context)
    pending.push(toP(child, content, context))
  })
  flush()
  const node = {type: kind, eId: '', children} as Clause
  const position = positionOf(context, item)
  if (position) node.position = position
  return node
}

/** A nested list as a list of points. */
function listOf(node: MdastList, context: ReaderContext, depth: number): List {
  const result: List = {
    type: 'list',
    eId: '',
    children: node.children.map(
      (item) => itemClause(item, node.ordered === true, 'point', context, depth) as Point,
    ),
  }
  const position = positionOf(context, node)
  if (position) result.position = position
  return result
}

/** The items of a list as clauses (paragraphs, or points). */
export function listClauses(
  node: MdastList,
  context: ReaderContext,
  kind: Clause['type'] = 'paragraph',
): Clause[] {
  return node.children.map((item) => itemClause(item, node.ordered === true, kind, context, 0))
}

/**
 * Labelled lines (Pandoc's fancy lists, `(1) …` paragraphs) as clauses: deeper indentation nests, and
 * Pandoc's `#` takes the next number of its list's style (`A.`, `#.` → `B.`).
 */
export function lineClauses(lines: LabelledLine[], kind: Clause['type']): Clause[] {
  const top: Clause[] = []
  const stack: {column: number; clause: Clause; style: LabelStyle; first: string; last: string}[] = []
  for (const line of lines) {
    while (stack.length > 0 && stack[stack.length - 1]!.column > line.column) stack.pop()
    const sibling =
      stack.length > 0 && stack[stack.length - 1]!.column === line.column ? stack.pop() : undefined
    let label = line.label
    if (label.includes('#'))
      label = implicitLabel(label, sibling?.last, sibling ? styleOf(sibling.first) : undefined)
    const p: P = {type: 'p', children: line.content}
    if (line.position) p.position = line.position
    const children: ClauseChild[] = [{type: 'num', value: label, position: line.labelPosition}]
    if (line.content.length > 0) {
      const content: ClauseChild = {type: 'content', children: [p]}
      if (p.position) content.position = p.position
      children.push(content)
    }
    const parent = stack[stack.length - 1]?.clause
    const clause = {type: parent ? 'point' : kind, eId: '', children} as Clause
    if (line.position) clause.position = line.position
    if (parent) {
      pointsOf(parent).children.push(clause as Point)
      extend(parent, clause)
    } else top.push(clause)
    const style = sibling ? styleOf(sibling.first) : styleOf(label)
    stack.push({column: line.column, clause, style, first: sibling?.first ?? label, last: label})
  }
  return top
}

import type {ClauseChild, Inline, List, Num, P, Paragraph, Point} from '@clausewise/model'
import type {ListItem, List as MdastList, Paragraph as MdastParagraph, Node, Parent} from 'mdast'
import {positionBetween, positionOf, type ReaderContext, sliceOf, warn} from './context.js'

/** Deepest list nesting read as points; deeper lists are kept as text. */
export const maximumListDepth = 48

/** A number written as a label at the start of a bullet item: `a)`, `(iv)`, `b.`. */
export const labelPattern = /^(?:[\p{L}\p{N}]{1,8}[.)]|\([\p{L}\p{N}]{1,8}\))$/u

function span<T extends {position?: unknown}>(node: T, nodes: {position?: P['position']}[]): T {
  const first = nodes[0]?.position
  const last = nodes[nodes.length - 1]?.position
  if (first && last) (node as {position?: unknown}).position = {start: first.start, end: last.end}
  return node
}

/** The number of an ordered item as written in the source (`5.`, `05)`), read at the item's marker. */
function orderedNum(item: ListItem, context: ReaderContext): Num | undefined {
  const start = item.position?.start.offset
  if (start === undefined) return undefined
  const text = context.prepared.text
  let index = start
  while (text[index] === ' ' || text[index] === '\t') index++
  const from = index
  while (index - from < 10 && text.charCodeAt(index) >= 48 && text.charCodeAt(index) <= 57) index++
  if (index === from || (text[index] !== '.' && text[index] !== ')')) return undefined
  return {
    type: 'num',
    value: text.slice(from, index + 1),
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
  if (context.prepared.text[first.position?.start.offset ?? 0] !== '[') return {rest: children}
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
function leadingLabel(paragraph: MdastParagraph, content: Inline[], context: ReaderContext): Num | undefined {
  const start = paragraph.position?.start.offset
  const head = content[0]
  if (start === undefined || head?.type !== 'text') return undefined
  const text = context.prepared.text
  let end = start
  while (
    end - start < 13 &&
    end < text.length &&
    text[end] !== ' ' &&
    text[end] !== '\n' &&
    text[end] !== '\t'
  )
    end++
  const token = text.slice(start, end)
  if (!labelPattern.test(token) || !head.value.startsWith(token)) return undefined
  if (end < text.length && text[end] !== ' ' && text[end] !== '\n' && paragraph.position?.end.offset !== end)
    return undefined
  head.value = head.value.slice(token.length)
  if (head.value === '') content.shift()
  else stripSpace(content)
  return {type: 'num', value: token, position: positionBetween(context, start, end)}
}

function toP(paragraph: Node, content: Inline[], context: ReaderContext): P {
  const p: P = {type: 'p', children: content}
  const position = positionOf(context, paragraph)
  if (position) p.position = position
  return p
}

/** One list item as a paragraph or point: number, then content, or intro, lists and wrap-up. */
function clause(
  item: ListItem,
  ordered: boolean,
  kind: 'paragraph' | 'point',
  context: ReaderContext,
  depth: number,
): Paragraph | Point {
  const children: ClauseChild[] = []
  let num = ordered ? orderedNum(item, context) : undefined
  if (num) children.push(num)
  const hasList = item.children.some((child) => child.type === 'list')
  let pending: P[] = []
  let listsSeen = 0
  const flush = () => {
    if (pending.length === 0) return
    const type = !hasList ? 'content' : listsSeen === 0 ? 'intro' : 'wrapUp'
    children.push(span({type, children: pending} as ClauseChild, pending))
    pending = []
  }
  item.children.forEach((child, index) => {
    if (child.type === 'list') {
      flush()
      if (depth >= maximumListDepth) {
        warn(context, 'too-deep', 'List nesting too deep: kept as text', positionOf(context, child), false)
        pending.push(toP(child, [{type: 'text', value: sliceOf(context, child)}], context))
        return
      }
      children.push(list(child, 'point', context, depth + 1))
      listsSeen++
      return
    }
    let content: Inline[]
    const bulletHead = index === 0 && !ordered && child.type === 'paragraph'
    if (bulletHead) {
      const {num: typed, rest} = typedNum(child.children, context)
      content = context.convertPhrasing(rest, 0)
      if (typed) {
        stripSpace(content)
        num = typed
      } else num = leadingLabel(child, content, context)
      if (num) children.unshift(num)
      if (content.length === 0) return
    } else if (child.type === 'paragraph' || child.type === 'heading')
      content = context.convertPhrasing(child.children, 0)
    else {
      warn(
        context,
        'unsupported-block',
        `\`${child.type}\` inside a list item kept as text`,
        positionOf(context, child),
        false,
      )
      content = [{type: 'text', value: sliceOf(context, child)}]
    }
    pending.push(toP(child, content, context))
  })
  flush()
  const node = {type: kind, eId: '', children} as Paragraph | Point
  const position = positionOf(context, item)
  if (position) node.position = position
  return node
}

/** A nested list as a list of points. */
function list(node: MdastList, kind: 'point', context: ReaderContext, depth: number): List {
  const result: List = {
    type: 'list',
    eId: '',
    children: node.children.map((item) => clause(item, node.ordered === true, kind, context, depth) as Point),
  }
  const position = positionOf(context, node)
  if (position) result.position = position
  return result
}

/** The items of a top-level list as operative paragraphs. */
export function paragraphsOf(node: MdastList, context: ReaderContext): Paragraph[] {
  return node.children.map(
    (item) => clause(item, node.ordered === true, 'paragraph', context, 0) as Paragraph,
  )
}

export type {Parent}

import type {ClauseChild, Inline, List, Num, P, Paragraph, Point} from '@clausewise/model'
import type {Paragraph as MdastParagraph} from 'mdast'
import {type LabelStyle, leadingLabel, sameStyle} from '../labels.js'
import {positionOf, type ReaderContext} from './context.js'

/**
 * Points written as paragraphs of a list item (`2.` then `a) …`, `b) …` below it, as statutes number
 * them): their labels, the list they go to, and where each nests by its label's style.
 */

type Clause = Paragraph | Point

/** The points of an item being read: their list, and the open point of each style, outermost first. */
export interface ItemPoints {
  list: List
  stack: {style: LabelStyle; point: Point}[]
}

/** The label a paragraph's source opens with (followed by white space), if any. */
export function paragraphLabel(paragraph: MdastParagraph, context: ReaderContext): string | undefined {
  const start = paragraph.position?.start.offset
  if (start === undefined) return undefined
  const end = paragraph.position?.end.offset ?? start
  const label = leadingLabel(context.source.slice(start, Math.min(end, start + 14)))
  if (!label || start + label.length >= end) return undefined
  return label
}

/** The list of points a labelled paragraph goes to: the item's last list, or a new one. */
export function openPoints(children: ClauseChild[]): ItemPoints {
  const previous = children[children.length - 1]
  if (previous?.type === 'list') return {list: previous, stack: []}
  const list: List = {type: 'list', eId: '', children: []}
  children.push(list)
  return {list, stack: []}
}

/** A labelled paragraph as a point: its label (read by the caller) as the number, the rest as its content. */
export function labelledPoint(
  paragraph: MdastParagraph,
  num: Num | undefined,
  content: Inline[],
  context: ReaderContext,
): Point {
  const children: ClauseChild[] = num ? [num] : []
  if (content.length > 0) {
    const p: P = {type: 'p', children: content}
    const position = positionOf(context, paragraph)
    if (position) p.position = position
    children.push({type: 'content', children: [p]} as ClauseChild)
  }
  const point = {type: 'point', eId: '', children} as Point
  const position = positionOf(context, paragraph)
  if (position) point.position = position
  return point
}

/**
 * Place a point by its label's style: beside the open point of the same style, or under the last
 * point when the style is new (`a)` then `aa)`), as a reader of the statute would nest them.
 */
export function placePoint(points: ItemPoints, point: Point, style: LabelStyle): void {
  const {stack} = points
  const same = stack.findIndex((entry) => sameStyle(entry.style, style))
  if (same !== -1) stack.length = same
  const parent = stack[stack.length - 1]?.point
  if (parent) {
    pointsOf(parent).children.push(point)
    extend(parent, point)
  } else points.list.children.push(point)
  if (points.list.position && point.position)
    points.list.position = {start: points.list.position.start, end: point.position.end}
  else if (point.position) points.list.position = {...point.position}
  stack.push({style, point})
}

/** Turn a clause's content into the intro of a list and give it that list (a new one if needed). */
export function pointsOf(clause: Clause): List {
  let list = clause.children.find((child): child is List => child.type === 'list')
  if (list) return list
  const content = clause.children.find((child) => child.type === 'content')
  if (content) (content as {type: string}).type = 'intro'
  list = {type: 'list', eId: '', children: []}
  clause.children.push(list)
  return list
}

export function extend(node: {position?: P['position']}, child: {position?: P['position']}): void {
  if (!child.position || !node.position) return
  node.position = {start: node.position.start, end: child.position.end}
}

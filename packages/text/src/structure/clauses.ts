import type {BlockContainer, ClauseChild, Hcontainer, List, P, Paragraph, Point} from '@clausewise/model'
import type {Reporter} from '../report.js'
import {isRoman, paragraphNumber, pointNumber} from './classify.js'
import {dropStart, leadingText} from './inline.js'

/** A main body being filled: its clauses, the last paragraph, and how often each number was seen. */
export interface Target {
  children: (Paragraph | BlockContainer | Hcontainer)[]
  last?: Paragraph | undefined
  seen: Map<string, number>
  warned: boolean
}

/** A new, empty target. */
export function createTarget(children: (Paragraph | BlockContainer | Hcontainer)[] = []): Target {
  return {children, seen: new Map(), warned: false}
}

/**
 * Add a paragraph of text to a main body: a numbered paragraph (`1.`), a point of the last one
 * (`a)`, `(i)` inside a lettered point), an introduction shared by the paragraphs that follow (it
 * ends with `:` and the next block is numbered), or an unnumbered paragraph.
 */
export function addClause(
  target: Target,
  p: P,
  nextNumbered: boolean,
  lowerCase: boolean,
  report: Reporter,
): void {
  const text = leadingText(p.children)
  const ending = plainEnd(p)
  const number = paragraphNumber(text, lowerCase)
  if (number !== undefined) {
    noteRepeat(target, `para:${number}`, p, report)
    dropStart(p.children, number.length)
    target.last = {
      type: 'paragraph',
      eId: '',
      children: [{type: 'num', value: number}, content(p)],
      position: p.position,
    }
    target.children.push(target.last)
    return
  }
  const point = number === undefined ? pointNumber(text) : undefined
  if (point !== undefined && target.last) {
    noteRepeat(target, `point:${point}`, p, report)
    dropStart(p.children, point.length)
    addPoint(target.last, point, p)
    return
  }
  if (ending === ':' && nextNumbered) {
    target.children.push({type: 'blockContainer', eId: '', children: [p], position: p.position})
    target.last = undefined
    return
  }
  target.last = {type: 'paragraph', eId: '', children: [content(p)], position: p.position}
  target.children.push(target.last)
}

function content(p: P): ClauseChild {
  return {type: 'content', children: [p]}
}

/**
 * Note a clause number; a number seen twice in one body is suspicious in a decision (a page header
 * read as a paragraph, a draft's copy-paste), so the first repeat is reported. The clause is kept as a
 * clause either way: `assignEIds` makes its eId unique.
 */
function noteRepeat(target: Target, key: string, p: P, report: Reporter): void {
  const count = (target.seen.get(key) ?? 0) + 1
  target.seen.set(key, count)
  if (count > 1 && !target.warned && p.position) {
    target.warned = true
    const {start, end} = p.position
    report.warn(
      'duplicate-number',
      `Number \`${key.slice(key.indexOf(':') + 1)}\` used more than once in the same part`,
      start.offset ?? 0,
      end.offset ?? 0,
    )
  }
}

/** Add a point to a paragraph (or, for a roman number inside lettered points, to the last point). */
function addPoint(paragraph: Paragraph, number: string, p: P): void {
  const point: Point = {
    type: 'point',
    eId: '',
    children: [{type: 'num', value: number}, content(p)],
    position: p.position,
  }
  const list = listOf(paragraph)
  const lastPoint = list.children[list.children.length - 1] as Point | undefined
  const bare = number.replace(/[()]/g, '')
  if (lastPoint && isRoman(bare) && !followsLetter(lastPoint, bare)) {
    const lastNumber = numberOf(lastPoint)
    if (lastNumber !== undefined && !isRoman(lastNumber)) {
      listOf(lastPoint).children.push(point)
      return
    }
  }
  list.children.push(point)
}

function numberOf(clause: Paragraph | Point): string | undefined {
  const num = clause.children[0]
  return num?.type === 'num' ? num.value.replace(/[()]/g, '') : undefined
}

/** Whether `letter` is the letter after the last point's (`h)` then `i)`). */
function followsLetter(last: Point, letter: string): boolean {
  const previous = numberOf(last)
  return previous?.length === 1 && letter.length === 1 && letter.charCodeAt(0) === previous.charCodeAt(0) + 1
}

/** The list of a clause, made on first need: its content becomes the intro. */
function listOf(clause: Paragraph | Point): List {
  const existing = clause.children.find((child) => child.type === 'list')
  if (existing?.type === 'list') return existing
  const list: List = {type: 'list', eId: '', children: []}
  const children: Paragraph['children'] = []
  for (const child of clause.children) {
    if (child.type === 'content') children.push({type: 'intro', children: child.children})
    else children.push(child)
  }
  children.push(list)
  clause.children = children
  return list
}

/** The last non-space character of a paragraph's text nodes. */
export function plainEnd(p: P): string | undefined {
  for (let index = p.children.length - 1; index >= 0; index--) {
    const child = p.children[index]!
    if (child.type === 'authorialNote') continue
    if (child.type !== 'text') return undefined
    const value = child.value.trimEnd()
    if (value) return value[value.length - 1]
  }
  return undefined
}

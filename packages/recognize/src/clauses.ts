import type {
  BodyChild,
  ClauseChild,
  Content,
  Hcontainer,
  Inline,
  Intro,
  List,
  Num,
  P,
  Paragraph,
  Point,
  Position,
} from '@clausewise/model'
import {lastCharacter} from './inline.js'
import {isRoman} from './labels.js'
import {clip, type Report} from './report.js'

/** A clause that holds paragraphs: the main body, a section, an article, an attachment's body. */
export interface Container {
  /** The node whose children the clauses are. */
  children: BodyChild[]
  /** The section or article node, when the container is one. */
  node?: Hcontainer | undefined
  /** The last paragraph added, which points and continuations go to. */
  last?: Paragraph | undefined
  /** The last point added, which a roman point may go in. */
  lastPoint?: Point | undefined
  /** Numbers seen, by kind, to report repeats and gaps once. */
  seen: Map<string, number>
  /** The last paragraph number, to report gaps. */
  previous?: number | undefined
  warned: boolean
  /** Paragraphs added. */
  paragraphs: number
  /** Children before this index hold no `content` (see `pushParagraph`). */
  checked?: number | undefined
}

/** A container for a list of children. */
export function createContainer(children: Container['children'], node?: Hcontainer | undefined): Container {
  return {children, node, seen: new Map(), warned: false, paragraphs: 0}
}

/** A clause's number, with where the source writes it when it says. */
function numOf(value: string, position: Position | undefined): Num {
  return position ? {type: 'num', value, position} : {type: 'num', value}
}

/** A `p` of inline content. */
export function paragraphOf(children: Inline[], position: Position | undefined): P {
  const p: P = {type: 'p', children}
  if (position) p.position = position
  return p
}

/** Add a paragraph, numbered or not, to a container. */
export function addParagraph(
  container: Container,
  num: string | undefined,
  p: P,
  report: Report,
  numPosition?: Position | undefined,
): Paragraph {
  const children: ClauseChild[] = []
  if (num) {
    children.push(numOf(num, numPosition))
    noteNumber(container, num, p, report)
  }
  children.push({type: 'content', children: [p]})
  const paragraph: Paragraph = {type: 'paragraph', eId: '', children}
  if (p.position) paragraph.position = p.position
  pushParagraph(container, paragraph)
  container.last = paragraph
  container.lastPoint = undefined
  container.paragraphs++
  return paragraph
}

/** Add a paragraph to a container: a unit's text before it becomes its `intro` (`content` may not stand beside paragraphs). */
function pushParagraph(container: Container, paragraph: Paragraph): void {
  // A `content` stands before the paragraphs and no text is added beside them once they are there:
  // looking from the last paragraph pushed on keeps a container of many paragraphs linear.
  for (let index = container.checked ?? 0; index < container.children.length; index++) {
    const content = container.children[index]!
    if (content.type === 'content') container.children[index] = {type: 'intro', children: content.children}
  }
  container.children.push(paragraph)
  container.checked = container.children.length
}

/** Add text that continues the last paragraph (a second block of it, quoted text): one more `p`. */
export function continueParagraph(container: Container, p: P): boolean {
  const target = container.lastPoint ?? container.last
  if (!target) return false
  const list = target.children.find((child) => child.type === 'list')
  if (list) {
    // Text after a paragraph's points closes the list.
    const wrapUp = target.children.find((child) => child.type === 'wrapUp')
    if (wrapUp?.type === 'wrapUp') wrapUp.children.push(p)
    else target.children.push({type: 'wrapUp', children: [p]})
    return true
  }
  const content = target.children.find((child) => child.type === 'content')
  if (content?.type !== 'content') return false
  content.children.push(p)
  return true
}

/**
 * Note a paragraph number: a repeat or a gap in the numbering of one part is reported once each
 * (`numbering-repeat`, `numbering-gap`); the clause is kept either way (`assignEIds` makes its eId
 * unique).
 */
function noteNumber(container: Container, num: string, p: P, report: Report): void {
  const value = Number.parseInt(num, 10)
  const count = (container.seen.get(num) ?? 0) + 1
  container.seen.set(num, count)
  if (count > 1 && !container.warned) {
    container.warned = true
    report.warn(
      'duplicate-number',
      `Number \`${clip(num)}\` used more than once in the same part`,
      p.position,
    )
  }
  if (Number.isFinite(value)) {
    const previous = container.previous
    if (previous !== undefined && value > previous + 1 && !container.seen.has('gap')) {
      container.seen.set('gap', 1)
      report.warn(
        'numbering-gap',
        `Paragraph ${value} follows paragraph ${previous}: a paragraph may be missing or misread`,
        p.position,
      )
    }
    container.previous = value
  }
}

/** Add a point to the last paragraph (a roman point after lettered ones goes in the last point). */
export function addPoint(
  container: Container,
  num: string,
  p: P,
  report: Report,
  numPosition?: Position | undefined,
): Point {
  const point = newPoint(num, p, numPosition)
  let paragraph = container.last
  if (!paragraph) {
    // Points with no paragraph before them: one paragraph holds the list. Where the unit's own text
    // introduces them (`Article 2` / `… the following definitions apply:` / `(a) …`), that text is
    // the paragraph's intro, as in a paragraph that introduces points; otherwise (`The Assembly:`
    // then `(a)`, `(b)`) the paragraph holds the list alone, which is reported.
    const intro = takeIntroduction(container)
    paragraph = {type: 'paragraph', eId: '', children: intro ? [intro.content] : []}
    const position = intro?.position ?? p.position
    if (position) paragraph.position = position
    pushParagraph(container, paragraph)
    container.last = paragraph
    container.paragraphs++
    if (!intro)
      report.info(
        'points-without-paragraph',
        'Points with no paragraph before them: one paragraph holds them',
        p.position,
      )
  }
  const list = listOf(paragraph)
  const bare = num.replace(/[().]/g, '')
  const lastPoint = list.children[list.children.length - 1] as Point | undefined
  if (lastPoint && isRoman(bare) && !followsLetter(lastPoint, bare)) {
    const lastNumber = numberOf(lastPoint)
    if (lastNumber !== undefined && !isRoman(lastNumber)) {
      listOf(lastPoint).children.push(point)
      container.lastPoint = point
      return point
    }
  }
  list.children.push(point)
  container.lastPoint = point
  return point
}

/**
 * The unit's own text that introduces its first points (see `unitTextIntroduces`), taken out of the
 * container: the last `p` of its `content`; the `p`s before it stay the unit's text.
 */
function takeIntroduction(
  container: Container,
): {content: Content; position: Position | undefined} | undefined {
  if (!unitTextIntroduces(container)) return undefined
  const last = container.children[container.children.length - 1] as Content | Intro
  const p = last.children[last.children.length - 1] as P
  if (last.children.length === 1) container.children.pop()
  else last.children.pop()
  return {content: {type: 'content', children: [p]}, position: p.position}
}

/**
 * Whether a unit's own text (its `content`, or its `intro` where the reading made one), the
 * container's last child, ends with a colon or a dash: it introduces what follows (`… the following
 * definitions apply:`, `In this Act—`).
 */
export function unitTextIntroduces(container: Container): boolean {
  const last = container.children[container.children.length - 1]
  if ((last?.type !== 'content' && last?.type !== 'intro') || container.node === undefined) return false
  const p = last.children[last.children.length - 1]
  return p?.type === 'p' && introduces(lastCharacter(p.children))
}

/** Whether a text that ends with `character` introduces what follows: a colon or a dash. */
function introduces(character: string | undefined): boolean {
  return character === ':' || character === '—' || character === '–'
}

/**
 * Add a point inside a point (a list item the source nests one level deeper than its parent's): it
 * becomes the container's last point, which continuations go to.
 */
export function addSubPoint(
  container: Container,
  parent: Point,
  num: string,
  p: P,
  numPosition?: Position | undefined,
): Point {
  const point = newPoint(num, p, numPosition)
  listOf(parent).children.push(point)
  container.lastPoint = point
  return point
}

/** A point of its number (none where `num` is empty: an item without a label) and text. */
function newPoint(num: string, p: P, numPosition: Position | undefined): Point {
  const content = {type: 'content' as const, children: [p]}
  const point: Point = {
    type: 'point',
    eId: '',
    children: num ? [numOf(num, numPosition), content] : [content],
  }
  if (p.position) point.position = p.position
  return point
}

function numberOf(clause: Paragraph | Point): string | undefined {
  const num = clause.children[0]
  return num?.type === 'num' ? num.value.replace(/[().]/g, '') : undefined
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

import type {Meeting, P} from '@clausewise/model'
import type {Item, Line} from '../layout/types.js'
import type {BodyProfile, Profile} from '../profile.js'
import type {Reporter} from '../report.js'
import {head, isUpper, isUpperCaseText} from '../text-utils.js'
import {attachmentRule, isRecitalStart, type Lexicon, paragraphNumber} from './classify.js'
import {type Anchors, inlines, lineParagraph} from './inline.js'

/** Lines of the front matter looked at before giving up on finding a formula. */
const frontLimit = 200

/** What the front matter gave: preface lines, number, title, meeting, and where the formula is. */
export interface Front {
  preface: P[]
  /** The `p` holding `docNumber`, if any. */
  numberParagraph?: P | undefined
  /** The `p` holding `docTitle`, if any. */
  titleParagraph?: P | undefined
  /** The document number, e.g. `7/17`. */
  number?: string | undefined
  meeting: Meeting
  /** Index of the formula line in the items, or -1. */
  formula: number
  /** The body the formula names, if the profile knows it. */
  body?: BodyProfile | undefined
  /** Index of the first item after the front matter (and the formula). */
  end: number
}

/**
 * Read the front matter: the lines before the enacting formula (or before the first recital or
 * paragraph). Meeting and journal lines fill `meeting`; the number line becomes `docNumber`; the
 * lines after it up to a break, joined by single spaces, `docTitle`; other lines stay as `p`.
 */
export function readFront(items: Item[], lexicon: Lexicon, anchors: Anchors, report: Reporter): Front {
  const profile = lexicon.profile
  let stop = 0
  let formula = -1
  let body: BodyProfile | undefined
  for (let index = 0; index < items.length && index < frontLimit; index++) {
    const item = items[index]!
    if (item.kind === 'break') continue
    const text = head(item.flat)
    const found = formulaOf(text, profile)
    if (found) {
      formula = index
      body = found.body
      stop = index
      break
    }
    if (
      isRecitalStart(text, lexicon) ||
      paragraphNumber(text, profile.lowerCaseClauses) ||
      attachmentRule(text, profile)
    ) {
      stop = index
      break
    }
  }
  const front: Front = {preface: [], meeting: {}, formula, end: formula >= 0 ? formula + 1 : stop, body}
  let titleLines: Line[] = []
  let titleDone = false
  const closeTitle = (): void => {
    if (titleLines.length === 0 || !front.titleParagraph) return
    const children = inlines(
      titleLines,
      titleLines.slice(1).map(() => 'space'),
      anchors,
    )
    front.titleParagraph.children = [{type: 'docTitle', children}]
    front.titleParagraph.position = report.position(
      titleLines[0]!.start,
      titleLines[titleLines.length - 1]!.end,
    )
    titleLines = []
    titleDone = true
  }
  for (let index = 0; index < stop; index++) {
    const item = items[index]!
    if (item.kind === 'break') {
      closeTitle()
      continue
    }
    const text = head(item.flat)
    const day = profile.meetingDay?.exec(text)
    const journal = profile.journal?.exec(text)
    const number = front.number === undefined ? numberOf(text, profile) : undefined
    if (day) {
      front.meeting.day = day[1]
      front.meeting.name = day[2]
    } else if (journal) {
      front.meeting.symbol = journal[1]
      front.meeting.journal = journal[2]
      front.meeting.agendaItem = journal[3]
    } else if (number !== undefined) {
      closeTitle()
      front.number = number
      front.numberParagraph = {
        type: 'p',
        children: [{type: 'docNumber', children: inlines([item], [], anchors)}],
        position: report.position(item.start, item.end),
      }
      front.preface.push(front.numberParagraph)
      continue
    } else if (!titleDone && (front.number !== undefined || titleLines.length > 0 || isUpperCaseText(text))) {
      if (titleLines.length === 0) {
        front.titleParagraph = {type: 'p', children: []}
        front.preface.push(front.titleParagraph)
      }
      titleLines.push(item)
      continue
    }
    closeTitle()
    front.preface.push(lineParagraph(item, anchors, report))
  }
  closeTitle()
  return front
}

/** The formula a line is, if it is one: a known body's, or an article, a capital and a comma. */
export function formulaOf(text: string, profile: Profile): {body?: BodyProfile | undefined} | undefined {
  if (text.length > 100) return undefined
  const ending = (profile.formulaEndings ?? [',']).find((candidate) => text.endsWith(candidate))
  if (!ending) return undefined
  const words = text.slice(0, -ending.length).trim().replace(/'/g, '’')
  for (const body of profile.bodies ?? []) if (body.formula.replace(/'/g, '’') === words) return {body}
  if (words.split(' ').length > 8) return undefined
  for (const article of profile.formulaArticles ?? []) {
    if (text.startsWith(article) && isUpper(text[article.length])) return {}
  }
  return undefined
}

function numberOf(text: string, profile: Profile): string | undefined {
  for (const pattern of profile.documentNumber ?? []) {
    const match = pattern.exec(text)
    if (match?.[1]) return match[1]
  }
  return undefined
}

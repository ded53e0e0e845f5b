import {actDateOf} from './act-dates.js'
import type {Lexicon} from './lexicon.js'
import type {Reading} from './reading.js'

/**
 * Whether a block is an act's long title (a profile's `longTitles`: `AN ACT of Parliament to provide
 * for …`), the sentence over its enacting formula that says what the act does. Only an unlabelled
 * block that opens with a pattern's first letter is tried.
 */
export function isLongTitle(reading: Reading, lexicon: Lexicon): boolean {
  const patterns = lexicon.profile.longTitles
  if (!patterns || reading.label) return false
  const text = reading.bare.slice(0, 200)
  for (const pattern of patterns) if (pattern.test(text)) return true
  return false
}

/** Most words of a long title's head printed alone over the rest (`AN ACT`). */
const headWords = 3

/**
 * Whether the block at `index` is an act's long title (see {@link isLongTitle}), or part of one whose
 * head stands alone on its line over the rest (`AN ACT` / `To provide for …`, as South Africa prints
 * it): a block of three words or fewer that, with the block under it, makes a long title.
 */
export function isLongTitleAt(readings: Reading[], index: number, lexicon: Lexicon): boolean {
  const reading = readings[index]!
  if (isLongTitle(reading, lexicon)) return true
  if (!lexicon.profile.longTitles || reading.label) return false
  const previous = readings[index - 1]
  if (previous && headOver(previous, reading, lexicon)) return true
  const next = readings[index + 1]
  return next !== undefined && headOver(reading, next, lexicon)
}

/** Whether `head`, a few words, and `rest` under it make a long title. */
function headOver(head: Reading, rest: Reading, lexicon: Lexicon): boolean {
  if (head.label || rest.label || head.words > headWords || head.last === '.') return false
  const text = `${head.bare} ${rest.bare.slice(0, 200)}`
  return (lexicon.profile.longTitles ?? []).some((pattern) => pattern.test(text))
}

/**
 * Where the front matter of an act ends before its enacting formula (`enacting`): after the last
 * long title above it (`AN ACT of Parliament to …`), with the lines in square brackets under that
 * title (`[Date of assent: 3rd March, 2031.]`) and the lines that date the act (`Date of commencement:
 * 1st April, 2031`); what stands above the long title (the act's title,
 * its arrangement of sections) is front matter too, whatever it holds. `from` where the act has no
 * long title.
 */
export function afterLongTitle(
  readings: Reading[],
  from: number,
  enacting: number,
  lexicon: Lexicon,
): number {
  if (!lexicon.profile.longTitles) return from
  let found = -1
  for (let index = enacting - 1; index >= from && found < 0; index--) {
    if (isLongTitleAt(readings, index, lexicon)) found = index
  }
  if (found < 0) return from
  return afterBrackets(readings, found + 1, enacting, lexicon)
}

/**
 * The first block from `from` (before `end`) that is not a line in square brackets (`[3rd March,
 * 2031.]`) nor one that dates the act (the profile's `actDates`: `Date of Assent: 12th March, 2031`).
 */
function afterBrackets(readings: Reading[], from: number, end: number, lexicon: Lexicon): number {
  let index = from
  while (index < end) {
    const text = readings[index]!.bare
    if (!(text.startsWith('[') && text.endsWith(']')) && !actDateOf(text, lexicon.profile)) break
    index++
  }
  return index
}

/**
 * Where an act's table of contents ends, as the Commonwealth prints it at the head of an act: from
 * a heading of the profile's `contentsHeadings` (`ARRANGEMENT OF SECTIONS`) through the first long
 * title under it (`AN ACT of Parliament to …`), the lines of the contents (`1. Short title.`,
 * `FIRST SCHEDULE`) being no clauses nor attachments; 0 where the act prints none (or no long title
 * closes it before `limit`).
 */
export function afterContents(readings: Reading[], limit: number, lexicon: Lexicon): number {
  const headings = lexicon.profile.contentsHeadings
  if (!headings || !lexicon.profile.longTitles) return 0
  let heading = -1
  // A heading of a few words; it may stand under a gazette's cover, anywhere among the blocks the
  // outline looks at.
  for (let index = 0; index < limit && heading < 0; index++) {
    const reading = readings[index]!
    if (reading.bare.length > contentsHeadingLength || reading.label) continue
    const text = reading.bare.replace(/[:.]$/, '').toLowerCase()
    if (headings.some((phrase) => phrase.toLowerCase() === text)) heading = index
  }
  if (heading < 0) return 0
  for (let index = heading + 1; index < limit; index++) {
    if (isLongTitleAt(readings, index, lexicon)) {
      // A long title's head alone takes the block under it along (`AN ACT` / `To provide …`).
      const end = isLongTitleAt(readings, index + 1, lexicon) ? index + 2 : index + 1
      return afterBrackets(readings, end, limit, lexicon)
    }
  }
  return 0
}

/** Length beyond which a block is no heading of a table of contents (`ARRANGEMENT OF REGULATIONS`). */
const contentsHeadingLength = 60

import {isDigit} from './characters.js'
import type {Lexicon} from './lexicon.js'
import {wordDate} from './word-dates.js'

/** Words between a day and its month, or a month and its year (`5 de junio de 2001`, `7 октября 2011 года`). */
const fillers = new Set(['de', 'del', 'of', 'the', 'di'])

/**
 * The first date a text writes, as ISO `YYYY-MM-DD`, or `''`: `5 December 2024`, `December 5, 2024`,
 * `1er mars 2018`, `5 de junio de 2001`, `3. März 2019`, `7 октября 2011 года`, `07.10.2011`,
 * `2010 02 18`, `5/XII/31` (a month in roman figures, a year in two: see `fullYear`); in words where
 * the profile has number words (`the fifth of December two thousand and twenty-four`, `le cinq
 * décembre deux mille vingt-quatre`: see `wordDate`). Month names come
 * from the profile. Looks at the first 200 words. Where number words stand by a month but make no
 * valid date, `unsure.found` is set (and no date is given).
 *
 * @example dateIn('52nd plenary meeting 5 December 2024', lexicon) // '2024-12-05'
 */
export function dateIn(text: string, lexicon: Lexicon, unsure?: {found: boolean}): string {
  // The first 200 words only are made (a long paragraph is not split whole), each bared of its
  // brackets and stops only where it has some. An em dash parts words as a space does: Spanish
  // parliaments set the signature right after the date (`…, 14 de marzo de 2029.—María …, Portavoz`).
  const words = text
    .toLowerCase()
    .split(/[\s,—]+/u, 200)
    .map((word) => (hasMarks(word) ? word.replace(/^[([]+|[)\].;:]+$/gu, '') : word))
  for (let index = 0; index < words.length; index++) {
    const word = words[index]!
    const numeric = numericDate(word) ?? spacedDate(words, index)
    if (numeric) return numeric
    const month = lexicon.months.get(word)
    if (month === undefined) continue
    let before = index - 1
    while (before >= 0 && fillers.has(words[before]!)) before--
    let after = index + 1
    while (after < words.length && fillers.has(words[after]!)) after++
    const dayBefore = dayOf(words[before])
    if (dayBefore !== undefined && isYear(words[after])) return iso(words[after]!, month, dayBefore)
    const dayAfter = dayOf(words[after])
    let year = after + 1
    while (year < words.length && fillers.has(words[year]!)) year++
    if (dayAfter !== undefined && isYear(words[year])) return iso(words[year]!, month, dayAfter)
    // A date in words (`the fifth of December two thousand and twenty-four`), where the profile
    // has number words; one they make no valid date of gives none, and says so.
    const numbers = lexicon.numbers
    const worded = numbers && wordDate(words, index, month, numbers)
    if (worded === 'unsure') {
      if (unsure) unsure.found = true
    } else if (worded) return worded
  }
  return ''
}

/** Whether a word opens with a bracket or ends with a bracket or stop (which `dateIn` takes off). */
function hasMarks(word: string): boolean {
  const first = word[0]
  const last = word[word.length - 1]
  return first === '(' || first === '[' || (last !== undefined && ')].;:'.includes(last))
}

function iso(year: string, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

function isYear(word: string | undefined): boolean {
  return (
    word !== undefined &&
    word.length === 4 &&
    [...word].every(isDigit) &&
    (word[0] === '1' || word[0] === '2')
  )
}

function dayOf(word: string | undefined): number | undefined {
  if (!word) return undefined
  let digits = word
  for (const suffix of ['er', 'st', 'nd', 'rd', 'th', 'º', 'o', '.']) {
    if (digits.endsWith(suffix)) {
      digits = digits.slice(0, -suffix.length)
      break
    }
  }
  if (digits.length === 0 || digits.length > 2 || ![...digits].every(isDigit)) return undefined
  const day = Number(digits)
  return day >= 1 && day <= 31 ? day : undefined
}

/** `07.10.2011`, `2011-10-07`, `5/xii/31` and `30/vi/2032` (in lower case, as `dateIn` reads words). */
function numericDate(word: string): string | undefined {
  const dotted = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(word)
  if (dotted) return checked(dotted[3]!, Number(dotted[2]), Number(dotted[1]))
  // Mercosur dates its decisions with the month in roman figures and the year in two
  // (`LXV CMC – Montevideo, 5/XII/31.`), its deadlines often in four (`antes del 30/VI/2032`).
  const roman = /^(\d{1,2})\/([ivx]{1,4})\/(\d{2}|\d{4})$/.exec(word)
  if (roman) {
    const month = romanMonths.indexOf(roman[2]!) + 1
    return month > 0 ? checked(fullYear(roman[3]!), month, Number(roman[1])) : undefined
  }
  const dashed = /^(\d{4})-(\d{2})-(\d{2})$/.exec(word)
  if (dashed) return checked(dashed[1]!, Number(dashed[2]), Number(dashed[3]))
  return undefined
}

/** The months in roman figures, in lower case. */
const romanMonths = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'xi', 'xii']

/**
 * A year written in four figures, or in two as POSIX `strptime` reads them (`%y`): `69` to `99` are
 * of the twentieth century, `00` to `68` of the twenty-first.
 */
function fullYear(year: string): string {
  if (year.length === 4) return year
  return `${Number(year) >= 69 ? '19' : '20'}${year}`
}

/** `2010 02 18`: a year, a two-digit month and a two-digit day as three words. */
function spacedDate(words: string[], index: number): string | undefined {
  const year = words[index]
  const month = words[index + 1]
  const day = words[index + 2]
  if (!isYear(year) || !month || !day || month.length !== 2 || day.length !== 2) return undefined
  if (![...month, ...day].every(isDigit)) return undefined
  return checked(year!, Number(month), Number(day))
}

function checked(year: string, month: number, day: number): string | undefined {
  if (month < 1 || month > 12 || day < 1 || day > 31 || !isYear(year)) return undefined
  return iso(year, month, day)
}

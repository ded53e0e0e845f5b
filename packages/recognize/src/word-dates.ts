import {isDigit, isLetter} from './characters.js'
import type {NumberIndex} from './lexicon.js'

/** Most words a day or a year written in words takes (`one thousand nine hundred and ninety-nine`). */
const longest = 10

/**
 * The date written in words around a month name at `index` of a text's words (lower case, split at
 * white space and commas): the day in the number words before the month (`the fifth of December`,
 * `le vingt et un mars`, `a los cinco días del mes de`), the year in those after it (`two thousand and
 * twenty-four`, `deux mille vingt-quatre`, or in figures), the profile's fillers skipped between.
 * Returns the ISO date; `'unsure'` when number words stand by the month but make no valid date
 * (no year, a day past the month's end, words that make no number); `undefined` when none do.
 *
 * @example wordDate(['the', 'fifth', 'of', 'december', 'two', 'thousand', 'and', 'twenty-four'], 3, 12, numbers) // '2024-12-05'
 */
export function wordDate(
  words: readonly string[],
  index: number,
  month: number,
  numbers: NumberIndex,
): string | 'unsure' | undefined {
  let before = index - 1
  while (before >= 0 && numbers.fillers.has(words[before]!)) before--
  const dayEnd = before + 1
  while (before >= 0 && dayEnd - before <= longest && isNumberWord(words[before]!, numbers)) before--
  const dayWords = trimJoiners(words.slice(before + 1, dayEnd), numbers)
  if (dayWords.length === 0) return undefined
  let after = index + 1
  while (after < words.length && numbers.fillers.has(words[after]!)) after++
  const yearStart = after
  while (after < words.length && after - yearStart < longest && isNumberWord(words[after]!, numbers)) after++
  const run = words.slice(yearStart, after)
  // The year's last word may have punctuation glued after it (`setenta y siete.-juan`): its number
  // word ends the run, as the year's last word, never dropped.
  const glued = after < words.length && after - yearStart < longest ? leadingWord(words[after]!) : ''
  if (glued && numbers.values.has(glued)) run.push(glued)
  const yearWords = trimJoiners(run, numbers)
  const day = numberOf(dayWords, numbers)
  const figures = words[yearStart]
  const year =
    yearWords.length > 0
      ? yearOf(yearWords, numbers)
      : figures !== undefined && figures.length === 4 && [...figures].every(isDigit)
        ? Number(figures)
        : Number.NaN
  if (!(year >= 1000 && year <= 2999) || !(day >= 1 && day <= daysIn(month, year))) return 'unsure'
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

/** Whether a word is a number word, or a joiner, or a hyphenated number made of them (`twenty-fifth`). */
function isNumberWord(word: string, numbers: NumberIndex): boolean {
  if (numbers.values.has(word) || numbers.joiners.has(word)) return true
  if (word.indexOf('-') < 0) return false
  for (const part of word.split('-'))
    if (!numbers.values.has(part) && !numbers.joiners.has(part)) return false
  return true
}

/** The letters a word opens with, when something other than a letter follows them (`siete.-juan`). */
function leadingWord(word: string): string {
  let end = 0
  while (end < word.length && isLetter(word[end])) end++
  return end > 0 && end < word.length ? word.slice(0, end) : ''
}

/** Words without the joiners at either end (`and` of `the fifth and`). */
function trimJoiners(words: string[], numbers: NumberIndex): string[] {
  let start = 0
  let end = words.length
  while (start < end && numbers.joiners.has(words[start]!)) start++
  while (end > start && numbers.joiners.has(words[end - 1]!)) end--
  return words.slice(start, end)
}

/**
 * The value of number words, or NaN when they make no number: a unit after tens adds (`twenty
 * four`, `dix sept`), so do ten to nineteen after sixty or eighty (`soixante dix`, `quatre vingt
 * onze`); a unit before `vingt` multiplies it (`quatre vingt`); `hundred` multiplies what stands
 * before it, `thousand` closes a group (`two thousand and twenty-four`, `mil novecientos noventa y
 * nueve`). Anything else (`five twenty`, two units in a row) is no number.
 */
function numberOf(words: readonly string[], numbers: NumberIndex): number {
  let total = 0
  let current = 0
  for (const word of words) {
    for (const part of word.split('-')) {
      if (numbers.joiners.has(part)) continue
      const value = numbers.values.get(part)
      if (value === undefined) return Number.NaN
      const small = current % 100
      if (value === 1000) {
        total += (current || 1) * 1000
        current = 0
      } else if (value === 100) current = current - small + (small || 1) * 100
      else if (current === 0 || (small === 0 && value < 100)) current += value
      else if (value < 10 && small % 10 === 0) current += value
      else if (value >= 10 && value < 20 && (small === 60 || small === 80)) current += value
      else if (value === 20 && small >= 2 && small <= 9) current += small * 19
      else return Number.NaN
    }
  }
  return total + current
}

/**
 * A year in words: a number (`two thousand and five`, `nineteen hundred and ninety-nine`), else, in a
 * language that says years so (`yearsInPairs`), two pairs of figures (`nineteen ninety-nine`,
 * `twenty twenty-four`): a century of ten to twenty-nine, then ten to ninety-nine.
 */
function yearOf(words: readonly string[], numbers: NumberIndex): number {
  const value = numberOf(words, numbers)
  if (!Number.isNaN(value) || !numbers.yearsInPairs) return value
  for (let split = 1; split < words.length; split++) {
    const century = numberOf(words.slice(0, split), numbers)
    const rest = numberOf(words.slice(split), numbers)
    if (century >= 10 && century <= 29 && rest >= 10 && rest <= 99) return century * 100 + rest
  }
  return Number.NaN
}

/** Days in a month of a year. */
function daysIn(month: number, year: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31
}

import {isLetter, isSpace} from './characters.js'
import {type Lexicon, normaliseFormula} from './lexicon.js'
import {asciiWordEnd, firstWord, leadingLetters} from './phrases.js'
import {quotes} from './reading.js'

// The quick tests an opening makes before it reads its text whole (see `readOpening`): each answers
// `false` only where the reading would, and leaves every other text to the reading.

/**
 * Whether a text may open with a listed recital phrase, read without the whole reading: it does not
 * when it opens (after opening quotes and spaces) with a word that starts no listed phrase and no
 * adverb, and that is no label (`a)`, `iv.`, `Art.`) or hierarchy word (`Article 2`) (see
 * `Lexicon.listedStarts`).
 */
export function mayOpenListed(text: string, lexicon: Lexicon): boolean {
  const start = openingStart(text)
  if (!isLetter(text[start])) return true
  // The start is lowered (48 characters) only where its first word is not plain ASCII.
  const end = asciiWordEnd(text, start)
  const lower = end < 0 ? text.slice(start, start + 48).toLowerCase() : undefined
  const word = lower === undefined ? text.slice(start, end).toLowerCase() : firstWord(lower)
  if (lexicon.listedStarts.has(word)) return true
  const after = lower === undefined ? text[end] : lower[word.length]
  const alone = lower === undefined ? end === text.length : word.length === lower.length
  if (after === ')' || after === '.' || after === undefined || alone) return true
  // A letter or a roman numeral may be a label printed without its stop (`a Recalling`, `IV Noting`).
  return word.length === 1 || isRomanLetters(word)
}

/** Whether a word (in lower case) is made of the letters of roman numerals only. */
function isRomanLetters(word: string): boolean {
  for (let index = 0; index < word.length; index++) if (!'ivxlcdm'.includes(word[index]!)) return false
  return word.length > 0
}

/**
 * Whether a text may be a formula, read without the whole reading: it is not when it opens (after
 * opening quotes and spaces) with none of the profile's formula articles (`The `) and, white space
 * made single and the case and apostrophes as formulas are compared, with none of its bodies'
 * formulas (`the general assembly`). Opening characters other than quotes and spaces, or more than
 * eight of them, leave the answer to the reading.
 */
export function mayBeFormula(text: string, lexicon: Lexicon): boolean {
  const start = openingStart(text)
  if (!isLetter(text[start])) return true
  for (const article of lexicon.profile.formulaArticles ?? [])
    if (text.startsWith(article, start)) return true
  const keys = lexicon.formulaStarts.get(leadingLetters(normaliseFormula(text.slice(start, start + 48))))
  if (!keys) return false
  // White space made single as the reading does (`headText`).
  const head = normaliseFormula(text.slice(start, start + 400).replace(/\s+/g, ' '))
  return keys.some((key) => head.startsWith(key))
}

/**
 * Whether a text may end as a formula does when no block follows (see `formulaOf`), read without the
 * whole reading: with one of the profile's formula endings, a colon, or the comma, semicolon or colon
 * of a declarant's formula. A text longer than the reading's head (400 characters) is left to the
 * reading.
 */
export function mayEndFormula(text: string, lexicon: Lexicon): boolean {
  const trimmed = text.trimEnd()
  if (trimmed.length > 400) return true
  const last = trimmed[trimmed.length - 1]
  return last !== undefined && lexicon.formulaLasts.includes(last)
}

/**
 * Whether a text may end with an enacting term or verb (see `enactingTermOf`, `enactingVerbOf`),
 * read without the whole reading: it does not when its last character other than white space is none
 * of `:` `,` `–` `-` `—`. A text longer than the reading's head (400 characters) is left to the reading.
 */
export function mayBeEnacting(text: string): boolean {
  const trimmed = text.trimEnd()
  if (trimmed.length > 400) return true
  const last = trimmed[trimmed.length - 1]
  return last === ':' || last === ',' || last === '–' || last === '-' || last === '—'
}

/**
 * Where a line's words start, for the quick tests above: past opening quotation marks and white
 * space, at most eight characters in (a line that opens with more is left to the whole reading).
 */
function openingStart(text: string): number {
  let start = 0
  while (
    start < text.length &&
    start < 8 &&
    (isSpace(text.charCodeAt(start)) || quotes.includes(text[start]!))
  )
    start++
  return start
}

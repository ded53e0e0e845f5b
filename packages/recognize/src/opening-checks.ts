import {isLetter, isSpace} from './characters.js'
import {asciiShape, type Lexicon, normaliseFormula} from './lexicon.js'
import {asciiWordEnd, firstWord, isAsciiLetter, leadingLetters} from './phrases.js'
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
  const end = asciiWordEnd(text, start)
  if (end >= 0) {
    // A first word of ASCII letters and hyphens (most lines) is read where it stands, neither cut out
    // nor lowered (a reader asks this of every line): the tests are those made below of a word
    // lowered, made on its characters in either case; lowered, it can equal only a listed start of
    // ASCII (`isListedAscii`).
    const after = text[end]
    if (after === ')' || after === '.' || end === text.length) return true
    if (end - start === 1 || isRomanLetters(text, start, end)) return true
    return isListedAscii(text, start, end, lexicon)
  }
  // Else the start is lowered (48 characters) and its first word read from that.
  const lower = text.slice(start, start + 48).toLowerCase()
  const word = firstWord(lower)
  if (lexicon.listedStarts.has(word)) return true
  const after = lower[word.length]
  if (after === ')' || after === '.' || after === undefined) return true
  // A letter or a roman numeral may be a label printed without its stop (`a Recalling`, `IV Noting`).
  return word.length === 1 || isRomanLetters(word, 0, word.length)
}

/** Whether the characters of a text from `start` to `end` are letters of roman numerals only. */
function isRomanLetters(text: string, start: number, end: number): boolean {
  for (let index = start; index < end; index++) if (!isRomanLetter(text.charCodeAt(index))) return false
  return end > start
}

/** Whether a character (by its code) is a letter of roman numerals, in either case (`i` … `M`). */
function isRomanLetter(code: number): boolean {
  switch (code | 32) {
    case 99: // c
    case 100: // d
    case 105: // i
    case 108: // l
    case 109: // m
    case 118: // v
    case 120: // x
      return true
    default:
      return false
  }
}

/**
 * Whether the ASCII word of a text from `start` to `end` (letters and hyphens), lowered, is one of
 * the lexicon's `listedStarts`: compared letter by letter with those of its length and first letter.
 */
function isListedAscii(text: string, start: number, end: number, lexicon: Lexicon): boolean {
  const words = lexicon.listedAscii.get(asciiShape(text.charCodeAt(start) | 32, end - start))
  if (words === undefined) return false
  for (const word of words) {
    let index = 1
    while (index < word.length && lowerAscii(text.charCodeAt(start + index)) === word.charCodeAt(index))
      index++
    if (index === word.length) return true
  }
  return false
}

/** An ASCII character's code in lower case. */
function lowerAscii(code: number): number {
  return code >= 65 && code <= 90 ? code + 32 : code
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
  while (start < text.length && start < 8) {
    const code = text.charCodeAt(start)
    // Most lines open with a letter: told by its code, without a look through the quotation marks.
    if (isAsciiLetter(code) || !(isSpace(code) || quotes.includes(text[start]!))) break
    start++
  }
  return start
}

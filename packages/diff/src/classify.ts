import {type ChangeKind, invisibleCharacters} from '@clausewise/model'
import {foldTypography, normalizeText} from './normalize.js'
import {isSpace, isWordCharacter, tokenEnd} from './tokenize.js'

/** Whether a token holds a letter or digit (a word or reference, not space or punctuation). */
export function isWordToken(token: string): boolean {
  for (let index = 0; index < token.length; index++) if (isWordCharacter(token, index)) return true
  return false
}

function hasDigit(token: string): boolean {
  return hasDigitIn(token, 0, token.length)
}

/** Whether `text` holds an ASCII digit in `[start, end)`. */
function hasDigitIn(text: string, start: number, end: number): boolean {
  for (let index = start; index < end; index++) {
    const code = text.charCodeAt(index)
    if (code >= 48 && code <= 57) return true
  }
  return false
}

/** Whether two texts are the same once their white space is taken out, compared in place. */
function sameWithoutSpaces(a: string, b: string): boolean {
  let i = 0
  let j = 0
  for (;;) {
    while (i < a.length && isSpace(a.charCodeAt(i))) i++
    while (j < b.length && isSpace(b.charCodeAt(j))) j++
    if (i === a.length || j === b.length) return i === a.length && j === b.length
    if (a.charCodeAt(i) !== b.charCodeAt(j)) return false
    i++
    j++
  }
}

/**
 * The word tokens of a text (`tokenize(text).filter(isWordToken)`), without a string for the others:
 * a token holds a letter or digit exactly when it starts with one (white space runs and single marks
 * hold none).
 */
function wordsOf(text: string): string[] {
  const result: string[] = []
  for (let index = 0; index < text.length; ) {
    const end = tokenEnd(text, index)
    if (isWordCharacter(text, index)) result.push(text.slice(index, end))
    index = end
  }
  return result
}

/** Whether two lists of words are the same words in the same order. */
function sameWords(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false
  for (let index = 0; index < a.length; index++) if (a[index] !== b[index]) return false
  return true
}

/** The first invisible format character is U+00AD (`Cf`): a text below it has none. */
const firstInvisible = 0xad

/** The invisible format characters of a text as one key, e.g. `U+202E U+202C`. */
function invisibleKey(text: string): string {
  let plain = true
  for (let index = 0; index < text.length && plain; index++) plain = text.charCodeAt(index) < firstInvisible
  if (plain) return ''
  return invisibleCharacters(text)
    .map((found) => found.label)
    .join(' ')
}

/**
 * The class of a change that only deletes or only inserts `text`: `whitespace` when it is all white
 * space, `punctuation` when it has no word, `number` when every word holds a digit, else `wording`.
 * One scan over its tokens, without a string for each.
 */
function oneSidedKind(text: string): ChangeKind {
  let spaces = true
  let words = false
  for (let index = 0; index < text.length; ) {
    const end = tokenEnd(text, index)
    if (!isSpace(text.charCodeAt(index))) spaces = false
    if (isWordCharacter(text, index)) {
      words = true
      if (!hasDigitIn(text, index, end)) return 'wording'
    }
    index = end
  }
  if (spaces) return 'whitespace'
  return words ? 'number' : 'punctuation'
}

/**
 * The class of one change, from its deleted and inserted text. A change in invisible format characters
 * (bidi controls, zero-width characters) is `wording`, never a cosmetic class: it can make a redline
 * show something other than what is stored, so it is never folded away or hidden. Else `whitespace` (only spaces differ),
 * `typography` (quotes, apostrophes, dashes, NBSP against space), `case`, `punctuation` (only
 * punctuation differs), `number` (only number or reference tokens differ), else `wording`.
 *
 * @example classifyChange('l\'OSCE', 'l’OSCE') // 'typography'
 */
export function classifyChange(deleted: string, inserted: string): ChangeKind {
  if (invisibleKey(deleted) !== invisibleKey(inserted)) return 'wording'
  if (deleted === '' || inserted === '') return oneSidedKind(deleted || inserted)
  if (sameWithoutSpaces(deleted, inserted)) {
    return foldTypography(deleted) === foldTypography(inserted) ? 'typography' : 'whitespace'
  }
  const foldedDeleted = normalizeText(deleted, false)
  const foldedInserted = normalizeText(inserted, false)
  if (foldedDeleted === foldedInserted) return 'typography'
  const lowerDeleted = foldedDeleted.toLowerCase()
  const lowerInserted = foldedInserted.toLowerCase()
  if (lowerDeleted === lowerInserted) return 'case'
  const oldWords = wordsOf(lowerDeleted)
  const newWords = wordsOf(lowerInserted)
  if (sameWords(oldWords, newWords)) return 'punctuation'
  const counts = new Map<string, number>()
  for (const word of oldWords) counts.set(word, (counts.get(word) ?? 0) + 1)
  const added: string[] = []
  for (const word of newWords) {
    const count = counts.get(word) ?? 0
    if (count > 0) counts.set(word, count - 1)
    else added.push(word)
  }
  const removed: string[] = []
  for (const [word, count] of counts) for (let k = 0; k < count; k++) removed.push(word)
  const differing = [...added, ...removed]
  if (differing.length > 0 && differing.every(hasDigit)) return 'number'
  return 'wording'
}

/**
 * A linear, hand-written tokenizer for French and English legal text. Every character of the input
 * belongs to exactly one token, so `tokenize(text).join('') === text` always holds.
 *
 * Token kinds: words (letters, digits, marks, inner hyphens), references (`13/04/Corr.1`,
 * `MC.DEC/7/17`, `IV.1 A) 6`), whitespace runs (spaces, U+00A0, U+202F, newlines), and single
 * punctuation characters. A French elided article or pronoun keeps its apostrophe and stands apart
 * (`l’` `exploitation`, `qu’` `il`); any other inner apostrophe stays inside its word (`aujourd’hui`,
 * `don't`, `State's`).
 */

import type {Interner} from './interner.js'

const apostrophes = new Set(["'", '\u2019', '\u02BC'])
const elisions = new Set([
  'l',
  'd',
  'j',
  'm',
  'n',
  's',
  't',
  'c',
  'qu',
  'jusqu',
  'lorsqu',
  'puisqu',
  'quoiqu',
  'presqu',
])
/** Whether a UTF-16 unit is a capital roman digit: I V X L C D M. */
function isRomanDigit(code: number): boolean {
  return code === 73 || code === 86 || code === 88 || code === 76 || code === 67 || code === 68 || code === 77
}

/** ASCII letters and digits by class (lowercase 1, capital 2, digit 3), the rest of ASCII 0. */
const asciiClass = new Uint8Array(128)
for (let code = 0; code < 128; code++) {
  asciiClass[code] =
    code >= 97 && code <= 122 ? 1 : code >= 65 && code <= 90 ? 2 : code >= 48 && code <= 57 ? 3 : 0
}
const letterOrNumber = /[\p{L}\p{N}\p{M}]/u

/** Whether a UTF-16 unit is whitespace (ASCII, NBSP, narrow NBSP and the other Unicode spaces). */
export function isSpace(code: number): boolean {
  if (code === 32 || (code >= 9 && code <= 13)) return true
  if (code < 0xa0) return false
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  )
}

/** Whether the character at `index` is a letter, digit or combining mark. */
export function isWordCharacter(text: string, index: number): boolean {
  const code = text.charCodeAt(index)
  if (code < 0x80) {
    return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
  }
  // Latin-1 letters and Latin Extended-A/B, the bulk of French and English text, without a regex.
  if (code >= 0xc0 && code <= 0x24f) return code !== 0xd7 && code !== 0xf7
  if (code >= 0xd800 && code <= 0xdbff) {
    return letterOrNumber.test(String.fromCodePoint(text.codePointAt(index) ?? code))
  }
  return letterOrNumber.test(text.charAt(index))
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57
}

function isUpper(code: number): boolean {
  return code >= 65 && code <= 90
}

/** Width in UTF-16 units of the character at `index` (2 for an astral character). */
function width(text: string, index: number): number {
  const code = text.charCodeAt(index)
  return code >= 0xd800 && code <= 0xdbff && index + 1 < text.length ? 2 : 1
}

/** `IV.1 A) 6`, `IV. 1A) 6`, `IV.1`: a roman section, a number, an optional letter point and item. */
function scanRomanReference(text: string, start: number): number {
  let index = start
  while (index < text.length && index - start < 6 && isRomanDigit(text.charCodeAt(index))) index++
  if (index === start || text.charAt(index) !== '.') return start
  if (start > 0 && isWordCharacter(text, start - 1)) return start
  index++
  if (isSpaceOne(text, index)) index++
  const digitsStart = index
  while (index < text.length && isDigit(text.charCodeAt(index))) index++
  if (index === digitsStart) return start
  let end = index
  // Optional ` A)` or `A)`.
  let probe = isSpaceOne(text, end) ? end + 1 : end
  if (isUpper(text.charCodeAt(probe)) && text.charAt(probe + 1) === ')') {
    probe += 2
    end = probe
    // Optional ` 6`.
    if (isSpaceOne(text, end) && isDigit(text.charCodeAt(end + 1))) {
      let item = end + 1
      while (item < text.length && isDigit(text.charCodeAt(item))) item++
      if (item >= text.length || !isWordCharacter(text, item)) end = item
    }
  } else if (index < text.length && isWordCharacter(text, index)) {
    return start
  }
  return end
}

function isSpaceOne(text: string, index: number): boolean {
  const code = text.charCodeAt(index)
  return code === 32 || code === 0xa0 || code === 0x202f
}

/** End of the word or reference that starts at `start` (a word character). */
function scanWord(text: string, start: number): number {
  let index = start
  let hasDigit = false
  let allUpper = true
  let segmentStart = start
  while (index < text.length) {
    const code = text.charCodeAt(index)
    if (code < 0x80) {
      const kind = asciiClass[code]!
      if (kind !== 0) {
        if (kind === 3) hasDigit = true
        else if (kind === 1) allUpper = false
        index++
        continue
      }
      // A space, the usual end of a word, joins nothing.
      if (code === 32) break
    } else if (isWordCharacter(text, index)) {
      allUpper = false
      index += width(text, index)
      continue
    }
    const character = text.charAt(index)
    const next = index + 1
    if (next >= text.length || !isWordCharacter(text, next)) break
    if (apostrophes.has(character)) {
      const before = text.slice(segmentStart, index).toLowerCase()
      if (elisions.has(before)) return next
      index = next
      continue
    }
    if (character === '-' || character === '\u2011' || character === '/') {
      index = next
      segmentStart = next
      continue
    }
    if (character === '.') {
      const nextCode = text.charCodeAt(next)
      if (hasDigit || isDigit(nextCode) || (allUpper && isUpper(nextCode))) {
        index = next
        segmentStart = next
        continue
      }
      break
    }
    if (character === ',' && isDigit(text.charCodeAt(index - 1)) && isDigit(text.charCodeAt(next))) {
      index = next
      continue
    }
    break
  }
  return index
}

/** End of the token that starts at `index`: a whitespace run, a word or reference, or one character. */
export function tokenEnd(text: string, index: number): number {
  const code = text.charCodeAt(index)
  if (isSpace(code)) {
    let end = index + 1
    while (end < text.length && isSpace(text.charCodeAt(end))) end++
    return end
  }
  if (isWordCharacter(text, index)) {
    const end = isRomanDigit(code) ? scanRomanReference(text, index) : index
    return end === index ? scanWord(text, index) : end
  }
  return index + width(text, index)
}

/**
 * Split text into tokens for the word-level diff: words, references, whitespace runs and single
 * punctuation marks. Linear in the length of the text; joining the tokens gives the text back.
 *
 * @example tokenize('l’Additif de 2013') // ['l’', 'Additif', ' ', 'de', ' ', '2013']
 * @example tokenize('Décision nº 13/04/Corr.1 ;') // ['Décision', ' ', 'nº', ' ', '13/04/Corr.1', ' ', ';']
 */
export function tokenize(text: string): string[] {
  const tokens: string[] = []
  for (let index = 0; index < text.length; ) {
    const end = tokenEnd(text, index)
    tokens.push(text.slice(index, end))
    index = end
  }
  return tokens
}

/**
 * The tokens of a range of a text as interned ids and end offsets: token `k` is
 * `text.slice(k === 0 ? start : ends[k - 1], ends[k])`.
 */
export interface TokenIds {
  /** Offset of the first token. */
  start: number
  ids: Int32Array
  ends: Int32Array
}

/**
 * Arrays {@link tokenIds} may write into instead of making new ones (grown when too short): its
 * result is then a view of them, valid until the next call with the same scratch.
 */
export interface TokenScratch {
  ids: Int32Array
  ends: Int32Array
}

/** Flag an interned token carries when it is a word or reference (it starts with a letter or digit). */
export const wordFlag = 1

/**
 * The tokens of {@link tokenize} as ids of `interner` (a word or reference flagged {@link wordFlag})
 * and end offsets, without a string for each. With `start` and `end`, only the tokens of that range,
 * which must begin and end on token boundaries (see {@link isRestart}). With `scratch`, written into
 * its arrays.
 *
 * @example tokenIds('le chien', new Interner()).ids // Int32Array [0, 1, 2]
 */
export function tokenIds(
  text: string,
  interner: Interner,
  start = 0,
  end = text.length,
  scratch?: TokenScratch,
): TokenIds {
  // At most one token a UTF-16 unit: the arrays are sized once (or reused) and trimmed.
  const size = end - start
  if (scratch && scratch.ids.length < size) {
    scratch.ids = new Int32Array(Math.max(size, scratch.ids.length * 2))
    scratch.ends = new Int32Array(scratch.ids.length)
  }
  const ids = scratch ? scratch.ids : new Int32Array(size)
  const ends = scratch ? scratch.ends : new Int32Array(size)
  let count = 0
  for (let index = start; index < end; ) {
    const next = tokenEnd(text, index)
    ids[count] = interner.id(text, index, next, isWordCharacter(text, index) ? wordFlag : 0)
    ends[count++] = next
    index = next
  }
  return {start, ids: ids.subarray(0, count), ends: ends.subarray(0, count)}
}

/**
 * How many words and references {@link tokenize} finds in a text (its tokens that start with a letter
 * or digit), without a string for each.
 *
 * @example wordCount('l’Additif de 2013 ;') // 4
 */
export function wordCount(text: string): number {
  let count = 0
  for (let index = 0; index < text.length; ) {
    if (isWordCharacter(text, index)) count++
    index = tokenEnd(text, index)
  }
  return count
}

/**
 * Whether tokenizing may restart at `index`: after white space, on a letter that is neither a digit
 * nor an ASCII capital. Only a roman reference (`IV. 1 A) 6`) spans white space, and only before a
 * digit or a capital, so such a place always starts a token, and the tokens after it depend only on
 * the text from `index - 1` on.
 */
export function isRestart(text: string, index: number): boolean {
  if (index <= 0 || index >= text.length || !isSpace(text.charCodeAt(index - 1))) return false
  const code = text.charCodeAt(index)
  return !isDigit(code) && !isUpper(code) && isWordCharacter(text, index)
}

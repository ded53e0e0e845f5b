// The character classes every reader shares live in `@clausewise/recognize`, with the recognition
// that reads by them: one definition of a letter, a space and a case for the text reader and it.
import {
  collapseSpaces as sharedCollapseSpaces,
  firstNonSpace as sharedFirstNonSpace,
  isDigit as sharedIsDigit,
  isLetter as sharedIsLetter,
  isLower as sharedIsLower,
  isSpace as sharedIsSpace,
  isUpper as sharedIsUpper,
  lastNonSpace as sharedLastNonSpace,
  opensWithCapitalWord as sharedOpensWithCapitalWord,
} from '@clausewise/recognize'

// Bound once, when the module loads. The CommonJS build reads an imported binding through the
// exporting bundle's getters at every use (`(0, import_recognize.isSpace)(…)`, a keyed look-up in a
// getter): the reader asks these of every character, and the look-ups took some 4 % of its time.
export const collapseSpaces = sharedCollapseSpaces
export const firstNonSpace = sharedFirstNonSpace
export const isDigit = sharedIsDigit
export const isLetter = sharedIsLetter
export const isLower = sharedIsLower
export const isSpace = sharedIsSpace
export const isUpper = sharedIsUpper
export const lastNonSpace = sharedLastNonSpace
export const opensWithCapitalWord = sharedOpensWithCapitalWord

/** The first characters of a line, the only part patterns see. */
export function head(text: string): string {
  return text.length > 300 ? text.slice(0, 300) : text
}

/**
 * A paragraph's printed number alone on its line (`12.`, `3)`): its value and style, or undefined.
 * The genre numbers its paragraphs in figures, at most three.
 * @example bareNumber('12.') // {value: 12, style: '.'}
 */
export function bareNumber(text: string): {value: number; style: string} | undefined {
  const length = text.length
  if (length < 2 || length > 4) return undefined
  const style = text[length - 1]!
  if (style !== '.' && style !== ')') return undefined
  for (let index = 0; index < length - 1; index++) {
    const code = text.charCodeAt(index)
    if (code < 48 || code > 57) return undefined
  }
  return {value: Number(text.slice(0, -1)), style}
}

/**
 * Whether a paragraph's number follows another in order: the same style, one more (`2.` then `3.`).
 * @example followsNumber(bareNumber('2.'), bareNumber('3.')) // true
 */
export function followsNumber(
  before: {value: number; style: string} | undefined,
  after: {value: number; style: string} | undefined,
): boolean {
  return (
    before !== undefined &&
    after !== undefined &&
    before.style === after.style &&
    before.value + 1 === after.value
  )
}

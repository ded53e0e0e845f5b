// The character classes every reader shares live in `@clausewise/recognize`, with the recognition
// that reads by them: one definition of a letter, a space and a case for the text reader and it.
export {
  collapseSpaces,
  firstNonSpace,
  isDigit,
  isLetter,
  isLower,
  isSpace,
  isUpper,
  lastNonSpace,
} from '@clausewise/recognize'

/** The first characters of a line, the only part patterns see. */
export function head(text: string): string {
  return text.length > 300 ? text.slice(0, 300) : text
}

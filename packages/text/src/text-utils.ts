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

/**
 * The same text in a string of its own. A slice of a string keeps the whole string it was cut from
 * alive (V8 makes slices of 13 characters or more point into their source): a model whose text nodes
 * were slices of the input would hold every input it was read from, 16 MiB for an 8 MB text. A string
 * joined with one character and cut again points only into that short join.
 *
 * @example detached('Decides to convene a conference') // 'Decides to convene a conference'
 */
export function detached(text: string): string {
  return text.length < 13 ? text : ` ${text}`.slice(1)
}

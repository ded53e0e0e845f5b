/** Whether a UTF-16 code unit is white space (ASCII, no-break and typographic spaces). */
export function isSpace(code: number): boolean {
  return (
    code === 32 ||
    code === 9 ||
    code === 0xa0 ||
    code === 0x202f ||
    code === 0x3000 ||
    code === 0xfeff ||
    code === 11 ||
    code === 12 ||
    (code >= 0x2000 && code <= 0x200a)
  )
}

/** Whether a character is a letter (it has case) or, with `digits`, a digit. */
export function isLetter(character: string | undefined): boolean {
  if (!character) return false
  const code = character.charCodeAt(0)
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90)
  // Latin-1 punctuation and General Punctuation (quotes, dashes, spaces) hold no letter: the
  // commonest characters above ASCII in text, answered without changing case.
  if (code < 0xc0 || (code >= 0x2000 && code <= 0x206f)) return code === 0xb5
  return character.toLowerCase() !== character.toUpperCase()
}

/** Whether a character is a decimal digit. */
export function isDigit(character: string | undefined): boolean {
  return character !== undefined && character >= '0' && character <= '9'
}

/** Whether a character is an upper-case letter. */
export function isUpper(character: string | undefined): boolean {
  if (character !== undefined && character.charCodeAt(0) < 128) return character >= 'A' && character <= 'Z'
  return character !== undefined && isLetter(character) && character === character.toUpperCase()
}

/** Whether a character is a lower-case letter. */
export function isLower(character: string | undefined): boolean {
  if (character !== undefined && character.charCodeAt(0) < 128) return character >= 'a' && character <= 'z'
  return character !== undefined && isLetter(character) && character === character.toLowerCase()
}

/** Index of the first non-space character, or `text.length`. */
export function firstNonSpace(text: string): number {
  let index = 0
  while (index < text.length && isSpace(text.charCodeAt(index))) index++
  return index
}

/** Index just past the last non-space character, or 0. */
export function lastNonSpace(text: string): number {
  let index = text.length
  while (index > 0 && isSpace(text.charCodeAt(index - 1))) index--
  return index
}

/** White space other than a single ASCII space, or two spaces in a row: what `collapseSpaces` changes. */
const spaceRun = /[\t\v\f\u00a0\u2000-\u200a\u202f\u3000\ufeff]| {2}/u

/** Runs of white space made one space. */
export function collapseSpaces(text: string): string {
  return spaceRun.test(text) ? text.replace(/[\s\u00a0\u202f\u2000-\u200a\u3000\ufeff]+/gu, ' ') : text
}

/** The first characters of a line, the only part patterns see. */
export function head(text: string): string {
  return text.length > 300 ? text.slice(0, 300) : text
}

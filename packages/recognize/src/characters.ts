/**
 * Whether a UTF-16 code unit is white space as readers of the genre meet it: ASCII space, tab, vertical
 * tab, form feed, the no-break and narrow no-break spaces, the typographic spaces and the byte-order mark
 * (line breaks are not: readers split lines first).
 *
 * @example isSpace(0x202f) // true
 */
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

/**
 * Whether a character is a letter: it has case (Latin, Greek, Cyrillic, Armenian …).
 *
 * @example isLetter('é') // true
 */
export function isLetter(character: string | undefined): boolean {
  if (!character) return false
  const code = character.charCodeAt(0)
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90)
  // Latin-1 punctuation and General Punctuation (quotes, dashes, spaces) hold no letter: the
  // commonest characters above ASCII in text, answered without changing case.
  if (code < 0xc0 || (code >= 0x2000 && code <= 0x206f)) return code === 0xb5
  return character.toLowerCase() !== character.toUpperCase()
}

/**
 * Whether a character is an ASCII decimal digit.
 *
 * @example isDigit('7') // true
 */
export function isDigit(character: string | undefined): boolean {
  return character !== undefined && character >= '0' && character <= '9'
}

/**
 * Whether a character is an upper-case letter.
 *
 * @example isUpper('É') // true
 */
export function isUpper(character: string | undefined): boolean {
  if (character !== undefined && character.charCodeAt(0) < 128) return character >= 'A' && character <= 'Z'
  return character !== undefined && isLetter(character) && character === character.toUpperCase()
}

/**
 * Whether a text opens with a word of two capitals or more (`ANNEX`, `ПРАВИЛА`), not `Annex`: the
 * capitals end at the text's end or before what is no letter (the first 40 characters are read).
 *
 * @example opensWithCapitalWord('УТВЕРЖДЕНЫ постановлением') // true
 */
export function opensWithCapitalWord(text: string): boolean {
  let end = 0
  while (end < text.length && end < 40 && isUpper(text[end])) end++
  return end >= 2 && (end === text.length || !isLetter(text[end]))
}

/**
 * Whether a character is a lower-case letter.
 *
 * @example isLower('ß') // true
 */
export function isLower(character: string | undefined): boolean {
  if (character !== undefined && character.charCodeAt(0) < 128) return character >= 'a' && character <= 'z'
  return character !== undefined && isLetter(character) && character === character.toLowerCase()
}

/**
 * Index of the first character that is not {@link isSpace}, or `text.length`.
 *
 * @example firstNonSpace('\u00a0 Decides') // 2
 */
export function firstNonSpace(text: string): number {
  let index = 0
  while (index < text.length && isSpace(text.charCodeAt(index))) index++
  return index
}

/**
 * Index just past the last character that is not {@link isSpace}, or 0.
 *
 * @example lastNonSpace('Decides  ') // 7
 */
export function lastNonSpace(text: string): number {
  let index = text.length
  while (index > 0 && isSpace(text.charCodeAt(index - 1))) index--
  return index
}

/**
 * Runs of white space made one space (the text itself when there is nothing to change).
 *
 * @example collapseSpaces('Decides\u00a0 to act') // 'Decides to act'
 */
export function collapseSpaces(text: string): string {
  return notPlainSpace.test(text) ? text.replace(/[\s\u00a0\u202f\u2000-\u200a\u3000\ufeff]+/gu, ' ') : text
}

/**
 * A white-space character of {@link isSpace} other than the ASCII space, or two spaces in a row: what
 * makes {@link collapseSpaces} change a text (a compiled expression scans faster than a loop).
 */
const notPlainSpace = /[\t\v\f\u00a0\u2000-\u200a\u202f\u3000\ufeff]| {2}/

/** Whether `text` starts with `prefix` followed by the end or a non-letter. */
export function startsWithWord(text: string, prefix: string): boolean {
  if (!text.startsWith(prefix)) return false
  return !isLetter(text[prefix.length])
}

/** Lower-case ASCII slug words of a name: accents dropped, other characters separate words. */
export function asciiWords(name: string): string[] {
  const words: string[] = []
  let current = ''
  for (const character of name.normalize('NFD')) {
    const code = character.charCodeAt(0)
    if (code >= 0x300 && code <= 0x36f) continue
    const lower = character.toLowerCase()
    if ((lower >= 'a' && lower <= 'z') || (lower >= '0' && lower <= '9')) current += lower
    else if (current) {
      words.push(current)
      current = ''
    }
    if (words.length > 12) break
  }
  if (current) words.push(current)
  return words
}

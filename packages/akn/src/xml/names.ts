/**
 * XML name characters (§2.3), with every non-ASCII character accepted as the spec's ranges nearly do:
 * the parser needs to find where a name ends, and a writer to refuse what could never be one.
 */
export function isNameStart(code: number): boolean {
  return (
    (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code === 95 || code === 58 || code >= 0xc0
  )
}

/** Whether a code point may continue an XML name. */
export function isNameChar(code: number): boolean {
  return isNameStart(code) || (code >= 48 && code <= 57) || code === 45 || code === 46 || code === 0xb7
}

/**
 * Whether a string is an XML name (`akomaNtoso`, `xml:lang`, `ukm:Metadata`).
 *
 * @example isXmlName('a b') // false
 */
export function isXmlName(name: string): boolean {
  if (name === '' || !isNameStart(name.charCodeAt(0))) return false
  for (let index = 1; index < name.length; index++) if (!isNameChar(name.charCodeAt(index))) return false
  return true
}

/** Longest name or value a message quotes: a diagnostic never repeats unbounded input. */
const shownLength = 64

/** A name or value as a message quotes it: cut to {@link shownLength} characters, with `…`. */
export function shown(value: string): string {
  return value.length > shownLength ? `${value.slice(0, shownLength)}…` : value
}

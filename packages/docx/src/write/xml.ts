/**
 * Escaping for the XML we write. Element and attribute names come only from our own code; every text
 * and attribute value goes through one of these two functions.
 */

// Characters XML 1.0 cannot carry: C0 controls but tab, line feed and carriage return, U+FFFE,
// U+FFFF, lone surrogates. Readers reported them; writers leave them out.
const forbidden =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g
// A quick test first: almost no text holds a character XML cannot carry, and the full pattern (with
// its surrogate look-arounds) is slow to run over every run of text.
const suspect = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/
const special = /[&<>"]/g
const quickSpecial = /[&<>"]/
const entities: Record<string, string> = {'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;'}

/** Text content, escaped. */
export function escapeText(value: string): string {
  const clean = suspect.test(value) ? value.replace(forbidden, '') : value
  return quickSpecial.test(clean) ? clean.replace(special, (character) => entities[character]!) : clean
}

/** An attribute value, escaped (line breaks and tabs kept as references so they survive parsing). */
export function escapeAttribute(value: string): string {
  return escapeText(value).replace(/[\t\n\r]/g, (character) => `&#${character.charCodeAt(0)};`)
}

/** The XML declaration every part starts with. */
export const declaration = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'

/** Namespaces of the WordprocessingML parts we write. */
export const wordNamespaces =
  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'

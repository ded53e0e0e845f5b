import {codePointLabel, type InvisibleCharacter} from './invisible.js'

/**
 * Characters XML 1.0 cannot carry: C0 controls except tab, line feed and carriage return, U+FFFE,
 * U+FFFF, and surrogates that are not part of a pair. No quantifier: one step per character.
 */
const forbidden =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

/**
 * A code unit that may be forbidden (any surrogate, paired or not): one quick test of a text before the
 * search, whose look-arounds make it dearer per character and which most texts give nothing.
 */
const mayBeForbidden = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/

/**
 * Whether a code point is a `Char` of XML 1.0 (§2.2): what a character reference may name. The XML
 * readers check `&#…;` references with it (a reference to anything else is not well-formed).
 *
 * @example isXmlCharacter(0x1) // false
 */
export function isXmlCharacter(codePoint: number): boolean {
  return (
    codePoint === 0x9 ||
    codePoint === 0xa ||
    codePoint === 0xd ||
    (codePoint >= 0x20 && codePoint <= 0xd7ff) ||
    (codePoint >= 0xe000 && codePoint <= 0xfffd) ||
    (codePoint >= 0x10000 && codePoint <= 0x10ffff)
  )
}

/**
 * The replacement character readers put where XML 1.0 forbids a character (U+FFFD).
 *
 * @example replaceXmlForbidden('\u0001').startsWith(replacementCharacter) // true
 */
export const replacementCharacter = '\uFFFD'

/**
 * The characters of a text that XML 1.0 forbids (C0 controls but tab, line feed and carriage return;
 * U+FFFE, U+FFFF; lone surrogates), in order, with their UTF-16 offsets. A model holding one cannot
 * be written as AKN, so readers replace each with U+FFFD and report it (`forbidden-character`), and
 * the AKN writer refuses a model that still holds one. Linear in the text's length.
 *
 * @example xmlForbiddenCharacters('a\u0001b') // [{index: 1, codePoint: 1, label: 'U+0001'}]
 */
export function xmlForbiddenCharacters(text: string): InvisibleCharacter[] {
  const found: InvisibleCharacter[] = []
  for (const match of text.matchAll(forbidden)) {
    const codePoint = match[0].charCodeAt(0)
    found.push({index: match.index, codePoint, label: codePointLabel(codePoint)})
  }
  return found
}

/**
 * The text with every character XML 1.0 forbids replaced by U+FFFD, one code unit for one, so that
 * every offset into the text stays valid. `keep` names characters the caller reads itself (the text
 * reader keeps form feeds and vertical tabs, which it reads as page breaks and spaces).
 *
 * @example replaceXmlForbidden('a\u0001b') // 'a\uFFFDb'
 */
export function replaceXmlForbidden(text: string, keep = ''): string {
  if (!mayBeForbidden.test(text)) return text
  forbidden.lastIndex = 0
  if (!forbidden.test(text)) return text
  return text.replace(forbidden, (character) => (keep.includes(character) ? character : replacementCharacter))
}

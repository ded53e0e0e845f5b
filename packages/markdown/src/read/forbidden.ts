import {codePointLabel} from '@clausewise/model'
import {type ReaderContext, warn} from './context.js'

/** How many forbidden characters are reported one by one; the rest are counted in one diagnostic. */
const reported = 100

/** What {@link replaceForbidden} found: the text with each one replaced, and where each one was. */
export interface ForbiddenCharacters {
  text: string
  /** Offsets (UTF-16) and code units of the characters replaced, in order. */
  found: {index: number; code: number}[]
}

/**
 * Whether a UTF-16 code unit at `index` is a character XML 1.0 cannot carry: a C0 control other than
 * tab, line feed and carriage return, U+FFFE, U+FFFF, or half of a surrogate pair with no other half.
 */
function isForbidden(text: string, index: number, code: number): boolean {
  if (code < 0x20) return code !== 0x09 && code !== 0x0a && code !== 0x0d
  if (code === 0xfffe || code === 0xffff) return true
  if (code >= 0xd800 && code <= 0xdbff) {
    const next = text.charCodeAt(index + 1)
    return !(next >= 0xdc00 && next <= 0xdfff)
  }
  if (code >= 0xdc00 && code <= 0xdfff) {
    const previous = index > 0 ? text.charCodeAt(index - 1) : 0
    return !(previous >= 0xd800 && previous <= 0xdbff)
  }
  return false
}

/**
 * Replace every character XML 1.0 forbids with U+FFFD, one code unit for one, so that every offset
 * of the text stays where it was. One pass; the text is copied only when something is replaced.
 *
 * @example replaceForbidden('a\u0001b').text // 'a\uFFFDb'
 */
export function replaceForbidden(text: string): ForbiddenCharacters {
  const found: ForbiddenCharacters['found'] = []
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    // Only controls, surrogates and the last two code units of the BMP can be forbidden.
    if (code >= 0x20 && code < 0xd800) continue
    if (isForbidden(text, index, code)) found.push({index, code})
  }
  if (found.length === 0) return {text, found}
  const parts: string[] = []
  let from = 0
  for (const {index} of found) {
    parts.push(text.slice(from, index), '\uFFFD')
    from = index + 1
  }
  parts.push(text.slice(from))
  return {text: parts.join(''), found}
}

/** Report each character replaced, with its place: the first 100 one by one, the rest counted. */
export function reportForbidden(found: ForbiddenCharacters['found'], context: ReaderContext): void {
  const describe = (code: number) =>
    code >= 0xd800 && code <= 0xdfff
      ? `${codePointLabel(code)} (half of a surrogate pair)`
      : codePointLabel(code)
  for (const {index, code} of found.slice(0, reported))
    warn(
      context,
      'forbidden-character',
      `${describe(code)} is not a character a document can hold (XML 1.0 forbids it): replaced by U+FFFD`,
      context.locator.position(index, index + 1),
      false,
    )
  if (found.length > reported) {
    const next = found[reported]!
    warn(
      context,
      'forbidden-character',
      `${found.length - reported} more forbidden characters replaced by U+FFFD (${describe(next.code)} first)`,
      context.locator.position(next.index, next.index + 1),
      false,
    )
  }
}

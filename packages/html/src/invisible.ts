import {invisibleCharacters} from '@clausewise/model'
import {escapeHtml} from './escape.js'

// A cheap first test, so that texts without any format character (nearly all) cost one scan.
const anyFormatCharacter = /[\p{Cf}\u115F\u1160\u3164\uFFA0]/u

/**
 * Text for HTML with every invisible format character (bidi control, zero-width character, other
 * `Cf` except the soft hyphen) replaced by a visible marker naming its code point, `⟨U+202E⟩`, in a
 * `<span class="invisible-character">`. The character itself is left out: a bidi override kept in
 * the page would reorder what follows it, and the page would show something other than what is
 * stored. The rest is escaped.
 *
 * @example textToHtml('1\u202E0') // '1<span class="invisible-character">⟨U+202E⟩</span>0'
 */
export function textToHtml(text: string): string {
  if (!anyFormatCharacter.test(text)) return escapeHtml(text)
  const found = invisibleCharacters(text)
  if (found.length === 0) return escapeHtml(text)
  let result = ''
  let last = 0
  for (const character of found) {
    result += escapeHtml(text.slice(last, character.index))
    result += `<span class="invisible-character">⟨${character.label}⟩</span>`
    last = character.index + String.fromCodePoint(character.codePoint).length
  }
  return result + escapeHtml(text.slice(last))
}

/**
 * The same markers as plain text, for places that hold only text (`<title>`, attribute values).
 *
 * @example markInvisible('a\u200Bb') // 'a⟨U+200B⟩b'
 */
export function markInvisible(text: string): string {
  if (!anyFormatCharacter.test(text)) return text
  const found = invisibleCharacters(text)
  let result = ''
  let last = 0
  for (const character of found) {
    result += `${text.slice(last, character.index)}⟨${character.label}⟩`
    last = character.index + String.fromCodePoint(character.codePoint).length
  }
  return result + text.slice(last)
}

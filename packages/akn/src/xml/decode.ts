import {isXmlCharacter} from '@clausewise/model'

const predefined: Record<string, string> = {amp: '&', lt: '<', gt: '>', quot: '"', apos: "'"}

/** Longest reference we look for: `&#x10FFFF;` and the predefined names fit in 10 characters. */
const longestReference = 10

/**
 * Decode character data or an attribute value: the five predefined entities and character references
 * to characters XML allows; anything else after `&` fails (XML without a DTD knows no other entity).
 * In an attribute value, literal tabs and line ends become spaces (§3.3.3); references keep theirs.
 * Each `&` looks at most a few characters ahead, so the work is linear in the value.
 */
export function decode(
  value: string,
  attribute: boolean,
  fail: (reason: string, offset: number) => never,
): string {
  let source = value
  if (attribute) {
    if (source.includes('\r')) source = source.replace(/\r\n?/g, '\n')
    if (/[\t\n]/.test(source)) source = source.replace(/[\t\n]/g, ' ')
  }
  let at = source.indexOf('&')
  if (at === -1) return source
  let result = ''
  let from = 0
  while (at !== -1) {
    let end = -1
    const limit = Math.min(source.length, at + longestReference + 1)
    for (let cursor = at + 1; cursor < limit; cursor++) {
      if (source.charCodeAt(cursor) === 59 /* ; */) {
        end = cursor
        break
      }
    }
    if (end === -1) fail('A bare `&` must be written `&amp;`', at)
    const reference = source.slice(at + 1, end)
    let character: string | undefined
    if (reference.startsWith('#')) {
      const hex = reference.startsWith('#x')
      const digits = reference.slice(hex ? 2 : 1)
      const valid = hex ? /^[0-9A-Fa-f]{1,6}$/.test(digits) : /^[0-9]{1,7}$/.test(digits)
      const code = valid ? Number.parseInt(digits, hex ? 16 : 10) : Number.NaN
      if (!isXmlCharacter(code))
        fail(`Character reference \`&${reference};\` is not a character XML allows`, at)
      character = String.fromCodePoint(code)
    } else {
      character = Object.hasOwn(predefined, reference) ? predefined[reference] : undefined
      if (character === undefined) {
        fail(
          `Undefined entity \`&${reference};\` (XML without a DTD knows &amp; &lt; &gt; &quot; &apos;)`,
          at,
        )
      }
    }
    result += source.slice(from, at) + character
    from = end + 1
    at = source.indexOf('&', from)
  }
  return result + source.slice(from)
}

import {invisibleCharacters} from '@clausewise/model'

/** What one pass over a whole text tells the layout stage, so that its later passes can be skipped. */
export interface Survey {
  /** Whether the text holds a form feed (a page break). */
  formFeed: boolean
  /** Whether it holds white space other than the ASCII space and line ends (tabs, no-break spaces…). */
  otherSpace: boolean
  /**
   * Whether it may hold an invisible character (`invisibleCharacters` of the model): one of those of
   * the Basic Multilingual Plane, or a character beyond it (searched for them when reported).
   */
  invisible: boolean
  /**
   * Whether it may hold a character XML 1.0 forbids, other than the form feeds and vertical tabs the
   * layout reads (a C0 control, a surrogate, paired or not, U+FFFE, U+FFFF): only then need it be
   * searched for them (`replaceForbidden`).
   */
  forbidden: boolean
  /** Whether it may hold a superscript digit (`¹`, `²`, `³`, `⁰`, `⁴`–`⁹`), that a marker may be printed in. */
  superscript: boolean
}

const formFeed = 1
const otherSpace = 2
const invisible = 4
const forbidden = 8
const superscript = 16
/** What, once found, stops the search (a superscript digit is then answered as may be). */
const enough = formFeed | otherSpace | invisible | forbidden

/** Superscript digits, by value (`¹` is 1): markers printed with them (`Declaration¹`, `(¹)`). */
export const superscriptDigits = '⁰¹²³⁴⁵⁶⁷⁸⁹'

/** White space other than the ASCII space and line ends, as the collapsing of spaces reads it. */
const otherSpaces =
  '\t\v\f\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u3000\ufeff\u1680\u2028\u2029\u205f'

let kinds: Uint8Array | undefined

/** What each code unit is to the survey (made on first use, by the model's own definitions). */
function kindsOf(): Uint8Array {
  if (kinds) return kinds
  const table = new Uint8Array(65_536)
  table[12] = formFeed
  for (const character of otherSpaces) table[character.charCodeAt(0)]! |= otherSpace
  // Every code unit but the surrogates, searched once for the invisible ones.
  const units: string[] = []
  for (let code = 0; code < 0xd800; code += 4096) units.push(unitsFrom(code, Math.min(code + 4096, 0xd800)))
  units.push(unitsFrom(0xe000, 0x10000))
  const all = units.join('')
  for (const found of invisibleCharacters(all)) table[all.charCodeAt(found.index)]! |= invisible
  // A character beyond the plane starts with a high surrogate: it may be one.
  for (let code = 0xd800; code < 0xdc00; code++) table[code]! |= invisible
  // What XML 1.0 forbids, as `replaceXmlForbidden` of the model reads it (a surrogate is asked of it).
  for (let code = 0; code < 0x20; code++)
    if (!'\t\n\r\f\v'.includes(String.fromCharCode(code))) table[code]! |= forbidden
  for (let code = 0xd800; code < 0xe000; code++) table[code]! |= forbidden
  table[0xfffe]! |= forbidden
  table[0xffff]! |= forbidden
  // Those from U+2070 on, where the search stops at every unit anyway (`¹²³` are looked for apart: a
  // class with three more ranges below U+0800 scans markedly slower).
  for (const character of superscriptDigits)
    if (character.charCodeAt(0) >= 0x800) table[character.charCodeAt(0)]! |= superscript
  kinds = table
  return table
}

function unitsFrom(from: number, to: number): string {
  const codes: number[] = []
  for (let code = from; code < to; code++) codes.push(code)
  return String.fromCharCode(...codes)
}

let lookedAt: RegExp | undefined

/**
 * The code units the survey looks up (made from the table on first use): all but the runs of units
 * of no kind that start below U+0800 (ASCII, Latin, Greek, Cyrillic, Hebrew, Arabic: what most text
 * is written in). The expression engine passes over those several times faster than a loop reading
 * every unit; each unit it stops at is looked up in the table. A negated class of a few ranges, no
 * quantifier: linear.
 */
function lookedAtOf(table: Uint8Array): RegExp {
  if (lookedAt) return lookedAt
  const hex = (code: number): string => `\\u${code.toString(16).padStart(4, '0')}`
  let ranges = ''
  for (let code = 0; code < 0x800; code++) {
    if (table[code] !== 0) continue
    let end = code
    while (end + 1 < table.length && table[end + 1] === 0) end++
    ranges += `${hex(code)}-${hex(end)}`
    code = end
  }
  lookedAt = new RegExp(`[^${ranges}]`, 'g')
  return lookedAt
}

/**
 * Survey a whole text in one pass of its code units (stopping once everything is found).
 *
 * @example surveyText('a\fb').formFeed // true
 */
export function surveyText(text: string): Survey {
  const table = kindsOf()
  const pattern = lookedAtOf(table)
  let found = 0
  pattern.lastIndex = 0
  while (pattern.test(text)) {
    found |= table[text.charCodeAt(pattern.lastIndex - 1)]!
    if ((found & enough) === enough) {
      found |= superscript
      break
    }
  }
  return {
    formFeed: (found & formFeed) !== 0,
    otherSpace: (found & otherSpace) !== 0,
    invisible: (found & invisible) !== 0,
    forbidden: (found & forbidden) !== 0,
    superscript:
      (found & superscript) !== 0 || text.includes('¹') || text.includes('²') || text.includes('³'),
  }
}

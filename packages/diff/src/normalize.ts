import {isSpace, isWordCharacter} from './tokenize.js'

/** Typographic variants folded to one form for matching: quotes, apostrophes, dashes, ellipsis. */
const typography: Record<string, string> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u02BC': "'",
  '\u201A': "'",
  '\u2039': '"',
  '\u203A': '"',
  '\u00AB': '"',
  '\u00BB': '"',
  '\u201C': '"',
  '\u201D': '"',
  '\u201E': '"',
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2013': '-',
  '\u2014': '-',
  '\u2212': '-',
  '\u2026': '...',
  '\u00BA': 'o',
}

/**
 * Fold typographic variants: curly to straight quotes and apostrophes, guillemets to `"`, dashes to
 * `-`, `…` to `...`, every space (NBSP, narrow NBSP) to a plain space. Case and words are kept.
 *
 * @example foldTypography('l’« OSCE »') // `l'" OSCE "`
 */
export function foldTypography(text: string): string {
  let result = ''
  for (let index = 0; index < text.length; index++) {
    const character = text.charAt(index)
    const code = text.charCodeAt(index)
    if (code < 0x80 && code !== 9 && code !== 10 && code !== 13) {
      result += character
      continue
    }
    if (isSpace(code)) result += ' '
    else result += typography[character] ?? character
  }
  return result
}

const typographyPattern =
  /[\u2018\u2019\u02BC\u201A\u2039\u203A\u00AB\u00BB\u201C\u201D\u201E\u2010-\u2014\u2212\u2026\u00BA]/g
const spaces = /\s{2,}|[^\S ]/g
const spaceBeforeTight = / (?=[;:?!,.")])/g
const spaceAfterTight = /(["(]) /g

/**
 * Text normalised for matching clauses: NFC, lowercased, typography folded, whitespace collapsed, no
 * space before closing punctuation or inside quotes. `lowercase: false` keeps the case. Native
 * replacements with linear patterns: this runs on every clause.
 *
 * @example normalizeText('Demande  aux États participants\u00A0:') // 'demande aux états participants:'
 */
export function normalizeText(text: string, lowercase = true): string {
  const nfc = text.normalize('NFC')
  return (lowercase ? nfc.toLowerCase() : nfc)
    .replace(typographyPattern, (character) => typography[character] ?? character)
    .replace(spaces, ' ')
    .replace(spaceBeforeTight, '')
    .replace(spaceAfterTight, '$1')
    .trim()
}

/**
 * The words of a normalised text (runs of letters and digits), for similarity and shingles. A
 * hand-written scanner: this runs on every clause.
 *
 * @example words("rappelant l'additif de 2013") // ['rappelant', 'l', 'additif', 'de', '2013']
 */
export function words(normalized: string): string[] {
  const result: string[] = []
  let start = -1
  for (let index = 0; index <= normalized.length; index++) {
    const inside = index < normalized.length && isWordCharacter(normalized, index)
    if (inside) {
      if (start === -1) start = index
    } else if (start !== -1) {
      result.push(normalized.slice(start, index))
      start = -1
    }
  }
  return result
}

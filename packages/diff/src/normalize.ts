import {isSpace} from './tokenize.js'

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

/** Punctuation before which and after which a space does not count in matching. */
const tightBefore = new Set([';', ':', '?', '!', ',', '.', '"', ')'])
const tightAfter = new Set(['"', '('])

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

/**
 * Text normalised for matching clauses: NFC, lowercased, typography folded, whitespace collapsed, no
 * space before closing punctuation or inside quotes. `lowercase: false` keeps the case.
 *
 * @example normalizeText('Demande  aux États participants\u00A0:') // 'demande aux états participants:'
 */
export function normalizeText(text: string, lowercase = true): string {
  const nfc = text.normalize('NFC')
  const folded = foldTypography(lowercase ? nfc.toLowerCase() : nfc)
  let result = ''
  let pendingSpace = false
  for (let index = 0; index < folded.length; index++) {
    const character = folded.charAt(index)
    if (character === ' ') {
      pendingSpace = result.length > 0
      continue
    }
    if (pendingSpace && !tightBefore.has(character) && !tightAfter.has(result.charAt(result.length - 1))) {
      result += ' '
    }
    pendingSpace = false
    result += character
  }
  return result
}

const wordPattern = /[\p{L}\p{N}]+/gu

/**
 * The words of a normalised text (letters and digits), for similarity and shingles.
 *
 * @example words("rappelant l'additif de 2013") // ['rappelant', 'l', 'additif', 'de', '2013']
 */
export function words(normalized: string): string[] {
  return normalized.match(wordPattern) ?? []
}

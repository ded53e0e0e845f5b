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

/** Whether no space goes before this character in a normalised text: `; : ? ! , . " )`. */
function isTightAfter(code: number): boolean {
  return (
    code === 59 ||
    code === 58 ||
    code === 63 ||
    code === 33 ||
    code === 44 ||
    code === 46 ||
    code === 34 ||
    code === 41
  )
}

/** Whether no space goes after this character in a normalised text: `"` and `(`. */
function isTightBefore(code: number): boolean {
  return code === 34 || code === 40
}

/** Whether a text may need canonical composition: only a character from U+0300 on can. */
function mayNeedComposition(text: string): boolean {
  for (let index = 0; index < text.length; index++) if (text.charCodeAt(index) >= 0x300) return true
  return false
}

/** The first UTF-16 unit of the character at `index` once folded (see {@link foldTypography}). */
function foldedCode(source: string, index: number): number {
  const code = source.charCodeAt(index)
  if (code < 0x80) return code
  const folded = typography[source.charAt(index)]
  return folded === undefined ? code : folded.charCodeAt(0)
}

/**
 * Text normalised for matching clauses: NFC, lowercased, typography folded, whitespace collapsed, no
 * space before closing punctuation or inside quotes. `lowercase: false` keeps the case. One pass over
 * character codes that copies the text in slices between the characters it changes (a text with
 * nothing to change comes back as it is): this runs on every clause.
 *
 * @example normalizeText('Demande  aux États participants\u00A0:') // 'demande aux états participants:'
 */
export function normalizeText(text: string, lowercase = true): string {
  if (lowercase) {
    const fast = normalizeLatin1(text)
    if (fast !== undefined) return fast
  }
  const composed = mayNeedComposition(text) ? text.normalize('NFC') : text
  const source = lowercase ? composed.toLowerCase() : composed
  const length = source.length
  let result = ''
  // Characters of `source` from `copied` on are not in `result` yet; `last` is the code of the last
  // character kept (of its folded form), 0 before the first.
  let last = 0
  let index = 0
  while (index < length && isSpace(source.charCodeAt(index))) index++
  let copied = index
  while (index < length) {
    const code = source.charCodeAt(index)
    if (code > 32 && code < 0x80) {
      last = code
      index++
      continue
    }
    if (isSpace(code)) {
      let end = index + 1
      while (end < length && isSpace(source.charCodeAt(end))) end++
      const keep = end < length && !isTightAfter(foldedCode(source, end)) && !isTightBefore(last)
      if (!(keep && code === 32 && end === index + 1)) {
        result += source.slice(copied, index)
        if (keep) result += ' '
        copied = end
      }
      index = end
      continue
    }
    const folded = code >= 0x80 ? typography[source.charAt(index)] : undefined
    if (folded !== undefined) {
      result += source.slice(copied, index) + folded
      copied = index + 1
      last = folded.charCodeAt(folded.length - 1)
    } else {
      last = code
    }
    index++
  }
  const normalized = copied === 0 ? source : result + source.slice(copied)
  return lowercase ? compact(normalized) : normalized
}

/** Decodes Latin-1 bytes (WHATWG `latin1` is windows-1252: the same below 0x80 and from 0xA0 on). */
const latin1 = (() => {
  try {
    return new TextDecoder('latin1')
  } catch {
    return undefined
  }
})()
/** Decodes ASCII bytes where `latin1` is missing (a runtime without ICU). */
const ascii = new TextDecoder()
/** The bytes of the text being compacted. */
let bytes = new Uint8Array(1024)

/**
 * The text as a string of one byte a character when every character fits (Latin-1, C1 controls
 * aside), else as it is. A text read from an input that holds any wider character is stored two
 * bytes a character even when it is plain ASCII, and normalised texts are kept for every clause of
 * both documents: this halves them. Same characters either way.
 */
function compact(text: string): string {
  const widest = latin1 ? 0xff : 0x7f
  if (bytes.length < text.length) bytes = new Uint8Array(Math.max(text.length, bytes.length * 2))
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code > widest || (code >= 0x80 && code < 0xa0)) return text
    bytes[index] = code
  }
  return (latin1 ?? ascii).decode(bytes.subarray(0, text.length))
}

/** What `toLowerCase` makes of each Latin-1 character: itself or its lowercase, one character either way. */
const latin1Lower = new Uint8Array(256)
for (let code = 0; code < 256; code++) {
  latin1Lower[code] =
    (code >= 65 && code <= 90) || (code >= 0xc0 && code <= 0xde && code !== 0xd7) ? code + 32 : code
}

/**
 * {@link normalizeText} lowercased, in one pass that writes the result's bytes, for a text whose every
 * character is Latin-1 (C1 controls aside), a space or a typographic variant that folds to ASCII: none
 * of these needs composition or changes length when lowercased, so each is lowercased alone, and the
 * result is one byte a character, decoded once. `undefined` for any other text (the general way then).
 */
function normalizeLatin1(text: string): string | undefined {
  const length = text.length
  // `…` becomes three characters.
  if (bytes.length < length * 3) bytes = new Uint8Array(Math.max(length * 3, bytes.length * 2))
  // In a local: the loop below writes every character.
  const out = bytes
  const widest = latin1 ? 0xff : 0x7f
  let size = 0
  let last = 0
  let index = 0
  while (index < length && isSpace(text.charCodeAt(index))) index++
  while (index < length) {
    const code = text.charCodeAt(index)
    if (code > 32 && code < 0x80) {
      last = latin1Lower[code]!
      out[size++] = last
      index++
      continue
    }
    if (code === 32 && index + 1 < length) {
      // One plain space between two plain characters, the usual case: kept unless the next
      // character is closing punctuation or the last one opens.
      const next = text.charCodeAt(index + 1)
      if (next > 32 && next < 0x80) {
        if (!isTightAfter(next) && !isTightBefore(last)) out[size++] = 32
        index++
        continue
      }
    }
    if (isSpace(code)) {
      let end = index + 1
      while (end < length && isSpace(text.charCodeAt(end))) end++
      if (end < length && !isTightAfter(foldedCode(text, end)) && !isTightBefore(last)) out[size++] = 32
      index = end
      continue
    }
    index++
    if (code >= 0x80) {
      const folded = typography[text.charAt(index - 1)]
      if (folded !== undefined) {
        for (let at = 0; at < folded.length; at++) out[size++] = folded.charCodeAt(at)
        last = folded.charCodeAt(folded.length - 1)
        continue
      }
      if (code > widest || code < 0xa0) return undefined
    }
    last = latin1Lower[code]!
    out[size++] = last
  }
  return (latin1 ?? ascii).decode(out.subarray(0, size))
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

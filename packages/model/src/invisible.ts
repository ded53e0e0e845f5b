/**
 * Characters that change what a reader sees without being seen themselves: bidirectional controls
 * (which can make `0001` display as `1000`), zero-width characters, and other format characters
 * (Unicode category Cf) except the soft hyphen. A redline that shows text holding one of them could
 * show something other than what is stored, so readers report them and renderers draw them visibly.
 */
const invisible = /[\p{Cf}\u115F\u1160\u3164\uFFA0]/gu
const softHyphen = 0xad

/** One invisible character found in a text. */
export interface InvisibleCharacter {
  /** UTF-16 offset in the text. */
  index: number
  /** The code point, e.g. `0x202e`. */
  codePoint: number
  /** `U+202E`: how renderers and diagnostics name it. */
  label: string
}

/**
 * The invisible format characters of a text (bidi controls, zero-width characters, other `Cf`
 * characters except the soft hyphen), in order. Linear in the text's length.
 *
 * @example invisibleCharacters('a\u202Eb') // [{index: 1, codePoint: 0x202e, label: 'U+202E'}]
 */
export function invisibleCharacters(text: string): InvisibleCharacter[] {
  const found: InvisibleCharacter[] = []
  for (const match of text.matchAll(invisible)) {
    const codePoint = match[0].codePointAt(0)!
    if (codePoint === softHyphen) continue
    found.push({index: match.index, codePoint, label: codePointLabel(codePoint)})
  }
  return found
}

/**
 * `U+XXXX` for a code point, as Unicode names it.
 *
 * @example codePointLabel(0x202e) // 'U+202E'
 */
export function codePointLabel(codePoint: number): string {
  return `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`
}

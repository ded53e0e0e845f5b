import {hashStart, hashStep} from './interner.js'
import {isWordCharacter} from './tokenize.js'

/**
 * Which Latin-1 characters are letters or digits (1), as {@link isWordCharacter} says, looked up
 * rather than asked: the accented letters of French text then cost what ASCII costs.
 */
const latin1Word = new Uint8Array(256)
for (let code = 0; code < 256; code++)
  latin1Word[code] = isWordCharacter(String.fromCharCode(code), 0) ? 1 : 0

/**
 * The words of a normalised text found by {@link scanWords}: word `k` is `text.slice(starts[k],
 * ends[k])`, with the FNV-1a hash of its UTF-16 units `hashes[k]` (the hash an `Interner` keeps for
 * it). Arrays grown as needed and reused from text to text: only the first `count` hold this text's.
 */
export interface WordScan {
  starts: Int32Array
  ends: Int32Array
  hashes: Int32Array
  count: number
}

/** An empty {@link WordScan}, to be filled by {@link scanWords}. */
export function wordScan(): WordScan {
  return {starts: new Int32Array(256), ends: new Int32Array(256), hashes: new Int32Array(256), count: 0}
}

/**
 * Whether the UTF-16 unit `code` at `index` of `text` is part of a word: a letter, digit or mark (see
 * {@link isWordCharacter}), Latin-1 looked up in a table.
 */
function isWordAt(text: string, index: number, code: number): boolean {
  return code < 0x100 ? latin1Word[code] === 1 : isWordCharacter(text, index)
}

/**
 * Whether a word can neither run across `index` nor start at it, whatever the text after it: the
 * unit there is ASCII and no letter or digit. Two texts equal up to such a place have the same words
 * before it.
 */
export function isWordBreak(text: string, index: number): boolean {
  const code = text.charCodeAt(index)
  return code < 0x80 && latin1Word[code] === 0
}

/**
 * Read the words of `text[from, to)` (runs of letters and digits, as `words` of normalize.ts finds
 * them) into `scan`, hashed as they are read, without a string for any: `from` and `to` must not
 * fall inside a word. Returns `scan`, its `count` set.
 *
 * @example scanWords("l'additif de 2013", wordScan()).count // 4
 */
export function scanWords(text: string, scan: WordScan, from = 0, to = text.length): WordScan {
  // At most one word every two characters: room for all of them first, then plain array writes.
  const room = (to - from + 1) >> 1
  if (scan.starts.length < room) {
    const size = Math.max(room, scan.starts.length * 2)
    scan.starts = new Int32Array(size)
    scan.ends = new Int32Array(size)
    scan.hashes = new Int32Array(size)
  }
  const {starts, ends, hashes} = scan
  let count = 0
  let index = from
  // Two tight loops, over the characters between words and over each word's (hashed as it goes).
  for (;;) {
    let code = 0
    while (index < to) {
      code = text.charCodeAt(index)
      if (isWordAt(text, index, code)) break
      index++
    }
    if (index >= to) break
    starts[count] = index
    let hash = hashStep(hashStart, code)
    while (++index < to) {
      code = text.charCodeAt(index)
      if (!isWordAt(text, index, code)) break
      hash = hashStep(hash, code)
    }
    ends[count] = index
    hashes[count++] = hash
  }
  scan.count = count
  return scan
}

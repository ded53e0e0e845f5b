import {isWordBreak, scanWords, wordScan} from './word-scan.js'

/** Which texts a distinct word of {@link textDice} was found in: the old (1), the new (2), both (3). */
const inOld = 1
const inNew = 2

/** The words of one part of a text, reused from call to call. */
const scan = wordScan()

/**
 * The distinct words met by one {@link textDice}: an open-addressing table of entry numbers (plus
 * one; 0 is free), and for each entry its hash, where it was first met (text, start, end) and in
 * which texts it was found. Grown as needed and reused.
 */
let slots = new Int32Array(1024)
let entryHashes = new Int32Array(512)
let entryStarts = new Int32Array(512)
let entryEnds = new Int32Array(512)
/** The text an entry was met in: 0 the old, 1 the new. */
let entryTexts = new Uint8Array(512)
let entryFlags = new Uint8Array(512)
let entries = 0
/** Slots of the table in use for this pair (a power of two; `slots` may be longer). */
let tableSize = 1024
/** The two texts of the pair being counted: old, then new. */
const texts = ['', '']

/**
 * The Dice coefficient of the word sets of two normalised texts, `2|A ∩ B| / (|A| + |B|)` (1 for two
 * texts without words): what `dice` gives for their vocabulary sets, from the two texts alone; with
 * `least`, `undefined` when the texts share fewer than `least` characters at their two ends.
 *
 * Why: most clauses that alignment compares are one clause changed in place by a word or two. Their
 * word sets through the shared vocabulary cost a lookup in a large table for every word of both
 * texts; here the words the two texts share at both ends are read once, from the old text, and all
 * are counted in a small table made for the pair, checked character by character against the texts
 * themselves, so that the counts are exact. Two texts that share little are better compared through
 * their sets, made once for all the comparisons of each clause (hence `least`).
 *
 * @example textDice('rappelant la décision', 'rappelant sa décision') // 2 * 2 / (3 + 3)
 */
export function textDice(oldText: string, newText: string, least = 0): number | undefined {
  const limit = Math.min(oldText.length, newText.length)
  let prefix = 0
  while (prefix < limit && oldText.charCodeAt(prefix) === newText.charCodeAt(prefix)) prefix++
  let suffix = 0
  while (
    suffix < limit - prefix &&
    oldText.charCodeAt(oldText.length - 1 - suffix) === newText.charCodeAt(newText.length - 1 - suffix)
  ) {
    suffix++
  }
  if (prefix + suffix < least) return undefined
  // The shared ends cut where no word runs across (see `isWordBreak`): their words are the same in
  // both texts, and every word of a text lies in one of its three parts.
  let start = prefix
  while (start > 0 && !isWordBreak(oldText, start - 1)) start--
  let oldEnd = oldText.length - suffix
  while (oldEnd < oldText.length && !isWordBreak(oldText, oldEnd)) oldEnd++
  const newEnd = oldEnd + newText.length - oldText.length

  prepare(oldText.length + (newEnd - start))
  texts[0] = oldText
  texts[1] = newText
  add(0, 0, start, inOld | inNew)
  add(0, oldEnd, oldText.length, inOld | inNew)
  add(0, start, oldEnd, inOld)
  add(1, start, newEnd, inNew)
  // Not kept alive by the table until the next pair.
  texts[0] = ''
  texts[1] = ''

  let oldCount = 0
  let newCount = 0
  let both = 0
  for (let entry = 0; entry < entries; entry++) {
    const flags = entryFlags[entry]!
    if (flags & inOld) oldCount++
    if (flags & inNew) newCount++
    if (flags === (inOld | inNew)) both++
  }
  if (oldCount + newCount === 0) return 1
  return (2 * both) / (oldCount + newCount)
}

/** An empty table with room for the words of `characters` characters of text (one every two at most). */
function prepare(characters: number): void {
  const words = (characters >> 1) + 1
  let size = 1024
  while (size < words * 2) size *= 2
  if (slots.length < size) slots = new Int32Array(size)
  else slots.fill(0, 0, size)
  if (entryHashes.length < words) {
    entryHashes = new Int32Array(words)
    entryStarts = new Int32Array(words)
    entryEnds = new Int32Array(words)
    entryTexts = new Uint8Array(words)
    entryFlags = new Uint8Array(words)
  }
  entries = 0
  tableSize = size
}

/** Count the words of `texts[which]` in `[from, to)` as found in `flags` (see {@link inOld}). */
function add(which: number, from: number, to: number, flags: number): void {
  if (from >= to) return
  const text = texts[which]!
  const {starts, ends, hashes, count} = scanWords(text, scan, from, to)
  // The table in locals: this loop runs for every word of both texts.
  const table = slots
  const tableHashes = entryHashes
  const tableStarts = entryStarts
  const tableEnds = entryEnds
  const tableTexts = entryTexts
  const tableFlags = entryFlags
  const mask = tableSize - 1
  let added = entries
  for (let at = 0; at < count; at++) {
    const hash = hashes[at]!
    const wordStart = starts[at]!
    const wordEnd = ends[at]!
    let slot = hash & mask
    for (;;) {
      const entry = table[slot]! - 1
      if (entry === -1) {
        tableHashes[added] = hash
        tableStarts[added] = wordStart
        tableEnds[added] = wordEnd
        tableTexts[added] = which
        tableFlags[added] = flags
        table[slot] = ++added
        break
      }
      if (
        tableHashes[entry] === hash &&
        tableEnds[entry]! - tableStarts[entry]! === wordEnd - wordStart &&
        sameRange(text, wordStart, texts[tableTexts[entry]!]!, tableStarts[entry]!, wordEnd - wordStart)
      ) {
        tableFlags[entry]! |= flags
        break
      }
      slot = (slot + 1) & mask
    }
  }
  entries = added
}

/** Whether `text[start, start + length)` and `other[otherStart, otherStart + length)` are equal. */
function sameRange(text: string, start: number, other: string, otherStart: number, length: number): boolean {
  for (let at = 0; at < length; at++) {
    if (text.charCodeAt(start + at) !== other.charCodeAt(otherStart + at)) return false
  }
  return true
}

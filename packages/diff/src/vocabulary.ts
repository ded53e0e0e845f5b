import {hashStart, hashStep, Interner} from './interner.js'
import {isWordCharacter} from './tokenize.js'

/**
 * Which Latin-1 characters are letters or digits (1), as {@link isWordCharacter} says, looked up
 * rather than asked: the accented letters of French text then cost what ASCII costs.
 */
const latin1Word = new Uint8Array(256)
for (let code = 0; code < 256; code++)
  latin1Word[code] = isWordCharacter(String.fromCharCode(code), 0) ? 1 : 0

/** Interns words as small integers, shared by both sides of one comparison. */
export class Vocabulary {
  readonly words = new Interner()
  /** In how many clauses (over every clause counted) each word id occurs. */
  frequency = new Int32Array(1024)
  /** How many clauses were counted. */
  clauses = 0
  /** The word ids of the text last read, in text order with repeats: its first {@link Vocabulary.sequenceLength}. */
  sequence = new Int32Array(256)
  sequenceLength = 0
  /** The distinct ids of the text last read, in order of first sight: its first {@link Vocabulary.setLength}. */
  set = new Int32Array(256)
  setLength = 0

  private stamps = new Int32Array(1024)

  /** How many distinct words were seen. */
  get size(): number {
    return this.words.size
  }

  /**
   * Word ids of a normalised clause text (its runs of letters and digits, as {@link words} finds
   * them): `set`, each distinct id once in order of first sight (counted in the clause frequencies),
   * and `sequence`, in text order with repeats, for shingles (a view valid until the next call). No
   * string is made per word.
   */
  add(normalized: string): {set: Int32Array; sequence: Int32Array} {
    this.read(normalized)
    return {set: this.set.slice(0, this.setLength), sequence: this.sequence.subarray(0, this.sequenceLength)}
  }

  /**
   * What {@link Vocabulary.add} gives, left in {@link Vocabulary.sequence} and {@link Vocabulary.set}
   * until the next text is read: no array is made for a clause (each side copies what it keeps into
   * one array, see `Runs`). With `count: false`, only `sequence` is read, and the clause is not
   * counted (for a clause counted before, read again).
   */
  read(normalized: string, count = true): void {
    this.readWords(normalized)
    if (count) this.count()
  }

  /** Read the words of `text` into `sequence`. */
  private readWords(text: string): void {
    // At most one word every two characters: room for all of them first, then plain array writes.
    const room = (text.length + 1) >> 1
    if (this.sequence.length < room) this.sequence = wider(this.sequence, room)
    const ids = this.sequence
    const interner = this.words
    const end = text.length
    let count = 0
    let index = 0
    // Two tight loops, over the characters between words and over each word's (hashed as it goes).
    for (;;) {
      let code = 0
      while (index < end) {
        code = text.charCodeAt(index)
        if (code < 0x100 ? latin1Word[code] === 1 : isWordCharacter(text, index)) break
        index++
      }
      if (index >= end) break
      const from = index
      let hash = hashStep(hashStart, code)
      while (++index < end) {
        code = text.charCodeAt(index)
        if (code < 0x100 ? latin1Word[code] !== 1 : !isWordCharacter(text, index)) break
        hash = hashStep(hash, code)
      }
      ids[count++] = interner.idOfHash(text, from, index, hash)
    }
    this.sequenceLength = count
  }

  /** The distinct ids of `sequence` into `set` in order of first sight, each counted once more in the clause frequencies. */
  private count(): void {
    const stamp = ++this.clauses
    if (this.stamps.length < this.words.size) {
      this.stamps = wider(this.stamps, this.words.size)
      this.frequency = wider(this.frequency, this.words.size)
    }
    if (this.set.length < this.sequenceLength) this.set = wider(this.set, this.sequenceLength)
    const {stamps, set, frequency, sequence, sequenceLength} = this
    let distinct = 0
    for (let at = 0; at < sequenceLength; at++) {
      const id = sequence[at]!
      if (stamps[id] === stamp) continue
      stamps[id] = stamp
      set[distinct++] = id
      frequency[id]!++
    }
    this.setLength = distinct
  }
}

/** A copy of `array` at least twice as long (and at least `least`). */
function wider(array: Int32Array, least = 0): Int32Array<ArrayBuffer> {
  const result = new Int32Array(Math.max(array.length * 2, least))
  result.set(array)
  return result
}

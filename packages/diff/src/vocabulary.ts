import {hashStart, hashStep, Interner} from './interner.js'
import {isWordCharacter} from './tokenize.js'

/**
 * Which Latin-1 characters are letters or digits (1), as {@link isWordCharacter} says, looked up
 * rather than asked: the accented letters of French text then cost what ASCII costs.
 */
const latin1Word = new Uint8Array(256)
for (let code = 0; code < 256; code++)
  latin1Word[code] = isWordCharacter(String.fromCharCode(code), 0) ? 1 : 0

/** The words of one text: their ids in text order. */
interface Words {
  ids: Int32Array
  count: number
}

/** Interns words as small integers, shared by both sides of one comparison. */
export class Vocabulary {
  readonly words = new Interner()
  /** In how many clauses (over every clause counted) each word id occurs. */
  frequency = new Int32Array(1024)
  /** How many clauses were counted. */
  clauses = 0

  private stamps = new Int32Array(1024)
  /** The distinct ids of the clause being added, in order of first sight. */
  private unique = new Int32Array(256)
  /** The words of the text being added. */
  private sequence: Words = {ids: new Int32Array(256), count: 0}

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
    const words = this.sequence
    words.count = 0
    this.read(normalized, words)
    return {set: this.count(words), sequence: words.ids.subarray(0, words.count)}
  }

  /** Read the words of `text` into `words`. */
  private read(text: string, words: Words): void {
    // At most one word every two characters: room for all of them first, then plain array writes.
    const room = (text.length + 1) >> 1
    if (words.ids.length < room) words.ids = wider(words.ids, room)
    const ids = words.ids
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
    words.count = count
  }

  /** The distinct ids of `words` in order of first sight, each counted once more in the clause frequencies. */
  private count(words: Words): Int32Array {
    const stamp = ++this.clauses
    if (this.stamps.length < this.words.size) {
      this.stamps = wider(this.stamps, this.words.size)
      this.frequency = wider(this.frequency, this.words.size)
    }
    if (this.unique.length < words.count) this.unique = wider(this.unique, words.count)
    const {stamps, unique, frequency} = this
    const ids = words.ids
    let distinct = 0
    for (let at = 0; at < words.count; at++) {
      const id = ids[at]!
      if (stamps[id] === stamp) continue
      stamps[id] = stamp
      unique[distinct++] = id
      frequency[id]!++
    }
    return unique.slice(0, distinct)
  }
}

/** A copy of `array` at least twice as long (and at least `least`). */
function wider(array: Int32Array, least = 0): Int32Array<ArrayBuffer> {
  const result = new Int32Array(Math.max(array.length * 2, least))
  result.set(array)
  return result
}

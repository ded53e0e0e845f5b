import {hashStart, hashStep, Interner} from './interner.js'
import {isWordCharacter} from './tokenize.js'

/**
 * Which Latin-1 characters are letters or digits (1), as {@link isWordCharacter} says, looked up
 * rather than asked: the accented letters of French text then cost what ASCII costs.
 */
const latin1Word = new Uint8Array(256)
for (let code = 0; code < 256; code++)
  latin1Word[code] = isWordCharacter(String.fromCharCode(code), 0) ? 1 : 0

/** Whether the character at `index` is part of a word as {@link Vocabulary.add} reads words. */
function isWordAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index)
  return code < 0x100 ? latin1Word[code] === 1 : isWordCharacter(text, index)
}

/** Whether a UTF-16 unit opens a surrogate pair: whether it is a word then depends on the next unit. */
function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff
}

/**
 * Fewest characters a text must share at its two ends with the text added just before for its words
 * there to be taken from that text's rather than read again.
 */
const leastShared = 32

/** The words of one text added: their ids in text order and where each starts. */
interface Words {
  text: string
  ids: Int32Array
  starts: Int32Array
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
  /** The words of the text added last, and the buffers the next text's are written to. */
  private last: Words = {text: '', ids: new Int32Array(256), starts: new Int32Array(256), count: 0}
  private next: Words = {text: '', ids: new Int32Array(256), starts: new Int32Array(256), count: 0}

  /** How many distinct words were seen. */
  get size(): number {
    return this.words.size
  }

  /**
   * Word ids of a normalised clause text (its runs of letters and digits, as {@link words} finds
   * them): `set`, sorted and unique (counted in the clause frequencies), and `sequence`, in text order
   * with repeats, for shingles (a view valid until the next call). No string is made per word. A text
   * that shares its two ends with the text added just before (a clause and its next version, which
   * alignment compares one after the other) takes the words of those ends from it and reads only its
   * middle: the ids are the same either way.
   */
  add(normalized: string): {set: Int32Array; sequence: Int32Array} {
    const words = this.next
    words.text = normalized
    words.count = 0
    if (!this.fromLast(normalized, words)) this.read(normalized, 0, normalized.length, words)
    this.next = this.last
    this.last = words
    return {set: this.count(words), sequence: words.ids.subarray(0, words.count)}
  }

  /**
   * The words of `text` from those of the text added last where the two are the same at both ends
   * (cut where no word crosses the cut in either text), the middle read; `false`, nothing written,
   * when they share too little.
   */
  private fromLast(text: string, words: Words): boolean {
    const last = this.last
    const before = last.text
    const limit = Math.min(before.length, text.length)
    let prefix = 0
    while (prefix < limit && before.charCodeAt(prefix) === text.charCodeAt(prefix)) prefix++
    while (prefix > 0 && (isWordAt(before, prefix - 1) || isHighSurrogate(before.charCodeAt(prefix - 1)))) {
      prefix--
    }
    let suffix = 0
    while (
      suffix < limit - prefix &&
      before.charCodeAt(before.length - 1 - suffix) === text.charCodeAt(text.length - 1 - suffix)
    ) {
      suffix++
    }
    let cut = before.length - suffix
    while (cut < before.length && isWordAt(before, cut)) cut++
    const shift = text.length - before.length
    if (prefix + before.length - cut < leastShared) return false
    let at = 0
    while (at < last.count && last.starts[at]! < prefix) this.push(words, last.ids[at]!, last.starts[at++]!)
    this.read(text, prefix, cut + shift, words)
    while (at < last.count && last.starts[at]! < cut) at++
    for (; at < last.count; at++) this.push(words, last.ids[at]!, last.starts[at]! + shift)
    return true
  }

  /** Read the words of `text` from `start` to `end` (no word crosses either end) into `words`. */
  private read(text: string, start: number, end: number, words: Words): void {
    let from = -1
    let hash = hashStart
    for (let index = start; index <= end; index++) {
      const code = index < end ? text.charCodeAt(index) : 32
      if (code < 0x100 ? latin1Word[code] === 1 : isWordCharacter(text, index)) {
        if (from === -1) {
          from = index
          hash = hashStart
        }
        hash = hashStep(hash, code)
        continue
      }
      if (from === -1) continue
      this.push(words, this.words.idOfHash(text, from, index, hash), from)
      from = -1
    }
  }

  private push(words: Words, id: number, start: number): void {
    if (words.count === words.ids.length) {
      words.ids = wider(words.ids)
      words.starts = wider(words.starts)
    }
    words.ids[words.count] = id
    words.starts[words.count++] = start
  }

  /** The sorted distinct ids of `words`, each counted once more in the clause frequencies. */
  private count(words: Words): Int32Array {
    const stamp = ++this.clauses
    if (this.stamps.length < this.words.size) {
      this.stamps = wider(this.stamps, this.words.size)
      this.frequency = wider(this.frequency, this.words.size)
    }
    if (this.unique.length < words.count) this.unique = wider(this.unique, words.count)
    let distinct = 0
    for (let at = 0; at < words.count; at++) {
      const id = words.ids[at]!
      if (this.stamps[id] === stamp) continue
      this.stamps[id] = stamp
      this.unique[distinct++] = id
      this.frequency[id]!++
    }
    return sorted(this.unique.slice(0, distinct))
  }
}

/** A copy of `array` at least twice as long (and at least `least`). */
function wider(array: Int32Array, least = 0): Int32Array<ArrayBuffer> {
  const result = new Int32Array(Math.max(array.length * 2, least))
  result.set(array)
  return result
}

/** The ids sorted in place: insertion sort for a clause's few dozen words, the builtin beyond. */
function sorted(result: Int32Array): Int32Array {
  if (result.length > 64) return result.sort()
  for (let index = 1; index < result.length; index++) {
    const value = result[index]!
    let at = index - 1
    while (at >= 0 && result[at]! > value) {
      result[at + 1] = result[at]!
      at--
    }
    result[at + 1] = value
  }
  return result
}

/**
 * Token-set similarity and the shingle index that finds candidate pairs without comparing every
 * clause with every other.
 */

/** Interns words as small integers, shared by both sides of one comparison. */
export class Vocabulary {
  readonly ids = new Map<string, number>()
  /** In how many clauses (over every document seen) each word id occurs. */
  readonly frequency: number[] = []
  /** How many clauses were counted. */
  clauses = 0

  private readonly stamps: number[] = []

  /**
   * Word ids of a clause: `set`, sorted and unique (counted in the clause frequencies), and
   * `sequence`, in text order with repeats, for shingles.
   */
  add(words: readonly string[]): {set: Int32Array; sequence: Int32Array} {
    this.clauses++
    const stamp = this.clauses
    const sequence = new Int32Array(words.length)
    const unique: number[] = []
    for (let position = 0; position < words.length; position++) {
      const word = words[position]!
      let id = this.ids.get(word)
      if (id === undefined) {
        id = this.ids.size
        this.ids.set(word, id)
        this.frequency.push(0)
        this.stamps.push(0)
      }
      sequence[position] = id
      if (this.stamps[id] !== stamp) {
        this.stamps[id] = stamp
        unique.push(id)
        this.frequency[id]!++
      }
    }
    return {set: Int32Array.from(unique).sort(), sequence}
  }
}

/** Size of the intersection of two sorted id sets; with `only`, counting just the ids it marks. */
export function intersection(a: Int32Array, b: Int32Array, only?: Uint8Array): number {
  let i = 0
  let j = 0
  let count = 0
  while (i < a.length && j < b.length) {
    const x = a[i]!
    const y = b[j]!
    if (x === y) {
      if (!only || only[x]) count++
      i++
      j++
    } else if (x < y) i++
    else j++
  }
  return count
}

/**
 * Dice coefficient of two word sets: `2|A ∩ B| / (|A| + |B|)`, 1 for two empty sets.
 *
 * @example dice(Int32Array.of(1, 2, 3), Int32Array.of(2, 3, 4)) // 0.666…
 */
export function dice(a: Int32Array, b: Int32Array): number {
  if (a.length + b.length === 0) return 1
  return (2 * intersection(a, b)) / (a.length + b.length)
}

/** Union of sorted id sets, sorted. */
export function union(sets: readonly Int32Array[]): Int32Array {
  const all = new Set<number>()
  for (const set of sets) for (const id of set) all.add(id)
  return Int32Array.from(all).sort()
}

/**
 * Shingle keys of a clause: word bigrams (or its single word) hashed into small integers, so that
 * the index's map keys stay small integers; a collision only adds a candidate, which similarity then
 * checks. Long clauses keep one bigram in four, chosen by hash (minhash-like sampling): the same on
 * both sides, so similar clauses still share most of their kept keys, and the index is four times
 * smaller.
 */
export function shingles(sequence: Int32Array): Int32Array {
  if (sequence.length === 1) return Int32Array.of(Math.imul(sequence[0]! + 1, 0x9e3779b1) >>> 2)
  const all: number[] = []
  for (let index = 0; index + 1 < sequence.length; index++) {
    all.push(
      (Math.imul(sequence[index]! + 1, 0x9e3779b1) ^ Math.imul(sequence[index + 1]! + 7, 0x85ebca6b)) >>> 2,
    )
  }
  if (all.length < 24) return Int32Array.from(all)
  return Int32Array.from(all.filter((key) => (key & 3) === 0))
}

/**
 * An inverted index from shingles to clause positions. Shingles shared by more than `cap` clauses
 * (`de la`, `États participants`) are dropped when querying: they say nothing about which clause is
 * which and would make lookups quadratic.
 */
export class ShingleIndex {
  readonly postings = new Map<number, number[]>()
  constructor(readonly cap = 64) {}

  add(position: number, keys: ArrayLike<number>): void {
    for (let k = 0; k < keys.length; k++) {
      const key = keys[k]!
      const list = this.postings.get(key)
      if (list === undefined) this.postings.set(key, [position])
      else if (list[list.length - 1] !== position && list.length <= this.cap) list.push(position)
    }
  }

  /** Up to `limit` positions sharing the most informative shingles with `keys`, best first. */
  query(keys: Int32Array, limit: number, accept: (position: number) => boolean): number[] {
    const hits = new Map<number, number>()
    for (const key of new Set(keys)) {
      const list = this.postings.get(key)
      if (list === undefined || list.length > this.cap) continue
      for (const position of list) {
        if (!accept(position)) continue
        hits.set(position, (hits.get(position) ?? 0) + 1)
      }
    }
    return [...hits]
      .sort((x, y) => y[1] - x[1] || x[0] - y[0])
      .slice(0, limit)
      .map(([position]) => position)
  }
}

/**
 * Token-set similarity and the shingle index that finds candidate pairs without comparing every
 * clause with every other.
 */

import type {Interner} from './interner.js'
import {best} from './shingle-table.js'

/** Marks of the ids of one set, by id: `stamp` for the set being intersected (see {@link intersection}). */
let marks = new Int32Array(1024)
let stamp = 0

/**
 * Size of the intersection of two id sets (each id once in each, in any order); with `only`, counting
 * just the ids it marks. The ids of `a` are marked in an array by id, then `b`'s looked up: no sort,
 * no search.
 */
export function intersection(a: Int32Array, b: Int32Array, only?: Uint8Array): number {
  if (stamp === 0x7fffffff) {
    marks.fill(0)
    stamp = 0
  }
  const mark = ++stamp
  for (let i = 0; i < a.length; i++) {
    const id = a[i]!
    if (id >= marks.length) {
      const wider = new Int32Array(Math.max(id + 1, marks.length * 2))
      wider.set(marks)
      marks = wider
    }
    marks[id] = mark
  }
  const marked = marks
  let count = 0
  for (let j = 0; j < b.length; j++) {
    const id = b[j]!
    if (id < marked.length && marked[id] === mark && (!only || only[id])) count++
  }
  return count
}

/**
 * Dice coefficient of two word sets (each id once): `2|A ∩ B| / (|A| + |B|)`, 1 for two empty sets.
 *
 * @example dice(Int32Array.of(1, 2, 3), Int32Array.of(2, 3, 4)) // 0.666…
 */
export function dice(a: Int32Array, b: Int32Array): number {
  if (a.length + b.length === 0) return 1
  return (2 * intersection(a, b)) / (a.length + b.length)
}

/** Union of id sets, sorted. */
export function union(sets: readonly Int32Array[]): Int32Array {
  const all = new Set<number>()
  for (const set of sets) for (const id of set) all.add(id)
  return Int32Array.from(all).sort()
}

/**
 * Shingle keys of a clause: word bigrams (or its single word) hashed into small integers from the
 * words' own hashes, so that the index's map keys stay small integers and a key depends on the words
 * alone, not on the order they were interned in; a collision only adds a candidate, which similarity
 * then checks. Long clauses keep one bigram in four, chosen by hash (minhash-like sampling): the same
 * on both sides, so similar clauses still share most of their kept keys, and the index is four times
 * smaller.
 */
export function shingles(sequence: Int32Array, words: Interner): Int32Array {
  const keys = new Int32Array(Math.max(1, sequence.length - 1))
  return keys.slice(0, shinglesInto(sequence, sequence.length, words, keys))
}

/**
 * {@link shingles} of the first `length` ids of `sequence`, written into `keys` (room for
 * `max(1, length - 1)`); returns how many. A side keeps the shingles of many clauses in one array, so
 * they are made in a scratch array and copied there.
 */
export function shinglesInto(
  sequence: Int32Array,
  length: number,
  words: Interner,
  keys: Int32Array,
): number {
  if (length === 1) {
    keys[0] = Math.imul(words.hash(sequence[0]!), 0x9e3779b1) >>> 2
    return 1
  }
  const count = Math.max(0, length - 1)
  for (let index = 0; index < count; index++) {
    keys[index] =
      (Math.imul(words.hash(sequence[index]!), 0x9e3779b1) ^
        Math.imul(words.hash(sequence[index + 1]!) + 7, 0x85ebca6b)) >>>
      2
  }
  if (count < 24) return count
  // One bigram in four kept, chosen by hash, in place (the kept ones never overtake the read ones).
  let kept = 0
  for (let index = 0; index < count; index++) if ((keys[index]! & 3) === 0) keys[kept++] = keys[index]!
  return kept
}

/**
 * An inverted index from shingles to clause positions. Shingles shared by more than `cap` clauses
 * (`de la`, `États participants`) are dropped when querying: they say nothing about which clause is
 * which and would make lookups quadratic.
 */
export class ShingleIndex {
  readonly postings = new Map<number, number[]>()
  private counts = new Int32Array(64)
  constructor(readonly cap = 64) {}

  add(position: number, keys: ArrayLike<number>): void {
    if (position >= this.counts.length) {
      const wider = new Int32Array(Math.max(position + 1, this.counts.length * 2))
      wider.set(this.counts)
      this.counts = wider
    }
    for (let k = 0; k < keys.length; k++) {
      const key = keys[k]!
      const list = this.postings.get(key)
      if (list === undefined) this.postings.set(key, [position])
      else if (list[list.length - 1] !== position && list.length <= this.cap) list.push(position)
    }
  }

  /**
   * Up to `limit` positions sharing the most informative shingles with `keys`, best first; among as
   * good, the least by `rank` (default: the position itself). Shared shingles are counted in one
   * array, and `accept` asked once for each position found.
   */
  query(
    keys: Int32Array,
    limit: number,
    accept: (position: number) => boolean,
    rank: (position: number) => number = (position) => position,
  ): number[] {
    const counts = this.counts
    const touched: number[] = []
    for (const key of new Set(keys)) {
      const list = this.postings.get(key)
      if (list === undefined || list.length > this.cap) continue
      for (const position of list) if (counts[position]!++ === 0) touched.push(position)
    }
    return best(touched, counts, limit, accept, rank)
  }
}

/**
 * The shingle index of a fixed set of clauses, built at once: what {@link ShingleIndex} answers, held
 * in four typed arrays (its keys sorted, where each key's postings start, the postings) instead of a
 * map holding an array a key. Aligning two large documents indexes every old clause left unpaired
 * after exact matching, some hundred thousand shingles: a map of arrays made them as many objects to
 * allocate, promote and collect.
 */

import type {ShingleIndex} from './similarity.js'

/** Positions are packed below the key in one double: this many bits (positions below 2^23). */
const positionBits = 23
const positionScale = 2 ** positionBits

/** The query of a shingle index (see {@link ShingleIndex.query}). */
export type ShingleQuery = ShingleIndex['query']

/**
 * Whether {@link shingleTable} can index clauses up to this position (keys are below 2^30, as
 * `shingles` makes them, and a key and a position are packed in a double's 53 bits).
 */
export function fitsShingleTable(positions: number): boolean {
  return positions < positionScale
}

/**
 * The index of the clauses `positions` (ascending) with their shingle keys, answering as a
 * {@link ShingleIndex} that was given them in that order with the same `cap`.
 *
 * @example shingleTable([0, 3], (position) => shingles[position])(keys, 8, () => true) // [3]
 */
export function shingleTable(
  positions: readonly number[],
  keysOf: (position: number) => Int32Array,
  cap = 64,
): ShingleQuery {
  let total = 0
  for (const position of positions) total += keysOf(position).length
  // Every (key, position) as one number, sorted: grouped by key, each key's positions ascending.
  const packed = new Float64Array(total)
  let size = 0
  for (const position of positions) {
    const keys = keysOf(position)
    for (let at = 0; at < keys.length; at++) packed[size++] = keys[at]! * positionScale + position
  }
  packed.sort()
  const keys = new Int32Array(total)
  const starts = new Int32Array(total + 1)
  const postings = new Int32Array(total)
  let keyCount = 0
  let postingCount = 0
  let last = -1
  for (let at = 0; at < total; at++) {
    const value = packed[at]!
    if (value === last) continue
    last = value
    const key = Math.floor(value / positionScale)
    if (keyCount === 0 || keys[keyCount - 1] !== key) {
      keys[keyCount] = key
      starts[keyCount++] = postingCount
    }
    postings[postingCount++] = value - key * positionScale
  }
  starts[keyCount] = postingCount
  let counts = new Int32Array(0)
  let unique = new Int32Array(0)

  /** Index in `keys` of `key`, or -1. */
  const find = (key: number): number => {
    let low = 0
    let high = keyCount - 1
    while (low <= high) {
      const middle = (low + high) >>> 1
      const found = keys[middle]!
      if (found === key) return middle
      if (found < key) low = middle + 1
      else high = middle - 1
    }
    return -1
  }

  return (query, limit, accept, rank = (position) => position) => {
    if (counts.length === 0 && postingCount > 0) {
      let highest = 0
      for (let at = 0; at < postingCount; at++) if (postings[at]! > highest) highest = postings[at]!
      counts = new Int32Array(highest + 1)
    }
    if (unique.length < query.length) unique = new Int32Array(query.length)
    unique.set(query)
    const sortedKeys = unique.subarray(0, query.length).sort()
    const touched: number[] = []
    for (let at = 0; at < sortedKeys.length; at++) {
      if (at > 0 && sortedKeys[at] === sortedKeys[at - 1]) continue
      const found = find(sortedKeys[at]!)
      if (found === -1) continue
      const start = starts[found]!
      const end = starts[found + 1]!
      // A shingle of more than `cap` clauses says nothing about which clause is which.
      if (end - start > cap) continue
      for (let posting = start; posting < end; posting++) {
        const position = postings[posting]!
        if (counts[position]!++ === 0) touched.push(position)
      }
    }
    return best(touched, counts, limit, accept, rank)
  }
}

/** A position found and how it ranks: shingles shared (more first), then `rank` (less first). */
type Hit = [position: number, count: number, rank: number]

/**
 * The best `limit` of the positions `touched` (each counted in `counts`, reset here) that `accept`
 * lets through: most shingles shared, then least `rank`, as {@link ShingleIndex.query} keeps them.
 */
export function best(
  touched: readonly number[],
  counts: Int32Array,
  limit: number,
  accept: (position: number) => boolean,
  rank: (position: number) => number,
): number[] {
  // The best `limit` hits, kept in order as they come (a query can touch thousands of positions).
  const hits: Hit[] = []
  const better = (x: Hit, y: Hit): boolean => x[1] > y[1] || (x[1] === y[1] && x[2] < y[2])
  for (const position of touched) {
    const count = counts[position]!
    counts[position] = 0
    if (hits.length === limit && count < hits[limit - 1]![1]) continue
    if (!accept(position)) continue
    const hit: Hit = [position, count, rank(position)]
    if (hits.length === limit && !better(hit, hits[limit - 1]!)) continue
    let at = hits.length < limit ? hits.length : limit - 1
    hits[at] = hit
    while (at > 0 && better(hit, hits[at - 1]!)) {
      hits[at] = hits[at - 1]!
      hits[at - 1] = hit
      at--
    }
  }
  return hits.map(([position]) => position)
}

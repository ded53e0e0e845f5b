import {heaviestIncreasingSubsequence} from './lis.js'
import type {Pair} from './side.js'

/**
 * The gaps between the pairs of one in-order chain: gap `g` of a side holds the clauses after the
 * chain's `g`-th pair and before its next. The new side's gaps are numbered for each clause; the old
 * side is only ever asked about a clause or a gap, by binary search, so that aligning against a large
 * old side (compare's pivot) costs nothing per old clause.
 */
export interface Gaps {
  /** Gap number of each new clause. */
  newGap: Int32Array
  /** Gap number of an old clause. */
  oldGap(oldIndex: number): number
  /**
   * The old clauses of gap `gap` left unpaired, in order, or `undefined` when there are more than
   * `limit` of them.
   */
  oldLeftIn(gap: number, limit: number): number[] | undefined
}

/** How many of the ascending `positions` are ≤ `value`. */
function countUpTo(positions: readonly number[], value: number): number {
  let low = 0
  let high = positions.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if (positions[middle]! <= value) low = middle + 1
    else high = middle
  }
  return low
}

/**
 * Gaps of a chain (ids into `pairs`) between sides of `oldLength` and `newLength` clauses; `oldPair`
 * says which old clauses are paired (-1: not).
 *
 * @example gapsOf(chain, pairs, 10, 12, oldPair).oldGap(3) // 1
 */
export function gapsOf(
  chain: readonly number[],
  pairs: readonly Pair[],
  oldLength: number,
  newLength: number,
  oldPair: Int32Array,
): Gaps {
  const oldPositions = chain.map((id) => pairs[id]!.old[0]!).sort((a, b) => a - b)
  const newPositions = chain.map((id) => pairs[id]!.new[0]!).sort((a, b) => a - b)
  const newGap = new Int32Array(newLength)
  let next = 0
  for (let index = 0; index < newLength; index++) {
    while (next < newPositions.length && newPositions[next]! <= index) next++
    newGap[index] = next
  }
  // Answers of `oldLeftIn` by gap and limit, one number a key (gaps are fewer than `gapCount`).
  const cache = new Map<number, number[] | undefined>()
  const gapCount = oldPositions.length + 1
  return {
    newGap,
    oldGap: (oldIndex) => countUpTo(oldPositions, oldIndex),
    oldLeftIn(gap, limit) {
      const key = limit * gapCount + gap
      if (cache.has(key)) return cache.get(key)
      const start = gap === 0 ? 0 : oldPositions[gap - 1]!
      const end = gap < oldPositions.length ? oldPositions[gap]! : oldLength
      let found: number[] | undefined = []
      for (let index = start; index < end; index++) {
        if (oldPair[index] !== -1) continue
        if (found.length === limit) {
          found = undefined
          break
        }
        found.push(index)
      }
      cache.set(key, found)
      return found
    },
  }
}

/**
 * Ids of the pairs on one longest chain that is in order on both sides; among chains as long, the one
 * with the most identical pairs, so that when two clauses swap places the reworded one is the one that
 * moved.
 */
export function inOrder(pairs: readonly Pair[]): number[] {
  const ids = byNewPosition(pairs)
  const bonus = 1 / (pairs.length + 1)
  const values = new Array<number>(ids.length)
  const weights = new Array<number>(ids.length)
  for (let position = 0; position < ids.length; position++) {
    const pair = pairs[ids[position]!]!
    values[position] = pair.old[0]!
    weights[position] = pair.similarity === 1 ? 1 + bonus : 1
  }
  const chain = heaviestIncreasingSubsequence(values, weights)
  return chain.map((position) => ids[position]!)
}

/**
 * Pair ids in the order of their first new clause: placed by that position in one pass (a new clause
 * is in one pair at most), sorted if two pairs ever share it.
 */
function byNewPosition(pairs: readonly Pair[]): number[] {
  let size = 0
  for (const pair of pairs) if (pair.new[0]! >= size) size = pair.new[0]! + 1
  const slots = new Int32Array(size).fill(-1)
  for (let id = 0; id < pairs.length; id++) {
    const position = pairs[id]!.new[0]!
    if (slots[position] !== -1) {
      return pairs.map((_, each) => each).sort((a, b) => pairs[a]!.new[0]! - pairs[b]!.new[0]!)
    }
    slots[position] = id
  }
  const ids: number[] = []
  for (const id of slots) if (id !== -1) ids.push(id)
  return ids
}

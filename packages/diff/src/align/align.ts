import {fitsShingleTable, type ShingleQuery, shingleTable} from '../shingle-table.js'
import {ShingleIndex} from '../similarity.js'
import {exactAnchors, type KeyOf, type KeyPositions, keyPositions, keyTable} from './anchors.js'
import {gapsOf, inOrder} from './gaps.js'
import {positionalPairs} from './positional.js'
import type {AlignStrategy, Pair, Side} from './side.js'
import {clauseSimilarity} from './side.js'
import {splitsAndMerges} from './split-merge.js'

export {type AlignStrategy, type Pair, type Side, similarityOf} from './side.js'

/** Candidate lookups per new clause, beyond every clause of a small gap. */
const candidateLimit = 8
/** A gap is "small" when its old side holds at most this many clauses: compare all of them. */
const smallGap = 24

/**
 * What alignment looks up on the old side, when it is built once for many alignments (compare's
 * pivot, against which every document is aligned in turn) instead of for each.
 */
export interface OldLookup {
  /** Exact-match keys, numbered in one table for the old side and every new one. */
  keyOf: KeyOf
  /** Old positions of each exact key. */
  keys: KeyPositions
  /**
   * Up to `limit` old positions sharing the most shingles with `keys`, best first, among those
   * `accept` lets through.
   */
  similar(keys: Int32Array, limit: number, accept: (oldIndex: number) => boolean): number[]
}

/**
 * Align the clauses of two documents: exact anchors kept in order by a longest increasing
 * subsequence, similar clauses in the gaps and across them (moves) through a shingle index, splits
 * and merges, then positional pairs. Near-linear in the number of clauses; with a prebuilt `lookup`
 * of the old side, the work follows the new side alone.
 *
 * @example alignClauses(oldSide, newSide, strategy) // [{old: [0], new: [0], similarity: 1, moved: false}, …]
 */
export function alignClauses(
  oldSide: Side,
  newSide: Side,
  strategy: AlignStrategy,
  lookup?: OldLookup,
): Pair[] {
  const pairs: Pair[] = []
  const oldPair = new Int32Array(oldSide.items.length).fill(-1)
  const newPair = new Int32Array(newSide.items.length).fill(-1)
  const link = (oldIndexes: number[], newIndexes: number[], similarity: number): void => {
    const id = pairs.length
    pairs.push({old: oldIndexes, new: newIndexes, similarity, moved: false})
    for (const index of oldIndexes) oldPair[index] = id
    for (const index of newIndexes) newPair[index] = id
  }

  const keyOf = lookup?.keyOf ?? keyTable()
  const keys = lookup?.keys ?? keyPositions(oldSide.items, keyOf)
  for (const [oldIndex, newIndex] of exactAnchors(oldSide.items.length, keys, newSide.items, keyOf)) {
    link([oldIndex], [newIndex], 1)
  }

  // Gaps between the in-order pairs found so far.
  const gaps = gapsOf(inOrder(pairs), pairs, oldSide.items.length, newSide.items.length, oldPair)

  // Similar clauses, in the same gap first, then anywhere (moves) through an index of the old clauses
  // left over, built on first use.
  let query: ShingleQuery | undefined
  const similar = (keys: Int32Array, limit: number, accept: (oldIndex: number) => boolean): number[] => {
    if (lookup) return lookup.similar(keys, limit, accept)
    if (!query) {
      const left: number[] = []
      for (let oldIndex = 0; oldIndex < oldSide.items.length; oldIndex++) {
        if (oldPair[oldIndex] === -1) left.push(oldIndex)
      }
      if (fitsShingleTable(oldSide.items.length)) {
        query = shingleTable(left, (oldIndex) => oldSide.shingles(oldIndex))
      } else {
        const index = new ShingleIndex()
        for (const oldIndex of left) index.add(oldIndex, oldSide.shingles(oldIndex))
        query = index.query.bind(index)
      }
    }
    return query(keys, limit, accept)
  }
  const candidates: {oldIndex: number; newIndex: number; similarity: number; score: number}[] = []
  for (let newIndex = 0; newIndex < newSide.items.length; newIndex++) {
    if (newPair[newIndex] !== -1) continue
    const gap = gaps.newGap[newIndex]!
    const family = newSide.items[newIndex]!.family
    const consider = (oldIndex: number): boolean => {
      if (oldSide.items[oldIndex]!.family !== family) return false
      const similarity = clauseSimilarity(oldSide, oldIndex, newSide, newIndex)
      if (!strategy.accept(oldIndex, newIndex, similarity)) return false
      const inPlace = gaps.oldGap(oldIndex) === gap
      if (!inPlace && strategy.moved !== undefined && similarity < strategy.moved) return false
      const bonus = inPlace ? 0.1 : 0
      candidates.push({oldIndex, newIndex, similarity, score: similarity + bonus})
      return true
    }
    // The same gap first; the index (moves, large gaps) only when the gap offers nothing.
    let found = false
    const inGap = gaps.oldLeftIn(gap, smallGap)
    if (inGap) for (const oldIndex of inGap) if (consider(oldIndex)) found = true
    if (found) continue
    const tried = new Set(inGap ?? [])
    const hits = similar(
      newSide.shingles(newIndex),
      candidateLimit,
      (oldIndex) => oldPair[oldIndex] === -1 && oldSide.items[oldIndex]!.family === family,
    )
    for (const oldIndex of hits) if (!tried.has(oldIndex)) consider(oldIndex)
  }
  candidates.sort(
    (a, b) =>
      b.score - a.score ||
      Math.abs(a.oldIndex - a.newIndex) - Math.abs(b.oldIndex - b.newIndex) ||
      a.newIndex - b.newIndex,
  )
  for (const candidate of candidates) {
    if (oldPair[candidate.oldIndex] !== -1 || newPair[candidate.newIndex] !== -1) continue
    link([candidate.oldIndex], [candidate.newIndex], candidate.similarity)
  }

  splitsAndMerges(oldSide, newSide, pairs, oldPair, newPair, strategy)
  if (strategy.positional !== undefined) {
    positionalPairs(oldSide, newSide, pairs, oldPair, newPair, link, strategy.positional)
  }

  // Moves: the groups outside one longest in-order chain.
  const chainAfter = new Set(inOrder(pairs))
  for (let id = 0; id < pairs.length; id++) pairs[id]!.moved = !chainAfter.has(id)
  return pairs
}

import type {ClauseItem} from '../flatten.js'
import {dice, ShingleIndex, union} from '../similarity.js'
import {exactAnchors} from './anchors.js'
import {heaviestIncreasingSubsequence} from './lis.js'

/** One side of an alignment: clauses with their word sets and shingles. */
export interface Side {
  items: ClauseItem[]
  sets: Int32Array[]
  shingles: Int32Array[]
}

/** How the clause level plugs into the alignment core. */
export interface AlignStrategy {
  /** Whether an old and a new clause with this similarity may pair up. */
  accept(oldIndex: number, newIndex: number, similarity: number): boolean
  /** Similarity at which two clauses left alone in the same gap pair up by position; none if absent. */
  positional?: number | undefined
}

/** An aligned group: old and new clause positions (several for a split or merge). */
export interface Pair {
  old: number[]
  new: number[]
  similarity: number
  moved: boolean
}

/** Candidate lookups per new clause, beyond every clause of a small gap. */
const candidateLimit = 8
/** A gap is "small" when its old side holds at most this many clauses: compare all of them. */
const smallGap = 24

/**
 * Similarity of two clause sets: 1 when the normalised texts are equal, else the Dice coefficient of
 * their word sets, capped below 1.
 */
export function similarityOf(
  oldSide: Side,
  oldIndexes: number[],
  newSide: Side,
  newIndexes: number[],
): number {
  const oldText = oldIndexes.map((index) => oldSide.items[index]!.normalized).join(' ')
  const newText = newIndexes.map((index) => newSide.items[index]!.normalized).join(' ')
  if (oldText === newText) return 1
  const a =
    oldIndexes.length === 1 ? oldSide.sets[oldIndexes[0]!]! : union(oldIndexes.map((i) => oldSide.sets[i]!))
  const b =
    newIndexes.length === 1 ? newSide.sets[newIndexes[0]!]! : union(newIndexes.map((i) => newSide.sets[i]!))
  return Math.min(dice(a, b), 0.99)
}

/**
 * Align the clauses of two documents: exact anchors kept in order by a longest increasing
 * subsequence, similar clauses in the gaps and across them (moves) through a shingle index, splits
 * and merges, then positional pairs. Near-linear in the number of clauses.
 *
 * @example alignClauses(oldSide, newSide, strategy) // [{old: [0], new: [0], similarity: 1, moved: false}, …]
 */
export function alignClauses(oldSide: Side, newSide: Side, strategy: AlignStrategy): Pair[] {
  const pairs: Pair[] = []
  const oldPair = new Int32Array(oldSide.items.length).fill(-1)
  const newPair = new Int32Array(newSide.items.length).fill(-1)
  const link = (oldIndexes: number[], newIndexes: number[], similarity: number): void => {
    const id = pairs.length
    pairs.push({old: oldIndexes, new: newIndexes, similarity, moved: false})
    for (const index of oldIndexes) oldPair[index] = id
    for (const index of newIndexes) newPair[index] = id
  }

  for (const [oldIndex, newIndex] of exactAnchors(oldSide.items, newSide.items)) {
    link([oldIndex], [newIndex], 1)
  }

  // Gaps between the in-order pairs found so far.
  const chain = inOrder(pairs)
  const oldGap = gapIds(oldSide.items.length, chain, 'old', pairs)
  const newGap = gapIds(newSide.items.length, chain, 'new', pairs)
  const oldByGap = new Map<number, number[]>()
  for (let index = 0; index < oldGap.length; index++) {
    if (oldPair[index] !== -1) continue
    const gap = oldGap[index]!
    const list = oldByGap.get(gap)
    if (list) list.push(index)
    else oldByGap.set(gap, [index])
  }

  // Similar clauses, in the same gap first, then anywhere (moves) through an index of the old clauses
  // left over, built on first use.
  let index: ShingleIndex | undefined
  const lookup = (): ShingleIndex => {
    if (index) return index
    index = new ShingleIndex()
    for (let oldIndex = 0; oldIndex < oldSide.items.length; oldIndex++) {
      if (oldPair[oldIndex] === -1) index.add(oldIndex, oldSide.shingles[oldIndex]!)
    }
    return index
  }
  const candidates: {oldIndex: number; newIndex: number; similarity: number; score: number}[] = []
  for (let newIndex = 0; newIndex < newSide.items.length; newIndex++) {
    if (newPair[newIndex] !== -1) continue
    const gap = newGap[newIndex]!
    const family = newSide.items[newIndex]!.family
    const consider = (oldIndex: number): boolean => {
      if (oldSide.items[oldIndex]!.family !== family) return false
      const similarity = similarityOf(oldSide, [oldIndex], newSide, [newIndex])
      if (!strategy.accept(oldIndex, newIndex, similarity)) return false
      const bonus = oldGap[oldIndex] === gap ? 0.1 : 0
      candidates.push({oldIndex, newIndex, similarity, score: similarity + bonus})
      return true
    }
    // The same gap first; the index (moves, large gaps) only when the gap offers nothing.
    let found = false
    const inGap = oldByGap.get(gap)
    if (inGap && inGap.length <= smallGap) for (const oldIndex of inGap) if (consider(oldIndex)) found = true
    if (found) continue
    const tried = new Set(inGap && inGap.length <= smallGap ? inGap : [])
    const hits = lookup().query(
      newSide.shingles[newIndex]!,
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

/**
 * Ids of the pairs on one longest chain that is in order on both sides; among chains as long, the one
 * with the most identical pairs, so that when two clauses swap places the reworded one is the one that
 * moved.
 */
function inOrder(pairs: readonly Pair[]): number[] {
  const ids = pairs.map((_, id) => id).sort((a, b) => pairs[a]!.new[0]! - pairs[b]!.new[0]!)
  const bonus = 1 / (pairs.length + 1)
  const chain = heaviestIncreasingSubsequence(
    ids.map((id) => pairs[id]!.old[0]!),
    ids.map((id) => (pairs[id]!.similarity === 1 ? 1 + bonus : 1)),
  )
  return chain.map((position) => ids[position]!)
}

/** For each clause of one side, how many chain pairs come before it: its gap number. */
function gapIds(
  length: number,
  chain: readonly number[],
  side: 'old' | 'new',
  pairs: readonly Pair[],
): Int32Array {
  const positions = chain.map((id) => pairs[id]![side][0]!).sort((a, b) => a - b)
  const gaps = new Int32Array(length)
  let next = 0
  for (let index = 0; index < length; index++) {
    while (next < positions.length && positions[next]! <= index) next++
    gaps[index] = next
  }
  return gaps
}

/**
 * A clause left unpaired beside a paired one on the same side, whose words the other side's clause
 * mostly contains, and with which that clause scores clearly higher than alone: a split (new side) or
 * a merge (old side).
 */
function splitsAndMerges(
  oldSide: Side,
  newSide: Side,
  pairs: Pair[],
  oldPair: Int32Array,
  newPair: Int32Array,
  strategy: AlignStrategy,
): void {
  const absorb = (side: 'new' | 'old'): void => {
    const own = side === 'new' ? newSide : oldSide
    const other = side === 'new' ? oldSide : newSide
    const ownPair = side === 'new' ? newPair : oldPair
    for (let index = 0; index < own.items.length; index++) {
      if (ownPair[index] !== -1) continue
      const item = own.items[index]!
      if (own.sets[index]!.length === 0) continue
      for (const neighbour of [index - 1, index + 1]) {
        const id = ownPair[neighbour]
        if (id === undefined || id === -1) continue
        const pair = pairs[id]!
        const otherSide = side === 'new' ? pair.old : pair.new
        if (otherSide.length !== 1) continue
        const mine = pair[side]
        if (own.items[neighbour]!.family !== item.family || own.items[neighbour]!.depth !== item.depth)
          continue
        const otherSet = other.sets[otherSide[0]!]!
        const set = own.sets[index]!
        let shared = 0
        for (const word of set) if (binaryHas(otherSet, word)) shared++
        if (shared / set.length < 0.6) continue
        const members = [...mine, index].sort((a, b) => a - b)
        const combined =
          side === 'new'
            ? similarityOf(oldSide, otherSide, newSide, members)
            : similarityOf(oldSide, members, newSide, otherSide)
        const [oldIndex, newIndex] = side === 'new' ? [otherSide[0]!, index] : [index, otherSide[0]!]
        if (combined <= pair.similarity + 0.05 || !strategy.accept(oldIndex, newIndex, combined)) continue
        pair[side] = members
        pair.similarity = combined
        ownPair[index] = id
        break
      }
    }
  }
  absorb('new')
  absorb('old')
}

function binaryHas(set: Int32Array, value: number): boolean {
  let low = 0
  let high = set.length - 1
  while (low <= high) {
    const middle = (low + high) >>> 1
    const found = set[middle]!
    if (found === value) return true
    if (found < value) low = middle + 1
    else high = middle - 1
  }
  return false
}

/** In each gap whose leftover clauses have the same families in the same order, pair them by position. */
function positionalPairs(
  oldSide: Side,
  newSide: Side,
  pairs: Pair[],
  oldPair: Int32Array,
  newPair: Int32Array,
  link: (oldIndexes: number[], newIndexes: number[], similarity: number) => void,
  threshold: number,
): void {
  const chain = inOrder(pairs)
  const oldGap = gapIds(oldSide.items.length, chain, 'old', pairs)
  const newGap = gapIds(newSide.items.length, chain, 'new', pairs)
  const leftovers = (gaps: Int32Array, taken: Int32Array): Map<number, number[]> => {
    const byGap = new Map<number, number[]>()
    for (let index = 0; index < gaps.length; index++) {
      if (taken[index] !== -1) continue
      const list = byGap.get(gaps[index]!)
      if (list) list.push(index)
      else byGap.set(gaps[index]!, [index])
    }
    return byGap
  }
  const oldLeft = leftovers(oldGap, oldPair)
  const newLeft = leftovers(newGap, newPair)
  for (const [gap, newList] of newLeft) {
    const oldList = oldLeft.get(gap)
    if (!oldList || oldList.length !== newList.length) continue
    if (oldList.some((oldIndex, k) => oldSide.items[oldIndex]!.family !== newSide.items[newList[k]!]!.family))
      continue
    for (let k = 0; k < oldList.length; k++) {
      const similarity = similarityOf(oldSide, [oldList[k]!], newSide, [newList[k]!])
      if (similarity >= threshold) link([oldList[k]!], [newList[k]!], similarity)
    }
  }
}

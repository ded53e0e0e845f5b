import type {ClauseItem} from '../flatten.js'
import {dice, union} from '../similarity.js'

/**
 * One side of an alignment: clauses with their word sets and shingles, made on first use (the
 * clauses that exact matching pairs never need them).
 */
export interface Side {
  items: ClauseItem[]
  /** Word ids of clause `index`, each once. */
  set(index: number): Int32Array
  /** Shingle keys of clause `index`. */
  shingles(index: number): Int32Array
}

/** How the clause level plugs into the alignment core. */
export interface AlignStrategy {
  /** Whether an old and a new clause with this similarity may pair up. */
  accept(oldIndex: number, newIndex: number, similarity: number): boolean
  /** Similarity at which two clauses left alone in the same gap pair up by position; none if absent. */
  positional?: number | undefined
  /**
   * Least similarity of a pair found outside its own gap (a clause that moved), when moves need more
   * than `accept`; none if absent.
   */
  moved?: number | undefined
}

/** An aligned group: old and new clause positions (several for a split or merge). */
export interface Pair {
  old: number[]
  new: number[]
  similarity: number
  moved: boolean
}

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
  if (oldIndexes.length === 1 && newIndexes.length === 1) {
    return clauseSimilarity(oldSide, oldIndexes[0]!, newSide, newIndexes[0]!)
  }
  const oldText = oldIndexes.map((index) => oldSide.items[index]!.normalized).join(' ')
  const newText = newIndexes.map((index) => newSide.items[index]!.normalized).join(' ')
  if (oldText === newText) return 1
  const a =
    oldIndexes.length === 1 ? oldSide.set(oldIndexes[0]!) : union(oldIndexes.map((i) => oldSide.set(i)))
  const b =
    newIndexes.length === 1 ? newSide.set(newIndexes[0]!) : union(newIndexes.map((i) => newSide.set(i)))
  return Math.min(dice(a, b), 0.99)
}

/**
 * {@link similarityOf} of one old and one new clause, without an array for either: alignment asks
 * it for every clause a new one is compared with.
 */
export function clauseSimilarity(oldSide: Side, oldIndex: number, newSide: Side, newIndex: number): number {
  if (oldSide.items[oldIndex]!.normalized === newSide.items[newIndex]!.normalized) return 1
  return Math.min(dice(oldSide.set(oldIndex), newSide.set(newIndex)), 0.99)
}

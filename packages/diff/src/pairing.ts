import type {AlignStrategy, Side} from './align/align.js'
import type {ClauseItem} from './flatten.js'
import {
  defaultRareWords,
  defaultReferenceThreshold,
  defaultThreshold,
  type PairingOptions,
  positionalThreshold,
} from './options.js'
import {type ReferenceCache, referenceCache, shareReference} from './references.js'
import {Runs} from './runs.js'
import {intersection, shinglesInto} from './similarity.js'
import type {Vocabulary} from './vocabulary.js'

/**
 * Clauses with their word sets and shingles on a shared vocabulary, each made when first asked for
 * (a clause counted once in the vocabulary's clause frequencies). A clause asked for its shingles
 * gets its set in the same reading; one asked for its set alone (most of the new side's: only a
 * clause found nowhere near its place looks for others by shingle) gets no shingles.
 */
export function sideOf(items: ClauseItem[], vocabulary: Vocabulary): Side {
  const sets = new Runs(items.length)
  const keys = new Runs(items.length)
  let scratch = new Int32Array(256)
  const read = (index: number, withShingles: boolean): void => {
    const counted = sets.has(index)
    vocabulary.read(items[index]!.normalized, !counted)
    if (!counted) sets.putFirst(index, vocabulary.set, vocabulary.setLength)
    if (!withShingles) return
    const length = vocabulary.sequenceLength
    if (scratch.length < length) scratch = new Int32Array(length * 2)
    keys.putFirst(index, scratch, shinglesInto(vocabulary.sequence, length, vocabulary.words, scratch))
  }
  return {
    items,
    set(index) {
      if (!sets.has(index)) read(index, false)
      return sets.get(index)
    },
    shingles(index) {
      if (!keys.has(index)) read(index, true)
      return keys.get(index)
    },
  }
}

/** Make the word sets of every clause of the sides, so that the vocabulary counts all of them. */
export function countAll(sides: readonly Side[]): void {
  for (const side of sides) for (let index = 0; index < side.items.length; index++) side.set(index)
}

/**
 * In `versions` mode, least similarity of a pair whose clauses stand in different places (a move): a
 * clause that both moved and changed is claimed only when it is clearly the same clause, not one more
 * clause of a common pattern (`Decides to include in the provisional agenda…`) deleted here and
 * inserted there.
 */
const movedThreshold = 0.75

/**
 * The clause-level strategy. In `versions` mode, similarity ≥ `threshold`, and ≥ 0.75 for a clause
 * found away from its place (a move). In `documents` mode, two
 * clauses of different decisions pair up when either
 *
 * - their word sets are at least `threshold` alike AND they share at least `rareWords` rare content
 *   words (4+ letters, in at most `max(3, 5 %)` of all clauses compared), or
 * - both are recitals, at least `referenceThreshold` alike, and they cite the same named instrument:
 *   they share a named reference (see {@link namedReferences}) found in at most `max(3, 10 %)` of the
 *   clauses of the two sides. A recital's substance is what it recalls; an operative paragraph that
 *   cites an instrument as its authority (`conformément à l’Additif`) still needs the first rule.
 */
export function strategyOf(
  oldSide: Side,
  newSide: Side,
  vocabulary: Vocabulary,
  documents: boolean,
  options: PairingOptions,
  shared?: SharedPairing,
): AlignStrategy {
  const threshold = options.threshold ?? defaultThreshold
  if (!documents) {
    return {
      positional: Math.min(positionalThreshold, threshold),
      moved: Math.max(movedThreshold, threshold),
      accept: (_oldIndex, _newIndex, similarity) => similarity >= threshold,
    }
  }
  const required = options.rareWords ?? defaultRareWords
  if (!shared) countAll([oldSide, newSide])
  const rare = shared?.rare ?? rareWords(vocabulary)
  const floor = options.referenceThreshold ?? defaultReferenceThreshold
  const cites = floor <= 1 ? citations(oldSide, newSide, shared) : undefined
  return {
    accept(oldIndex, newIndex, similarity) {
      if (similarity >= 1) return true
      if (
        similarity >= threshold &&
        sharedRare(oldSide.set(oldIndex), newSide.set(newIndex), rare) >= required
      ) {
        return true
      }
      return cites !== undefined && similarity >= floor && cites(oldIndex, newIndex)
    },
  }
}

/** Kinds of clause whose substance is the instrument they recall. */
const citingKinds = new Set(['recital'])

/**
 * What `compare` keeps from one alignment to the next (the old side being its pivot, which only
 * grows), so that each document costs what it holds, not what the pivot holds.
 */
export interface SharedPairing {
  /** Rare words of the whole vocabulary (see {@link rareWords}). */
  rare: Uint8Array
  /** Named references of every clause, read once. */
  references: ReferenceCache
  /** How many clauses of the old side cite each reference id. */
  oldCounts: number[]
}

/**
 * Whether two recitals share a distinctive named reference. References are read from every clause of
 * both sides (so that a name cited all over both decisions is not distinctive), once, linearly; with
 * `shared`, the old side's are read once for all alignments and counted in `shared.oldCounts`.
 */
function citations(
  oldSide: Side,
  newSide: Side,
  shared: SharedPairing | undefined,
): (oldIndex: number, newIndex: number) => boolean {
  const references = shared?.references ?? referenceCache()
  const newReferences = newSide.items.map((item) => references.of(item))
  const oldReferences = shared ? undefined : oldSide.items.map((item) => references.of(item))
  const counts = new Map<number, number>()
  for (const list of oldReferences ? [newReferences, oldReferences] : [newReferences]) {
    for (const set of list) for (const id of set) counts.set(id, (counts.get(id) ?? 0) + 1)
  }
  const limit = Math.max(3, Math.ceil((oldSide.items.length + newSide.items.length) * 0.1))
  const distinctive = (id: number): boolean => (counts.get(id) ?? 0) + (shared?.oldCounts[id] ?? 0) <= limit
  return (oldIndex, newIndex) =>
    citingKinds.has(oldSide.items[oldIndex]!.kind) &&
    citingKinds.has(newSide.items[newIndex]!.kind) &&
    shareReference(
      oldReferences ? oldReferences[oldIndex]! : references.of(oldSide.items[oldIndex]!),
      newReferences[newIndex]!,
      distinctive,
    )
}

/**
 * The rare content words of a vocabulary: 4 letters or more, in at most `max(3, 5 %)` of the clauses
 * counted (every clause of the documents compared: see {@link countAll}).
 */
export function rareWords(vocabulary: Vocabulary): Uint8Array {
  const limit = Math.max(3, Math.ceil(vocabulary.clauses * 0.05))
  const rare = new Uint8Array(vocabulary.size)
  for (let id = 0; id < vocabulary.size; id++) {
    if (vocabulary.words.length(id) >= 4 && (vocabulary.frequency[id] ?? 0) <= limit) rare[id] = 1
  }
  return rare
}

function sharedRare(a: Int32Array, b: Int32Array, rare: Uint8Array): number {
  return intersection(a, b, rare)
}

import type {AlignStrategy, Side} from './align/align.js'
import type {ClauseItem} from './flatten.js'
import {words} from './normalize.js'
import {
  defaultRareWords,
  defaultReferenceThreshold,
  defaultThreshold,
  type PairingOptions,
  positionalThreshold,
} from './options.js'
import {namedReferences, shareReference} from './references.js'
import {intersection, shingles, type Vocabulary} from './similarity.js'

/** Clauses with their word sets and shingles, on a shared vocabulary. */
export function sideOf(items: ClauseItem[], vocabulary: Vocabulary): Side {
  const sets: Int32Array[] = []
  const keys: Int32Array[] = []
  for (const item of items) {
    const {set, sequence} = vocabulary.add(words(item.normalized))
    sets.push(set)
    keys.push(shingles(sequence))
  }
  return {items, sets, shingles: keys}
}

/**
 * The clause-level strategy. In `versions` mode, similarity ≥ `threshold`. In `documents` mode, two
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
): AlignStrategy {
  const threshold = options.threshold ?? defaultThreshold
  if (!documents) {
    return {
      positional: Math.min(positionalThreshold, threshold),
      accept: (_oldIndex, _newIndex, similarity) => similarity >= threshold,
    }
  }
  const required = options.rareWords ?? defaultRareWords
  const limit = Math.max(3, Math.ceil(vocabulary.clauses * 0.05))
  const rare = new Uint8Array(vocabulary.ids.size)
  for (const [word, id] of vocabulary.ids) {
    if (word.length >= 4 && (vocabulary.frequency[id] ?? 0) <= limit) rare[id] = 1
  }
  const floor = options.referenceThreshold ?? defaultReferenceThreshold
  const cites = floor <= 1 ? citations(oldSide, newSide) : undefined
  return {
    accept(oldIndex, newIndex, similarity) {
      if (similarity >= 1) return true
      if (
        similarity >= threshold &&
        sharedRare(oldSide.sets[oldIndex]!, newSide.sets[newIndex]!, rare) >= required
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
 * Whether two recitals share a distinctive named reference. References are read from every clause of
 * both sides (so that a name cited all over both decisions is not distinctive), once, linearly.
 */
function citations(oldSide: Side, newSide: Side): (oldIndex: number, newIndex: number) => boolean {
  const table = new Map<string, number>()
  const read = (side: Side): Int32Array[] => side.items.map((item) => namedReferences(item.text, table))
  const oldReferences = read(oldSide)
  const newReferences = read(newSide)
  const counts = new Int32Array(table.size)
  for (const references of [oldReferences, newReferences]) {
    for (const set of references) for (const id of set) counts[id]!++
  }
  const limit = Math.max(3, Math.ceil((oldSide.items.length + newSide.items.length) * 0.1))
  const distinctive = new Uint8Array(table.size)
  for (let id = 0; id < counts.length; id++) if (counts[id]! <= limit) distinctive[id] = 1
  return (oldIndex, newIndex) =>
    citingKinds.has(oldSide.items[oldIndex]!.kind) &&
    citingKinds.has(newSide.items[newIndex]!.kind) &&
    shareReference(oldReferences[oldIndex]!, newReferences[newIndex]!, distinctive)
}

function sharedRare(a: Int32Array, b: Int32Array, rare: Uint8Array): number {
  return intersection(a, b, rare)
}

import type {AlignStrategy, Side} from './align/align.js'
import type {ClauseItem} from './flatten.js'
import {words} from './normalize.js'
import {defaultRareWords, defaultThreshold, type PairingOptions, positionalThreshold} from './options.js'
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
 * The clause-level strategy: similarity threshold, and in `documents` mode the rare-word rule: two
 * clauses of different decisions pair up only if their word sets are at least `threshold` alike AND
 * they share at least `rareWords` rare content words (4+ letters, in at most `max(3, 5 %)` of all
 * clauses compared).
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
  return {
    accept(oldIndex, newIndex, similarity) {
      if (similarity >= 1) return true
      if (similarity < threshold) return false
      return sharedRare(oldSide.sets[oldIndex]!, newSide.sets[newIndex]!, rare) >= required
    },
  }
}

function sharedRare(a: Int32Array, b: Int32Array, rare: Uint8Array): number {
  if (intersection(a, b) === 0) return 0
  let i = 0
  let j = 0
  let count = 0
  while (i < a.length && j < b.length) {
    const x = a[i]!
    const y = b[j]!
    if (x === y) {
      if (rare[x]) count++
      i++
      j++
    } else if (x < y) i++
    else j++
  }
  return count
}

import type {ChangeKind, ClauseGroup, ComparisonStats} from '@clausewise/model'
import {isWordToken} from './classify.js'
import {tokenize} from './tokenize.js'

function wordCount(text: string): number {
  let count = 0
  for (const token of tokenize(text)) if (isWordToken(token)) count++
  return count
}

/**
 * Counts over clause groups: by change, moves, renumbering, word-level changes by kind (a deletion
 * followed by an insertion counts once) and words inserted and deleted.
 *
 * @example statsOf(groups).modified // 2
 */
export function statsOf(groups: readonly ClauseGroup[]): ComparisonStats {
  const changesByKind: Record<ChangeKind, number> = {
    wording: 0,
    punctuation: 0,
    case: 0,
    typography: 0,
    whitespace: 0,
    number: 0,
  }
  const stats: ComparisonStats = {
    unchanged: 0,
    modified: 0,
    inserted: 0,
    deleted: 0,
    split: 0,
    merged: 0,
    moved: 0,
    renumbered: 0,
    changesByKind,
    wordsInserted: 0,
    wordsDeleted: 0,
  }
  for (const group of groups) {
    stats[group.change]++
    if (group.moved) stats.moved++
    if (group.renumbered) stats.renumbered++
    group.changes.forEach((change, position) => {
      if (change.op === 'equal') return
      if (change.op === 'insert') stats.wordsInserted += wordCount(change.text)
      else stats.wordsDeleted += wordCount(change.text)
      const previous = group.changes[position - 1]
      const pairedInsert = change.op === 'insert' && previous?.op === 'delete'
      if (change.kind && !pairedInsert) changesByKind[change.kind]++
    })
  }
  return stats
}

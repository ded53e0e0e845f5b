import type {ChangeKind, ClauseGroup, ComparisonStats} from '@clausewise/model'
import {wordCount} from './tokenize.js'

/**
 * Counts over clause groups: by change, moves, renumbering, cosmetic-only groups, cascades and swaps,
 * word-level changes by kind inside clauses both versions have (a deletion followed by an insertion
 * counts once), words inserted and deleted (whole inserted and deleted clauses included), and the
 * changes `ignore` folded away, by kind, when given.
 *
 * @example statsOf(groups).modified // 2
 */
export function statsOf(
  groups: readonly ClauseGroup[],
  ignored?: Partial<Record<ChangeKind, number>>,
): ComparisonStats {
  const changesByKind: Record<ChangeKind, number> = {
    wording: 0,
    punctuation: 0,
    case: 0,
    typography: 0,
    whitespace: 0,
    number: 0,
    formatting: 0,
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
    cosmetic: 0,
    cascades: 0,
    swaps: 0,
  }
  if (ignored) stats.ignored = ignored
  const edits = new Set<string>()
  for (const group of groups) {
    stats[group.change]++
    if (group.moved) stats.moved++
    if (group.renumbered) stats.renumbered++
    if (group.cosmetic) stats.cosmetic = (stats.cosmetic ?? 0) + 1
    if (group.edit && !edits.has(group.edit.id)) {
      edits.add(group.edit.id)
      if (group.edit.type === 'cascade') stats.cascades = (stats.cascades ?? 0) + 1
      else stats.swaps = (stats.swaps ?? 0) + 1
    }
    // The text of a clause only one side has is counted as words and as the clause, not as word changes.
    const whole = group.change === 'inserted' || group.change === 'deleted'
    group.changes.forEach((change, position) => {
      if (change.op === 'equal') return
      if (change.op === 'insert') stats.wordsInserted += wordCount(change.text)
      else stats.wordsDeleted += wordCount(change.text)
      const previous = group.changes[position - 1]
      const pairedInsert = change.op === 'insert' && previous?.op === 'delete'
      if (change.kind && !pairedInsert && !whole) changesByKind[change.kind]++
    })
  }
  return stats
}

/**
 * The parts of `clausewise/comparison@1` (`@clausewise/diff`'s `Comparison`) that the CriticMarkup
 * renderer reads, declared structurally so that this package does not depend on the differ. A
 * `Comparison` from `@clausewise/diff` is assignable to {@link RedlineComparison}.
 */

/** One run of a word-level diff. */
export interface RedlineChange {
  op: 'equal' | 'insert' | 'delete'
  text: string
}

/** One aligned group of clauses. */
export interface RedlineClauseGroup {
  id: string
  change: 'unchanged' | 'modified' | 'inserted' | 'deleted' | 'split' | 'merged'
  moved: boolean
  renumbered: boolean
  kind: string
  section: string
  old: string[]
  new: string[]
  oldNum?: string | undefined
  newNum?: string | undefined
  oldText: string
  newText: string
  changes: RedlineChange[]
  oldIndex?: number | undefined
  newIndex?: number | undefined
  movedFrom?: string | undefined
}

/** Who a compared document is (the fields the redline shows). */
export interface RedlineIdentity {
  number?: string | undefined
  title?: string | undefined
}

/** A comparison, as the CriticMarkup renderer reads it. */
export interface RedlineComparison {
  old: RedlineIdentity
  new: RedlineIdentity
  clauses: RedlineClauseGroup[]
}

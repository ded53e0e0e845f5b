/**
 * The part of the `clausewise/comparison@1` contract (`@clausewise/diff`) that `toAknRedline` reads,
 * declared here so that this package does not depend on the differ. A `Comparison` from
 * `@clausewise/diff` is assignable to {@link RedlineComparison}.
 */

/** One run of a word-level diff: `equal` and `insert` texts concatenate to the group's `newText`. */
export interface RedlineChange {
  op: 'equal' | 'insert' | 'delete'
  text: string
  /** Class of the change (`wording`, `punctuation`, …); absent on `equal`. */
  kind?: string | undefined
}

/** One aligned group of clauses, in reading order of the new document (deleted ones where they stood). */
export interface RedlineClauseGroup {
  id: string
  /** `unchanged | modified | inserted | deleted | split | merged`. */
  change: string
  /** `formula | recital | paragraph | point | blockContainer | hcontainer | authorialNote | heading`. */
  kind: string
  /** Nesting below the section: 0 for a paragraph or recital, 1 for its points, … */
  depth: number
  /** eIds in the old document. */
  old: string[]
  /** eIds in the new document (none for a deletion). */
  new: string[]
  /** Number as printed in the old document, if any. */
  oldNum?: string | undefined
  /** Plain text of the old clause(s), numbers and nested clauses excluded. */
  oldText: string
  /** Plain text of the new clause(s), numbers and nested clauses excluded. */
  newText: string
  changes: RedlineChange[]
}

/** What `toAknRedline` reads of a comparison. */
export interface RedlineComparison {
  clauses: RedlineClauseGroup[]
}

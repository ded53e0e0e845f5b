/**
 * The comparison contract, `clausewise/comparison@1`: plain, JSON-serialisable data that the differ
 * (`@clausewise/diff`) writes and every renderer reads. It lives here, in the model, so that renderers
 * depend on the contract and never on the differ's implementation. A change to its shape bumps the
 * version in `schema`.
 */
import {plainText} from './tree.js'
import type {Clause, Nodes} from './types.js'

/**
 * The schema tag of {@link Comparison}.
 *
 * @example comparisonSchema // 'clausewise/comparison@1'
 */
export const comparisonSchema = 'clausewise/comparison@1'

/**
 * The schema tag of {@link MultiComparison}.
 *
 * @example multiComparisonSchema // 'clausewise/multi-comparison@1'
 */
export const multiComparisonSchema = 'clausewise/multi-comparison@1'

/** Who a compared document is. */
export interface DocumentIdentity {
  /** FRBR expression URI, e.g. `/akn/osce/statement/decision/2017-12-08/mc-7-17/fra@2018-02-02`. */
  expression: string
  /** Document symbol, e.g. `MC.DEC/7/17/Corr.1`, if known. */
  symbol?: string | undefined
  /** Number as printed, e.g. `Décision nº 7/17`, if any. */
  number?: string | undefined
  /** Title as printed, if any. */
  title?: string | undefined
  /** BCP 47 language tag. */
  language: string
  /** A label for humans: the file name or symbol the caller gave, if any. */
  label?: string | undefined
  /**
   * The attached statements in order, as printed: their heading and author line (attachment `N` of a
   * group is `attachments[N - 1]`). Absent when the document has none.
   */
  attachments?: {title?: string | undefined; author?: string | undefined}[] | undefined
  /** The expression's date (`YYYY-MM-DD`), e.g. the corrigendum's date, if known. (Added in 0.2.0.) */
  date?: string | undefined
}

/** What kind of clause a group holds (the model's node type, or `title` / `number` for the preface). */
export type ClauseKind =
  | 'formula'
  | 'recital'
  | 'paragraph'
  | 'point'
  | 'blockContainer'
  | 'hcontainer'
  | 'authorialNote'
  | 'heading'

/** Where a clause stands in its document. */
export type Section = 'preface' | 'preamble' | 'mainBody' | 'body' | 'conclusions' | 'attachment'

/** How a clause group changed. Moves and renumbering are flags beside it, since they combine. */
export type ClauseChange = 'unchanged' | 'modified' | 'inserted' | 'deleted' | 'split' | 'merged'

/**
 * The class of a word-level change, so that readers can hide some (e.g. typography). `formatting`
 * (added in 0.2.0): the same words, with emphasis, strong, underline, a link, a superscript or a
 * subscript added or removed.
 */
export type ChangeKind =
  | 'wording'
  | 'punctuation'
  | 'case'
  | 'typography'
  | 'whitespace'
  | 'number'
  | 'formatting'

/**
 * The kinds a drafter calls cosmetic: they change how the text looks, not what it says. Redlines draw
 * them quietly and can hide them; a group whose changes are all cosmetic is `cosmetic`.
 *
 * @example cosmeticKinds.includes('typography') // true
 */
export const cosmeticKinds: readonly ChangeKind[] = [
  'typography',
  'case',
  'punctuation',
  'whitespace',
  'formatting',
]

/** Inline formatting a `formatting` change adds or removes: the model's inline node types. */
export type FormattingMark = 'b' | 'i' | 'u' | 'sup' | 'sub' | 'ref'

/**
 * One run of the word-level diff of a group. Concatenating the `equal` and `delete` texts gives the
 * group's `oldText`; the `equal` and `insert` texts give its `newText`. A replacement is one `delete`
 * followed by one `insert` with the same `kind`.
 */
export interface Change {
  op: 'equal' | 'insert' | 'delete'
  text: string
  /** Class of the change; absent on `equal`. */
  kind?: ChangeKind | undefined
  /**
   * On an `equal` run that stands for a change the caller chose to ignore (`DiffOptions.ignore`): the
   * old text, since `text` holds the new one. Absent otherwise. (Added in 0.1.0, additive.)
   */
  old?: string | undefined
  /**
   * On a `formatting` run: the inline formatting this side carries over the text (the `delete` run:
   * the old side's, the `insert` run: the new side's), e.g. `['i']`; `[]` for plain text. (Added in
   * 0.2.0.)
   */
  marks?: FormattingMark[] | undefined
}

/**
 * An edit that spans several groups, which a drafter names once (added in 0.2.0):
 *
 * - `cascade`: consecutive clauses of one list renumbered by the same step (inserting paragraph 8
 *   renumbers 8–13 as 9–14), none of them moved;
 * - `swap`: two neighbouring clauses that traded places (`paragraphs 7 and 8 swapped`).
 */
export interface GroupEdit {
  type: 'cascade' | 'swap'
  /** The `id` of the edit's first group, shared by all its groups. */
  id: string
  /** For a cascade: the `id` of the inserted, deleted or moved group right before it that made it, if any. */
  cause?: string | undefined
}

/** One aligned group of clauses, in reading order of the new document (deleted ones where they stood). */
export interface ClauseGroup {
  /** Stable id inside this comparison, `g1`, `g2`, … in order; renderers use it for anchors. */
  id: string
  change: ClauseChange
  /** The clause stands elsewhere relative to its neighbours in the new document. */
  moved: boolean
  /** Same clause, new number (`num` differs, text aside). */
  renumbered: boolean
  kind: ClauseKind
  section: Section
  /** 1-based index of the attachment for `section: 'attachment'`. */
  attachment?: number | undefined
  /** Nesting below the section: 0 for a paragraph or recital, 1 for its points, … */
  depth: number
  /** eIds in the old document (several for a merge, none for an insert). */
  old: string[]
  /** eIds in the new document (several for a split, none for a delete). */
  new: string[]
  /** Number as printed in the old document, e.g. `5.`, if any. */
  oldNum?: string | undefined
  /** Number as printed in the new document, if any. */
  newNum?: string | undefined
  /** Plain text of the old clause(s), numbers and nested clauses excluded; `''` for an insert. */
  oldText: string
  /** Plain text of the new clause(s); `''` for a delete. */
  newText: string
  /** 0–1, how alike the texts are (1: identical after normalisation). */
  similarity: number
  /** Word-level runs; see {@link Change}. */
  changes: Change[]
  /** Position of the first old member in the old document's clause order (0-based), if any. */
  oldIndex?: number | undefined
  /** Position of the first new member in the new document's clause order (0-based), if any. */
  newIndex?: number | undefined
  /** For a moved group: the `id` of the group it sits after in the old document, for "moved from" notes. */
  movedFrom?: string | undefined
  /**
   * A `modified` (or `split`/`merged`) group whose word changes are all cosmetic ({@link cosmeticKinds}):
   * the wording is the same. Absent otherwise. (Added in 0.2.0.)
   */
  cosmetic?: boolean | undefined
  /** The cascade or swap this group is part of, if any. (Added in 0.2.0.) */
  edit?: GroupEdit | undefined
}

/** A change to the document's metadata or preface. */
export interface MetadataChange {
  field: 'number' | 'title' | 'symbol' | 'language' | 'lifecycle' | 'date'
  old?: string | undefined
  new?: string | undefined
  /** Word-level runs for textual fields. */
  changes?: Change[] | undefined
}

/** Counts over a comparison. */
export interface ComparisonStats {
  unchanged: number
  modified: number
  inserted: number
  deleted: number
  split: number
  merged: number
  moved: number
  renumbered: number
  /**
   * Word-level changes by kind inside clauses that both versions have (a replacement counts once); the
   * text of an inserted or deleted clause is counted by `inserted`/`deleted` and the word counts, not
   * here. (`formatting` added in 0.2.0: optional, so that comparisons written before it stay valid.)
   */
  changesByKind: Record<Exclude<ChangeKind, 'formatting'>, number> & {formatting?: number | undefined}
  /** Words inserted and deleted over all groups. */
  wordsInserted: number
  wordsDeleted: number
  /** Modified groups whose changes are all cosmetic (also counted in `modified`). (Added in 0.2.0.) */
  cosmetic?: number | undefined
  /** Renumbering cascades (each also counts its groups in `renumbered`). (Added in 0.2.0.) */
  cascades?: number | undefined
  /** Swaps of two neighbouring clauses. (Added in 0.2.0.) */
  swaps?: number | undefined
}

/** The result of `diff(old, new)`: `clausewise/comparison@1`. */
export interface Comparison {
  schema: typeof comparisonSchema
  old: DocumentIdentity
  new: DocumentIdentity
  clauses: ClauseGroup[]
  metadata: MetadataChange[]
  stats: ComparisonStats
}

/** One document's clause in a group of {@link MultiComparison}. */
export interface GroupMember {
  /** Index of the document in the input array. */
  document: number
  eId: string
  num?: string | undefined
  text: string
  /** 0–1 similarity to the group's first member. */
  similarity: number
  /** How it relates to the first member: `same` text, `reworded`, or the first member itself (`reference`). */
  relation: 'reference' | 'same' | 'reworded'
}

/** A group of corresponding clauses across N documents. */
export interface MultiGroup {
  id: string
  kind: ClauseKind
  section: Section
  members: GroupMember[]
  /** Indices of the documents that lack this clause. */
  missing: number[]
}

/** The result of `compare(documents)`: `clausewise/multi-comparison@1`. */
export interface MultiComparison {
  schema: typeof multiComparisonSchema
  documents: DocumentIdentity[]
  groups: MultiGroup[]
  stats: {
    documents: number
    groups: number
    /** Groups every document has. */
    shared: number
    /** Groups only one document has. */
    unique: number
  }
}

// ---------------------------------------------------------------------------------------------------
// What a clause's own text is: the one definition the differ's `oldText`/`newText` and every redline
// writer that marks changes on a document's nodes rely on.

const ownBlockTypes = new Set<string>(['p', 'heading', 'content', 'intro', 'wrapUp'])

/**
 * The blocks that hold a clause's own text, in order: its `p`, `heading`, `content`, `intro` and
 * `wrapUp` children. Its number, nested clauses (points, sub-units) and notes are not among them.
 *
 * @example ownBlocks(paragraph).map((block) => block.type) // ['content']
 */
export function ownBlocks(clause: Clause): Nodes[] {
  const blocks: Nodes[] = []
  for (const child of clause.children as Nodes[]) if (ownBlockTypes.has(child.type)) blocks.push(child)
  return blocks
}

/**
 * Own text of a clause, as a comparison's `oldText`/`newText` hold it: the plain text of its
 * {@link ownBlocks} without numbers or note text, non-empty blocks joined by a newline.
 *
 * @example ownText({type: 'paragraph', eId: 'para_1', children: [{type: 'num', value: '1.'}, {type: 'content', children: [{type: 'p', children: [{type: 'text', value: 'Decides'}]}]}]}) // 'Decides'
 */
export function ownText(clause: Clause): string {
  const parts: string[] = []
  for (const block of ownBlocks(clause)) {
    const text = plainText(block, {numbers: false})
    if (text) parts.push(text)
  }
  return parts.join('\n')
}

/**
 * The comparison contract, `clausewise/comparison@1`: plain, JSON-serialisable data that the differ
 * (`@clausewise/diff`) writes and every renderer reads. It lives here, in the model, so that renderers
 * depend on the contract and never on the differ's implementation. A change to its shape bumps the
 * version in `schema`.
 */
import {isClause, isInline, plainText} from './tree.js'
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

/**
 * Every kind of clause a group can hold, in the contract's order: the model's clause types, `heading`
 * for a preface line, and (added for Akoma Ntoso of every document type, additive) a citation of the
 * preamble, an item of a block list, a `tblock` or an `li`, a table row, a speech, question or answer
 * of a debate, a note of `meta.notes`, and a block of text outside every clause (a `p` of a judgment,
 * a debate or a preface). The published JSON Schema's enum is checked against this list.
 *
 * @example clauseKinds.includes('recital') // true
 */
export const clauseKinds = [
  'formula',
  'recital',
  'paragraph',
  'point',
  'blockContainer',
  'hcontainer',
  'authorialNote',
  'heading',
  'citation',
  'item',
  'row',
  'speech',
  'note',
  'block',
] as const

/** What kind of clause a group holds: one of {@link clauseKinds}. */
export type ClauseKind = (typeof clauseKinds)[number]

/**
 * Every section a clause can stand in, in the contract's order (from `coverPage` on, added for Akoma
 * Ntoso of every document type, additive).
 *
 * @example sections.includes('mainBody') // true
 */
export const sections = [
  'preface',
  'preamble',
  'mainBody',
  'body',
  'conclusions',
  'attachment',
  'coverPage',
  'header',
  'judgmentBody',
  'debateBody',
  'amendmentBody',
  'collectionBody',
  'portionBody',
  'component',
  'notes',
] as const

/** Where a clause stands in its document: one of {@link sections}. */
export type Section = (typeof sections)[number]

/**
 * How a clause group can change. Moves and renumbering are flags beside it, since they combine.
 *
 * @example clauseChanges.includes('split') // true
 */
export const clauseChanges = ['unchanged', 'modified', 'inserted', 'deleted', 'split', 'merged'] as const

/** How a clause group changed: one of {@link clauseChanges}. */
export type ClauseChange = (typeof clauseChanges)[number]

/**
 * Every class of word-level change, so that readers can hide some (e.g. typography). `formatting`
 * (added in 0.2.0): the same words, with emphasis, strong, underline, a link, a superscript or a
 * subscript added or removed.
 *
 * @example changeKinds.includes('typography') // true
 */
export const changeKinds = [
  'wording',
  'punctuation',
  'case',
  'typography',
  'whitespace',
  'number',
  'formatting',
] as const

/** The class of a word-level change: one of {@link changeKinds}. */
export type ChangeKind = (typeof changeKinds)[number]

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

/**
 * Inline formatting a `formatting` change can add or remove: the model's inline node types.
 *
 * @example formattingMarks.includes('i') // true
 */
export const formattingMarks = ['b', 'i', 'u', 'sup', 'sub', 'ref'] as const

/** Inline formatting a `formatting` change adds or removes: one of {@link formattingMarks}. */
export type FormattingMark = (typeof formattingMarks)[number]

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
  /** 1-based index of the component (in document order) for `section: 'component'` (added, additive). */
  component?: number | undefined
  /**
   * The AKN element a unit of a generic kind stands for, on the new side (the old one for a deleted
   * group): `chapter`, `section`, `regulation` (the `name` of an `hcontainer`), `debateSection` for an
   * `hcontainer`; `question` for a `speech`; `li`, `tblock` for an `item`; `p`, `table`, `block` for a
   * `block` (added, additive).
   */
  element?: string | undefined
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
  /** `heading` (added in 0.2.0): the heading of an attached statement, see `attachment`. */
  field: 'number' | 'title' | 'symbol' | 'language' | 'lifecycle' | 'date' | 'heading'
  /** For `heading`: the 1-based index of the attachment. (Added in 0.2.0.) */
  attachment?: number | undefined
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
  /**
   * With `diff(…, {ignore})`: the word changes folded into `equal` runs, by kind, so that a reader can
   * be told what is not shown ("2 typography changes ignored"). (Added in 0.2.0.)
   */
  ignored?: Partial<Record<ChangeKind, number>> | undefined
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

/** Whether a child of a clause may hold its own text: not its number, nor a clause nested in it. */
function mayHoldOwnText(child: Nodes): boolean {
  return child.type !== 'num' && child.type !== 'noteRef' && !isClause(child)
}

/**
 * The children that hold a clause's own text, in order: all but its number, the clauses nested in it
 * (points, sub-units, items, notes) and children left without text once those are taken out (a `list`
 * of points).
 *
 * @example ownBlocks(paragraph).map((block) => block.type) // ['content']
 */
export function ownBlocks(clause: Clause | Nodes): Nodes[] {
  const blocks: Nodes[] = []
  if (!('children' in clause) || clause.children === undefined) return blocks
  for (const child of clause.children as Nodes[]) {
    if (!mayHoldOwnText(child)) continue
    if (plainText(child, {clauses: false}) !== '') blocks.push(child)
  }
  return blocks
}

/**
 * Own text of a clause, as a comparison's `oldText`/`newText` hold it: the plain text of its
 * {@link ownBlocks}, without the text of nested clauses and notes, non-empty blocks joined by a
 * newline. Any other node (a block outside every clause) has its plain text without nested clauses.
 *
 * @example ownText({type: 'paragraph', eId: 'para_1', children: [{type: 'num', value: '1.'}, {type: 'content', children: [{type: 'p', children: [{type: 'text', value: 'Decides'}]}]}]}) // 'Decides'
 */
export function ownText(clause: Clause | Nodes): string {
  if (!isClause(clause)) return plainText(clause, {clauses: false})
  if (!('children' in clause) || clause.children === undefined) return ''
  const parts: string[] = []
  // Running text directly in the clause (an `li`) is one line; each block is a line of its own.
  let line = ''
  // The blocks of `ownBlocks`, each read once: a child without text is left out as it leaves it out.
  for (const block of clause.children as Nodes[]) {
    if (!mayHoldOwnText(block)) continue
    const text = plainText(block, {clauses: false})
    if (text === '') continue
    if (isInline(block) && block.type !== 'authorialNote') {
      line += text
      continue
    }
    if (line.trim()) parts.push(line)
    line = ''
    if (text) parts.push(text)
  }
  if (line.trim()) parts.push(line)
  return parts.length === 1 ? parts[0]! : parts.join('\n')
}

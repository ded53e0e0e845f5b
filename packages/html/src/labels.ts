import type {ChangeKind, ClauseChange, ClauseKind, ComparisonWords} from '@clausewise/model'
import {en} from './labels/en.js'
import {fr} from './labels/fr.js'

/** Words a page shows or announces, in one language. */
export interface Labels {
  skipToChanges: string
  skipToContent: string
  changes: string
  summary: string
  changedClauses: string
  noChanges: string
  legend: string
  keyboard: string
  deleted: string
  inserted: string
  movedFrom: (where: string) => string
  /** A clause named by the old document's numbering, e.g. `recital 1 (old text)`. */
  inOldText: (label: string) => string
  movedTo: (where: string) => string
  renumbered: (from: string, to: string) => string
  splitFrom: (where: string) => string
  mergedFrom: (where: string) => string
  clauseChange: Record<ClauseChange | 'moved' | 'renumbered', string>
  changeKind: Record<ChangeKind, string>
  clauseKind: Record<ClauseKind | 'title' | 'number', string>
  kindOfChange: string
  fieldHeading: string
  /** `': '` in English, `' : '` in French. */
  colon: string
  count: string
  wordChanges: string
  old: string
  new: string
  clause: string
  document: string
  field: ComparisonWords['field']
  preface: string
  preamble: string
  operative: string
  conclusions: string
  notes: string
  statement: (index: number) => string
  backToText: string
  author: string
  redline: (from: string, to: string) => string
  comparison: (count: number) => string
  same: string
  reworded: string
  reference: string
  lacks: string
  shared: string
  unique: string
  groups: string
  note: string
  /** Rows of the clause counts. */
  swaps: string
  cascades: string
  /** An empty side-by-side cell: the clause is not in that version. */
  absent: string
  /** `preambular paragraph 3`: a recital by its place. */
  preambular: (number: string) => string
  /** `operative paragraph 5`. */
  operativeParagraph: (number: string) => string
  /** `point c) of operative paragraph 5`. */
  pointOf: (point: string, parent: string) => string
  /** Several clauses of a kind by their numbers, for cascades and swaps: `operative paragraphs 7 and 8`. */
  plural: Record<string, (numbers: string) => string>
  /** `operative paragraphs 7 and 8 swapped`. */
  swapped: (clauses: string) => string
  /** `and`, between two numbers. */
  and: string
  /** `swapped with paragraph 7`. */
  swappedWith: (label: string) => string
  /** `operative paragraphs 10–13 renumbered 11–14`. */
  cascade: (clauses: string, to: string) => string
  /** `following paragraph 10 (inserted)`. */
  following: (label: string, how: string) => string
  /** A group whose changes are all cosmetic. */
  cosmetic: string
  /** `2 typography changes hidden`. */
  hidden: (count: number, kind: string) => string
  /** `2 typography changes ignored` (by the differ, as asked). */
  ignored: (count: number, kind: string) => string
  view: string
  changesOnly: string
  /** `Hide typography`. */
  hideKind: (kind: string) => string
  navigation: string
  previous: string
  next: string
  /** Counter of the change that has focus: `3 / 11`. */
  position: (index: string, count: number) => string
  shortcuts: string
  page: string
  /** `MC.DEC/7/17 of 8 December 2017`. */
  versionOf: (name: string, date: string) => string
  /** Lifecycle words: event types and kinds of correction. */
  lifecycle: Record<string, string>
  /** Names of formatting marks: `emphasis`, `link`. */
  marks: Record<string, string>
  /** `emphasis added`, `link removed`. */
  marksChanged: (added: string, removed: string) => string
  /** Opening and closing quotation marks for excerpts. */
  quotes: [string, string]
  /** More changes in the same clause: `+2 more`. */
  more: (count: number) => string
  /** What a visible invisible-character marker stands for. */
  invisible: (label: string) => string
}

/**
 * The labels for a BCP 47 language tag: French for `fr…`, English otherwise.
 *
 * @example labelsFor('fr-CH').deleted // 'supprimé : '
 */
export function labelsFor(language: string | undefined): Labels {
  return (language ?? '').toLowerCase().startsWith('fr') ? fr : en
}

/**
 * A valid `lang` value from a tag that came with the input, or `undefined`.
 *
 * @example langAttribute('fr') // 'fr'
 */
export function langAttribute(language: string | undefined): string | undefined {
  if (!language || language === 'und') return undefined
  return /^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8}){0,6}$/.test(language) ? language : undefined
}

/**
 * A label from one of the tables above for a key that came with the input: own keys only, so that
 * `constructor` or `__proto__` in a comparison cannot reach `Object.prototype`.
 *
 * @example own(labels.clauseChange, 'modified', 'modified') // 'modified'
 */
export function own<T extends string>(
  table: Readonly<Record<string, T>>,
  key: unknown,
  fallback: string,
): string {
  return typeof key === 'string' && Object.hasOwn(table, key) ? (table[key] as T) : fallback
}

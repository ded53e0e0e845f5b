import {type ClauseKind, comparisonUnits, type Document, type Section} from '@clausewise/model'
import {normalizeText} from './normalize.js'

/** One clause of a document, flattened for alignment. */
export interface ClauseItem {
  /** Position in the document's clause order (0-based). */
  index: number
  eId: string
  kind: ClauseKind
  /** The AKN element a unit of a generic kind stands for (see `ClauseGroup.element`). */
  element?: string | undefined
  /**
   * What alignment compares: clauses of one family pair up whatever their markup, so that the same
   * words under other nesting (an `item` of a `blockList` and a `point` of a `list`, a `section` and an
   * `article`, a `p` in a `blockContainer` or in a judgment's motivation) align. Families: `recital`
   * (recitals, citations), `formula`, `note` (notes), `unit` (everything else).
   */
  family: string
  section: Section
  /** 1-based attachment index, for `section: 'attachment'`. */
  attachment?: number | undefined
  /** 1-based component index, for `section: 'component'`. */
  component?: number | undefined
  depth: number
  /** Index of the enclosing clause, if any. */
  parent?: number | undefined
  num?: string | undefined
  /** Own plain text: number and nested clauses excluded. */
  text: string
  /** Text normalised for matching. */
  normalized: string
}

const families: Partial<Record<ClauseKind, string>> = {
  recital: 'recital',
  citation: 'recital',
  formula: 'formula',
  authorialNote: 'note',
  note: 'note',
}

/**
 * Normalised texts already made, by the text they were made from: given to the {@link flatten} of
 * each document compared, so that a clause two versions share (most of them) is normalised once, and
 * both sides hold one string for it.
 */
export type NormalizedTexts = Map<string, string>

/**
 * Longest text looked up in {@link NormalizedTexts}; a longer one is normalised each time. A map hashes
 * a string key from its characters only up to some length (V8: 16,383), and from its length beyond,
 * so that many long texts of one length would all collide.
 */
const longestShared = 16_000

/** The normalised `text`, from `shared` when it was made before. */
function normalizedOf(text: string, shared: NormalizedTexts): string {
  if (text.length > longestShared) return normalizeText(text)
  let normalized = shared.get(text)
  if (normalized === undefined) {
    normalized = normalizeText(text)
    shared.set(text, normalized)
  }
  return normalized
}

/**
 * Every clause of a document in document order with its section, depth, number and own text: the
 * model's comparison units (clauses, blocks of text outside every clause, notes), so that the whole
 * text of any AKN document is compared. Iterative, so deep trees are safe. `shared` carries the
 * normalised texts from one document to the next (see {@link NormalizedTexts}).
 *
 * @example flatten(document).map((item) => item.eId) // ['preamble__formula_1', …]
 */
export function flatten(document: Document, shared: NormalizedTexts = new Map()): ClauseItem[] {
  return comparisonUnits(document).map(
    (unit, index): ClauseItem => ({
      index,
      eId: unit.eId,
      kind: unit.kind,
      // Every field set, the optional ones to `undefined` when absent: items then share one shape,
      // which keeps the code that reads them fast.
      element: unit.element,
      family: families[unit.kind] ?? 'unit',
      section: unit.section,
      attachment: unit.attachment,
      component: unit.component,
      depth: unit.depth,
      parent: unit.parent,
      num: unit.num,
      text: unit.text,
      // A unit with no text of its own (an article that is only its number and its clauses) is
      // known by its number.
      normalized: normalizedOf(unit.text === '' && unit.num !== undefined ? unit.num : unit.text, shared),
    }),
  )
}

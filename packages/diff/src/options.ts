import type {ChangeKind} from '@clausewise/model'

/**
 * How clauses pair up: `versions` of one decision (drafts, an adopted text and its corrigendum) pair
 * on similarity alone; different `documents` (6/17 against 7/17) also need shared rare words.
 */
export type PairingMode = 'auto' | 'versions' | 'documents'

/** Options shared by {@link DiffOptions} and {@link CompareOptions}. */
export interface PairingOptions {
  /**
   * Pairing rule (default: `'auto'`: `versions` when both documents are of the same work — same body,
   * type and number, or the same FRBR work URI when unnumbered — or share more than half of their
   * clauses word for word, as a draft and the resolution adopted from it do; else `documents`).
   */
  mode?: PairingMode | undefined
  /** Least word-set similarity (Dice, 0–1) for two clauses to pair up (default: `0.5`). */
  threshold?: number | undefined
  /**
   * In `documents` mode, how many rare content words two clauses must share besides the similarity
   * (default: `3`). A rare content word has at least 4 letters and occurs in at most
   * `max(3, 5 %)` of the clauses of the documents compared.
   */
  rareWords?: number | undefined
  /**
   * In `documents` mode, least word-set similarity at which two recitals that cite the same named
   * instrument pair up even without `threshold` and `rareWords` (default: `0.35`; above 1 turns the
   * rule off). A named reference is a run of three consecutive content words (4+ characters) starting
   * with a capitalised word that is not the clause's first (`Plan d’action de l’OSCE`), found in at most
   * `max(3, 10 %)` of the clauses compared.
   */
  referenceThreshold?: number | undefined
}

/** Options of `diff`. */
export interface DiffOptions extends PairingOptions {
  /**
   * Change classes to treat as no change (default: none), e.g. `['typography', 'whitespace']`: such
   * changes become `equal` runs, and a group with only such changes is `unchanged`.
   */
  ignore?: readonly ChangeKind[] | undefined
  /** Edit length (in tokens) above which a clause's word diff gives up into one deletion and one insertion (default: `400`). */
  maxEditLength?: number | undefined
  /** Labels for humans of the old and new documents, e.g. file names (default: none). */
  labels?: {old?: string | undefined; new?: string | undefined} | undefined
}

/** Options of `compare`. */
export interface CompareOptions extends PairingOptions {
  /** Labels for humans of the documents, in input order (default: none). */
  labels?: readonly string[] | undefined
}

/** Default similarity threshold. */
export const defaultThreshold = 0.5
/** Default number of shared rare words in `documents` mode. */
export const defaultRareWords = 3
/** Default least similarity of two recitals citing the same named instrument, in `documents` mode. */
export const defaultReferenceThreshold = 0.35
/** Similarity at which two clauses left alone in the same place pair up by position, in `versions` mode. */
export const positionalThreshold = 0.25

import type {Document} from '@clausewise/model'
import {type Comparison, comparisonSchema} from '@clausewise/model'
import {alignClauses, type Pair} from './align/align.js'
import {type ClauseItem, flatten, type NormalizedTexts} from './flatten.js'
import {buildGroups} from './groups.js'
import {identityOf, sameWork} from './identity.js'
import {Interner} from './interner.js'
import {metadataChanges} from './metadata.js'
import type {DiffOptions} from './options.js'
import {sideOf, strategyOf} from './pairing.js'
import {refineGroups} from './refine.js'
import {statsOf} from './stats.js'
import {sharesMostClauses} from './versions.js'
import {Vocabulary} from './vocabulary.js'
import type {WordDiffOptions} from './words.js'

/**
 * Compare two documents: align their clauses (unchanged, modified, inserted, deleted, moved,
 * renumbered, split, merged), diff the words inside each aligned group, and report metadata changes.
 * The result is plain JSON (`clausewise/comparison@1`).
 *
 * @example
 * const comparison = diff(draft1, draft2, {ignore: ['typography']})
 * comparison.clauses.filter((group) => group.change !== 'unchanged')
 */
export function diff(oldDocument: Document, newDocument: Document, options: DiffOptions = {}): Comparison {
  const {oldItems, newItems, pairs} = alignDocuments(oldDocument, newDocument, options)
  const wordOptions: WordDiffOptions = {interner: new Interner()}
  if (options.ignore && options.ignore.length > 0) {
    wordOptions.ignore = new Set(options.ignore)
    wordOptions.ignored = {}
  }
  if (options.maxEditLength !== undefined) wordOptions.maxEditLength = options.maxEditLength
  const clauses = buildGroups({items: oldItems}, {items: newItems}, pairs, wordOptions)
  // Taken before the metadata is diffed with the same options: `stats.ignored` is about clauses.
  const ignored = wordOptions.ignored ? {...wordOptions.ignored} : undefined
  refineGroups(clauses, {
    oldDocument,
    newDocument,
    oldItems,
    newItems,
    ignore: wordOptions.ignore,
  })
  return {
    schema: comparisonSchema,
    old: identityOf(oldDocument, options.labels?.old),
    new: identityOf(newDocument, options.labels?.new),
    clauses,
    metadata: metadataChanges(oldDocument, newDocument, wordOptions),
    stats: statsOf(clauses, ignored),
  }
}

/**
 * The clauses of two documents and their alignment. What alignment alone needs (word sets, shingles,
 * the normalised texts looked up by text) is let go when this returns, before the word diffs.
 */
function alignDocuments(
  oldDocument: Document,
  newDocument: Document,
  options: DiffOptions,
): {oldItems: ClauseItem[]; newItems: ClauseItem[]; pairs: Pair[]} {
  const vocabulary = new Vocabulary()
  const [oldItems, newItems] = flattenBoth(oldDocument, newDocument)
  const oldSide = sideOf(oldItems, vocabulary)
  const newSide = sideOf(newItems, vocabulary)
  const mode = options.mode ?? 'auto'
  const documents =
    mode === 'documents' ||
    (mode === 'auto' && !sameWork(oldDocument, newDocument) && !sharesMostClauses([oldItems, newItems]))
  const pairs = alignClauses(oldSide, newSide, strategyOf(oldSide, newSide, vocabulary, documents, options))
  return {oldItems, newItems, pairs}
}

/** The clauses of two documents, a text both hold normalised once (see {@link NormalizedTexts}). */
function flattenBoth(oldDocument: Document, newDocument: Document): [ClauseItem[], ClauseItem[]] {
  const normalized: NormalizedTexts = new Map()
  return [flatten(oldDocument, normalized), flatten(newDocument, normalized)]
}

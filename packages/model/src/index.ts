export {assignEIds, eIdNumber, eIdOf, isHierarchyName} from './eid.js'
export {ClausewiseError, type ErrorCode, formatPlace} from './error.js'
export {createLocator, type Locator} from './location.js'
export {aknLanguage, bcp47Language, emptyMeta, frbrUris, uriNumber} from './meta.js'
export {
  clauses,
  findByEId,
  isClause,
  isInline,
  type PlainTextOptions,
  plainText,
  removePositions,
  titleOf,
  visit,
} from './tree.js'
export type * from './types.js'

// The contract the differ writes is declared once, in `@clausewise/model`; re-exported here so that a
// user of the differ alone finds it beside `diff`.
export {
  type Change,
  type ChangeKind,
  type ClauseChange,
  type ClauseGroup,
  type ClauseKind,
  type Comparison,
  type ComparisonStats,
  comparisonSchema,
  type DocumentIdentity,
  type GroupMember,
  type MetadataChange,
  type MultiComparison,
  type MultiGroup,
  multiComparisonSchema,
  type Section,
} from '@clausewise/model'
export {compare} from './compare.js'
export {diff} from './diff.js'
export type {CompareOptions, DiffOptions, PairingMode, PairingOptions} from './options.js'
export {tokenize} from './tokenize.js'

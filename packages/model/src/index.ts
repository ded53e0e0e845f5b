export {type BinaryFormat, binaryFormat} from './binary-format.js'
export {
  type CharacterReporter,
  type CharacterRule,
  characterReporter,
  characterReportLimit,
} from './character-reports.js'
export {
  type Change,
  type ChangeKind,
  type ClauseChange,
  type ClauseGroup,
  type ClauseKind,
  type Comparison,
  type ComparisonStats,
  changeKinds,
  clauseChanges,
  clauseKinds,
  comparisonSchema,
  cosmeticKinds,
  type DocumentIdentity,
  type FormattingMark,
  formattingMarks,
  type GroupEdit,
  type GroupMember,
  type MetadataChange,
  type MultiComparison,
  type MultiGroup,
  multiComparisonSchema,
  ownBlocks,
  ownText,
  type Section,
  sections,
} from './comparison.js'
export {decisionShape} from './decision-shape.js'
export {type DecodedText, type DecodeTextOptions, decodeText} from './decode.js'
export {type AssignEIdsOptions, assignEIds, eIdNumber, eIdOf, isHierarchyName} from './eid.js'
export {debateSectionNames, documentPartTypes, hierarchyNames} from './element-names.js'
export {ClausewiseError, type ErrorCode, formatDiagnostic, formatPlace} from './error.js'
export {codePointLabel, type InvisibleCharacter, invisibleCharacters} from './invisible.js'
export {defaultLimits, type Limits, resolveLimits} from './limits.js'
export {createLocator, type Locator} from './location.js'
export {aknLanguage, bcp47Language, emptyMeta, frbrUris, uriNumber} from './meta.js'
export {ownString, ownStrings} from './own-strings.js'
export {titleBlocks, titleOf} from './title.js'
export {
  clauses,
  findByEId,
  isClause,
  isInline,
  opaqueText,
  type PlainTextOptions,
  plainText,
  removePositions,
  replaces,
  visit,
} from './tree.js'
export type * from './types.js'
export {comparisonUnits, type TextUnit} from './units.js'
export {type ComparisonWords, comparisonLanguages, comparisonWords} from './words.js'
export {
  isXmlCharacter,
  replacementCharacter,
  replaceXmlForbidden,
  xmlForbiddenCharacters,
} from './xml-characters.js'

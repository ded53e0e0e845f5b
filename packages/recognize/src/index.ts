export {type ActDate, actDateOf} from './act-dates.js'
export {
  collapseSpaces,
  firstNonSpace,
  isDigit,
  isLetter,
  isLower,
  isSpace,
  isUpper,
  lastNonSpace,
  opensWithCapitalWord,
} from './characters.js'
export {chooseProfile, type ProfileChoice, type ProfileNote} from './choose-profile.js'
export {detectLanguage, type LanguageGuess} from './detect-language.js'
export {
  isDocumentKind,
  isScopeNote,
  opensWithDocumentKind,
  opensWithDocumentNumber,
  opensWithPromulgation,
} from './document-kinds.js'
export type {LabelKind} from './labels.js'
export {type Opening, readOpening} from './opening.js'
export type {RecognizeOptions} from './options.js'
export type {
  ActDateRule,
  ActTitleRule,
  AttachmentRule,
  BodyProfile,
  HierarchyWord,
  MeetingDates,
  NumberWords,
  Profile,
  ProfileHooks,
} from './profile.js'
export {type Profiles, profileOf, profiles} from './profiles/index.js'
export {recognize} from './recognize.js'
export type {SourceBlock, SourceItem} from './source-block.js'

export {detectLanguage, type LanguageGuess} from './detect-language.js'
export type {
  AttachmentRule,
  BodyProfile,
  HierarchyWord,
  MeetingDates,
  Profile,
  ProfileHooks,
} from './profile.js'
export {type Profiles, profileOf, profiles} from './profiles/index.js'
export type {SourceBlock, SourceItem} from './source-block.js'

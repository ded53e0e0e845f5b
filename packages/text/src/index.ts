export {detectLanguage, profiles} from '@clausewise/recognize'
export {fromText} from './from-text.js'
export type {LayoutKind} from './layout/types.js'
export type {
  AttachmentRule,
  BodyProfile,
  MeetingDates,
  NumberWords,
  Profile,
  ProfileHooks,
} from './profile.js'
export type {FromTextOptions} from './types.js'

export {detectLanguage, profiles} from '@clausewise/recognize'
export {fromText} from './from-text.js'
export type {AttachmentRule, BodyProfile, MeetingDates, Profile, ProfileHooks} from './profile.js'
export type {FromTextOptions} from './types.js'

export {detectLanguage} from './detect-language.js'
export type {AttachmentRule, BodyProfile, MeetingDates, Profile, ProfileHooks} from './profile.js'
export {profileOf, profiles} from './profiles/index.js'
export type {SourceBlock, SourceItem} from './source-block.js'

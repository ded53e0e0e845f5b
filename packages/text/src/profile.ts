// The profile types live in `@clausewise/recognize`, shared by every reader.
export type {AttachmentRule, BodyProfile, MeetingDates, Profile, ProfileHooks} from '@clausewise/recognize'

// The profile types live in `@clausewise/recognize`, shared by every reader.
export type {
  AttachmentRule,
  BodyProfile,
  MeetingDates,
  NumberWords,
  Profile,
  ProfileHooks,
} from '@clausewise/recognize'

import type {MeetingDates, Profile} from './profile.js'

/** Options of {@link fromText}. */
export interface FromTextOptions {
  /**
   * BCP 47 language of the text (`fr`, `en`, …), which picks a built-in profile (default: detected
   * with `detectLanguage`; an info diagnostic `language-detected` says which).
   */
  language?: string | undefined
  /** A profile to read with, instead of a built-in one (default: the built-in profile of `language`). */
  profile?: Profile | undefined
  /**
   * Meetings whose dates the caller knows, by the meeting's symbol as printed (`CM(24)`): how an
   * adoption date can be read from a meeting-day line, or a corrigendum cut short be dated (default:
   * none; the reader knows no meeting of its own).
   */
  meetings?: Record<string, MeetingDates> | undefined
}

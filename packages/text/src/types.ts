import type {Limits} from '@clausewise/model'
import type {LayoutKind} from './layout/types.js'
import type {MeetingDates, Profile} from './profile.js'

/** Options of {@link fromText}; `maxLength` (default 64 MiB) bounds the input (see `Limits`). */
export interface FromTextOptions extends Limits {
  /**
   * BCP 47 language of the text (`fr`, `en`, …), which picks a built-in profile (default: detected
   * with `detectLanguage`; an info diagnostic `language-detected` says which).
   */
  language?: string | undefined
  /** A profile to read with, instead of a built-in one (default: the built-in profile of `language`). */
  profile?: Profile | undefined
  /**
   * How the text was produced (default: detected from its lines; an info diagnostic
   * `layout-detected` says which): `double-spaced` or `single-spaced` PDF extraction, `web` text
   * with one paragraph per line, or a `one-line` dump.
   */
  layout?: LayoutKind | undefined
  /**
   * Meetings whose dates the caller knows, by the meeting's symbol as printed (`CM(24)`): how an
   * adoption date can be read from a meeting-day line, or a corrigendum cut short be dated (default:
   * none; the reader knows no meeting of its own).
   */
  meetings?: Record<string, MeetingDates> | undefined
}

import type {AuthorialNote, Limits} from '@clausewise/model'
import type {MeetingDates, Profile} from './profile.js'

/** Options of {@link recognize}. */
export interface RecognizeOptions extends Limits {
  /** The profile to read with (default: the built-in profile of `language`, or of the language detected). */
  profile?: Profile | undefined
  /** BCP 47 language of the text (default: the profile's, or detected). */
  language?: string | undefined
  /** The package name diagnostics name as their `source` (default: `@clausewise/recognize`). */
  source?: string | undefined
  /** Meetings whose dates the caller knows, by symbol as printed (`CM(24)`) (default: none). */
  meetings?: Record<string, MeetingDates> | undefined
  /**
   * Footnotes whose marker the reader did not find in the text: attached to the document number (or
   * the title, or the preface) with a `footnote-reattached` warning (default: none).
   */
  notes?: AuthorialNote[] | undefined
  /**
   * Texts the reader took out of the flow that may hold the document's own symbol (running heads:
   * `A/RES/78/124`), first first (default: none). The preface's own symbol wins over these.
   */
  symbols?: string[] | undefined
  /**
   * Whether a text with no operative part gets a body holding an empty block, with an
   * `operative-part-missing` warning, so that the document is valid AKN as it stands (default:
   * `true`). A reader of drafts in the making passes `false`: the draft is read as it stands, and the
   * AKN writer adds the empty body AKN requires.
   */
  placeholderBody?: boolean | undefined
}

import type {Profile} from './profile.js'

/** Options of {@link fromText}. */
export interface FromTextOptions {
  /**
   * BCP 47 language of the text (`fr`, `en`, …), which picks a built-in profile (default: detected
   * with `detectLanguage`; an info diagnostic `language-detected` says which).
   */
  language?: string | undefined
  /** A profile to read with, instead of a built-in one (default: the built-in profile of `language`). */
  profile?: Profile | undefined
}

import {detectLanguage} from './detect-language.js'
import type {Profile} from './profile.js'
import {profileOf, profiles} from './profiles/index.js'

/** What choosing a profile has to say: a diagnostic without a place (the reader knows its text's start). */
export interface ProfileNote {
  severity: 'info' | 'warning'
  ruleId: 'language-unsupported' | 'language-unknown' | 'language-detected' | 'language-uncertain'
  reason: string
}

/** The profile a text is read with, its language, and what the choice has to say. */
export interface ProfileChoice {
  profile: Profile
  /** BCP 47 language of the text: the one given, or detected (`und` when nothing fits). */
  language: string
  notes: ProfileNote[]
}

/**
 * The profile to read a text with: the one given; else the built-in profile of the language given;
 * else the language detected from the text (`detectLanguage`), reported as `language-detected`, with
 * a warning when the guess is not sure (`language-uncertain`) or nothing fits (`language-unknown`,
 * read with the English profile). A language tag with no built-in profile is reported
 * (`language-unsupported`) and detection is used. An empty text is read with the English profile as
 * language `und`, without a note (the reader says the input is empty).
 *
 * @param sample The text to detect the language of, asked for only when detection is needed.
 * @param options `profile` and `language`, as a reader's options give them.
 * @returns The profile, the language and the notes to report.
 * @example chooseProfile(() => 'Le Conseil ministériel, Réaffirmant que la traite des êtres humains', {}).language // 'fr'
 */
export function chooseProfile(
  sample: () => string,
  options: {profile?: Profile | undefined; language?: string | undefined},
): ProfileChoice {
  if (options.profile) {
    return {profile: options.profile, language: options.language ?? options.profile.language, notes: []}
  }
  const notes: ProfileNote[] = []
  if (options.language) {
    const given = profileOf(options.language)
    if (given) return {profile: given, language: options.language, notes}
    notes.push({
      severity: 'warning',
      ruleId: 'language-unsupported',
      reason: `No built-in profile for \`${options.language}\`: language detected instead`,
    })
  }
  const text = sample()
  const guess = detectLanguage(text)
  if (guess.language === 'und') {
    if (text.trim() !== '') {
      notes.push({
        severity: 'warning',
        ruleId: 'language-unknown',
        reason:
          'No language profile fits the text: read with the English profile; pass `language` or `profile`',
      })
    }
    return {profile: profiles.en, language: 'und', notes}
  }
  notes.push({
    severity: 'info',
    ruleId: 'language-detected',
    reason: `Language detected: ${guess.language} (confidence ${guess.confidence})`,
  })
  if (!guess.sure) {
    notes.push({
      severity: 'warning',
      ruleId: 'language-uncertain',
      reason: `Language ${guess.language} detected with little confidence (${guess.confidence}${guess.runnerUp ? `, ${guess.runnerUp} close behind` : ''}): pass \`language\` if it is wrong`,
    })
  }
  return {profile: profileOf(guess.language) ?? profiles.en, language: guess.language, notes}
}

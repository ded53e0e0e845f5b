import type {Profile} from '../profile.js'
import {en} from './en.js'
import {fr} from './fr.js'

/**
 * The built-in profiles, by BCP 47 language: `fr` and `en`.
 *
 * @example profiles.fr.language // 'fr'
 */
export const profiles: Readonly<{fr: Profile; en: Profile}> = Object.freeze({fr, en})

/**
 * The built-in profile of a language (`fr`, `fr-CH`, `en-GB`, …), or `undefined`.
 *
 * @example profileOf('fr-BE')?.language // 'fr'
 */
export function profileOf(language: string): Profile | undefined {
  const primary = language.toLowerCase().split('-')[0] ?? ''
  return Object.hasOwn(profiles, primary) ? (profiles as Record<string, Profile>)[primary] : undefined
}

import type {Profile} from '../profile.js'
import {de} from './de.js'
import {en} from './en.js'
import {es} from './es.js'
import {fr} from './fr.js'
import {it} from './it.js'
import {pt} from './pt.js'
import {ru} from './ru.js'

/** The built-in profiles by language. */
export interface Profiles {
  en: Profile
  fr: Profile
  es: Profile
  pt: Profile
  de: Profile
  it: Profile
  ru: Profile
}

/**
 * The built-in profiles, by BCP 47 language: `en`, `fr`, `es`, `pt`, `de`, `it`, `ru`. Each is data
 * in a file of its own (`src/profiles/<language>.ts`).
 *
 * @example profiles.fr.language // 'fr'
 */
export const profiles: Readonly<Profiles> = Object.freeze({en, fr, es, pt, de, it, ru})

/**
 * The built-in profile of a language (`fr`, `fr-CH`, `en-GB`, …), or `undefined`.
 *
 * @example profileOf('fr-BE')?.language // 'fr'
 */
export function profileOf(language: string): Profile | undefined {
  const primary = language.toLowerCase().split('-')[0] ?? ''
  return Object.hasOwn(profiles, primary)
    ? (profiles as unknown as Record<string, Profile>)[primary]
    : undefined
}

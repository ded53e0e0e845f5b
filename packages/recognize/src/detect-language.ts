import type {Profile} from './profile.js'
import {profiles} from './profiles/index.js'

/** How much of a text `detectLanguage` reads: enough words to decide, and a bounded cost. */
const sampleLength = 65_536

/**
 * The language of a text, by counting each profile's stop words in (the first 64 KB of) it: the
 * profile with most hits wins; `und` when no stop word is found. One linear pass.
 *
 * @param text Any text.
 * @param candidates Profiles to choose from (default: the built-in ones).
 * @returns A BCP 47 language tag such as `fr` or `en`, or `und`.
 * @example detectLanguage('Le Conseil ministériel, Réaffirmant que la traite des êtres humains') // 'fr'
 */
export function detectLanguage(
  text: string,
  candidates: readonly Profile[] = Object.values(profiles),
): string {
  const counts = new Map<string, number[]>()
  candidates.forEach((profile, index) => {
    for (const word of profile.stopWords) {
      const key = word.toLowerCase()
      const list = counts.get(key)
      if (list) list.push(index)
      else counts.set(key, [index])
    }
  })
  const scores = candidates.map(() => 0)
  const sample = text.length > sampleLength ? text.slice(0, sampleLength) : text
  const lower = sample.toLowerCase()
  let start = -1
  for (let index = 0; index <= lower.length; index++) {
    const letter = index < lower.length && isWordCharacter(lower.charCodeAt(index))
    if (letter) {
      if (start < 0) start = index
    } else if (start >= 0) {
      if (index - start <= 8) {
        const hits = counts.get(lower.slice(start, index))
        if (hits) for (const hit of hits) scores[hit]! += 1
      }
      start = -1
    }
  }
  let best = -1
  let bestScore = 0
  scores.forEach((score, index) => {
    if (score > bestScore) {
      best = index
      bestScore = score
    }
  })
  return best < 0 ? 'und' : candidates[best]!.language
}

/** Letters (Latin, with accents) and digits: what words are made of here. */
function isWordCharacter(code: number): boolean {
  return (
    (code >= 97 && code <= 122) ||
    (code >= 65 && code <= 90) ||
    (code >= 48 && code <= 57) ||
    (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7) ||
    (code >= 0x370 && code <= 0x52f)
  )
}

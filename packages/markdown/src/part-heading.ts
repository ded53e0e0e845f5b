import {type Profile, profiles} from '@clausewise/recognize'

/**
 * The part of a decision a heading names by its words alone: `Preamble`, `Operative part`. Authors
 * head the parts of a draft this way at whatever depth their title leaves them (`# Preamble` without
 * a title, `## Preamble` under a `#` title, `###` under a `##` one); the words say what the heading
 * is, its depth does not. The words are language data: the profiles' `partHeadings`, as annexes and
 * statements are the profiles' `attachments`.
 */
export type PartHeading = 'preamble' | 'body'

/** Part headings by their words in lower case, of each profile asked (made once a profile). */
const indexes = new WeakMap<Profile, Map<string, PartHeading>>()

/** A profile's part headings by their words in lower case. */
function indexOf(profile: Profile): Map<string, PartHeading> {
  let index = indexes.get(profile)
  if (index) return index
  index = new Map()
  for (const word of profile.partHeadings?.preamble ?? []) index.set(word.toLowerCase(), 'preamble')
  for (const word of profile.partHeadings?.operative ?? []) index.set(word.toLowerCase(), 'body')
  indexes.set(profile, index)
  return index
}

/**
 * The part a heading's plain text names (`Operative part`, `PRÉAMBULE :`), or `undefined`: the words
 * are the profiles' `partHeadings` — the reader's profile first, then every built-in one (a draft's
 * part headings may be in another language than its text is detected in).
 *
 * @example partHeadingOf('OPERATIVE PART') // 'body'
 */
export function partHeadingOf(text: string, profile?: Profile | undefined): PartHeading | undefined {
  if (text.length > 40) return undefined
  const words = text
    .trim()
    .replace(/\s*[:.]$/u, '')
    .replace(/\s+/gu, ' ')
    .toLowerCase()
  const own = profile ? indexOf(profile).get(words) : undefined
  if (own) return own
  for (const each of Object.values(profiles)) {
    const part = indexOf(each).get(words)
    if (part) return part
  }
  return undefined
}

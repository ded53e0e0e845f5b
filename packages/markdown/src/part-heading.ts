import {type Profile, profiles} from '@clausewise/recognize'

/**
 * The part of a decision a heading names by its words alone: `Preamble`, `Operative part`. Authors
 * head the parts of a draft this way at whatever depth their title leaves them (`# Preamble` without
 * a title, `## Preamble` under a `#` title, `###` under a `##` one); the words say what the heading
 * is, its depth does not. The words are language data: the profiles' `partHeadings`, as annexes and
 * statements are the profiles' `attachments`.
 */
export type PartHeading = 'preamble' | 'body'

/** Part headings by their words in lower case, of the built-in profiles (made on first need). */
let builtIn: Map<string, PartHeading> | undefined

/** A profile's part headings by their words in lower case. */
function indexOf(profile: Profile, into = new Map<string, PartHeading>()): Map<string, PartHeading> {
  for (const word of profile.partHeadings?.preamble ?? []) into.set(word.toLowerCase(), 'preamble')
  for (const word of profile.partHeadings?.operative ?? []) into.set(word.toLowerCase(), 'body')
  return into
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
  if (profile && !Object.values(profiles).includes(profile)) {
    const own = indexOf(profile).get(words)
    if (own) return own
  }
  builtIn ??= Object.values(profiles).reduce(
    (index, each) => indexOf(each, index),
    new Map<string, PartHeading>(),
  )
  return builtIn.get(words)
}

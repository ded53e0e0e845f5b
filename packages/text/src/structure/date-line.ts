import type {Profile} from '../profile.js'

/** Words a date writes between its day, month and year (`5 de junio de 2031`, `28 мая 2031 года`). */
const fillers = new Set(['de', 'del', 'of', 'the', 'di', 'года'])

/** The month names of each profile, in lower case (made once a profile). */
const monthsOf = new WeakMap<Profile, Set<string>>()

function months(profile: Profile): Set<string> {
  let names = monthsOf.get(profile)
  if (!names) {
    names = new Set()
    for (const forms of profile.months ?? [])
      for (const form of Array.isArray(forms) ? forms : [forms]) names.add(form.toLowerCase())
    monthsOf.set(profile, names)
  }
  return names
}

/**
 * Whether a line is a date and nothing else, as a cover prints the document's date on a line of its
 * own (`28 May 2031`, `28 mai 2031`, `12. Dezember 2029`, `May 28, 2031`, `5 de junio de 2031`): a
 * month the profile names, a year in four figures, a day in one or two, and the words a date writes
 * between them.
 * @example isDateAlone('28 May 2031', profiles.en) // true
 */
export function isDateAlone(text: string, profile: Profile): boolean {
  if (text.length > 40 || text.length < 8) return false
  const names = months(profile)
  if (names.size === 0) return false
  let month = false
  let year = false
  for (const word of text.toLowerCase().split(/[\s,]+/u)) {
    if (word === '') continue
    if (/^\d{4}$/u.test(word)) {
      if (year) return false
      year = true
    } else if (names.has(word)) {
      if (month) return false
      month = true
    } else if (!/^\d{1,2}(?:\.|er|st|nd|rd|th)?$/u.test(word) && !fillers.has(word)) return false
  }
  return month && year
}

import type {ActDateRule, Profile} from './profile.js'

/** A line that dates an act's assent or commencement, as a profile's `actDates` read it. */
export interface ActDate {
  /** What the date is. */
  event: ActDateRule['event']
  /** The date as printed (`12th March, 2031`); empty where the line puts it otherwise (`Date of commencement: see section 1`). */
  date: string
}

/**
 * The date a line of an act's front matter prints, as one of the profile's `actDates` patterns reads
 * it (`[Date of Assent: 12th March, 2031]`, `Assented to 12 March 2031`, `Date of commencement: 1st
 * April, 2031`): what it dates and the date as printed. Only a short line is tried.
 *
 * @param text The line, trimmed.
 * @param profile The profile whose `actDates` to read (none: `undefined`).
 * @returns The event and the date as printed, or `undefined`.
 * @example actDateOf('Assented to 12 March 2031', profiles.en) // {event: 'assent', date: '12 March 2031'}
 */
export function actDateOf(text: string, profile: Profile | undefined): ActDate | undefined {
  const rules = profile?.actDates
  if (!rules || text.length > 120) return undefined
  for (const rule of rules) {
    const match = rule.pattern.exec(text)
    if (match) return {event: rule.event, date: match.groups?.date ?? ''}
  }
  return undefined
}

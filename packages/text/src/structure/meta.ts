import {
  aknLanguage,
  emptyMeta,
  type LifecycleEvent,
  type Meeting,
  type Meta,
  type Person,
} from '@clausewise/model'
import type {LiftedNote} from '../layout/types.js'
import type {BodyProfile, MeetingDates, Profile} from '../profile.js'
import type {Reporter} from '../report.js'
import {isDigit, startsWithWord} from '../text-utils.js'

/** What the metadata is made from. */
export interface MetaInput {
  profile: Profile
  language: string
  body?: BodyProfile | undefined
  number?: string | undefined
  meeting: Meeting
  notes: LiftedNote[]
  persons: Person[]
  /** Meetings whose dates the caller knows, by symbol. */
  meetings: Record<string, MeetingDates>
  /** Offset to report document-wide facts at. */
  at: number
}

/** A corrigendum footnote: its kind and date (empty when the extraction lost it). */
export interface Corrigendum {
  note: LiftedNote
  kind: string
  date: string
}

/** The text of a lifted note, lines joined. */
export function noteText(note: LiftedNote): string {
  return note.lines.map((line) => line.flat).join(' ')
}

/** The corrigendum a note announces, if it is one (`Comprend une correction…`, `Includes corrections…`). */
export function corrigendumOf(note: LiftedNote, profile: Profile): Corrigendum | undefined {
  const text = noteText(note)
  if (!(profile.corrigendumOpeners ?? []).some((opener) => startsWithWord(text, opener))) return undefined
  const lower = text.toLowerCase()
  const linguistic = (profile.linguisticConformity ?? []).some((phrase) =>
    lower.includes(phrase.toLowerCase()),
  )
  return {
    note,
    kind: linguistic ? 'linguisticConformity' : 'correction',
    date: dateIn(text, profile.months ?? []),
  }
}

/**
 * Metadata: FRBR identity, body, symbol, meeting, lifecycle (adoption when the caller knows the
 * meeting's dates, corrigenda with their date), references. Nothing is guessed that the text does not give.
 */
export function buildMeta(input: MetaInput, report: Reporter): Meta {
  const {profile, body, number, meeting} = input
  const meta = emptyMeta(input.language)
  meta.frbr.country = body?.country ?? 'unknown'
  if (body) {
    meta.frbr.subtype = body.subtype
    meta.body = {type: 'organization', eId: body.eId, href: body.href, showAs: body.showAs}
  }
  meta.frbr.number = number ?? ''
  meta.frbr.language = aknLanguage(input.language)
  if (Object.keys(meeting).length > 0) meta.meeting = meeting
  const original = body?.symbolPrefix && number ? body.symbolPrefix + number : undefined
  const corrigenda: Corrigendum[] = []
  for (const note of input.notes) {
    const corrigendum = corrigendumOf(note, profile)
    if (corrigendum) corrigenda.push(corrigendum)
  }
  const events: Omit<LifecycleEvent, 'eId'>[] = []
  for (const corrigendum of corrigenda) {
    const known = corrigendum.date
      ? undefined
      : knownCorrigendumDate(meeting, corrigendum.kind, input.meetings)
    if (known) {
      corrigendum.date = known
      report.info(
        'corrigendum-date-from-meeting',
        `Corrigendum footnote cut short before its date: dated ${known}, the ${corrigendum.kind} session of the meeting ${meeting.symbol}`,
        corrigendum.note.start,
        corrigendum.note.end,
      )
    }
    if (corrigendum.date) {
      const event: Omit<LifecycleEvent, 'eId'> = {
        type: 'amendment',
        date: corrigendum.date,
        refersTo: corrigendum.kind,
        kind: corrigendum.kind,
      }
      events.push(event)
    } else {
      report.warn(
        'corrigendum-date-missing',
        'Corrigendum footnote without a date (the extraction cut it short): no lifecycle event recorded',
        corrigendum.note.start,
        corrigendum.note.end,
      )
    }
  }
  // The symbol of a corrected version (`/Corr.1`) is never made up from the notes: only the body's
  // symbol of the number is given, when the body's convention says how symbols are written.
  if (original) meta.symbol = original

  const adoption = adoptionDate(meeting, input.meetings, profile)
  if (adoption) {
    meta.meeting = {...meeting, ...(adoption.place ? {place: adoption.place} : {})}
    report.info(
      'adoption-date-from-meeting',
      `Adoption date ${adoption.date} read from the meeting ${meeting.symbol} (${meeting.day})`,
      input.at,
      input.at,
    )
    const event: Omit<LifecycleEvent, 'eId'> = {type: 'generation', date: adoption.date, refersTo: 'adoption'}
    events.unshift(event)
    meta.frbr.date = adoption.date
  } else {
    report.info('adoption-date-unknown', 'Adoption date not in the text: left empty', input.at, input.at)
  }
  events.sort((left, right) => (left.date < right.date ? -1 : left.date > right.date ? 1 : 0))
  meta.lifecycle = events.map((event, index) => ({eId: `evnt_${index + 1}`, ...event}))
  const dated = corrigenda.filter((corrigendum) => corrigendum.date).map((corrigendum) => corrigendum.date)
  meta.frbr.expressionDate = dated.sort().pop() ?? meta.frbr.date
  meta.references = input.persons
  return meta
}

/** The date of a meeting's corrigendum session of this kind, from the caller's meetings. */
function knownCorrigendumDate(
  meeting: Meeting,
  kind: string,
  meetings: Record<string, MeetingDates>,
): string | undefined {
  if (!meeting.symbol || !Object.hasOwn(meetings, meeting.symbol)) return undefined
  const corrigenda = meetings[meeting.symbol]!.corrigenda
  return corrigenda && Object.hasOwn(corrigenda, kind) ? corrigenda[kind] : undefined
}

/** The adoption date from a known meeting and the day's ordinal (`Deuxième jour` → its second day). */
function adoptionDate(
  meeting: Meeting,
  meetings: Record<string, MeetingDates>,
  profile: Profile,
): {date: string; place?: string | undefined} | undefined {
  if (!meeting.symbol || !meeting.day || !Object.hasOwn(meetings, meeting.symbol)) return undefined
  const known = meetings[meeting.symbol]!
  const first = meeting.day.split(' ')[0]?.toLowerCase() ?? ''
  const ordinal = (profile.dayOrdinals ?? []).findIndex((words) => words.includes(first))
  const date = ordinal >= 0 ? known.dates[ordinal] : undefined
  return date ? {date, place: known.place} : undefined
}

/** The first date written `2 février 2018`, `1er mars 2018` or `February 2, 2018` in a text, as ISO, or ''. */
export function dateIn(text: string, months: string[]): string {
  const words = text
    .toLowerCase()
    .split(/[\s,.]+/u)
    .slice(0, 200)
  for (let index = 0; index < words.length; index++) {
    const month = months.indexOf(words[index]!)
    if (month < 0) continue
    const before = dayOf(words[index - 1])
    const after = dayOf(words[index + 1])
    const year = before !== undefined ? words[index + 1] : words[index + 2]
    const day = before ?? after
    if (day === undefined || !year || year.length !== 4 || ![...year].every(isDigit)) continue
    return `${year}-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`
  }
  return ''
}

function dayOf(word: string | undefined): number | undefined {
  if (!word) return undefined
  const digits = word.endsWith('er') ? word.slice(0, -2) : word
  if (digits.length === 0 || digits.length > 2 || ![...digits].every(isDigit)) return undefined
  const day = Number(digits)
  return day >= 1 && day <= 31 ? day : undefined
}

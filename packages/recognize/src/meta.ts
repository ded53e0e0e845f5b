import {
  type AuthorialNote,
  aknLanguage,
  emptyMeta,
  type LifecycleEvent,
  type Meeting,
  type Meta,
  type P,
  type Person,
  plainText,
} from '@clausewise/model'
import {startsWithWord} from './characters.js'
import {dateIn} from './dates.js'
import {fullText} from './inline.js'
import type {Lexicon} from './lexicon.js'
import type {BodyProfile, MeetingDates} from './profile.js'
import type {Report} from './report.js'
import {type FoundSymbol, isWholeSymbol} from './symbols.js'

/** What the metadata is made from. */
export interface MetaInput {
  language: string
  body?: BodyProfile | undefined
  number?: string | undefined
  meeting: Meeting
  /** Meeting and adoption lines (preface and conclusions), first first. */
  adoptionLines: P[]
  notes: AuthorialNote[]
  persons: Person[]
  symbol?: FoundSymbol | undefined
  meetings: Record<string, MeetingDates>
  /** The date an act's title prints (`Ley 7/2031, de 14 de marzo`), ISO, if any: the work's date. */
  titleDate?: string | undefined
  /** A date alone on a line of the cover, if any: the adoption's where nothing else dates it. */
  coverDate?: {date: string; position?: P['position']} | undefined
  /** The FRBR country the form of an act's title says, if any. */
  titleCountry?: string | undefined
  /** Where the number and the meeting-day line stand, for the diagnostics about them. */
  numberPlace?: P['position']
  meetingPlace?: P['position']
}

/**
 * Metadata: FRBR identity, body, symbol, meeting, lifecycle (adoption from an adoption line or a
 * meeting the caller knows, corrigenda with their date), references. Nothing is made up: no symbol
 * is invented, no date guessed.
 */
export function buildMeta(input: MetaInput, lexicon: Lexicon, report: Report): Meta {
  const {body, number} = input
  const meeting: Meeting = {...input.meeting}
  const meta = emptyMeta(input.language)
  meta.frbr.country = body?.country ?? input.symbol?.convention.country ?? input.titleCountry ?? 'unknown'
  if (body) {
    meta.frbr.subtype = body.subtype
    meta.body = {type: 'organization', eId: body.eId, href: body.href, showAs: body.showAs}
  }
  meta.frbr.number = number ?? input.symbol?.symbol ?? ''
  meta.frbr.language = aknLanguage(input.language)
  if (input.symbol) meta.symbol = input.symbol.symbol
  else if (body?.symbolPrefix && number && isWholeSymbol(body.symbolPrefix + number)) {
    // The body's convention writes the symbol of a number so (`A/RES/` and `79/1`, `S/RES/` and
    // `2999 (2031)`): derived, and said; only when what it gives is a symbol of a known convention.
    meta.symbol = body.symbolPrefix + number
    report.info(
      'symbol-derived',
      `Symbol \`${meta.symbol}\` derived from the number and the body's convention`,
      input.numberPlace,
    )
  }

  const events: Omit<LifecycleEvent, 'eId'>[] = []
  for (const note of input.notes) {
    const corrigendum = corrigendumOf(note, lexicon)
    if (!corrigendum) continue
    let date = corrigendum.date
    if (!date) {
      const known = knownCorrigendumDate(meeting, corrigendum.kind, input.meetings)
      if (known) {
        date = known
        report.info(
          'corrigendum-date-from-meeting',
          `Corrigendum footnote cut short before its date: dated ${known}, the ${corrigendum.kind} session of the meeting ${meeting.symbol}`,
          note.position,
        )
      }
    }
    if (date) events.push({type: 'amendment', date, refersTo: corrigendum.kind, kind: corrigendum.kind})
    else {
      report.warn(
        'corrigendum-date-missing',
        'Corrigendum footnote without a date (the extraction cut it short): no lifecycle event recorded',
        note.position,
      )
    }
  }

  const unsure: {found: boolean; position?: P['position']} = {found: false}
  // An act is known by the date its title prints (`Ley 7/2031, de 14 de marzo`), that of its signature.
  const adoption: Adoption | undefined = input.titleDate
    ? {date: input.titleDate, from: 'the title', position: input.numberPlace}
    : adoptionOf(input, meeting, lexicon, unsure)
  if (adoption) {
    if (adoption.place) meeting.place = adoption.place
    if (adoption.name && !meeting.name) meeting.name = adoption.name
    report.info(
      adoption.from === 'the title'
        ? 'adoption-date-from-title'
        : adoption.from === 'the date on the cover'
          ? 'adoption-date-from-cover'
          : adoption.name !== undefined || adoption.from === 'the adoption line'
            ? 'adoption-date-from-line'
            : 'adoption-date-from-meeting',
      `Adoption date ${adoption.date} read from ${adoption.from}`,
      adoption.position,
    )
    events.unshift({type: 'generation', date: adoption.date, refersTo: 'adoption'})
    meta.frbr.date = adoption.date
  } else {
    if (unsure.found) {
      report.info(
        'adoption-date-unread',
        'A date written in words makes no valid date (no year, or a day the month lacks): left empty',
        unsure.position,
      )
    }
    report.info('adoption-date-unknown', 'Adoption date not in the text: left empty')
  }
  if (Object.keys(meeting).length > 0) meta.meeting = meeting
  events.sort((left, right) => (left.date < right.date ? -1 : left.date > right.date ? 1 : 0))
  meta.lifecycle = events.map((event, index) => ({eId: `evnt_${index + 1}`, ...event}))
  const dated = events.filter((event) => event.type === 'amendment').map((event) => event.date)
  meta.frbr.expressionDate = dated.sort().pop() ?? meta.frbr.date
  meta.references = input.persons
  return meta
}

/** A corrigendum footnote: its kind and date (empty when the extraction lost it). */
function corrigendumOf(note: AuthorialNote, lexicon: Lexicon): {kind: string; date: string} | undefined {
  const plain = plainText(note)
  const profile = lexicon.profile
  const openers = profile.corrigendumOpeners ?? []
  // Most notes are no corrigenda: they open with a character no opener opens with.
  const first = plain.search(/\S/)
  if (!openers.some((opener) => opener === '' || opener[0] === plain[first])) return undefined
  const text = plain.replace(/\s+/g, ' ').trim()
  if (!openers.some((opener) => startsWithWord(text, opener))) return undefined
  const lower = text.toLowerCase()
  const linguistic = (profile.linguisticConformity ?? []).some((phrase) =>
    lower.includes(phrase.toLowerCase()),
  )
  return {kind: linguistic ? 'linguisticConformity' : 'correction', date: dateIn(text, lexicon)}
}

function knownCorrigendumDate(
  meeting: Meeting,
  kind: string,
  meetings: Record<string, MeetingDates>,
): string | undefined {
  if (!meeting.symbol || !Object.hasOwn(meetings, meeting.symbol)) return undefined
  const corrigenda = meetings[meeting.symbol]!.corrigenda
  return corrigenda && Object.hasOwn(corrigenda, kind) ? corrigenda[kind] : undefined
}

interface Adoption {
  date: string
  from: string
  place?: string | undefined
  name?: string | undefined
  position?: P['position']
}

/**
 * The adoption date: from the first meeting or adoption line that holds a date (`62nd plenary
 * meeting 5 December 2024`, `Resolution adopted by the General Assembly on 7 June 2024`), else from
 * a meeting the caller knows and the day's ordinal (`Deuxième jour` → its second day).
 */
function adoptionOf(
  input: MetaInput,
  meeting: Meeting,
  lexicon: Lexicon,
  unsure: {found: boolean; position?: P['position']},
): Adoption | undefined {
  for (const line of input.adoptionLines) {
    const text = fullText(line.children)
    const before = unsure.found
    const date = dateIn(text, lexicon, unsure)
    if (unsure.found && !before) unsure.position = line.position
    if (!date) continue
    const name =
      /^(\d{1,4}\S{0,4} [^\d]{3,60}?(?:meeting|séance|sesión|sessão|Sitzung|seduta|заседание))\b/iu.exec(
        text,
      )?.[1]
    return {date, from: 'the adoption line', name, position: line.position}
  }
  const {meetings} = input
  const cover: Adoption | undefined = input.coverDate && {
    date: input.coverDate.date,
    from: 'the date on the cover',
    position: input.coverDate.position,
  }
  if (!meeting.symbol || !meeting.day || !Object.hasOwn(meetings, meeting.symbol)) return cover
  const known = meetings[meeting.symbol]!
  const first = meeting.day.split(' ')[0]?.toLowerCase() ?? ''
  const ordinal = (lexicon.profile.dayOrdinals ?? []).findIndex((words) => words.includes(first))
  const date = ordinal >= 0 ? known.dates[ordinal] : undefined
  if (!date) return cover
  return {
    date,
    from: `the meeting ${meeting.symbol} (${meeting.day})`,
    place: known.place,
    position: input.meetingPlace,
  }
}

import type {Inline, Meeting, P} from '@clausewise/model'
import {actDateOf} from './act-dates.js'
import {isDigit, isLetter, isLower, isUpper} from './characters.js'
import {wholeP} from './content.js'
import {dateIn} from './dates.js'
import {
  type ActTitle,
  actTitleOf,
  endsWithKindAndYear,
  isDocumentKind,
  isScopeNote,
  namesDocument,
  pageLabelOf,
} from './document-kinds.js'
import {isKindLine} from './front.js'
import {fullText, headLength, splitAt} from './inline.js'
import type {Lexicon} from './lexicon.js'
import {isLongTitleAt} from './long-title.js'
import {isCapitals, isSentenceEnd, type Reading} from './reading.js'
import {symbolIn} from './symbols.js'

/** What the preface gave: its blocks, the number and title, meeting lines. */
export interface Front {
  preface: P[]
  /** The `p` holding `docNumber`, if any. */
  numberParagraph?: P | undefined
  /** The `p` holding `docTitle`, if any. */
  titleParagraph?: P | undefined
  /** The blocks that are an act's long title (`AN ACT of Parliament to …`): each a `longTitle`. */
  longTitles?: Set<P> | undefined
  /** The document number, e.g. `7/17`, `78/124`. */
  number?: string | undefined
  meeting: Meeting
  /** Where the meeting-day line stands, if any. */
  meetingPlace?: P['position']
  /** The date an act's title prints (`Ley 7/2031, de 14 de marzo, …`), ISO, if any. */
  date?: string | undefined
  /** A date alone on a line of the cover (`12 June 2031` under the symbol), ISO, and where it stands. */
  coverDate?: {date: string; position?: P['position']} | undefined
  /** The FRBR country the form of an act's title says (the profile's `actTitles`), if any. */
  country?: string | undefined
}

/**
 * Read the preface blocks: a meeting-day or journal line fills `meeting` (and stays a `p`); the
 * number line (a profile's `documentNumber`) becomes `docNumber`, with the title after it on the
 * same line (`78/124. Credentials…`) or in the next title-like block as `docTitle`; a block in
 * capitals before any number is the title too.
 */
export function readPreface(readings: Reading[], end: number, lexicon: Lexicon): Front {
  const profile = lexicon.profile
  const front: Front = {preface: [], meeting: {}}
  let titleDone = false
  let capitals: P | undefined
  // The line of an act's kind and date alone (`DECRETO 11 marzo 2031.`), whose subject under it is the title.
  let dateLine: P | undefined
  // Whether a block in capitals stood above (an act's issuer or kind: see `opensTitle`).
  let underCapitals = false
  // Preface blocks that may stand between the number and the title: a date alone, who moves the
  // document, the number printed again.
  const underNumber = new Set<P>()
  // The last preface block that says what kind of document this is (`…: draft resolution`, `Draft
  // decision submitted by the Chair`): a draft's title follows it, where no number line is printed.
  let kindLine: P | undefined
  // A symbol alone on its line is the number only where no line prints one (`A/RES/79/1` above
  // `79/1. The Pact for the Future` is the symbol of that number).
  const patterns = profile.documentNumber ?? []
  let printsNumber = false
  for (let index = 0; index < end && !printsNumber; index++)
    printsNumber = numberOf(readings[index]!.bare.slice(0, 300), patterns) !== undefined
  // A legislature's cover sets the title in lower case under the kind in capitals, a comma after
  // it before the sponsors (`PROPOSITION DE RÉSOLUTION` / `visant à …,` / `présentée par …`), a
  // line in capitals between them or not (`EN APPLICATION DE L'ARTICLE 34-1 DE LA CONSTITUTION,`):
  // that block is the title, and none above it (the house's name under the print's number).
  const kindTitle = titleUnderKindLine(readings, end, lexicon)
  for (let index = 0; index < end; index++) {
    const reading = readings[index]!
    const text = reading.bare.slice(0, 300)
    const day = profile.meetingDay?.exec(text)
    const journal = profile.journal?.exec(text)
    if (day) {
      front.meeting.day = day[1]
      front.meeting.name = day[2]
      front.meetingPlace = reading.block.position
    } else if (journal) {
      front.meeting.symbol = journal[1]
      front.meeting.journal = journal[2]
      front.meeting.agendaItem = journal[3]
    } else if (datesAct(reading, front, lexicon)) {
      underNumber.add(front.preface.at(-1)!)
      continue
    } else if (!titleDone && actTitle(reading, front, lexicon)) {
      titleDone = front.titleParagraph !== undefined
      // Neither the title nor the number line: the kind and the date alone.
      const line = front.preface.at(-1)
      if (line !== front.titleParagraph && line !== front.numberParagraph) dateLine = line
      continue
    } else if (titleDone && front.date === undefined && datedAct(reading, front, lexicon)) {
      continue
    } else if (front.number === undefined) {
      const number: {value: string; end: number; symbol?: true} | undefined =
        numberOf(text, profile.documentNumber ?? []) ??
        (reading.block.heading !== undefined ? numberHeading(text) : undefined) ??
        (printsNumber ? undefined : symbolLine(text))
      if (number) {
        front.number = number.value
        const p = wholeP(reading)
        const parts =
          number.end < reading.bare.length ? splitAt(p.children, number.end + offset(reading)) : undefined
        if (parts && parts[1].length > 0) {
          p.children = [
            {type: 'docNumber', children: parts[0]},
            {type: 'text', value: ' '},
            {type: 'docTitle', children: number.symbol ? datedWithin(parts[1], front, lexicon) : parts[1]},
          ]
          front.titleParagraph = p
          titleDone = true
        } else p.children = wrap('docNumber', p.children)
        front.numberParagraph = p
        front.preface.push(p)
        continue
      }
    }
    const p = wholeP(reading)
    // A journal page's metadata line (`Publicação: …`); the summary's value the title (`Sumário: Aprova …`).
    const label = pageLabelOf(text, profile)
    if (label !== undefined) {
      if (!titleDone && profile.titleLabels?.includes(label)) {
        const parts = splitAt(p.children, label.length + 2 + offset(reading))
        if (parts && parts[1].length > 0) {
          p.children = [...parts[0], {type: 'text', value: ' '}, {type: 'docTitle', children: parts[1]}]
          front.titleParagraph = p
          titleDone = true
        }
      }
      front.preface.push(p)
      continue
    }
    underCapitals ||= profile.titleOpeners !== undefined && reading.capitals
    if (isLongTitleAt(readings, index, lexicon)) {
      front.longTitles ??= new Set()
      front.longTitles.add(p)
      front.preface.push(p)
      continue
    }
    // The subject under an act's kind and date (`DECRETO 11 marzo 2031.` / `Disposizioni …`): the title.
    if (!titleDone && dateLine && front.preface.at(-1) === dateLine && subjectLine(reading)) {
      p.children = titleOf(p.children as Inline[], lexicon)
      front.titleParagraph = p
      titleDone = true
      front.preface.push(p)
      continue
    }
    // An act's title that opens with the profile's word for it (`О мерах по …`) under the issuer's name
    // or the kind in capitals: the title (a web page's title above them, the same words, is not).
    if (!titleDone && underCapitals && opensTitle(reading, profile.titleOpeners)) {
      p.children = titleOf(p.children as Inline[], lexicon)
      front.titleParagraph = p
      titleDone = true
      front.preface.push(p)
      continue
    }
    // A page that prints its number twice (`Mozione n. 1-00417` over `Atto n. 1-00417`): the second
    // line is the number's again, no title; a title may follow it.
    if (!titleDone && front.number !== undefined && numberOf(text, patterns)?.value === front.number) {
      underNumber.add(p)
      front.preface.push(p)
      continue
    }
    const afterKind =
      front.number === undefined && kindLine !== undefined && front.preface.at(-1) === kindLine
    const underKind = index === kindTitle
    if (!titleDone && !reading.adoption && saysKind(reading, lexicon)) kindLine = p
    if (
      !titleDone &&
      !day &&
      !journal &&
      (underKind ||
        (kindTitle < 0 && isTitle(reading, p, front, lexicon, underNumber, afterKind, readings[index + 1])))
    ) {
      if (
        front.number === undefined &&
        reading.block.heading === undefined &&
        !namesDocument(reading, lexicon) &&
        !afterKind &&
        !underKind
      ) {
        // A block in capitals before the number: the title, unless one follows the number (the
        // body's name in capitals heads the page: `SEVENTY-NINTH WORLD HEALTH ASSEMBLY`).
        capitals ??= p
      } else {
        if (underKind) index = joinWrappedTitle(readings, index, end, p)
        const again = numberAgain(reading, front.number)
        const parts = again > 0 ? splitAt(p.children, again + offset(reading)) : undefined
        // The number printed again before the title (`42 C/Resolution 31` / `31 Open science: …`) stays out of it.
        if (parts && parts[1].length > 0)
          p.children = [...parts[0], {type: 'text', value: ' '}, ...titleOf(parts[1] as Inline[], lexicon)]
        else p.children = titleOf(p.children as Inline[], lexicon)
        front.titleParagraph = p
        titleDone = true
      }
    }
    front.preface.push(p)
  }
  if (!titleDone && capitals) {
    capitals.children = titleOf(capitals.children as Inline[], lexicon)
    front.titleParagraph = capitals
  } else if (!titleDone && front.number === undefined) onlyTitle(readings, end, front, lexicon)
  if (front.titleParagraph && front.date === undefined) dateUnderTitle(front, lexicon)
  // Over a text that prints no number of its own (a press release on a decision), a date is the
  // release's, not the decision's.
  if (front.numberParagraph) front.coverDate = coverDateOf(front, lexicon)
  return front
}

/** Whether a block may be an act's subject: words with a capital, no label, no adoption line, no clause's end but a stop. */
function subjectLine(reading: Reading): boolean {
  if (reading.label || reading.adoption || reading.words < 2 || reading.words > 60) return false
  return isUpper(reading.bare[0]) && (reading.last === '.' || !isSentenceEnd(reading.last))
}

/** Whether a block opens with one of a profile's `titleOpeners`, then words, ending no sentence. */
function opensTitle(reading: Reading, openers: string[] | undefined): boolean {
  if (!openers || reading.label || reading.adoption || !reading.headingLike || reading.words < 3) return false
  const text = reading.bare
  const space = text.indexOf(' ')
  return space > 0 && space <= 4 && openers.includes(text.slice(0, space))
}

/** Longest date alone on a cover line (`12 September 2031`, `3 de septiembre de 2031`). */
const coverDateLength = 28

/**
 * A date alone on its line above the document's number or title (`PC.DEC/1521` / `12 June 2031`, as
 * the OSCE heads its decisions), over a number line: the date the document was adopted, where no
 * adoption line says otherwise. A UN document's cover date, the day it was issued, is furniture by then.
 */
function coverDateOf(front: Front, lexicon: Lexicon): Front['coverDate'] {
  for (const p of front.preface) {
    if (p === front.numberParagraph || p === front.titleParagraph) return undefined
    const only = p.children.length === 1 ? p.children[0] : undefined
    if (only?.type !== 'text') continue
    const text = only.value.trim()
    if (text.length > coverDateLength || !isDigit(text[0]) || !isDigit(text[text.length - 1])) continue
    const date = dateIn(text, lexicon)
    if (date) return {date, ...(p.position ? {position: p.position} : {})}
  }
  return undefined
}

/**
 * A title under its kind wrapped over lines that web text prints as blocks of their own
 * (`visant à reconnaître … et à renforcer leur` / `soutien,`): each block that opens in lower case,
 * with no label, under one that stops on a letter or a digit (short of the comma or stop a title
 * ends with) goes on the title's `p`. Returns the index of the last block taken.
 */
function joinWrappedTitle(readings: Reading[], index: number, end: number, p: P): number {
  let at = index
  while (at + 1 < end) {
    const last = readings[at]!.last
    const next = readings[at + 1]!
    if (!(isLetter(last) || isDigit(last)) || next.label || !isLower(next.bare[0])) break
    const more = wholeP(next)
    const tail = p.children[p.children.length - 1]
    const head = more.children[0]
    if (tail?.type === 'text' && head?.type === 'text') {
      p.children[p.children.length - 1] = {type: 'text', value: `${tail.value} ${head.value}`}
      p.children.push(...more.children.slice(1))
    } else p.children.push({type: 'text', value: ' '}, ...more.children)
    if (p.position && more.position) p.position = {start: p.position.start, end: more.position.end}
    at++
  }
  return at
}

/** The first block in lower case under a kind line (see `isKindLine`), or -1. */
function titleUnderKindLine(readings: Reading[], end: number, lexicon: Lexicon): number {
  for (let index = 1; index < end; index++) {
    const reading = readings[index]!
    if (!isLower(reading.bare[0]) || reading.label) continue
    const above = readings[index - 1]!
    if (
      isKindLine(above, lexicon) ||
      (index > 1 && above.capitals && isKindLine(readings[index - 2]!, lexicon))
    )
      return index
  }
  return -1
}

/**
 * With no number line and no title found, the one block of the preface shaped as a title (two words
 * or more, no sentence's end, no date, no adoption line, no symbol) is the title: a PDF's cover,
 * symbol included, was taken out as page furniture above it (`Climate change and health`, `Nuclear
 * Security` over `Resolution adopted on 19 September 2031 …`; a draft's title by the line that says
 * it is one). Where two blocks may be, none is.
 */
function onlyTitle(readings: Reading[], end: number, front: Front, lexicon: Lexicon): void {
  let found: number | undefined
  for (let index = 0; index < end; index++) {
    const reading = readings[index]!
    if (reading.adoption || reading.label || !reading.headingLike || reading.words < 2) continue
    if (isScopeNote(reading.bare, lexicon.profile)) continue
    if (dateIn(reading.bare, lexicon) !== '' || symbolIn(reading.bare) !== undefined) continue
    // The line that says what the document is (`Iraq: draft resolution`) is no title.
    if (saysKind(reading, lexicon)) continue
    if (found !== undefined) return
    found = index
  }
  // One `p` a block, in order (none of them was the number or an act's title).
  if (found === undefined || front.preface.length !== end) return
  const p = front.preface[found]
  if (!p || p.children.length === 0 || p.children[0]!.type !== 'text') return
  p.children = titleOf(p.children as Inline[], lexicon)
  front.titleParagraph = p
}

/**
 * An act's title that prints its number and date (a profile's `actTitles`: `Ley 7/2031, de 14 de
 * marzo, de …`): the whole line is the title, its number the `docNumber` and its date the `docDate`
 * inside it; the number and date are the document's. A line that holds the number and date only
 * (`Lei n.º 12/2031, de 14 de março`, the title under it) is the number line, its date inside it.
 * Returns what the block is, if it is one.
 */
function actTitle(reading: Reading, front: Front, lexicon: Lexicon): 'title' | 'number' | 'date' | undefined {
  const act = actTitleOf(reading.bare, lexicon.profile)
  if (!act) return undefined
  // A number read above (a symbol alone: `P10_TA(2031)0087`) is kept by a title that prints none.
  if (front.number !== undefined && act.number !== undefined) return undefined
  const date = actDate(act, lexicon)
  const p = wholeP(reading)
  // Past the date and the number, whichever the line prints last (`LEGGE 3 marzo 2031, n. 45`).
  const after = Math.max(
    reading.bare.indexOf(act.date) + act.date.length,
    act.number === undefined ? 0 : reading.bare.lastIndexOf(act.number) + act.number.length,
  )
  const alone = /^[\s.,;]*$/u.test(reading.bare.slice(after))
  const numberLine = act.number !== undefined && alone
  if (numberLine) {
    p.children = [{type: 'docNumber', children: markAct(p.children, {...act, number: undefined}, date)}]
  } else if (alone) {
    // The kind and the date alone (`DECRETO 11 marzo 2031.`): the subject under it is the title.
    p.children = markAct(p.children, act, date)
  } else {
    p.children = titleAndRest(p.children, act, date)
    front.titleParagraph = p
  }
  if (act.number !== undefined) front.number = act.number
  if (date) front.date = date
  if (act.country !== undefined) front.country = act.country
  if (act.number !== undefined) front.numberParagraph = p
  front.preface.push(p)
  return numberLine ? 'number' : alone ? 'date' : 'title'
}

/** The date an act's title prints, read with its year where the title prints that apart (`…, 2031`). */
function actDate(act: ActTitle, lexicon: Lexicon): string {
  return (
    dateIn(act.date, lexicon) || (act.year !== undefined ? dateIn(`${act.date} ${act.year}`, lexicon) : '')
  )
}

/**
 * A preface block under the title that is an act's title printing its date and no other number than
 * the document's: the European Parliament's PDF prints its text's symbol, a short title, then the
 * resolution's title line (`European Parliament resolution of 12 March 2031 on …`). The date is the
 * document's, a `docDate` in the block. Returns whether the block is one.
 */
function datedAct(reading: Reading, front: Front, lexicon: Lexicon): boolean {
  const act = actTitleOf(reading.bare, lexicon.profile)
  if (!act || (act.number !== undefined && act.number !== front.number)) return false
  const date = actDate(act, lexicon)
  if (!date) return false
  const p = wholeP(reading)
  p.children = markAct(p.children, {...act, number: undefined}, date)
  front.date = date
  front.preface.push(p)
  return true
}

/** Longest date line under a title: a preposition and a date (`vom 19. September 2031`). */
const titleDateLength = 40

/**
 * The line under an act's title that dates it: a preposition in lower case (four letters at most)
 * and a date, nothing else (`vom 19. März 2031`, `du 21 mars 2031`, `del 3 marzo 2031`), as Swiss
 * federal acts and others print it. The date is the act's, marked a `docDate`.
 */
function dateUnderTitle(front: Front, lexicon: Lexicon): void {
  const p = front.preface[front.preface.indexOf(front.titleParagraph!) + 1]
  const only = p?.children.length === 1 ? p.children[0] : undefined
  if (only?.type !== 'text') return
  const text = only.value.trim()
  if (text.length > titleDateLength || !isLower(text[0])) return
  const space = text.indexOf(' ')
  if (space < 2 || space > 4 || !isDigit(text[space + 1]) || !isDigit(text[text.length - 1])) return
  const value = text.slice(space + 1)
  const date = dateIn(value, lexicon)
  if (!date) return
  const at = only.value.lastIndexOf(value)
  p!.children = [
    {type: 'text', value: only.value.slice(0, at)},
    {type: 'inline', element: 'docDate', attributes: {date}, children: [{type: 'text', value}]},
    ...(at + value.length < only.value.length
      ? [{type: 'text' as const, value: only.value.slice(at + value.length)}]
      : []),
  ]
  front.date = date
}

/**
 * A preface block that dates an act's assent or commencement (the profile's `actDates`: `[Date of
 * Assent: 12th March, 2031]`, `Date of commencement: 1st April, 2031`): its date is marked in it, a
 * `docDate` for the assent (the act's date, read as an adoption line's), a `date` for the
 * commencement. Returns whether the block is one.
 */
function datesAct(reading: Reading, front: Front, lexicon: Lexicon): boolean {
  const found = actDateOf(reading.bare, lexicon.profile)
  if (!found) return false
  const p = wholeP(reading)
  const date = dateIn(found.date, lexicon)
  const only = p.children.length === 1 ? p.children[0] : undefined
  const at = only?.type === 'text' ? only.value.indexOf(found.date) : -1
  if (date && only?.type === 'text' && at >= 0) {
    const end = at + found.date.length
    p.children = [
      ...(at > 0 ? [{type: 'text' as const, value: only.value.slice(0, at)}] : []),
      {
        type: 'inline',
        element: found.event === 'assent' ? 'docDate' : 'date',
        attributes: {date},
        children: [{type: 'text', value: found.date}],
      },
      ...(end < only.value.length ? [{type: 'text' as const, value: only.value.slice(end)}] : []),
    ]
  }
  front.preface.push(p)
  return true
}

/**
 * The title after a symbol on its line, with the date of an act's title it runs into marked, where
 * an extraction joined the lines the European Parliament prints apart (`P10_TA(2031)0087 Protection
 * of journalists European Parliament resolution of 12 March 2031 on …`): the act's title starts a run
 * of words in capitals after a word that is none of the language's stop words (`… to the European
 * Parliament resolution of …` cites one). Where the line ends with a procedure's reference (`…
 * (2030/2145(INI))`), it ends with the resolution's own title line: the title may start anywhere in
 * a run of capitals (`… in Europe European Parliament resolution of …`), and the last is the
 * document's. The date is the document's.
 */
function datedWithin(children: Inline[], front: Front, lexicon: Lexicon): Inline[] {
  const only = children.length === 1 ? children[0] : undefined
  if (only?.type !== 'text' || front.date !== undefined || !lexicon.profile.actTitles) return children
  const text = only.value.slice(0, 300)
  const stopWords = new Set(lexicon.profile.stopWords)
  // A line that ends with a procedure's reference (`… (2030/2145(INI))`, `… 2030/0123(COD))`) ends
  // with the resolution's own title line: its title may start anywhere in a run of capitals (`… in
  // Europe European Parliament resolution of …`), and the last one is the document's.
  const procedure = endsWithProcedure(only.value)
  let found: {act: ActTitle; date: string} | undefined
  let tries = 0
  let previous = ''
  for (let at = 0; at >= 0 && at < text.length && tries < 40; ) {
    const space = text.indexOf(' ', at)
    const word = text.slice(at, space < 0 ? text.length : space)
    if (
      isUpper(word[0]) &&
      (procedure || (!isUpper(previous[0]) && !stopWords.has(previous.toLowerCase())))
    ) {
      tries++
      const act = actTitleOf(text.slice(at), lexicon.profile)
      const date = act && act.number === undefined ? dateIn(act.date, lexicon) : ''
      if (act && date) {
        found = {act, date}
        if (!procedure) break
      }
    }
    previous = word
    at = space < 0 ? -1 : space + 1
  }
  if (!found) return children
  front.date = found.date
  return markAct(children, found.act, found.date)
}

/**
 * Whether a line ends with a procedure's reference, as the European Parliament's resolution title
 * lines do: a code of three capitals in brackets closing a bracket (`(2030/2145(INI))`,
 * `… – 2030/0123(COD))`). Only the line's last characters are read.
 */
function endsWithProcedure(text: string): boolean {
  const end = text.trimEnd()
  const length = end.length
  if (length < 6 || end.charCodeAt(length - 1) !== 41 || end.charCodeAt(length - 2) !== 41) return false
  if (end[length - 6] !== '(') return false
  for (let index = length - 5; index < length - 2; index++) if (!isUpper(end[index])) return false
  return true
}

/**
 * The content of an act's title block: the title in `docTitle` (see `markAct`), up to its first full
 * stop before a capital where the block goes on past it (an extraction that ran the title into the
 * lines under it: `… contratación pública. FELIPE VI REY DE ESPAÑA …`), the rest after it as text.
 */
function titleAndRest(children: Inline[], act: ActTitle, date: string): Inline[] {
  const only = children.length === 1 ? children[0] : undefined
  // The journal's insertion number before the title (`6981 `) stays out of it.
  if (only?.type === 'text' && act.start) {
    const rest = titleAndRest(
      [{type: 'text', value: only.value.slice(act.start)}],
      {...act, start: undefined},
      date,
    )
    return [{type: 'text', value: only.value.slice(0, act.start)}, ...rest]
  }
  if (only?.type === 'text') {
    const from = only.value.indexOf(act.date) + act.date.length
    const stop = from > act.date.length - 1 ? /\. (?=\p{Lu})/u.exec(only.value.slice(from)) : null
    if (stop) {
      const end = from + stop.index + 1
      const title = markAct([{type: 'text', value: only.value.slice(0, end)}], act, date)
      return [
        {type: 'docTitle', children: title},
        {type: 'text', value: only.value.slice(end)},
      ]
    }
  }
  return [{type: 'docTitle', children: markAct(children, act, date)}]
}

/**
 * An act's title with its number in `docNumber` and its date in `docDate`, where the block is one
 * text that prints them as read; else as it stands.
 */
function markAct(children: Inline[], act: ActTitle, date: string): Inline[] {
  const only = children.length === 1 ? children[0] : undefined
  if (only?.type !== 'text') return children
  const text = only.value
  const parts: Inline[] = []
  let from = 0
  if (act.number !== undefined) {
    const at = text.indexOf(act.number)
    if (at < 0) return children
    if (at > 0) parts.push({type: 'text', value: text.slice(0, at)})
    parts.push({type: 'docNumber', children: [{type: 'text', value: act.number}]})
    from = at + act.number.length
  }
  const at = date ? text.indexOf(act.date, from) : -1
  if (at < 0) {
    parts.push({type: 'text', value: text.slice(from)})
    return parts
  }
  if (at > from) parts.push({type: 'text', value: text.slice(from, at)})
  parts.push({
    type: 'inline',
    element: 'docDate',
    attributes: {date},
    children: [{type: 'text', value: act.date}],
  })
  const end = at + act.date.length
  if (end < text.length) parts.push({type: 'text', value: text.slice(end)})
  return parts
}

/**
 * The title: the first heading the source marks as one (`# Title` in Markdown, Word's `Title`
 * style), else the title-like block right after the number line, or a block in capitals.
 */
function isTitle(
  reading: Reading,
  p: P,
  front: Front,
  lexicon: Lexicon,
  underNumber: Set<P>,
  afterKind: boolean,
  next: Reading | undefined,
): boolean {
  if (reading.block.heading !== undefined && reading.words >= 1) return true
  // A note on where the act applies (`(Text with EEA relevance)`) is a line of its own, no title.
  if (isScopeNote(reading.bare, lexicon.profile)) return false
  // A subject heading in capitals over an instrument's short title (`ENVIRONMENTAL PROTECTION,
  // ENGLAND` / `The … Regulations 2031`, as United Kingdom statutory instruments print them under
  // their number) is no title: the short title under it is.
  if (front.numberParagraph && reading.capitals && next && endsWithKindAndYear(next, lexicon)) {
    underNumber.add(p)
    return false
  }
  // Under the number, the line that says what the document is (`Antrag`) and the one of who moves it
  // (`der Abgeordneten … und der Fraktion XYZ`), or both in one (`Antrag der Fraktion XYZ`), as a
  // parliament's print sets them over the title: no title, and the title may follow them.
  if (front.numberParagraph && (kindAlone(reading, lexicon) || kindAndMover(reading, lexicon))) {
    underNumber.add(p)
    return false
  }
  // A block naming the document by its kind (`Declaration on water security`) is its title, a final
  // stop included, as Spanish titles print one (`Resolución sobre la protección de los periodistas.`).
  if (namesDocument(reading, lexicon) && reading.last !== ';' && !reading.adoption) return true
  // A title may run over several lines and many words, but it ends without a sentence's stop; where
  // its place says it is the title (under the number or the line of its kind), a full stop is the
  // convention's (`S. RES. 712` / `Expressing support for the designation of … Month".`).
  const stop = reading.last === '.'
  if ((isSentenceEnd(reading.last) && !stop) || reading.words > 60) return false
  // `Adopted by the Security Council at its 9876th meeting, on …` under the number is no title, nor
  // is a date alone (`30 May 2026`, `Paris, 18 octobre 2031`, `02.05.2029`).
  if (reading.adoption) return false
  if (reading.words <= 6 && dateIn(reading.bare, lexicon) !== '') {
    underNumber.add(p)
    return false
  }
  if (reading.words < 2) return false
  // Nor is the line of who moves it (`By Senators Smith and Jones`), which the title may follow.
  const prefixes = lexicon.profile.delegationPrefixes ?? []
  if (prefixes.some((prefix) => reading.bare.startsWith(prefix))) {
    underNumber.add(p)
    return false
  }
  // Its words alone, the names on the lines under them (`presentato da` / `FERRANTI Giulia`): nothing
  // under them is the title.
  if (prefixes.some((prefix) => reading.bare === prefix.trimEnd())) return false
  // Right after the number, or after the dates and lines under it (`WHA79.12` / `30 May 2026` / the title).
  let previous = front.preface.length - 1
  while (
    previous >= 0 &&
    front.preface[previous] !== front.numberParagraph &&
    underNumber.has(front.preface[previous]!)
  )
    previous--
  if (front.numberParagraph && front.preface[previous] === front.numberParagraph) return true
  // A draft prints no number: its title follows the line that says it is a draft (`Albania, …:
  // draft resolution`, `Draft resolution submitted by the Chair …`).
  if (afterKind && reading.text[0] !== '[') return true
  return !stop && front.number === undefined && isCapitals(reading.bare) && reading.words >= 3
}

/** Whether a block is one of the profile's document kinds alone (`Antrag`, `Resolution`). */
function kindAlone(reading: Reading, lexicon: Lexicon): boolean {
  return !reading.label && reading.words === 1 && isDocumentKind(reading.bare, lexicon.profile)
}

/**
 * Whether a block is a document kind and the words of who moves it (`Antrag der Fraktion XYZ`,
 * `Mozione presentata da …`: a kind, then one of the profile's `delegationPrefixes`).
 */
function kindAndMover(reading: Reading, lexicon: Lexicon): boolean {
  const prefixes = lexicon.profile.delegationPrefixes
  if (!prefixes || reading.label) return false
  const space = reading.bare.indexOf(' ')
  if (space < 0 || !isDocumentKind(reading.bare.slice(0, space), lexicon.profile)) return false
  const rest = reading.bare.slice(space + 1)
  return prefixes.some((prefix) => rest.startsWith(prefix))
}

/**
 * Whether a preface block says what kind of document this is: one of the profile's document kinds
 * among its first three words or as its last (`Albania, … and Uruguay: draft resolution`, `Draft
 * resolution submitted by the Chair of the Committee`, `Projet de décision présenté par le Bureau`).
 */
function saysKind(reading: Reading, lexicon: Lexicon): boolean {
  const kinds = lexicon.profile.documentKinds
  if (!kinds || reading.label) return false
  const words = reading.bare.toLowerCase().split(' ')
  // The reading holds a long block's head only (a list of sponsors runs longer): its end is read whole.
  const end = reading.text.length < headLength ? reading.bare : fullText(reading.block.children).trimEnd()
  const last = end
    .slice(end.lastIndexOf(' ') + 1)
    .toLowerCase()
    .replace(/[.:]$/u, '')
  // Last only in a block of one sentence: prose that ends with one (`… signed the Peace Agreement.`)
  // says no kind. Near the start only where no number follows it: `General Assembly resolution 79/1`
  // cites one.
  const prose = /[.!?] \p{Lu}/u.test(end)
  return kinds.some((kind) => {
    const word = kind.toLowerCase()
    if (last === word) return !prose
    const at = words.slice(0, 3).indexOf(word)
    return at >= 0 && !isDigit(words[at + 1]?.[0])
  })
}

/**
 * A number or title around a line's content; the note calls that end the line stay after it
 * (`7/17[^1]`: the note is on the number, not part of it).
 */
function wrap(type: 'docNumber' | 'docTitle', children: Inline[]): Inline[] {
  let end = children.length
  while (end > 0 && (children[end - 1]!.type === 'authorialNote' || children[end - 1]!.type === 'noteRef'))
    end--
  if (end === 0) return [{type, children}]
  return [{type, children: children.slice(0, end)}, ...children.slice(end)]
}

/**
 * A block's content as the document's title: in `docTitle` (see `wrap`), but for a note on where the
 * act applies that ends its line (`… on the safety of toys (Text with EEA relevance)`, the profile's
 * `scopeNotes`), which stays after the title, a line of the preface's.
 */
/**
 * Where the figures that end the document's number end, where a title line opens with them again
 * before a capital (`31 Open science: …` under `42 C/Resolution 31`); else 0.
 */
function numberAgain(reading: Reading, number: string | undefined): number {
  if (number === undefined || !isDigit(reading.bare[0])) return 0
  let start = number.length
  while (start > 0 && isDigit(number[start - 1])) start--
  const figures = number.slice(start)
  if (figures === '' || !reading.bare.startsWith(`${figures} `)) return 0
  return isUpper(reading.bare[figures.length + 1]) ? figures.length : 0
}

function titleOf(children: Inline[], lexicon: Lexicon): Inline[] {
  const last = children.at(-1)
  if (children.length > 0 && last?.type === 'text' && lexicon.profile.scopeNotes) {
    const text = last.value.trimEnd()
    const open = text.endsWith(')') ? text.lastIndexOf(' (') : -1
    if (open > 0 && isScopeNote(text.slice(open + 1), lexicon.profile)) {
      const head = [...children.slice(0, -1), {type: 'text' as const, value: text.slice(0, open)}]
      return [...wrap('docTitle', head), {type: 'text', value: text.slice(open)}]
    }
  }
  return wrap('docTitle', children)
}

/** Characters before the bare text (opening quotation marks). */
function offset(reading: Reading): number {
  return reading.text.length - reading.bare.length
}

/**
 * The number of a heading the source marks as one that reads as a document's number in any language:
 * a short line with a number sign (`No. 7`, `Nº 7`, `n° 7`, `Nr. 7`, `№ 7`) or a number with a slash
 * (`7/17`), e.g. `# Decision No. 7/17` of a Markdown draft.
 */
function numberHeading(text: string): {value: string; end: number} | undefined {
  if (text.length > 80) return undefined
  const match = /(?:^|[\s(])(?:n[ºo°]|no\.|nr\.|№)\s?(\d[\w/.-]*)/iu.exec(text) ?? /(\d+\/\d+)/u.exec(text)
  if (!match?.[1]) return undefined
  return {value: match[1].replace(/\.$/, ''), end: text.length}
}

/**
 * A symbol alone on its line (`AG/RES. 3001 (LIV-O/24)`, `WHA79.12`) at the top, where bodies that
 * number their texts by symbol print the number.
 */
function symbolLine(text: string): {value: string; end: number; symbol?: true} | undefined {
  const found = symbolIn(text)
  if (!found) return undefined
  if (found.alone) return text.length > 60 ? undefined : {value: found.symbol, end: text.length}
  // An extraction that joins the symbol's line and the title's (`P10_TA(2031)0087 Protection of
  // journalists in Europe`): the symbol opens the line, a capital the title.
  const end = found.symbol.length
  if (!text.startsWith(found.symbol) || text[end] !== ' ' || !isUpper(text[end + 1])) return undefined
  return {value: found.symbol, end, symbol: true}
}

function numberOf(text: string, patterns: RegExp[]): {value: string; end: number} | undefined {
  for (const pattern of patterns) {
    const match = pattern.exec(text)
    if (match?.[1]) {
      // A pattern that ends after `N/N. ` leaves the title on the line: the number ends at its `.`.
      let end = match.index + match[0].length
      while (end > 0 && text[end - 1] === ' ') end--
      return {value: match[1], end}
    }
  }
  return undefined
}

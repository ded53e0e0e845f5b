import type {Profile} from '../profile.js'
import type {Reporter} from '../report.js'
import {collapseSpaces, firstNonSpace, head, isDigit, isLetter, isSpace, lastNonSpace} from '../text-utils.js'
import {isPageFurniture} from './furniture.js'
import {isNoteStart, makeLine} from './line.js'
import {isBareNumber, readNotes} from './notes.js'
import {splitLines} from './split-lines.js'
import type {Item, LiftedNote, Segment} from './types.js'

/** What stage one yields: logical lines and breaks in order, and the footnotes lifted out. */
export interface Layout {
  items: Item[]
  notes: LiftedNote[]
  /** Whether every text line was followed by an empty line (then empty lines mean nothing). */
  doubled: boolean
}

const genericSuperscripts = ['o', 'os', 'er', 're', 'e', 'st', 'nd', 'rd', 'th']

/**
 * Stage one: repair the layout of PDF-extracted text. Empty lines of double spacing are dropped,
 * page furniture is taken out, footnotes are lifted out of the flow, superscripts that fell onto
 * lines of their own are rejoined. Each repair is reported. Lines are not joined yet: which line
 * continues which is decided with the profile's sentence rules (see `blocks.ts`).
 */
export function repairLayout(
  source: string | {texts: string[]; starts: number[]},
  profile: Profile,
  report: Reporter,
): Layout {
  const split = typeof source === 'string' ? splitLines(source) : source
  const starts = split.starts
  const {texts, separators} = normalizeBlanks(split.texts)
  const count = texts.length
  // Padded extraction: every text line ends with white space, which then tells nothing.
  let padded = texts.length > 1
  for (const line of texts) {
    if (line.length > 0 && !isSpace(line.charCodeAt(line.length - 1))) {
      padded = false
      break
    }
  }
  const superscripts = new Set([...(profile.superscripts ?? []), ...genericSuperscripts])

  // Double spacing: most text lines are followed by an empty one.
  let textLines = 0
  let followed = 0
  for (let index = 0; index < count; index++) {
    if (texts[index]!.length === 0) continue
    textLines++
    if (index + 1 < count && texts[index + 1]!.length === 0) followed++
  }
  const doubled = textLines >= 2 && followed * 2 >= textLines
  if (doubled) {
    report.info(
      'blank-lines-removed',
      'Empty lines after each text line dropped: the text is double-spaced',
      0,
      0,
    )
  }

  const items: Item[] = []
  const notes: LiftedNote[] = []
  const pushBreak = (start: number, end: number): void => {
    const last = items[items.length - 1]
    if (last?.kind === 'break' || items.length === 0) return
    items.push({kind: 'break', start, end})
  }
  // Next non-empty line after `index` (empty lines skipped only when they mean nothing).
  const next = (index: number): number => {
    let cursor = index + 1
    let skipped = 0
    while (cursor < count && texts[cursor]!.length === 0 && doubled && skipped < 2) {
      cursor++
      skipped++
    }
    return cursor < count && texts[cursor]!.length > 0 ? cursor : -1
  }

  let index = 0
  while (index < count) {
    const raw = texts[index]!
    const start = starts[index]!
    if (raw.length === 0) {
      if (!doubled) pushBreak(start, start)
      index++
      continue
    }
    const first = firstNonSpace(raw)
    if (first === raw.length || isRule(raw, first)) {
      const following = next(index)
      const separator = raw.length - first >= 5 || raw.length >= 8 || separators.has(index)
      if (separator && following >= 0 && isNoteStart(texts[following]!)) {
        const read = readNotes(texts, starts, following, doubled, profile, report)
        for (const note of read.notes) {
          notes.push({...note, at: items.length})
          report.info(
            'footnote-lifted',
            `Footnote ${note.marker} lifted out of the text`,
            note.start,
            note.end,
          )
        }
        index = read.next
        continue
      }
      if (first === raw.length) {
        pushBreak(start, start + raw.length)
        index++
        continue
      }
    }
    const end = lastNonSpace(raw)
    const trimmed = raw.slice(first, end)
    if (isPageFurniture(head(trimmed), profile) || isBareNumber(trimmed)) {
      report.furniture(raw, start, start + raw.length)
      index++
      continue
    }
    const segments: Segment[] = [
      {kind: 'text', text: collapseSpaces(trimmed), start: start + first, end: start + end},
    ]
    let lineEnd = start + end
    let current = index
    // Superscripts and markers split onto their own lines: `n` / `o` / ` 7/17`.
    for (;;) {
      const line = texts[current]!
      // Trailing white space ends a word, except where every line has it or a superscript follows.
      const tail = line.slice(0, lastNonSpace(line))
      const last = tail[tail.length - 1]
      if (last === undefined) break
      const closed = tail.length < line.length
      const supIndex = next(current)
      if (supIndex < 0) break
      const supRaw = texts[supIndex]!
      const supTrimmed = supRaw.trim()
      const digits = supTrimmed.length > 0 && supTrimmed.length <= 3 && [...supTrimmed].every(isDigit)
      const letters = isLetter(last) || isDigit(last)
      if (!(digits || (letters && superscripts.has(supTrimmed)))) break
      if (closed && digits && !padded) break
      const restIndex = next(supIndex)
      const restRaw = restIndex >= 0 ? texts[restIndex]! : ''
      const restFirst = firstNonSpace(restRaw)
      const hasRest = restIndex >= 0 && restFirst < restRaw.length && !isRule(restRaw, restFirst)
      // A superscript is read as one only before a rest that opens with a space or a digit (` 7/17`,
      // `203)`); otherwise the line is a word of its own (`o` / `DÉCISION`).
      if (!digits && !(hasRest && (restFirst > 0 || isDigit(restRaw[restFirst])))) break
      const supStart = starts[supIndex]! + firstNonSpace(supRaw)
      const supEnd = supStart + supTrimmed.length
      segments.push({kind: digits ? 'marker' : 'sup', text: supTrimmed, start: supStart, end: supEnd})
      lineEnd = supEnd
      if (!digits) {
        let fragment = ''
        for (
          let cursor = tail.length - 1;
          cursor >= 0 && (isLetter(tail[cursor]) || isDigit(tail[cursor]));
          cursor--
        )
          fragment = tail[cursor] + fragment
        report.superscript(
          `${fragment}\n${supTrimmed}`,
          starts[current]! + tail.length - fragment.length,
          supEnd,
        )
      }
      current = supIndex
      if (!hasRest) break
      const restEnd = lastNonSpace(restRaw)
      const restText = collapseSpaces(restRaw.slice(restFirst, restEnd))
      // The rest is another printed line: a space parts it from what comes before (a superscript, or
      // the word before a dropped marker), unless it opens with punctuation that closes the phrase.
      const glued = digits && restFirst === 0 && isClosing(restText[0])
      segments.push({
        kind: 'text',
        text: glued ? restText : ` ${restText}`,
        start: starts[restIndex]! + restFirst,
        end: starts[restIndex]! + restEnd,
      })
      lineEnd = starts[restIndex]! + restEnd
      current = restIndex
    }
    items.push(makeLine(segments, first > 0, start + first, lineEnd))
    index = current + 1
  }
  while (items[items.length - 1]?.kind === 'break') items.pop()
  return {items, notes, doubled}
}

/**
 * Blank lines that hold white space where empty lines are expected: when no line is empty but most
 * text lines are followed by a white-space line, such a line alone is the gap of double spacing
 * (made empty), and a run of them a paragraph break (kept, the rest of the run made empty); the last
 * line of such a run is a footnote separator when a note follows. Indices stay those of the source.
 */
function normalizeBlanks(lines: string[]): {texts: string[]; separators: Set<number>} {
  const separators = new Set<number>()
  let text = 0
  let followed = 0
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!
    if (line.length === 0) return {texts: lines, separators}
    if (firstNonSpace(line) === line.length) continue
    text++
    const after = lines[index + 1]
    if (after !== undefined && after.length > 0 && firstNonSpace(after) === after.length) followed++
  }
  if (text < 2 || followed * 2 < text) return {texts: lines, separators}
  const texts = lines.slice()
  let index = 0
  while (index < texts.length) {
    const line = texts[index]!
    if (firstNonSpace(line) < line.length) {
      index++
      continue
    }
    let end = index
    while (end + 1 < texts.length && firstNonSpace(texts[end + 1]!) === texts[end + 1]!.length) end++
    for (let cursor = index; cursor < end; cursor++) texts[cursor] = ''
    if (end === index && line.length < 5) texts[index] = ''
    else if (end > index) separators.add(end)
    index = end + 1
  }
  return {texts, separators}
}

/** Punctuation that closes a phrase, printed without a space before it. */
function isClosing(character: string | undefined): boolean {
  return character !== undefined && ',.;:)]»!?'.includes(character)
}

/** A separator drawn with `_`, `-` or `—` (at least five), as some extractions print above notes. */
function isRule(raw: string, first: number): boolean {
  const end = lastNonSpace(raw)
  if (end - first < 5) return false
  for (let index = first; index < end; index++) {
    const character = raw[index]
    if (character !== '_' && character !== '-' && character !== '—' && character !== '–') return false
  }
  return true
}

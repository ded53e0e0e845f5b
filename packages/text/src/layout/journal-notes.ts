import {isDigit, isSpace} from '../text-utils.js'
import {noteLine, type ReadNote} from './notes.js'
import {Role, type Rows, Taken} from './rows.js'
import {superscriptDigits} from './survey.js'

/** Most lines one note of this kind takes (a citation wraps onto two or three). */
const maximumLines = 6

/**
 * Notes of EU acts as the Official Journal prints them: each opens with a bracketed marker, `(1)` or
 * `(¹)` (the marker in the text is printed the same way: `Committee (1),`), and most cite the
 * journal (`(1) OJ C 123, 4.5.2019, p. 1.`). A line opening with such a marker and a citation of
 * the journal (the profile's `journalCitations`, then the series `C` or `L`) opens a run of notes,
 * which goes on with the next markers in order (`(2) Position of the European Parliament …`) and,
 * in a PDF extraction, over the lines a note wraps onto until it ends its sentence. A recital or a
 * numbered point (`(1) Packaging waste …`) cites no journal at its start: it opens none. Each note's
 * marker is kept as printed with digits (`(1)`). Returns the notes by the row of their first line.
 */
export function readJournalNotes(
  rows: Rows,
  citations: readonly string[],
  wraps: boolean,
): Map<number, ReadNote[]> {
  const blocks = new Map<number, ReadNote[]>()
  if (citations.length === 0) return blocks
  for (let index = 0; index < rows.texts.length; index++) {
    if (rows.role[index] !== Role.text || rows.taken[index] !== Taken.none) continue
    // Most lines open with anything but `(`: the one test they cost.
    if (rows.opening[index] !== 40) continue
    const raw = rows.texts[index]!
    const first = rows.first[index]!
    const marker = bracketedMarker(raw, first)
    if (!marker || !citesJournal(raw, marker.end, citations)) continue
    const read = readRun(rows, index, marker.value, wraps)
    blocks.set(index, read.notes)
    index = read.next - 1
  }
  return blocks
}

/** The notes of a run from its first row, each the next marker of the one before. */
function readRun(
  rows: Rows,
  index: number,
  value: string,
  wraps: boolean,
): {notes: ReadNote[]; next: number} {
  const notes: ReadNote[] = []
  let expected = value
  let current: ReadNote | undefined
  let cursor = index
  while (cursor < rows.texts.length) {
    const role = rows.role[cursor]!
    // The empty lines of double spacing mean nothing.
    if (role === Role.gap) {
      cursor++
      continue
    }
    if (role !== Role.text) {
      // Blank lines between two notes (web text parts them so), not after the last.
      let ahead = cursor
      while (ahead < rows.texts.length && (rows.role[ahead] === Role.gap || rows.role[ahead] === Role.break))
        ahead++
      if (role === Role.page || ahead >= rows.texts.length || !opensNote(rows, ahead, expected)) break
      cursor = ahead
      continue
    }
    if (rows.taken[cursor] !== Taken.none) break
    const raw = rows.texts[cursor]!
    const first = rows.first[cursor]!
    const end = rows.last[cursor]!
    const start = rows.starts[cursor]!
    const marker = raw.charCodeAt(first) === 40 ? bracketedMarker(raw, first) : undefined
    if (marker && marker.value === expected) {
      let textStart = marker.end
      while (textStart < end && isSpace(raw.charCodeAt(textStart))) textStart++
      current = {
        marker: `(${marker.value})`,
        lines: [noteLine(raw.slice(textStart, end), start + textStart, start + end)],
        start: start + first,
        end: start + end,
      }
      notes.push(current)
      expected = String(Number(expected) + 1)
    } else if (wraps && current && current.lines.length < maximumLines && !endsSentence(current)) {
      current.lines.push(noteLine(raw.slice(first, end), start + first, start + end))
      current.end = start + end
    } else break
    rows.taken[cursor] = Taken.note
    cursor++
  }
  return {notes, next: cursor}
}

/** Whether a row opens with the bracketed marker `expected`. */
function opensNote(rows: Rows, row: number, expected: string): boolean {
  if (rows.role[row] !== Role.text || rows.taken[row] !== Taken.none) return false
  const raw = rows.texts[row]!
  const first = rows.first[row]!
  return raw.charCodeAt(first) === 40 && bracketedMarker(raw, first)?.value === expected
}

function endsSentence(note: ReadNote): boolean {
  const flat = note.lines[note.lines.length - 1]!.flat
  return flat[flat.length - 1] === '.'
}

/**
 * A bracketed marker at `first`: `(12)`, `(¹)`, then white space. Returns its value in ASCII digits
 * (`1`) and the index past the `)`.
 */
export function bracketedMarker(raw: string, first: number): {value: string; end: number} | undefined {
  let index = first + 1
  let value = ''
  while (index < raw.length && index - first <= 3) {
    const character = raw[index]!
    const superscript = superscriptDigits.indexOf(character)
    if (isDigit(character)) value += character
    else if (superscript >= 0) value += String(superscript)
    else break
    index++
  }
  if (value.length === 0 || value[0] === '0' || raw[index] !== ')') return undefined
  if (!isSpace(raw.charCodeAt(index + 1))) return undefined
  return {value, end: index + 1}
}

/**
 * Whether the text from `from` (past white space) cites the journal: one of the profile's
 * abbreviations, a space, the series `C` or `L`, then a space or a comma (`OJ C 123`, `ABl. L 119`,
 * `OJ L, 2024/1689`).
 */
function citesJournal(raw: string, from: number, citations: readonly string[]): boolean {
  let at = from
  while (at < raw.length && isSpace(raw.charCodeAt(at))) at++
  for (const citation of citations) {
    if (!raw.startsWith(citation, at)) continue
    const series = at + citation.length + 1
    const after = raw[series + 1]
    if (
      raw[series - 1] === ' ' &&
      (raw[series] === 'C' || raw[series] === 'L') &&
      (after === ' ' || after === ',')
    )
      return true
  }
  return false
}

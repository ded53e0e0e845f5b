import {collapseSpaces, firstNonSpace, head, isDigit, isLetter, isSpace, lastNonSpace} from '../text-utils.js'
import {isBareNumber, isFurnitureLine, isPageMark, isSymbol} from './furniture.js'
import type {FurnitureWords} from './furniture-words.js'
import {makeLine, nextMarker, noteMarker} from './line.js'
import {Role, type Rows, Taken} from './rows.js'
import type {LiftedNote, Line} from './types.js'

/** A note before its place among the items is known. */
export type ReadNote = Omit<LiftedNote, 'at'>

/** Most lines one footnote may take in double spacing, where nothing else ends a note block. */
const maximumNoteLines = 40

/**
 * Whether a row is a note's number alone at the line's start (`3`), as a page's foot prints the
 * numbers of notes raised or set after their text: the cheapest tests first (its first character,
 * its length).
 */
export function isNumberAloneAt(rows: Rows, row: number, number: string): boolean {
  if (rows.opening[row] !== number.charCodeAt(0) || rows.first[row] !== 0) return false
  if (rows.last[row] !== number.length || rows.role[row] !== Role.text) return false
  return rows.texts[row]!.startsWith(number)
}

/**
 * Whether a row is a footnote separator: a rule drawn with `_`, `-`, `—` (five at least), or in
 * double spacing a line of white space longer than the usual gap, or the last of a run of blank
 * lines (see `classifyRows`).
 */
export function isSeparator(rows: Rows, index: number, doubled: boolean): boolean {
  const opening = rows.opening[index]!
  const raw = rows.texts[index]!
  if (opening >= 0) return isRuleCharacter(opening) && isRule(raw, rows.first[index]!, rows.last[index])
  return (
    doubled &&
    (rows.separators.has(index) || (rows.role[index] === Role.break && raw.length > rows.usualBlank))
  )
}

/**
 * Read the notes of a block in single spacing (and web text), from its first note line to the end
 * of the page (a page break, or the end of the text for endnotes). Every paragraph of the block
 * opens with a marker, at the line's start or at the `margin` (the column of the rule above the
 * notes, where `pdftotext -layout` keeps the page's left margin in spaces); a line right after a note's line opens the next note only with the marker
 * that follows (`2` after `1`), so a wrapped line starting with a number goes on its note. A
 * paragraph without a marker means the text has resumed: the block ends there. Page marks inside
 * the block are furniture (marked, reported with the others).
 */
export function readBlockNotes(
  rows: Rows,
  index: number,
  words: Pick<FurnitureWords, 'lines' | 'endings'>,
  previous?: string,
  margin = 0,
): {notes: ReadNote[]; next: number} {
  const notes: ReadNote[] = []
  let current: ReadNote | undefined
  let paragraph = true
  let cursor = index
  for (; cursor < rows.texts.length; cursor++) {
    const role = rows.role[cursor]!
    if (role === Role.page) break
    if (role !== Role.text) {
      paragraph = true
      continue
    }
    const raw = rows.texts[cursor]!
    const start = rows.starts[cursor]!
    const first = rows.first[cursor]!
    const end = rows.last[cursor]!
    const trimmed = raw.slice(first, end)
    const fallen = fallenMarker(rows, cursor, current?.marker)
    if (fallen) {
      current = openFallen(rows, cursor, fallen)
      notes.push(current)
      cursor = fallen.row
      paragraph = false
      continue
    }
    if (isPageMark(trimmed) || isFurnitureLine(head(trimmed), words)) {
      rows.taken[cursor] = Taken.furniture
      continue
    }
    // A note opens at the text's left margin: the line's start, or the column its rule is drawn at.
    const at = first === 0 ? raw : first === margin ? raw.slice(first) : undefined
    const marker =
      at === undefined
        ? undefined
        : (noteMarker(at, current?.marker ?? previous, true) ?? bracketedMarker(at, current?.marker))
    if (marker !== undefined && (paragraph || !current || marker === nextMarker(current.marker))) {
      current = first === 0 ? open(raw, marker, start, end) : open(at!, marker, start + first, end - first)
      notes.push(current)
    } else if (current && !paragraph) {
      current.lines.push(noteLine(trimmed, start + first, start + end))
      current.end = start + end
    } else break
    rows.taken[cursor] = Taken.note
    paragraph = false
  }
  return {notes, next: cursor}
}

/**
 * Read the notes printed at the foot of a page in double spacing, from the first note line. A note
 * goes on over the following lines until the page resumes: a line that begins with white space (the
 * next page's first line), or any line once the note's sentence has ended. A line that opens with
 * another marker starts the next note once the note before has ended its sentence (so that
 * `2 February 2018.` goes on a note that stopped at `held on`).
 */
export function readPageNotes(
  rows: Rows,
  index: number,
  words: Pick<FurnitureWords, 'lines' | 'endings'>,
  previous?: string,
): {notes: ReadNote[]; next: number} {
  const notes: ReadNote[] = []
  let current: ReadNote | undefined
  let cursor = index
  let count = 0
  while (cursor < rows.texts.length) {
    const raw = rows.texts[cursor]!
    if (rows.role[cursor] === Role.gap) {
      cursor++
      continue
    }
    if (raw.length === 0 || isSpace(raw.charCodeAt(0))) break
    const first = rows.first[cursor]!
    const end = rows.last[cursor]!
    const trimmed = raw.slice(first, end)
    const start = rows.starts[cursor]!
    const fallen =
      current && !endsSentence(current.lines[current.lines.length - 1]!)
        ? undefined
        : fallenMarker(rows, cursor, current?.marker)
    if (fallen) {
      current = openFallen(rows, cursor, fallen)
      notes.push(current)
      cursor = fallen.row + 1
      if (++count >= maximumNoteLines) break
      continue
    }
    if (current && (isFurnitureLine(head(trimmed), words) || isBareNumber(trimmed) || isSymbol(trimmed))) {
      rows.taken[cursor] = Taken.furniture
      cursor++
      continue
    }
    const marker = noteMarker(raw, current?.marker ?? previous)
    if (marker !== undefined && (!current || endsSentence(current.lines[current.lines.length - 1]!))) {
      current = open(raw, marker, start, end)
      notes.push(current)
    } else {
      if (!current || endsSentence(current.lines[current.lines.length - 1]!)) break
      current.lines.push(noteLine(trimmed, start + first, start + end))
      current.end = start + end
    }
    rows.taken[cursor] = Taken.note
    cursor++
    if (++count >= maximumNoteLines) break
  }
  return {notes, next: cursor}
}

/**
 * A note's marker fallen onto a line of its own above the note's text (`1`, then ` Resolution
 * 69/283, annex II.`), as extractions print superscripts: one to three digits alone, the next marker
 * after the note before (any, for the first), then a line (past the gaps of double spacing) that
 * goes on after the white space the marker stood before, with a letter, and is no symbol (a page
 * number above the next page's running symbol is none). Returns the marker and the row of the text.
 */
export function fallenMarker(
  rows: Rows,
  cursor: number,
  before: string | undefined,
): {marker: string; row: number} | undefined {
  const raw = rows.texts[cursor]!
  const trimmed = raw.slice(rows.first[cursor]!, rows.last[cursor]!)
  if (trimmed.length === 0 || trimmed.length > 3 || !isBareNumber(trimmed) || trimmed[0] === '0')
    return undefined
  if (before !== undefined && trimmed !== nextMarker(before)) return undefined
  let row = cursor + 1
  while (row < rows.texts.length && rows.role[row] === Role.gap) row++
  if (row >= rows.texts.length || rows.role[row] !== Role.text) return undefined
  const first = rows.first[row]!
  const text = rows.texts[row]!
  if (first === 0 || !isLetter(text[first])) return undefined
  if (isSymbol(text.slice(first, rows.last[row]!))) return undefined
  return {marker: trimmed, row}
}

/** A note from its fallen marker's row and its text's row, both taken as the note's. */
function openFallen(rows: Rows, cursor: number, fallen: {marker: string; row: number}): ReadNote {
  const {row} = fallen
  const start = rows.starts[row]!
  const first = rows.first[row]!
  const end = rows.last[row]!
  rows.taken[cursor] = Taken.note
  rows.taken[row] = Taken.note
  return {
    marker: fallen.marker,
    lines: [noteLine(rows.texts[row]!.slice(first, end), start + first, start + end)],
    start: rows.starts[cursor]!,
    end: start + end,
  }
}

/** A note from its first line. */
export function open(raw: string, marker: string, start: number, end: number): ReadNote {
  const textStart = marker.length + firstNonSpace(raw.slice(marker.length))
  return {
    marker,
    lines: [noteLine(raw.slice(textStart, end), start + textStart, start + end)],
    start,
    end: start + end,
  }
}

/**
 * The marker of a note numbered in brackets under a rule (`(1) Chambre des représentants …`, as
 * Belgian, Luxembourg and French journals number an act's notes): `(1)` opening a line before a
 * space and text, the first or the one after `current` (`(2)` after `(1)`).
 */
export function bracketedMarker(raw: string, current?: string): string | undefined {
  if (raw[0] !== '(') return undefined
  let end = 1
  while (end < 4 && isDigit(raw[end])) end++
  if (end === 1 || raw[end] !== ')' || raw[end + 1] !== ' ' || raw.length < end + 3) return undefined
  const marker = raw.slice(0, end + 1)
  if (current === undefined) return marker
  return current[0] === '(' && Number(current.slice(1, -1)) + 1 === Number(marker.slice(1, -1))
    ? marker
    : undefined
}

/** A note's line of text, its white space made single. */
export function noteLine(text: string, start: number, end: number): Line {
  return makeLine([{kind: 'text', text: collapseSpaces(text), start, end}], false, start, end)
}

function endsSentence(last: Line): boolean {
  const character = last.flat[last.flat.length - 1]
  return character === '.' || character === '!' || character === '?'
}

/** `_`, `-`, `—` or `–`: what a separator is drawn with. */
function isRuleCharacter(code: number): boolean {
  return code === 95 || code === 45 || code === 0x2014 || code === 0x2013
}

/** A separator drawn with `_`, `-`, `—` or `–` (at least five), as extractions print above notes. */
export function isRule(raw: string, first: number, end = lastNonSpace(raw)): boolean {
  if (end - first < 5) return false
  for (let index = first; index < end; index++) {
    const character = raw[index]
    if (character !== '_' && character !== '-' && character !== '—' && character !== '–') return false
  }
  return true
}

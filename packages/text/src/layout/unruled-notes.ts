import {isDigit, isLower, isSpace, isUpper, lastNonSpace} from '../text-utils.js'
import {isPageMark} from './furniture.js'
import type {FurnitureWords} from './furniture-words.js'
import {nextMarker, noteMarker} from './line.js'
import {fallenMarker, open, type ReadNote, readBlockNotes} from './notes.js'
import {readRaisedNotes} from './raised-notes.js'
import {Role, type Rows, Taken, trimmedRow} from './rows.js'
import {continueNote, readTrailingNotes} from './trailing-notes.js'

/**
 * Notes printed without a separator, as web pages give them: a line opening with a marker (`1 Cf.
 * …`, `* WPR/RC40/18`) is a one-line note when its marker is the next of the sequence (`1`, `2`, …
 * or `*`, `**`, …) and stands fused to a word or punctuation earlier in the text (`2010,1`, `;*`).
 * Returns the notes by their row.
 */
export function readLooseNotes(rows: Rows): Map<number, ReadNote[]> {
  const blocks = new Map<number, ReadNote[]>()
  const fused = firstFusedMarkers(rows)
  if (fused.size === 0) return blocks
  let number = '1'
  let star = '*'
  for (let index = 0; index < rows.texts.length; index++) {
    if (rows.role[index] !== Role.text || rows.taken[index] !== Taken.none) continue
    const raw = rows.texts[index]!
    const marker = noteMarker(raw)
    if (marker === undefined || (marker !== number && marker !== star)) continue
    const start = rows.starts[index]!
    if ((fused.get(marker) ?? start) >= start) continue
    blocks.set(index, [open(raw, marker, start, lastNonSpace(raw))])
    rows.taken[index] = Taken.note
    if (marker === number) number = nextMarker(number)
    else star = nextMarker(star)
  }
  return blocks
}

/** Where each marker first stands fused to a lower-case letter or punctuation: `2010,1`, `report4`, `;*`. */
export function firstFusedMarkers(rows: Rows): Map<string, number> {
  const first = new Map<string, number>()
  for (let row = 0; row < rows.texts.length; row++) {
    if (rows.role[row] !== Role.text || rows.taken[row] !== Taken.none) continue
    const raw = rows.texts[row]!
    for (let index = 1; index < raw.length; index++) {
      const code = raw.charCodeAt(index)
      const star = code === 42
      if (!star && (code < 48 || code > 57)) continue
      const before = raw[index - 1]!
      let end = index
      while (end < raw.length && (star ? raw[end] === '*' : isDigit(raw[end]))) end++
      const glued = star
        ? !isSpace(before.charCodeAt(0)) && before !== '*'
        : isLower(before) || ',.;:)”’"»'.includes(before)
      if (glued && end - index <= 3 && !isDigit(raw[end]) && !isDigit(before)) {
        const marker = raw.slice(index, end)
        if (!first.has(marker)) first.set(marker, rows.starts[row]! + index)
      }
      index = end - 1
    }
  }
  return first
}

/**
 * Notes at a page's foot that the extraction printed without a separator (single spacing): the
 * last paragraphs of a page (up to its page break, or the end of the text), each opening with a
 * marker, the first of them the next number of the notes so far (`1` first) or an asterisk marker
 * that stands fused earlier in the text (`Egypt:*`). Pages that already have a block are skipped.
 * Returns the notes by the row of their first line.
 */
export function readFootNotes(
  rows: Rows,
  blocks: Map<number, ReadNote[]>,
  words: Pick<FurnitureWords, 'lines' | 'endings'>,
): Map<number, ReadNote[]> {
  const found = new Map<number, ReadNote[]>()
  let fused: Map<string, number> | undefined
  const known = [...blocks].sort((a, b) => a[0] - b[0])
  let cursor = 0
  let number = 0
  // The last note read so far, and its page: a word processor may carry the end of a long note onto
  // the next page.
  let last: ReadNote | undefined
  let lastPage = -1
  const pages = rows.pages
  for (let page = 0; page < pages.length; page++) {
    const from = pages[page]!
    const to = pages[page + 1] ?? rows.texts.length
    let hasBlock = false
    while (cursor < known.length && known[cursor]![0] < to) {
      hasBlock ||= known[cursor]![0] >= from
      for (const note of known[cursor]![1]) {
        if (isDigit(note.marker[0])) number = Math.max(number, Number(note.marker))
        last = note
        lastPage = page
      }
      cursor++
    }
    if (hasBlock) continue
    // The marker before the page's first note: `0` before the document's first (`1`).
    const before = String(number)
    const parted = footStart(rows, from, to, before)
    if (parted < 0) {
      // Numbers alone on their lines, each before its note's text or after its first line.
      const raised = readRaisedNotes(rows, page, before, words, (marker, at) => {
        fused ??= firstFusedMarkers(rows)
        return (fused.get(marker) ?? at) < at
      })
      if (raised) {
        found.set(raised.first, raised.notes)
        if (last && lastPage === page - 1) continueNote(rows, from, raised.first, last)
        number += raised.notes.length
        last = raised.notes[raised.notes.length - 1]
        lastPage = page
        continue
      }
    }
    const first =
      parted >= 0
        ? parted
        : gluedFootStart(rows, from, to, before, (marker, at) => {
            fused ??= firstFusedMarkers(rows)
            return (fused.get(marker) ?? at) < at
          })
    if (first < 0) {
      // Numbers printed after their notes' texts stand only with the first fused earlier in the text
      // (a word processor may set a note on the page after its marker's).
      const trailing = readTrailingNotes(rows, page, before, words, (marker, at) => {
        fused ??= firstFusedMarkers(rows)
        return (fused.get(marker) ?? at) < at
      })
      if (trailing) {
        found.set(trailing.first, trailing.notes)
        number += trailing.notes.length
        last = trailing.notes[trailing.notes.length - 1]
        lastPage = page
      }
      continue
    }
    const raw = rows.texts[first]!
    const marker = noteMarker(raw, before, true) ?? fallenMarker(rows, first, before)?.marker
    if (marker === undefined) continue
    // A note that opens in lower case (`1 to continue …`, `1 that …`) stands there only with its
    // marker earlier in the text: clauses numbered without a stop (the ITU's `1 to …` under
    // `resolves`) end many texts, and a note rarely opens so.
    const lower = opensInLower(raw, marker)
    if ((marker[0] === '*' || lower) && !fused) fused = firstFusedMarkers(rows)
    const anchored = () => (fused?.get(marker) ?? Number.POSITIVE_INFINITY) < rows.starts[first]!
    const plausible = marker[0] === '*' ? anchored() : Number(marker) === number + 1 && (!lower || anchored())
    if (!plausible) continue
    const read = readBlockNotes(rows, first, words, before)
    found.set(first, read.notes)
    if (last && lastPage === page - 1) continueNote(rows, from, first, last)
    for (const note of read.notes) {
      if (isDigit(note.marker[0])) number = Math.max(number, Number(note.marker))
      last = note
      lastPage = page
    }
  }
  return found
}

/** Whether the text after a line's marker opens with a lower-case letter. */
function opensInLower(raw: string, marker: string): boolean {
  let index = marker.length
  while (index < raw.length && isSpace(raw.charCodeAt(index))) index++
  return isLower(raw[index])
}

/** The first row of the run of marker-opened paragraphs that ends a page, or -1. */
function footStart(rows: Rows, from: number, to: number, before: string): number {
  let start = -1
  let row = pageMarksAbove(rows, from, to)
  while (row >= from) {
    while (row >= from && rows.role[row] !== Role.text) row--
    if (row < from) break
    // The paragraph that ends at `row`: back to the blank line before it.
    let top = row
    while (top - 1 >= from && rows.role[top - 1] === Role.text) top--
    if (
      rows.taken[top] !== Taken.none ||
      rows.texts[top]!.length === 0 ||
      noteMarker(rows.texts[top]!, before, true) === undefined
    )
      break
    start = top
    row = top - 1
  }
  // The paragraph before the notes must be parted from them by a blank line.
  return start > from ? start : -1
}

/**
 * The last row of a page above the marks it ends with, each a line of its own (its number, `2/8`, a
 * job number: `1 See …` / blank / `2`), which plain `pdftotext` prints under the page's notes: the
 * notes end there. At most three; the page's last row when it ends with none.
 */
function pageMarksAbove(rows: Rows, from: number, to: number): number {
  let row = to - 1
  for (let marks = 0; marks < 3; marks++) {
    while (row >= from && rows.role[row] !== Role.text) row--
    if (row <= from || rows.role[row - 1] === Role.text || !isPageMark(trimmedRow(rows, row))) break
    row--
  }
  return row
}

/** A date alone on its line, day first (`15 December 2031`): an adoption line's, no note. */
const dateLine = /^\d{1,2} \p{Lu}\p{Ll}{2,12}\.? \d{4}\.?\s*$/u

/** Most rows a page's notes printed without a gap before them are looked for in, from its end. */
const gluedFootRows = 40

/**
 * The first row of notes that end a page right under its text, without a blank line between (a
 * word processor's separator is a drawn line, which a PDF extraction drops): the last row, within
 * {@link gluedFootRows} of the page's end, that opens with the marker after `before`, set against
 * its word (`1Official Records …`, see {@link noteMarker}) or fallen onto a line of its own above
 * the note's text (`1` / ` Comprend …`, see `fallenMarker`); the reading of the notes then takes
 * the rows from there to the page's end. A marker parted from its word by a space (`1 Official …`)
 * is no evidence by itself (a clause numbered without a stop reads so): only where the same marker
 * stands fused to a word earlier in the text. Returns -1 when there is none.
 */
function gluedFootStart(
  rows: Rows,
  from: number,
  to: number,
  before: string,
  fusedBefore: (marker: string, at: number) => boolean,
): number {
  const expected = nextMarker(before)
  for (let row = to - 1; row > from && row >= to - gluedFootRows; row--) {
    if (rows.role[row] !== Role.text || rows.taken[row] !== Taken.none) continue
    if (rows.first[row] !== 0) continue
    const raw = rows.texts[row]!
    if (!raw.startsWith(expected)) continue
    // The number fallen onto a line of its own above the note's text (`1` / ` Comprend …`).
    if (raw.length === expected.length || isSpace(raw.charCodeAt(expected.length))) {
      const fallen = fallenMarker(rows, row, before)
      if (fallen && fallen.row < to) return row
      // Parted by a space from a word in a capital (`1 RS 101`, `1 Regulation (EU) 2031/12.`), where
      // the same marker stands fused to a word earlier in the text (`Constitution1,`): the notes'
      // numbers set apart from their texts by a tab.
      if (
        raw.length > expected.length + 1 &&
        isUpper(raw[expected.length + 1]) &&
        !dateLine.test(raw) &&
        fusedBefore(expected, rows.starts[row]!)
      )
        return row
      continue
    }
    if (noteMarker(raw, before, true) === expected) return row
  }
  return -1
}

import {isDigit, isLetter, isSpace} from '../text-utils.js'
import {isPageMark} from './furniture.js'
import {noteLine, type ReadNote} from './notes.js'
import {Role, type Rows, Taken, trimmedRow} from './rows.js'

/** Most lines one note of this kind takes (a citation wraps onto two or three). */
const maximumLines = 6

/** Most notes one page's foot holds that are looked for: `(a)` to `(z)`. */
const maximumNotes = 26

/**
 * Notes lettered at a page's foot, as the Queen's (King's) Printer sets a United Kingdom statutory
 * instrument: `(a) 1988 c. 52.` / `(b) S.I. 1999/2864.`, their markers fused to the text's words
 * (`… Act 1988(a).`, `… Regulations 1999(b) are amended`), the lettering starting again on every
 * page. In single spacing, the last paragraph of a page (after a blank line, up to the page's end or
 * its number under the notes) whose lines each open with the next letter, `(a)` first, or go on with
 * a note that has not ended its sentence, each note ending its own (a list's points end with `;`),
 * and whose markers all stand fused to a letter or digit in the page's text above, in order: a page
 * that ends with a list's points (`(a) the Act;`) has no such markers above it. Each note's marker
 * is kept as printed (`(a)`). Returns the notes by the row of their first line.
 */
export function readLetteredNotes(rows: Rows): Map<number, ReadNote[]> {
  const blocks = new Map<number, ReadNote[]>()
  const pages = rows.pages
  for (let page = 0; page < pages.length; page++) {
    const from = pages[page]!
    let end = (pages[page + 1] ?? rows.texts.length) - 1
    // Past the page's number under the notes (`2`), which the furniture takes later.
    let marks = 0
    while (end >= from) {
      if (rows.role[end] !== Role.text) end--
      else if (marks < 2 && isPageMark(trimmedRow(rows, end))) {
        marks++
        end--
      } else break
    }
    if (end < from || rows.taken[end] !== Taken.none) continue
    // The page's last paragraph: its lines back to the blank line before it.
    let top = end
    while (top > from && end - top < maximumNotes * 2 && rows.role[top - 1] === Role.text) top--
    if (top === from || rows.role[top - 1] !== Role.break) continue
    // Most pages end with anything but `(a)`: the one test they cost.
    if (rows.opening[top] !== 40 || letterMarker(rows, top) !== 97) continue
    const notes = readRun(rows, top, end)
    if (notes === undefined || !fusedAbove(rows, from, top, notes.length)) continue
    for (let row = top; row <= end; row++) rows.taken[row] = Taken.note
    blocks.set(top, notes)
  }
  return blocks
}

/**
 * The letter's code of a row's opening marker, `(a) ` (a lower-case ASCII letter in brackets, then
 * white space), or -1.
 */
function letterMarker(rows: Rows, row: number): number {
  const raw = rows.texts[row]!
  const first = rows.first[row]!
  if (raw.charCodeAt(first) !== 40 || raw.charCodeAt(first + 2) !== 41) return -1
  const letter = raw.charCodeAt(first + 1)
  if (letter < 97 || letter > 122 || !isSpace(raw.charCodeAt(first + 3))) return -1
  return letter
}

/** The notes of the rows from `top` to `end`, each the next letter, or undefined if a row is none. */
function readRun(rows: Rows, top: number, end: number): ReadNote[] | undefined {
  const notes: ReadNote[] = []
  let expected = 97
  let current: ReadNote | undefined
  for (let row = top; row <= end; row++) {
    const raw = rows.texts[row]!
    const first = rows.first[row]!
    const last = rows.last[row]!
    const start = rows.starts[row]!
    // Each note ends its sentence before the next opens (a list's points end with `;` or `,`).
    if (letterMarker(rows, row) === expected && notes.length < maximumNotes) {
      if (current && !endsSentence(current)) return undefined
      let textStart = first + 3
      while (textStart < last && isSpace(raw.charCodeAt(textStart))) textStart++
      if (textStart === last) return undefined
      current = {
        marker: raw.slice(first, first + 3),
        lines: [noteLine(raw.slice(textStart, last), start + textStart, start + last)],
        start: start + first,
        end: start + last,
      }
      notes.push(current)
      expected++
    } else if (current && current.lines.length < maximumLines && !endsSentence(current)) {
      current.lines.push(noteLine(raw.slice(first, last), start + first, start + last))
      current.end = start + last
    } else return undefined
  }
  return current && endsSentence(current) ? notes : undefined
}

function endsSentence(note: ReadNote): boolean {
  const flat = note.lines[note.lines.length - 1]!.flat
  return flat[flat.length - 1] === '.'
}

/**
 * Whether the markers `(a)` … of `count` notes stand in order in the text rows from `from` to `to`,
 * each fused to a letter or digit before it (`1988(a)`, `Regulations(b)`).
 */
function fusedAbove(rows: Rows, from: number, to: number, count: number): boolean {
  let letter = 0
  let marker = '(a)'
  for (let row = from; row < to && letter < count; row++) {
    if (rows.role[row] !== Role.text || rows.taken[row] !== Taken.none) continue
    const raw = rows.texts[row]!
    let at = raw.indexOf(marker)
    while (at >= 0 && letter < count) {
      const before = raw[at - 1]
      if (before !== undefined && (isLetter(before) || isDigit(before))) {
        letter++
        marker = `(${String.fromCharCode(97 + letter)})`
        at = raw.indexOf(marker, at + 3)
      } else at = raw.indexOf(marker, at + 1)
    }
  }
  return letter === count
}

import {head, isDigit, isLetter, isLower} from '../text-utils.js'
import {isFurnitureLine, isPageMark} from './furniture.js'
import type {FurnitureWords} from './furniture-words.js'
import {nextMarker} from './line.js'
import {isNumberAloneAt, noteLine, type ReadNote} from './notes.js'
import {Role, type Rows, Taken, trimmedRow} from './rows.js'

/** Most rows from a page's end that its notes with raised numbers are looked for in. */
const raisedFootRows = 40

/**
 * Notes at a page's foot whose numbers a word processor set raised (superscripts) and the
 * extraction printed each alone on a line of its own, the note's text on the lines after it
 * (`pdftotext -raw`: `1` / `Official Records …`; `-layout`: `1` / ` Official Records …`, the text
 * set off by the number's width). With `-layout` a number may also print after its note's first
 * line (`Comprend … tenue le 14` / `1` / `mars 2031.`): poppler orders the raised number and the
 * note's first line by their tops, which a note's wrapped line can swap. The numbers run on from
 * `before` (`1` first), each alone at the line's start; text follows the last one, and only furniture
 * follows that (a number with no text after it, the next one among the furniture, is printed after
 * its note: see `readTrailingNotes`). A number stands after its note's first line only on a page set out with
 * white space (`-layout`; `-raw` prints what it reads in the content's order, the number first), and
 * then where its note would else have no line (the lines after it belong to the next note's number,
 * printed after its own first line), or where the line after it opens in lower case at the margin
 * (no number's width before it) and goes on with the line before it, which stops short of a sentence's
 * end. Returns the notes and the first row of the foot, or undefined; takes nothing until the whole
 * foot has matched and `anchored` says the first number stands in the text before.
 */
export function readRaisedNotes(
  rows: Rows,
  page: number,
  before: string,
  words: Pick<FurnitureWords, 'lines' | 'endings'>,
  anchored: (marker: string, at: number) => boolean,
): {first: number; notes: ReadNote[]} | undefined {
  const from = rows.pages[page]!
  const to = rows.pages[page + 1] ?? rows.texts.length
  const expected = nextMarker(before)
  // The last row of the notes' text: above the page's furniture.
  let end = to - 1
  while (end > from) {
    if (rows.role[end] === Role.text) {
      const trimmed = trimmedRow(rows, end)
      if (!isPageMark(trimmed) && !isFurnitureLine(head(trimmed), words)) break
    }
    end--
  }
  let marker = -1
  for (let row = end - 1; row > from && row >= to - raisedFootRows; row--) {
    if (!isNumberAloneAt(rows, row, expected)) continue
    marker = row
    break
  }
  if (marker < 0) return undefined
  // The numbers and the rows of text after each.
  const markers = [marker]
  const texts: number[][] = [[]]
  let number = expected
  for (let row = marker; row <= end; row++) {
    if (rows.role[row] !== Role.text) continue
    if (rows.taken[row] !== Taken.none) return undefined
    if (row === marker) continue
    const following = nextMarker(number)
    if (rows.first[row] === 0 && rows.last[row] === following.length && trimmedRow(rows, row) === following) {
      markers.push(row)
      texts.push([])
      number = following
    } else texts[texts.length - 1]!.push(row)
  }
  const count = markers.length
  if (texts[count - 1]!.length === 0) return undefined
  // The next number among the furniture below: the numbers print after their notes.
  const following = nextMarker(number)
  for (let row = end + 1; row < to; row++)
    if (rows.role[row] === Role.text && trimmedRow(rows, row) === following) return undefined
  // The line above the first number, past one blank line at most: the first note's first line
  // where its number printed after it.
  let above = marker - 1
  if (above > from && rows.role[above] === Role.break) above--
  const top =
    above > from && rows.role[above] === Role.text && rows.taken[above] === Taken.none ? above : undefined
  const spaced = isSpacedPage(rows, from, to)
  // Whether each number printed after its note's first line, from the last: a note's lines are then
  // that line and those after its number, less the next note's first line where its number did so.
  const after: boolean[] = new Array(count + 1).fill(false)
  for (let index = count - 1; index >= 0; index--) {
    const own = texts[index]!.length - (after[index + 1] ? 1 : 0)
    const line = index > 0 ? texts[index - 1]![texts[index - 1]!.length - 1] : top
    if (own <= 0) {
      if (!spaced || line === undefined) return undefined
      after[index] = true
    } else if (spaced && line !== undefined) after[index] = goesOn(rows, line, texts[index]![0]!)
  }
  const first = after[0] ? top! : marker
  if (!anchored(expected, rows.starts[first]!)) return undefined
  const notes: ReadNote[] = []
  for (let index = 0; index < count; index++) {
    const lines = texts[index]!.slice(0, texts[index]!.length - (after[index + 1] ? 1 : 0))
    if (after[index]) lines.unshift(index > 0 ? texts[index - 1]![texts[index - 1]!.length - 1]! : top!)
    const row = markers[index]!
    rows.taken[row] = Taken.note
    for (const line of lines) rows.taken[line] = Taken.note
    const last = lines[lines.length - 1]!
    const start = Math.min(rows.starts[row]!, rows.starts[lines[0]!]! + rows.first[lines[0]!]!)
    notes.push({
      marker: trimmedRow(rows, row),
      lines: lines.map((line) => {
        const at = rows.starts[line]!
        return noteLine(trimmedRow(rows, line), at + rows.first[line]!, at + rows.last[line]!)
      }),
      start,
      end: Math.max(rows.starts[row]! + rows.last[row]!, rows.starts[last]! + rows.last[last]!),
    })
  }
  for (let row = end + 1; row < to; row++) if (rows.role[row] === Role.text) rows.taken[row] = Taken.furniture
  return {first, notes}
}

/** Whether a page is set out with white space: a line of it opens with some (`-layout`). */
function isSpacedPage(rows: Rows, from: number, to: number): boolean {
  for (let row = from; row < to; row++) if (rows.role[row] === Role.text && rows.first[row]! > 0) return true
  return false
}

/**
 * Whether the line after a number goes on with the line before it, of which the number followed
 * the first: it opens at the margin in lower case, and the line before stops short of a sentence's
 * end (on a letter, a digit, a comma or a hyphen).
 */
function goesOn(rows: Rows, line: number, next: number): boolean {
  if (rows.first[next] !== 0 || !isLower(rows.texts[next]![0])) return false
  const closing = String.fromCharCode(rows.closing[line]!)
  return isLetter(closing) || isDigit(closing) || closing === ',' || closing === '-'
}

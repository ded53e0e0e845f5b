import {head, isLower} from '../text-utils.js'
import {isBareNumber, isFurnitureLine, isPageMark} from './furniture.js'
import type {FurnitureWords} from './furniture-words.js'
import {nextMarker} from './line.js'
import {isNumberAloneAt, noteLine, type ReadNote} from './notes.js'
import {Role, type Rows, Taken, trimmedRow} from './rows.js'

/** Most rows from a page's end that its notes printed with their numbers after them are looked for in. */
const trailingFootRows = 40

/**
 * Notes at a page's foot that an extraction printed with each number after the note's text, on the
 * line after it or past a blank line (plain `pdftotext` of a word processor's notes whose numbers
 * are raised: `Official Records …` / `1` / `Ibid.` / `2`), the page's furniture after the last. The
 * numbers run on from `before` (`1` first), each alone on its line; every note but the last has a
 * number after it, and only furniture follows the last. The text of the page's first note may stand
 * right under the page's text, with no blank line between (a word processor draws its separator):
 * its last line is the note's, and the lines above it too while each is longer than the page's
 * usual line by more than a twelfth and less than half (a note is set smaller, so its full lines
 * hold more; two lines joined hold twice as much). Returns the notes and the row of the first
 * one's text, or undefined; takes nothing until the whole foot has matched and `anchored` says the
 * first number stands in the text before (a page number alone is no note's).
 */
export function readTrailingNotes(
  rows: Rows,
  page: number,
  before: string,
  words: Pick<FurnitureWords, 'lines' | 'endings'>,
  anchored: (marker: string, at: number) => boolean,
): {first: number; notes: ReadNote[]} | undefined {
  const from = rows.pages[page]!
  const to = rows.pages[page + 1] ?? rows.texts.length
  const expected = nextMarker(before)
  let lastText = to - 1
  while (lastText > from && rows.role[lastText] !== Role.text) lastText--
  let marker = -1
  for (let row = lastText; row > from && row >= to - trailingFootRows; row--) {
    if (!isNumberAloneAt(rows, row, expected)) continue
    // A number that ends the page where the pages before or after end with the number before or
    // after it is the page's number.
    if (row === lastText && isPageNumber(rows, page, Number(expected))) continue
    marker = row
    break
  }
  if (marker < 0 || rows.taken[marker] !== Taken.none) return undefined
  // The numbers after the first, each after its note's text; what follows the last is furniture.
  const markers = [marker]
  const texts: number[][] = [[]]
  let pending: number[] = []
  let number = expected
  for (let row = marker + 1; row < to; row++) {
    if (rows.role[row] !== Role.text) continue
    if (rows.taken[row] !== Taken.none) return undefined
    const following = nextMarker(number)
    if (pending.length > 0 && rows.first[row] === 0 && trimmedRow(rows, row) === following) {
      markers.push(row)
      texts.push(pending)
      pending = []
      number = following
    } else pending.push(row)
  }
  for (const row of pending) {
    const trimmed = trimmedRow(rows, row)
    if (!isPageMark(trimmed) && !isFurnitureLine(head(trimmed), words)) return undefined
  }
  // The first note's text: the lines above its number, past one blank line at most.
  let bottom = marker - 1
  if (bottom > from && rows.role[bottom] === Role.break) bottom--
  if (bottom <= from || rows.role[bottom] !== Role.text || rows.taken[bottom] !== Taken.none) return undefined
  const top = noteLinesTop(rows, from, bottom)
  if (!anchored(expected, rows.starts[top]!)) return undefined
  texts[0] = range(top, bottom)
  const notes: ReadNote[] = []
  for (let index = 0; index < markers.length; index++) {
    const lines = texts[index]!
    const row = markers[index]!
    const first = lines[0]!
    for (const line of lines) rows.taken[line] = Taken.note
    rows.taken[row] = Taken.note
    notes.push({
      marker: trimmedRow(rows, row),
      lines: lines.map((line) => {
        const start = rows.starts[line]!
        return noteLine(trimmedRow(rows, line), start + rows.first[line]!, start + rows.last[line]!)
      }),
      start: rows.starts[first]! + rows.first[first]!,
      end: rows.starts[row]! + rows.last[row]!,
    })
  }
  for (const row of pending) rows.taken[row] = Taken.furniture
  return {first: top, notes}
}

/**
 * The end of a note a word processor carried onto the next page: the paragraph right above that
 * page's first note, when the note before (`previous`) stopped short of its sentence's end and the
 * paragraph ends one, a blank line parts it from the text above, and each of its lines but the last
 * is longer than the page's usual line by more than a twelfth and less than half (a note is set
 * smaller); with no blank line above it (`-raw`), the lines so long above its last, when the first of
 * them opens in lower case and the text above ends a sentence or an item (see `unpartedTop`). Its
 * lines go on the note before; they are taken as a note's.
 */
export function continueNote(rows: Rows, from: number, first: number, previous: ReadNote): void {
  const lastLine = previous.lines[previous.lines.length - 1]
  if (lastLine === undefined || endsSentence(lastLine.flat.charCodeAt(lastLine.flat.length - 1))) return
  const bottom = first - 1
  if (bottom <= from || rows.role[bottom] !== Role.text || rows.taken[bottom] !== Taken.none) return
  if (!endsSentence(rows.closing[bottom]!)) return
  let top = bottom
  while (top - 1 > from && rows.role[top - 1] === Role.text && rows.taken[top - 1] === Taken.none) top--
  if (top - 1 > from && rows.role[top - 1] === Role.break) {
    if (top < bottom) {
      const measure = usualLength(rows, from, top)
      for (let row = top; row < bottom; row++) if (!isNoteLength(rows, row, measure)) return
    }
  } else {
    top = unpartedTop(rows, from, bottom)
    if (top < 0) return
  }
  for (let row = top; row <= bottom; row++) {
    const start = rows.starts[row]!
    previous.lines.push(noteLine(trimmedRow(rows, row), start + rows.first[row]!, start + rows.last[row]!))
    rows.taken[row] = Taken.note
  }
}

/**
 * The first row of a note's end carried onto the next page where no blank line parts it from the
 * text above (`pdftotext -raw` prints none): its lines but the last longer than the page's usual
 * line by more than a twelfth and less than half, its first opening in lower case (the note stopped
 * mid-sentence), and the line above it ending a sentence or an item of the text (`.`, `;`, `:`), so
 * that the text cannot go on into it. Returns -1 when there is none.
 */
function unpartedTop(rows: Rows, from: number, bottom: number): number {
  const top = noteLinesTop(rows, from, bottom)
  const above = top - 1
  if (above < from || rows.role[above] !== Role.text || rows.taken[above] !== Taken.none) return -1
  if (!isLower(rows.texts[top]![rows.first[top]!])) return -1
  const closing = rows.closing[above]!
  return closing === 46 || closing === 59 || closing === 58 ? top : -1
}

/**
 * The top of a note's last line at `bottom` and the rows of text above it, not taken, each as long as
 * a note's full line (see `isNoteLength`, against the page's usual line above `bottom`).
 */
function noteLinesTop(rows: Rows, from: number, bottom: number): number {
  let top = bottom
  if (!(top - 1 > from && rows.role[top - 1] === Role.text)) return top
  const measure = usualLength(rows, from, bottom)
  while (
    top - 1 > from &&
    rows.role[top - 1] === Role.text &&
    rows.taken[top - 1] === Taken.none &&
    isNoteLength(rows, top - 1, measure)
  )
    top--
  return top
}

/**
 * Whether a row is as long as a note's full line: longer than the page's usual line by more than a
 * twelfth and less than half (notes are set at least a point smaller than the text, 10 on 12, 10 on
 * 11, so a full line of a note holds a tenth more characters or more; a justified line of the text
 * strays less than a twelfth from its usual length, and a line longer by half is two of the text's,
 * which the extraction joined where it rejoined a hyphenated word).
 */
function isNoteLength(rows: Rows, row: number, measure: number): boolean {
  const length = rows.last[row]! - rows.first[row]!
  return length * 12 > measure * 13 && length * 2 <= measure * 3
}

/** `.`, `!` or `?`: what ends a note's sentence. */
function endsSentence(code: number): boolean {
  return code === 46 || code === 33 || code === 63
}

/** The median length of the lines of text from `from` up to (not including) `to`. */
function usualLength(rows: Rows, from: number, to: number): number {
  const lengths: number[] = []
  for (let row = from; row < to; row++)
    if (rows.role[row] === Role.text) lengths.push(rows.last[row]! - rows.first[row]!)
  lengths.sort((a, b) => a - b)
  return lengths[lengths.length >> 1] ?? 0
}

/** Whether the pages around a page end with the numbers around `value`, alone. */
function isPageNumber(rows: Rows, page: number, value: number): boolean {
  return lastNumber(rows, page - 1) === value - 1 || lastNumber(rows, page + 1) === value + 1
}

/** The number a page's last line of text holds alone, or -1. */
function lastNumber(rows: Rows, page: number): number {
  const from = rows.pages[page]
  if (from === undefined) return -1
  let row = (rows.pages[page + 1] ?? rows.texts.length) - 1
  while (row >= from && rows.role[row] !== Role.text) row--
  if (row < from) return -1
  const trimmed = trimmedRow(rows, row)
  return trimmed.length <= 4 && isBareNumber(trimmed) ? Number(trimmed) : -1
}

/** The rows from `top` to `bottom`, both included. */
function range(top: number, bottom: number): number[] {
  const rowsOf: number[] = []
  for (let row = top; row <= bottom; row++) rowsOf.push(row)
  return rowsOf
}

import type {Reporter} from '../report.js'
import {isLetter} from '../text-utils.js'
import type {Bounds} from './rows.js'

/** Fewest lines of text a page needs for its columns to be told. */
const fewestLines = 10

/** Fewest characters a column's part of a line holds to count as text there. */
const partLength = 15

/**
 * Report pages whose lines hold two columns of text side by side (`columns-side-by-side`), as
 * `pdftotext -layout` prints a page set in two columns: each line then runs across both columns, so
 * that no sentence reads on, and no reader can make a document of it. A page (parted by the form
 * feeds pdftotext ends each page with) is such a page when a gutter stands in the middle of its
 * width (a column between 30 % and 70 % of it that at most one line in ten crosses) with at least
 * nine lines in twenty holding words on each side of it. Most pages are spared the count: only one
 * where four lines in ten begin far in (a right column's line alone) or hold a run of three spaces
 * inside their text is looked at. One warning covers a run of such pages.
 */
export function reportSideBySide(
  texts: readonly string[],
  starts: readonly number[],
  bounds: Bounds,
  report: Reporter,
  whole?: string,
): void {
  // pdftotext ends every page with a form feed, and both columns' lines hold a run of three spaces
  // (a right column's line alone begins with one): a text without either has no such page, told by
  // a search each.
  if (whole !== undefined && (!whole.includes('\f') || !whole.includes('   '))) return
  let pageStart = 0
  let runFrom = -1
  let runTo = -1
  const flush = (): void => {
    if (runFrom < 0) return
    report.warn(
      'columns-side-by-side',
      'Lines hold two columns of text side by side (a page set in two columns, extracted with `pdftotext -layout`): each line runs across both columns and the reading is wrong; extract the text in the order it was written (`pdftotext -raw`)',
      starts[runFrom]!,
      starts[runTo]! + texts[runTo]!.length,
    )
    runFrom = -1
  }
  for (let index = 0; index <= texts.length; index++) {
    if (index < texts.length && !texts[index]!.includes('\f')) continue
    if (twoColumns(texts, bounds, pageStart, index)) {
      if (runFrom < 0) runFrom = pageStart
      runTo = Math.max(pageStart, index - 1)
    } else flush()
    pageStart = index + 1
  }
  flush()
}

/** Whether the lines `from`…`to` (a page) hold two columns side by side. */
function twoColumns(texts: readonly string[], bounds: Bounds, from: number, to: number): boolean {
  let lines = 0
  let hints = 0
  let width = 0
  for (let index = from; index < to; index++) {
    const first = bounds.first[index]!
    const last = bounds.last[index]!
    if (first >= last) continue
    lines++
    if (last > width) width = last
    const gap = texts[index]!.indexOf('   ', first)
    if (first >= 20 || (gap >= 0 && gap < last)) hints++
  }
  if (lines < fewestLines || hints * 10 < lines * 4) return false
  // How many lines hold a character at each column.
  const crossing = new Int32Array(width + 1)
  for (let index = from; index < to; index++) {
    const text = texts[index]!
    const last = bounds.last[index]!
    for (let column = bounds.first[index]!; column < last; column++)
      if (text.charCodeAt(column) !== 32) crossing[column]!++
  }
  let gutter = -1
  let fewest = Number.POSITIVE_INFINITY
  for (let column = Math.floor(width * 0.3); column <= Math.ceil(width * 0.7); column++) {
    if (crossing[column]! < fewest) {
      fewest = crossing[column]!
      gutter = column
    }
  }
  if (fewest * 10 > lines) return false
  let left = 0
  let right = 0
  for (let index = from; index < to; index++) {
    const text = texts[index]!
    if (bounds.first[index]! >= bounds.last[index]!) continue
    if (wordy(text, 0, Math.min(gutter, text.length))) left++
    if (wordy(text, gutter, text.length)) right++
  }
  return left * 20 >= lines * 9 && right * 20 >= lines * 9
}

/** Whether `text` from `from` to `to` holds at least {@link partLength} characters, half of them letters. */
function wordy(text: string, from: number, to: number): boolean {
  let characters = 0
  let letters = 0
  for (let index = from; index < to; index++) {
    const character = text[index]!
    if (character === ' ') continue
    characters++
    if (isLetter(character)) letters++
  }
  return characters >= partLength && letters * 2 >= characters
}

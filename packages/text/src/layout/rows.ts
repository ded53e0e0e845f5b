import {isSpace} from '../text-utils.js'
import {isCodeLine, isDashedNumber, isPageOf} from './furniture.js'
import type {LayoutKind} from './types.js'

/** What a source line is before any repair. */
export enum Role {
  /** A line of text. */
  text = 0,
  /** A blank line that means nothing (the empty lines of double spacing). */
  gap = 1,
  /** A blank line that ends a paragraph. */
  break = 2,
  /** A page break: an empty line of PyMuPDF, or a form feed. */
  page = 3,
}

/** A line taken out of the flow. */
export enum Taken {
  none = 0,
  furniture = 1,
  note = 2,
}

/** The source lines with what each is and whether it was taken out. */
export interface Rows {
  texts: string[]
  starts: number[]
  role: Uint8Array
  taken: Uint8Array
  /** Rows where a page begins (the first is 0), in order. */
  pages: number[]
  /** Rows that are the last of a run of blank lines before a footnote (double spacing). */
  separators: Set<number>
  /** The most frequent length of a line of white space (the usual paragraph break). */
  usualBlank: number
  /** Each row's text without its leading and trailing white space, made on first need. */
  trimmed: (string | undefined)[]
  /** Offset of each row's first character that is not white space (its length when blank). */
  first: Int32Array
  /** Offset just past each row's last character that is not white space (0 when blank). */
  last: Int32Array
  /** The code unit at each row's `first` (-1 when blank). */
  opening: Int32Array
  /** The code unit before each row's `last` (-1 when blank). */
  closing: Int32Array
  /**
   * Cells taken out of a row as page furniture, the row's text narrowed to the rest (a cover's cell
   * printed beside the document's own line), by source offsets, in order.
   */
  cells: {start: number; end: number}[]
}

/**
 * Where the text of each line lies (`firstNonSpace`, `lastNonSpace`) and the code units it opens and
 * ends with, found once for every pass: most tests of a line ask those first.
 */
export interface Bounds {
  first: Int32Array
  last: Int32Array
  /** The code unit at `first` (-1 when the line is blank). */
  opening: Int32Array
  /** The code unit before `last` (-1 when the line is blank). */
  closing: Int32Array
}

/** The bounds of each line's text, in one pass. */
export function boundsOf(texts: readonly string[]): Bounds {
  const bounds = emptyBounds(texts.length)
  for (let index = 0; index < texts.length; index++) {
    const text = texts[index]!
    setBounds(bounds, index, text, 0, text.length)
  }
  return bounds
}

/**
 * The bounds of each line's text read from the whole text the lines are slices of (each at its
 * start, none changed since): the same as {@link boundsOf}, but reading one string in order costs
 * less than reading each line's slice.
 */
export function boundsIn(text: string, lines: {texts: readonly string[]; starts: readonly number[]}): Bounds {
  const bounds = emptyBounds(lines.texts.length)
  for (let index = 0; index < lines.texts.length; index++) {
    const start = lines.starts[index]!
    setBounds(bounds, index, text, start, start + lines.texts[index]!.length)
  }
  return bounds
}

function emptyBounds(count: number): Bounds {
  return {
    first: new Int32Array(count),
    last: new Int32Array(count),
    opening: new Int32Array(count),
    closing: new Int32Array(count),
  }
}

/** The bounds of the line at `start`…`end` of `text`, offsets from `start`. */
function setBounds(bounds: Bounds, index: number, text: string, start: number, end: number): void {
  let first = start
  let last = end
  // Most lines open and end with a printable ASCII character, which is no space.
  let opening = text.charCodeAt(first)
  if (!(opening > 32 && opening < 127)) {
    while (first < end && isSpace(text.charCodeAt(first))) first++
    opening = first < end ? text.charCodeAt(first) : -1
  }
  let closing = text.charCodeAt(last - 1)
  if (first === end) {
    last = start
    closing = -1
  } else if (!(closing > 32 && closing < 127)) {
    while (last > first && isSpace(text.charCodeAt(last - 1))) last--
    closing = text.charCodeAt(last - 1)
  }
  bounds.first[index] = first - start
  bounds.last[index] = last - start
  bounds.opening[index] = opening
  bounds.closing[index] = closing
}

/** A row's text without its leading and trailing white space (made once). */
export function trimmedRow(rows: Rows, index: number): string {
  let text = rows.trimmed[index]
  if (text === undefined) {
    text = rows.texts[index]!.slice(rows.first[index], rows.last[index])
    rows.trimmed[index] = text
  }
  return text
}

/**
 * Classify the lines of a text by its layout: in double spacing the empty lines mean nothing and a
 * line of white space ends a paragraph; in single spacing a blank line ends a paragraph, except that
 * where blank lines usually hold a space (PyMuPDF) an empty line is a page break; a form feed is a
 * page break in any layout. Lines holding a form feed are split there, so each page starts a row.
 */
export function classifyRows(
  source: {texts: string[]; starts: number[]},
  kind: LayoutKind,
  options: ClassifyOptions = {},
): Rows {
  let {texts, starts} = source
  // The rows of the page breaks the page marks say (see `markedPageEnds`).
  let marked: Set<number> | undefined
  let bounds = options.bounds
  if (options.formFeeds !== false && texts.some((text) => text.includes('\f'))) {
    ;({texts, starts} = splitFormFeeds(texts, starts))
    bounds = undefined
  } else if (kind !== 'double-spaced') {
    // No form feed (`pdftotext -nopgbrk`, pages joined by a line break): where the page marks number
    // the pages in order, a page break row stands after each page's mark, as a form feed would (an
    // empty row, which holds no character of the source). Not where empty lines are the page breaks.
    bounds ??= boundsOf(texts)
    const ends = markedPageEnds(texts, bounds)
    if (ends.length > 0 && emptyLinesArePages(texts, bounds.first, kind)) ends.length = 0
    if (ends.length > 0) {
      ;({texts, starts, breaks: marked} = withPageBreaks(texts, starts, ends))
      bounds = undefined
    }
  }
  bounds ??= boundsOf(texts)
  let separators = new Set<number>()
  if (kind === 'double-spaced') ({texts, separators, bounds} = normalizeBlanks(texts, bounds))
  const {first, last, opening, closing} = bounds
  const role = new Uint8Array(texts.length)
  const emptyIsPage = emptyLinesArePages(texts, first, kind)
  const usualBlank = mostFrequentBlank(texts, first)
  const pages = [0]
  for (let index = 0; index < texts.length; index++) {
    const text = texts[index]!
    if (text === '\f' || marked?.has(index)) {
      role[index] = Role.page
    } else if (text.length === 0) {
      role[index] = kind === 'double-spaced' ? Role.gap : emptyIsPage ? Role.page : Role.break
    } else if (first[index] === text.length) {
      role[index] = Role.break
    } else continue
    if (role[index] === Role.page && index + 1 < texts.length) pages.push(index + 1)
  }
  return {
    texts,
    starts,
    role,
    taken: new Uint8Array(texts.length),
    pages,
    separators,
    usualBlank,
    trimmed: new Array(texts.length),
    first,
    last,
    opening,
    closing,
    cells: [],
  }
}

/** Options of {@link classifyRows}. */
export interface ClassifyOptions {
  /** Whether the lines may hold form feeds (default: true; false spares looking in every line). */
  formFeeds?: boolean | undefined
  /** The bounds of the lines' text, when known (default: found here). */
  bounds?: Bounds | undefined
}

/** Lines split at form feeds, each form feed a row `\f` of its own. */
function splitFormFeeds(texts: string[], starts: number[]): {texts: string[]; starts: number[]} {
  const outTexts: string[] = []
  const outStarts: number[] = []
  texts.forEach((text, index) => {
    const start = starts[index]!
    let from = 0
    for (let feed = text.indexOf('\f'); feed >= 0; feed = text.indexOf('\f', from)) {
      if (feed > from) {
        outTexts.push(text.slice(from, feed))
        outStarts.push(start + from)
      }
      outTexts.push('\f')
      outStarts.push(start + feed)
      from = feed + 1
    }
    if (from < text.length || from === 0) {
      outTexts.push(text.slice(from))
      outStarts.push(start + from)
    }
  })
  return {texts: outTexts, starts: outStarts}
}

/**
 * Double spacing drawn with lines of white space instead of empty lines: a white-space line alone is
 * the gap after a printed line (made empty) unless it is longer than the usual gap (a drawn rule
 * above a footnote), and a run of them is a paragraph break (its last line kept, the others made
 * empty; that last line is a footnote separator when a note follows). Indices stay those of the source.
 */
function normalizeBlanks(
  lines: string[],
  bounds: Bounds,
): {texts: string[]; separators: Set<number>; bounds: Bounds} {
  const separators = new Set<number>()
  for (const line of lines) if (line.length === 0) return {texts: lines, separators, bounds}
  const usual = mostFrequentBlank(lines, bounds.first)
  const texts = lines.slice()
  // A line made empty has its text at 0.
  const first = bounds.first.slice()
  const blank = (index: number): void => {
    texts[index] = ''
    first[index] = 0
  }
  let index = 0
  while (index < texts.length) {
    const line = texts[index]!
    if (bounds.first[index]! < line.length) {
      index++
      continue
    }
    let end = index
    while (end + 1 < texts.length && bounds.first[end + 1] === texts[end + 1]!.length) end++
    for (let cursor = index; cursor < end; cursor++) blank(cursor)
    if (end === index && line.length <= usual) blank(index)
    else if (end > index) separators.add(end)
    index = end + 1
  }
  return {texts, separators, bounds: {...bounds, first}}
}

/** The most frequent length of the lines that hold white space only (the shorter on a tie), or 0. */
function mostFrequentBlank(lines: readonly string[], first: Int32Array): number {
  const lengths = new Map<number, number>()
  for (let index = 0; index < lines.length; index++) {
    const length = lines[index]!.length
    if (length > 0 && first[index] === length) lengths.set(length, (lengths.get(length) ?? 0) + 1)
  }
  let usual = 0
  let most = 0
  for (const [length, count] of lengths) {
    if (count > most || (count === most && length < usual)) {
      usual = length
      most = count
    }
  }
  return usual
}

/** Whether empty lines are the page breaks (single spacing whose blank lines usually hold a space: PyMuPDF). */
function emptyLinesArePages(texts: readonly string[], first: Int32Array, kind: LayoutKind): boolean {
  if (kind !== 'single-spaced') return false
  let emptyLines = 0
  let spaceLines = 0
  for (let index = 0; index < texts.length; index++) {
    const length = texts[index]!.length
    if (length === 0) emptyLines++
    else if (first[index] === length) spaceLines++
  }
  return spaceLines > emptyLines
}

/**
 * The rows with an empty row after each of `ends` (at the end of the row before: it holds no character
 * of the source), and where those rows stand.
 */
function withPageBreaks(
  texts: string[],
  starts: number[],
  ends: number[],
): {texts: string[]; starts: number[]; breaks: Set<number>} {
  const outTexts: string[] = []
  const outStarts: number[] = []
  const breaks = new Set<number>()
  let next = 0
  texts.forEach((text, index) => {
    outTexts.push(text)
    outStarts.push(starts[index]!)
    if (ends[next] === index) {
      breaks.add(outTexts.length)
      outTexts.push('')
      outStarts.push(starts[index]! + text.length)
      next++
    }
  })
  return {texts: outTexts, starts: outStarts, breaks}
}

/**
 * The rows that end the pages of a text without form feeds: its page marks, when they number the
 * pages in order — `1/3`, `2/3` (alone, or at the end of a line after a job number: `29-12345   1/3`)
 * or `- 1 -`, `- 2 -` — each a page's last mark. Empty unless two or more pages are so marked, one
 * after the other, out of one number of pages. The last page's mark ends the text, not a page.
 */
export function markedPageEnds(texts: readonly string[], bounds: Bounds): number[] {
  const {first, last, closing} = bounds
  const marks: {row: number; page: number; pages: number}[] = []
  for (let row = 0; row < texts.length; row++) {
    // A mark ends its line: a digit, or a dash after one (most lines end otherwise).
    const code = closing[row]!
    if (!(code >= 48 && code <= 57) && code !== 45 && code !== 0x2013) continue
    const from = first[row]!
    const to = last[row]!
    if (to - from < 3 || to - from > 60) continue
    const text = texts[row]!
    const space = text.lastIndexOf(' ', to - 1)
    const token = text.slice(Math.max(space + 1, from), to)
    if (isPageOf(token)) {
      if (space >= from && !isCodeLine(text.slice(from, to))) continue
      const slash = token.indexOf('/')
      marks.push({row, page: Number(token.slice(0, slash)), pages: Number(token.slice(slash + 1))})
    } else {
      const line = text.slice(from, to)
      if (isDashedNumber(line)) marks.push({row, page: Number(line.replace(/\D/g, '')), pages: 0})
    }
  }
  const ends: number[] = []
  let previous = 0
  for (const mark of marks) {
    if (mark.page !== previous + 1 && !(previous === 0 && mark.page === 2)) return []
    // `1/3` then `2/5` count two documents' pages, or none.
    if (mark.pages !== marks[0]!.pages) return []
    previous = mark.page
    if (mark.pages === 0 || mark.page < mark.pages) ends.push(mark.row)
  }
  return ends.length >= 1 && marks.length >= 2 ? ends : []
}

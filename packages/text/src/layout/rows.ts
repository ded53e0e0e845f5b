import {firstNonSpace, lastNonSpace} from '../text-utils.js'
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
}

/** A row's text without its leading and trailing white space (made once). */
export function trimmedRow(rows: Rows, index: number): string {
  let text = rows.trimmed[index]
  if (text === undefined) {
    const raw = rows.texts[index]!
    text = raw.slice(firstNonSpace(raw), lastNonSpace(raw))
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
  options: {formFeeds?: boolean | undefined} = {},
): Rows {
  let {texts, starts} = source
  // Whether the lines may hold form feeds (default: true; false spares looking in every line).
  if (options.formFeeds !== false && texts.some((text) => text.includes('\f')))
    ({texts, starts} = splitFormFeeds(texts, starts))
  let separators = new Set<number>()
  if (kind === 'double-spaced') ({texts, separators} = normalizeBlanks(texts))
  const role = new Uint8Array(texts.length)
  let emptyLines = 0
  let spaceLines = 0
  for (const text of texts) {
    if (text.length === 0) emptyLines++
    else if (firstNonSpace(text) === text.length) spaceLines++
  }
  const emptyIsPage = kind === 'single-spaced' && spaceLines > emptyLines
  const usualBlank = mostFrequentBlank(texts)
  const pages = [0]
  for (let index = 0; index < texts.length; index++) {
    const text = texts[index]!
    if (text === '\f') {
      role[index] = Role.page
    } else if (text.length === 0) {
      role[index] = kind === 'double-spaced' ? Role.gap : emptyIsPage ? Role.page : Role.break
    } else if (firstNonSpace(text) === text.length) {
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
  }
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
function normalizeBlanks(lines: string[]): {texts: string[]; separators: Set<number>} {
  const separators = new Set<number>()
  for (const line of lines) if (line.length === 0) return {texts: lines, separators}
  const usual = mostFrequentBlank(lines)
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
    if (end === index && line.length <= usual) texts[index] = ''
    else if (end > index) separators.add(end)
    index = end + 1
  }
  return {texts, separators}
}

/** The most frequent length of the lines that hold white space only (the shorter on a tie), or 0. */
function mostFrequentBlank(lines: readonly string[]): number {
  const lengths = new Map<number, number>()
  for (const line of lines) {
    if (line.length > 0 && firstNonSpace(line) === line.length) {
      lengths.set(line.length, (lengths.get(line.length) ?? 0) + 1)
    }
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

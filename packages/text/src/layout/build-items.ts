import type {Reporter} from '../report.js'
import {
  bareNumber,
  collapseSpaces,
  followsNumber,
  isDigit,
  isLetter,
  isSpace,
  isUpper,
} from '../text-utils.js'
import {isBareNumber, isLabel} from './furniture.js'
import {makeLine, remakeLine} from './line.js'
import type {ReadNote} from './notes.js'
import {isRule} from './notes.js'
import {Role, type Rows, Taken, trimmedRow} from './rows.js'
import type {Item, LayoutKind, LiftedNote, Line, Segment} from './types.js'

/** Superscripts any language prints on a line of their own: `o` of `No`, `er` of `1er`, `st` of `1st`. */
const genericSuperscripts = ['o', 'os', 'er', 're', 'e', 'st', 'nd', 'rd', 'th']

/** What building the items needs besides the rows. */
export interface BuildOptions {
  kind: LayoutKind
  /** Notes by the row where their block starts. */
  blocks: Map<number, ReadNote[]>
  /** The profile's superscripts. */
  superscripts: readonly string[]
  /**
   * Whether the text holds white space other than the ASCII space (tabs, no-break spaces…): if not,
   * only runs of spaces need collapsing, found by a quick search (default: assumed).
   */
  otherSpaces?: boolean | undefined
}

/**
 * Build the logical lines and breaks from the classified rows. A row of text becomes a line, with
 * the superscripts and footnote markers that fell onto lines of their own rejoined (PDF layouts),
 * and a label printed alone (`1.`) joined to the line after it. Blank lines that end a paragraph
 * become breaks — except at a page boundary (a page break, furniture or a footnote block): there the
 * next line is flagged `pageStart` and no break is made, so a paragraph may run on. In web text
 * every line ends a paragraph; in a one-line dump each sentence is a line.
 */
export function buildItems(
  rows: Rows,
  options: BuildOptions,
  report: Reporter,
): {items: Item[]; notes: LiftedNote[]} {
  const {texts, starts, role, taken} = rows
  const count = texts.length
  const pdf = options.kind === 'double-spaced' || options.kind === 'single-spaced'
  const lineBreaks = options.kind === 'web' || options.kind === 'one-line'
  const superscripts = new Set([...options.superscripts, ...genericSuperscripts])
  // The longest a fallen superscript or marker is.
  let longest = 3
  for (const superscript of superscripts) if (superscript.length > longest) longest = superscript.length
  // Padded extraction: every text line ends with white space, which then tells nothing.
  let padded = count > 1
  for (let index = 0; index < count && padded; index++) {
    const text = texts[index]!
    if (role[index] === Role.text && !isSpace(text.charCodeAt(text.length - 1))) padded = false
  }
  const fallen = {superscripts, longest, padded}
  const items: Item[] = []
  const notes: LiftedNote[] = []
  const collapse =
    options.otherSpaces === false
      ? (text: string): string => (text.includes('  ') ? text.replace(/ {2,}/g, ' ') : text)
      : collapseSpaces
  let pendingBreak = -1
  let boundary = false
  let afterNotes = false
  let seenText = false
  // A page boundary: breaks before it say nothing, nor do those after it (in PDF layouts).
  const atBoundary = (): void => {
    boundary = true
    if (!lineBreaks) pendingBreak = -1
  }

  // The next row of text after `index`: gaps of double spacing skipped, and with `pastBreak` one
  // blank line that ends a paragraph; nothing else.
  const next = (index: number, pastBreak = false): number => {
    let cursor = index + 1
    let skipped = 0
    while (cursor < count && role[cursor] === Role.gap && skipped < 2) {
      cursor++
      skipped++
    }
    if (pastBreak && cursor < count && role[cursor] === Role.break) cursor++
    return cursor < count && role[cursor] === Role.text && taken[cursor] === Taken.none ? cursor : -1
  }
  // Whether a row stands where a line may open a clause: after a blank line or a page's start, or
  // after a line that ends with a clause's punctuation (not `by` / `2030.`, a wrapped sentence's end).
  const opensLine = (index: number): boolean => {
    let cursor = index - 1
    while (cursor >= 0 && role[cursor] === Role.gap) cursor--
    if (cursor < 0 || role[cursor] !== Role.text) return true
    const closing = rows.closing[cursor]!
    return closing === 46 || closing === 59 || closing === 58 || closing === 44
  }
  // Where the next paragraph break stands (a source offset), or -1.
  const push = (line: Line): void => {
    if (seenText && pendingBreak >= 0) items.push({kind: 'break', start: pendingBreak, end: pendingBreak})
    if (boundary && seenText) line.pageStart = true
    if (afterNotes) line.afterNotes = true
    items.push(line)
    pendingBreak = -1
    boundary = false
    afterNotes = false
    seenText = true
  }

  let index = 0
  while (index < count) {
    const rowRole = role[index]!
    if (taken[index] !== Taken.none) {
      const block = options.blocks.get(index)
      if (block) {
        for (const note of block) {
          notes.push({
            marker: note.marker,
            lines: note.lines,
            start: note.start,
            end: note.end,
            at: items.length,
          })
        }
        afterNotes = true
      }
      if (seenText) atBoundary()
      index++
      continue
    }
    if (rowRole === Role.page) {
      atBoundary()
      index++
      continue
    }
    if (rowRole !== Role.text) {
      if (rowRole === Role.break && !boundary) pendingBreak = starts[index]!
      index++
      continue
    }
    const raw = texts[index]!
    const start = starts[index]!
    const first = rows.first[index]!
    const end = rows.last[index]!
    // The row's text as the furniture tests made it: one string for both.
    const trimmed = trimmedRow(rows, index)
    if (options.kind === 'double-spaced' && isBareNumber(trimmed)) {
      // A page number of double spacing (a number that fell off a line as a marker was taken with it).
      report.furniture(raw, start, start + raw.length)
      if (seenText) atBoundary()
      index++
      continue
    }
    // What follows a superscript that an extraction set on a line of its own (`pdftotext -raw`:
    // `… programmes2` / `, and to …`): a line that opens with closing punctuation, which opens no
    // sentence, goes on the line before, with no space.
    const before = items[items.length - 1]
    if (
      pdf &&
      before?.kind === 'line' &&
      pendingBreak < 0 &&
      !boundary &&
      !afterNotes &&
      closesOn(trimmed.charCodeAt(0))
    ) {
      const segment: Segment = {kind: 'text', text: collapse(trimmed), start: start + first, end: start + end}
      items[items.length - 1] = remakeLine(before, [...before.segments, segment], start + end)
      index++
      continue
    }
    if (options.kind === 'one-line') {
      for (const line of sentences(raw, start, first, end)) push(line)
      pendingBreak = start + raw.length
      index++
      continue
    }
    const segments: Segment[] = [
      {kind: 'text', text: collapse(trimmed), start: start + first, end: start + end},
    ]
    let lineEnd = start + end
    let current = index
    // A label printed alone, its text on the next line: `1.` / `Reaffirms…`; also past a blank line
    // (`1.`, a blank line, `Takes note…`), as an extractor prints a label set in a column of its own
    // (pdftotext without `-layout`, a web page's table), where the label may open a clause.
    // The last of a run of numbers printed alone (`2.` / `3.`, pdftotext's hanging numbers of a page
    // before their texts) takes no text: the text under it is the first number's.
    const following =
      isLabel(trimmed) && !endsNumberRun(rows, index, trimmed) ? next(index, opensLine(index)) : -1
    if (following >= 0) {
      const text = texts[following]!
      const textFirst = rows.first[following]!
      const textEnd = rows.last[following]!
      if (!isLabel(text.slice(textFirst, textEnd))) {
        segments.push({
          kind: 'text',
          text: ` ${collapseSpaces(text.slice(textFirst, textEnd))}`,
          start: starts[following]! + textFirst,
          end: starts[following]! + textEnd,
        })
        lineEnd = starts[following]! + textEnd
        current = following
      }
    }
    if (pdf) current = rejoinFallen(rows, current, segments, next, fallen, report)
    const last = segments[segments.length - 1]!
    if (last.end > lineEnd) lineEnd = last.end
    const line = makeLine(segments, first > 0 && options.kind === 'double-spaced', start + first, lineEnd)
    if (first > 0 && options.kind === 'single-spaced') line.indent = first
    push(line)
    if (lineBreaks) pendingBreak = lineEnd
    index = current + 1
  }
  return {items, notes}
}

/**
 * Superscripts and markers split onto their own lines (`n` / `o` / ` 7/17`): a line ending without
 * a space on a letter or digit, a line holding only a superscript or a number, then the rest.
 * Appends the segments; returns the last row used.
 */
function rejoinFallen(
  rows: Rows,
  from: number,
  segments: Segment[],
  next: (index: number) => number,
  fallen: {superscripts: Set<string>; longest: number; padded: boolean},
  report: Reporter,
): number {
  const {superscripts, longest, padded} = fallen
  const {texts, starts} = rows
  let current = from
  for (;;) {
    const line = texts[current]!
    const supIndex = next(current)
    if (supIndex < 0) break
    const supRaw = texts[supIndex]!
    const supFirst = rows.first[supIndex]!
    // A fallen superscript or marker is a few characters long.
    if (rows.last[supIndex]! - supFirst > longest) break
    // Trailing white space ends a word, except where every line has it or a superscript follows.
    const tail = line.slice(0, rows.last[current])
    const last = tail[tail.length - 1]
    if (last === undefined) break
    const closed = tail.length < line.length
    const supTrimmed = supRaw.trim()
    const digits = supTrimmed.length > 0 && supTrimmed.length <= 3 && isBareNumber(supTrimmed)
    const letters = isLetter(last) || isDigit(last)
    if (!(digits || (letters && superscripts.has(supTrimmed)))) break
    if (closed && digits && !padded) break
    // A bill's line numbers count its lines in the margin (`1`, a line, `2`, a line …): no marker.
    if (digits && countsLines(rows, current, supIndex, Number(supTrimmed), next)) break
    const restIndex = next(supIndex)
    const restRaw = restIndex >= 0 ? texts[restIndex]! : ''
    const restFirst = restIndex >= 0 ? rows.first[restIndex]! : 0
    const hasRest = restIndex >= 0 && restFirst < restRaw.length && !isRule(restRaw, restFirst)
    // A superscript is read as one only before a rest that opens with a space or a digit (` 7/17`,
    // `203)`); otherwise the line is a word of its own (`o` / `DÉCISION`).
    if (!digits && !(hasRest && (restFirst > 0 || isDigit(restRaw[restFirst])))) break
    const supStart = starts[supIndex]! + supFirst
    const supEnd = supStart + supTrimmed.length
    segments.push({kind: digits ? 'marker' : 'sup', text: supTrimmed, start: supStart, end: supEnd})
    if (!digits) {
      let cut = tail.length
      while (cut > 0 && (isLetter(tail[cut - 1]) || isDigit(tail[cut - 1])) && tail.length - cut < 60) cut--
      const fragment = tail.slice(cut)
      report.superscript(`${fragment}\n${supTrimmed}`, starts[current]! + cut, supEnd)
    }
    current = supIndex
    if (!hasRest) break
    const restEnd = rows.last[restIndex]!
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
    current = restIndex
  }
  return current
}

/**
 * Whether a number alone on its row (at `at`, under the text row `line`) is a line number of the
 * margin: the number alone over the line before is one less, or the one under the line after one
 * more. A fallen marker is no term of such a run.
 */
function countsLines(
  rows: Rows,
  line: number,
  at: number,
  number: number,
  next: (index: number) => number,
): boolean {
  const rest = next(at)
  const after = rest >= 0 ? next(rest) : -1
  if (after >= 0 && numberOfRow(rows, after) === number + 1) return true
  let before = line - 1
  while (before >= 0 && before > line - 4 && rows.role[before] !== Role.text) before--
  return before >= 0 && rows.role[before] === Role.text && numberOfRow(rows, before) === number - 1
}

/** The number a row holds alone (`12`), or -1. */
function numberOfRow(rows: Rows, index: number): number {
  const text = trimmedRow(rows, index)
  return isBareNumber(text) ? Number(text) : -1
}

/**
 * Whether a row is a paragraph's number alone (`3.`) after the number before it alone (`2.`), past
 * blank lines: the end of a run of numbers that an extraction printed apart from their texts.
 */
function endsNumberRun(rows: Rows, index: number, text: string): boolean {
  const number = bareNumber(text)
  if (!number) return false
  let cursor = index - 1
  while (cursor >= 0 && rows.role[cursor] !== Role.text) cursor--
  if (cursor < 0 || rows.taken[cursor] !== Taken.none) return false
  return followsNumber(bareNumber(trimmedRow(rows, cursor)), number)
}

/** Punctuation that closes a phrase, printed without a space before it. */
function isClosing(character: string | undefined): boolean {
  return character !== undefined && ',.;:)]»!?'.includes(character)
}

/**
 * The sentences of a line of a one-line dump, each a line: a cut after `.`, `;`, `:`, `!` or `?`
 * followed by white space and a capital, an opening bracket or a quotation mark.
 */
function sentences(raw: string, start: number, first: number, end: number): Line[] {
  const lines: Line[] = []
  let from = first
  for (let index = first; index < end; index++) {
    if (!'.;:!?,'.includes(raw[index]!) || !isSpace(raw.charCodeAt(index + 1))) continue
    let after = index + 1
    while (after < end && isSpace(raw.charCodeAt(after))) after++
    const opener = raw[after]
    // A numbered paragraph's label after `;` (`…2032; 2. Demands`) opens a sentence too, and is
    // passed over (its `.` ends no sentence); after a comma, only the first (`…Nations, 1. Decides`),
    // as the last recital gives way to the operative part.
    const comma = raw[index] === ','
    const label = after < end ? numberLabelLength(raw, after, end) : 0
    if (comma && !(label === 2 && raw[after] === '1')) continue
    if (after >= end || !(label > 0 || isUpper(opener) || '(["“«‘'.includes(opener!))) continue
    lines.push(piece(raw, start, from, index + 1, from > first))
    from = after
    index = after + label - 1
  }
  if (from < end) lines.push(piece(raw, start, from, end, from > first))
  return lines
}

/** Length of a paragraph number `12. ` or `3) ` before a capital at `at`, or 0. */
function numberLabelLength(raw: string, at: number, end: number): number {
  let index = at
  while (index < end && index - at < 3 && isDigit(raw[index])) index++
  if (index === at || (raw[index] !== '.' && raw[index] !== ')') || raw[index + 1] !== ' ') return 0
  return isUpper(raw[index + 2]) ? index + 1 - at : 0
}

function piece(raw: string, start: number, from: number, to: number, inside: boolean): Line {
  const text = collapseSpaces(raw.slice(from, to))
  return makeLine(
    [{kind: 'text', text, start: start + from, end: start + to}],
    !inside && from > 0,
    start + from,
    start + to,
  )
}

/** `,` `;` `:` `.` `)` `]`: punctuation that closes on the text before it and opens no line. */
function closesOn(code: number): boolean {
  return code === 44 || code === 59 || code === 58 || code === 46 || code === 41 || code === 93
}

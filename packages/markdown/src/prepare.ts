/** Deepest nesting of block quotes and list items on one line that is handed to the parser. */
export const maximumLineDepth = 64

/**
 * Most emphasis, link and code markers (`*`, `_`, `~`, `[`, `]`, a backquote, `<`) in one paragraph read
 * as Markdown. micromark matches them in time quadratic in their number; a paragraph with more is
 * read as plain text (every marker escaped) with a `too-many-markers` diagnostic.
 */
export const maximumMarkers = 200

/**
 * Most lines whose list item opens another container on the same line (`- - x`, `1. > x`) read as
 * such; micromark reads a list of them in quadratic time. Past this count the inner marker is text.
 */
export const maximumStackedLines = 100

/**
 * Most lines of only `=` or only `-` after a non-blank line (setext heading underlines) in a document
 * read as Markdown: micromark copies all the events read so far on each setext heading, so that many
 * of them take time quadratic in the document's size. Past this count the underline is text.
 */
export const maximumUnderlines = 100

/** Stand-ins for an escaped caret (`\^`), so that the reader can tell it from a superscript mark. */
export const escapedCaret = '\uFDD0\uFDD1'

/**
 * Stand-ins for the markers of a paragraph read as plain text, in the order of {@link markerCodes}:
 * Unicode noncharacters, one code unit each, that micromark reads as text at full speed. The reader
 * turns them back ({@link restoreMarkers}).
 */
const placeholders = '\uFDD2\uFDD3\uFDD4\uFDD5\uFDD6\uFDD7\uFDD8'
const placeholderPattern = /[\uFDD2-\uFDD8]/g

/** Put back the markers {@link prepare} replaced by stand-ins. */
export function restoreMarkers(value: string): string {
  return value.replace(placeholderPattern, (character) => markers[placeholders.indexOf(character)]!)
}

/** What `prepare` did to the source before parsing. */
export interface Prepared {
  /** The source as given. */
  source: string
  /** The text handed to the parser (the source with backslashes inserted). */
  text: string
  /** Offsets (in `text`) of inserted backslashes, ascending. */
  insertions: number[]
  /** Offsets (in the source) of the lines whose nesting was capped. */
  capped: number[]
  /** Source ranges of paragraphs read as plain text because they hold too many markers. */
  flattened: {start: number; end: number}[]
  /** Source offset of the first line whose stacked container was read as text, or -1. */
  unstacked: number
  /** Source offset of the first setext underline read as text ({@link maximumUnderlines}), or -1. */
  underlined: number
  /** Whether markers were replaced by stand-ins (to put back with {@link restoreMarkers}). */
  replaced: boolean
}

// `]` counts too: micromark's footnote-call and label-end constructs look back over the paragraph on
// each one.
const markers = '*_~[`<]'
const markerCodes = new Set([...markers].map((marker) => marker.charCodeAt(0)))

interface LineStart {
  /** Where the line's text starts, after its container markers and indentation. */
  content: number
  /** The container marker past the depth limit, or -1. */
  cap: number
  /** The second container marker when the first is a list item's, or -1. */
  stacked: number
  /** Number of container markers on the line. */
  markers: number
}

/**
 * Prepare a source for micromark, in one linear pass, by inserting backslashes (each recorded so
 * positions map back): cap the nesting of block quotes and list items at {@link maximumLineDepth}
 * (micromark recurses per container and overflows the stack beyond a few thousand); past
 * {@link maximumStackedLines}, read a list item's same-line inner container as text; make every
 * emphasis, link and code marker of a paragraph holding more than {@link maximumMarkers} text (a
 * stand-in of the same length, see {@link restoreMarkers}) and its carets escaped; past {@link maximumUnderlines}, read
 * setext heading underlines as text; and replace escaped carets by
 * {@link escapedCaret}. Front matter and directive lines are left alone.
 */
export function prepare(source: string): Prepared {
  const insertions: number[] = []
  const capped: number[] = []
  const flattened: {start: number; end: number}[] = []
  let unstacked = -1
  let stacked = 0
  let underlined = -1
  let underlines = 0
  let previousBlank = true
  let chunk: number[] = []
  // Carets of the paragraph: escaped too when it is read as plain text, so that `[^1]` stays text.
  let carets: number[] = []
  let chunkStart = -1
  let chunkEnd = -1
  // Markers of flattened paragraphs: replaced by stand-ins, or escaped with a backslash (slower in
  // micromark, still linear) when the source holds a stand-in itself.
  const replaced: number[] = []
  const standIns = placeholderPattern.test(source)
  placeholderPattern.lastIndex = 0
  const closeChunk = () => {
    if (chunk.length > maximumMarkers) {
      for (const offset of chunk) (standIns ? insertions : replaced).push(offset)
      for (const offset of carets) insertions.push(offset)
      flattened.push({start: chunkStart, end: chunkEnd})
    }
    chunk = []
    carets = []
    chunkStart = -1
  }
  let lineStart = frontMatterEnd(source)
  while (lineStart <= source.length) {
    let lineEnd = source.indexOf('\n', lineStart)
    if (lineEnd === -1) lineEnd = source.length
    const line = scanLine(source, lineStart, lineEnd)
    let escapeFrom = line.content
    let cut = line.cap
    if (line.stacked !== -1) {
      stacked++
      if (stacked > maximumStackedLines && (cut === -1 || line.stacked < cut)) {
        cut = line.stacked
        if (unstacked === -1) unstacked = lineStart
      }
    }
    if (cut !== -1) {
      insertions.push(cut)
      if (cut === line.cap) capped.push(lineStart)
      escapeFrom = cut + 1
    }
    const blank = line.content >= lineEnd || isBlank(source, line.content, lineEnd)
    const directive = source.startsWith('<!--', line.content)
    if (!previousBlank) {
      const underline = underlineAt(source, lineStart, lineEnd)
      if (underline !== -1 && ++underlines > maximumUnderlines) {
        insertions.push(underline)
        if (underlined === -1) underlined = lineStart
      }
    }
    previousBlank = blank || directive
    if (blank || directive || line.markers > 0) closeChunk()
    if (!blank && !directive) {
      if (chunkStart === -1) chunkStart = lineStart
      chunkEnd = lineEnd
      collectMarkers(source, skipDefinitionLabel(source, escapeFrom, lineEnd), lineEnd, chunk, carets)
    }
    lineStart = lineEnd + 1
  }
  closeChunk()
  insertions.sort((left, right) => left - right)
  let text = source
  if (replaced.length > 0) {
    const parts: string[] = []
    let last = 0
    for (const offset of replaced) {
      parts.push(text.slice(last, offset), placeholders[markers.indexOf(text[offset]!)]!)
      last = offset + 1
    }
    parts.push(text.slice(last))
    text = parts.join('')
  }
  if (insertions.length > 0) {
    const base = text
    const parts: string[] = []
    let last = 0
    for (const offset of insertions) {
      parts.push(base.slice(last, offset), '\\')
      last = offset
    }
    parts.push(base.slice(last))
    text = parts.join('')
    // From source offsets to offsets in the prepared text.
    for (let index = 0; index < insertions.length; index++) insertions[index]! += index
  }
  return {
    source,
    text: replaceEscapedCarets(text),
    insertions,
    capped,
    flattened,
    unstacked,
    underlined,
    replaced: replaced.length > 0,
  }
}

/** Offset just past YAML front matter (`---` lines) that is closed, else 0. */
function frontMatterEnd(source: string): number {
  if (!source.startsWith('---\n') && !source.startsWith('---\r\n')) return 0
  let lineStart = source.indexOf('\n') + 1
  while (lineStart > 0 && lineStart < source.length) {
    let lineEnd = source.indexOf('\n', lineStart)
    if (lineEnd === -1) lineEnd = source.length
    if (source.startsWith('---', lineStart) && isBlank(source, lineStart + 3, lineEnd)) return lineEnd + 1
    lineStart = lineEnd + 1
  }
  return 0
}

/**
 * Where a line that may underline a setext heading starts its run of `=` or `-`, after block quote
 * markers and indentation; -1 when the line is anything else.
 */
function underlineAt(source: string, start: number, end: number): number {
  let index = start
  while (index < end) {
    const code = source.charCodeAt(index)
    if (code !== 32 && code !== 9 && code !== 62) break
    index++
  }
  const marker = source.charCodeAt(index)
  if (index >= end || (marker !== 61 && marker !== 45)) return -1
  let after = index
  while (after < end && source.charCodeAt(after) === marker) after++
  return isBlank(source, after, end) ? index : -1
}

function isBlank(source: string, start: number, end: number): boolean {
  for (let index = start; index < end; index++) {
    const code = source.charCodeAt(index)
    if (code !== 32 && code !== 9 && code !== 13) return false
  }
  return true
}

/** `[^1]: …` and `[a]: …` open with a label that must stay a label: start after it. */
function skipDefinitionLabel(source: string, start: number, end: number): number {
  if (source.charCodeAt(start) !== 91) return start
  const close = source.indexOf(']:', start)
  return close !== -1 && close < end ? close + 2 : start
}

/** Offsets of the unescaped markers, and of the carets, between `start` and `end`. Linear. */
function collectMarkers(source: string, start: number, end: number, into: number[], carets: number[]): void {
  let backslashes = 0
  for (let index = start; index < end; index++) {
    const code = source.charCodeAt(index)
    if (code === 92) {
      backslashes++
      continue
    }
    if (backslashes % 2 === 0) {
      if (markerCodes.has(code)) into.push(index)
      else if (code === 94) carets.push(index)
    }
    backslashes = 0
  }
}

/** The container markers that open a line, where its text starts, and what to escape. */
function scanLine(source: string, start: number, end: number): LineStart {
  const result: LineStart = {content: end, cap: -1, stacked: -1, markers: 0}
  let depth = 0
  let index = start
  let columns = 0
  let firstIsItem = false
  while (index < end) {
    const code = source.charCodeAt(index)
    if (code === 32) {
      columns++
      index++
      continue
    }
    if (code === 9) {
      columns += 4
      index++
      continue
    }
    // Indentation nests list items too: at least two columns a level.
    const levels = depth + (columns >> 1)
    let markerEnd = -1
    let markerAt = index
    let item = true
    if (code === 62 /* > */) {
      markerEnd = index + 1
      item = false
    } else if ((code === 45 || code === 43 || code === 42) && isSpace(source.charCodeAt(index + 1)))
      markerEnd = index + 1
    else if (code >= 48 && code <= 57) {
      let digits = index
      while (digits < end && digits - index < 10 && isDigit(source.charCodeAt(digits))) digits++
      const delimiter = source.charCodeAt(digits)
      if (
        digits - index <= 9 &&
        (delimiter === 46 || delimiter === 41) &&
        isSpace(source.charCodeAt(digits + 1))
      ) {
        markerEnd = digits + 1
        markerAt = digits
      }
    }
    if (markerEnd === -1) {
      result.content = index
      return result
    }
    if (depth === 0) firstIsItem = item
    else if (depth === 1 && firstIsItem) result.stacked = markerAt
    if (levels >= maximumLineDepth) {
      result.cap = markerAt
      result.content = markerAt
      return result
    }
    result.markers++
    depth++
    columns = 0
    index = markerEnd
  }
  return result
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57
}

function replaceEscapedCarets(text: string): string {
  if (!text.includes('\\^')) return text
  let result = ''
  let last = 0
  for (let index = 0; index < text.length; index++) {
    if (text.charCodeAt(index) !== 92) continue
    const next = text.charCodeAt(index + 1)
    if (next === 94) {
      result += text.slice(last, index) + escapedCaret
      last = index + 2
      index++
    } else if (next >= 33 && next <= 126) {
      index++
    }
  }
  return result + text.slice(last)
}

/** Map an offset in the prepared text back to the source. */
export function sourceOffset(prepared: Prepared, offset: number): number {
  const {insertions} = prepared
  if (insertions.length === 0) return offset
  let low = 0
  let high = insertions.length
  while (low < high) {
    const middle = (low + high) >> 1
    if (insertions[middle]! < offset) low = middle + 1
    else high = middle
  }
  return offset - low
}

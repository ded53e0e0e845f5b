import type {Root} from 'mdast'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import {unified} from 'unified'

/** Deepest nesting of block quotes and list items on one line that is handed to the parser. */
export const maximumLineDepth = 64

/** Stand-ins for an escaped caret (`\^`), so that the reader can tell it from a superscript mark. */
export const escapedCaret = '\uFDD0\uFDD1'

/** What `prepare` did to the source before parsing. */
export interface Prepared {
  /** The text handed to the parser (same length as the source unless depth was capped). */
  text: string
  /** Offsets (in `text`) of backslashes inserted to cap nesting, ascending. */
  insertions: number[]
  /** Offsets (in `text`) of the lines whose nesting was capped. */
  capped: number[]
}

// GFM constructs the convention uses: footnotes and strikethrough (`~~del~~`, `~sub~`). Autolink
// literals, tables and task lists are left out: they would turn plain text into markup, and autolink
// literal scanning is superlinear on very long paragraphs.
const keptConstructs = new Set([
  'gfmFootnoteCall',
  'gfmPotentialFootnoteCall',
  'gfmFootnoteDefinition',
  'strikethrough',
])

type Extension = Record<string, Record<string, unknown> | unknown[] | null | undefined>

function filterExtension(extension: Extension): Extension {
  const result: Extension = {}
  for (const [field, table] of Object.entries(extension)) {
    if (field === 'flow') {
      result[field] = {}
      continue
    }
    if (!table || Array.isArray(table) || (field !== 'text' && field !== 'document')) {
      result[field] = table
      continue
    }
    const kept: Record<string, unknown> = {}
    for (const [code, constructs] of Object.entries(table)) {
      const list = [constructs].flat() as {name?: string}[]
      const filtered = list.filter(
        (construct) => construct.name !== undefined && keptConstructs.has(construct.name),
      )
      if (filtered.length > 0) kept[code] = filtered
    }
    result[field] = kept
  }
  return result
}

function createProcessor() {
  const processor = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']).freeze()
  const data = processor.data() as {micromarkExtensions?: Extension[]}
  // remark-gfm registers one combined extension; keep only the constructs named above.
  if (data.micromarkExtensions) {
    data.micromarkExtensions = data.micromarkExtensions.map((extension) => {
      return 'text' in extension && 'flow' in extension ? filterExtension(extension) : extension
    })
  }
  return processor
}

let processor: ReturnType<typeof createProcessor> | undefined

/**
 * Cap the nesting of block quotes and list items at {@link maximumLineDepth} by escaping the next
 * container marker (micromark recurses per container and overflows the stack beyond a few thousand),
 * and replace escaped carets by {@link escapedCaret}. Linear in the length of the source.
 */
export function prepare(source: string): Prepared {
  const insertions: number[] = []
  const capped: number[] = []
  const parts: string[] = []
  let added = 0
  let lineStart = 0
  while (lineStart <= source.length) {
    let lineEnd = source.indexOf('\n', lineStart)
    if (lineEnd === -1) lineEnd = source.length
    const cut = capOffset(source, lineStart, lineEnd)
    if (cut === -1) {
      parts.push(source.slice(lineStart, lineEnd))
    } else {
      parts.push(source.slice(lineStart, cut), '\\', source.slice(cut, lineEnd))
      insertions.push(cut + added)
      capped.push(lineStart + added)
      added++
    }
    if (lineEnd < source.length) parts.push('\n')
    lineStart = lineEnd + 1
  }
  const capped1 = added === 0 ? source : parts.join('')
  return {text: replaceEscapedCarets(capped1), insertions, capped}
}

/** Offset of the container marker past the depth limit on this line, or -1. */
function capOffset(source: string, start: number, end: number): number {
  let depth = 0
  let index = start
  let columns = 0
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
    if (code === 62 /* > */) markerEnd = index + 1
    else if ((code === 45 || code === 43 || code === 42) && isSpace(source.charCodeAt(index + 1)))
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
    if (markerEnd === -1) return -1
    if (levels >= maximumLineDepth) return markerAt
    depth++
    columns = 0
    index = markerEnd
  }
  return -1
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

/** Parse prepared Markdown into mdast (CommonMark, GFM footnotes and strikethrough, YAML front matter). */
export function parseMarkdown(text: string): Root {
  processor ??= createProcessor()
  return processor.parse(text) as Root
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

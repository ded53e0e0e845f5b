import {firstNonSpace, isDigit, isLetter, isSpace, isUpper} from '../text-utils.js'
import type {Line, Segment} from './types.js'

/** A logical line from its segments. */
export function makeLine(segments: Segment[], indented: boolean, start: number, end: number): Line {
  if (segments.length === 1 && segments[0]!.kind === 'text') {
    return {kind: 'line', segments, flat: segments[0]!.text, indented, start, end}
  }
  const parts: string[] = []
  for (const segment of segments) if (segment.kind !== 'marker') parts.push(segment.text)
  return {kind: 'line', segments, flat: parts.join('').trim(), indented, start, end}
}

/** The same line with other segments, its `flat` text made again; page flags kept. */
export function remakeLine(line: Line, segments: Segment[], end = line.end): Line {
  const made = makeLine(segments, line.indented, line.start, end)
  if (line.pageStart) made.pageStart = true
  if (line.afterNotes) made.afterNotes = true
  if (line.indent !== undefined) made.indent = line.indent
  return made
}

/**
 * A footnote's first line: a marker of 1–3 digits or 1–3 asterisks at the start of the line, white
 * space, then text holding a letter or a digit (`* * *` is a dinkus, not a note). Returns the marker.
 * Given the `previous` note's marker, a longer number is a marker too when it is the one that follows
 * (`1000` after `999`): a long report's notes run past three digits, where a year at a line's start
 * would otherwise pass for one. Where notes are known to stand (`glued`: under a separator, at a
 * page's foot), a number may also be set against the note's first word when that word opens with a
 * capital or a quotation mark (`1Official Records …`, as word processors print the note's number
 * and PDF extractions keep it), or with any letter when the number is the one after `previous`
 * (`25https://…` after note 24).
 */
export function noteMarker(raw: string, previous?: string, glued = false): string | undefined {
  const digit = isDigit(raw[0])
  const following = previous !== undefined && isDigit(previous[0]) ? nextMarker(previous) : ''
  const most = digit ? Math.max(3, following.length) : 3
  let index = 0
  while (index < raw.length && index < most && (digit ? isDigit(raw[index]) : raw[index] === '*')) index++
  if (index === 0 || index >= raw.length) return undefined
  if (digit && isDigit(raw[index])) return undefined
  if (index > 3 && raw.slice(0, index) !== following) return undefined
  if (glued && digit) {
    const next = raw[index]!
    if (isUpper(next) || openingQuotes.includes(next)) return raw.slice(0, index)
    if (isLetter(next) && raw.slice(0, index) === following) return following
  }
  if (!isSpace(raw.charCodeAt(index))) return undefined
  const rest = firstNonSpace(raw.slice(index, index + 8))
  if (index + rest >= raw.length || rest >= 8) return undefined
  const text = raw.slice(index + rest, index + rest + 12)
  for (const character of text) if (isLetter(character) || isDigit(character)) return raw.slice(0, index)
  return undefined
}

/** Quotation marks a note's first word may open with (`1“Report …”`). */
const openingQuotes = '"“«„‘'

/** Whether a line opens a footnote (see {@link noteMarker}). */
export function isNoteStart(raw: string, previous?: string, glued = false): boolean {
  return noteMarker(raw, previous, glued) !== undefined
}

/** The marker that follows another in a run of notes: `2` after `1`, `**` after `*`, `(2)` after `(1)`. */
export function nextMarker(marker: string): string {
  if (marker[0] === '*') return `${marker}*`
  if (marker[0] === '(') return `(${Number(marker.slice(1, -1)) + 1})`
  return String(Number(marker) + 1)
}

import {firstNonSpace, isDigit, isSpace} from '../text-utils.js'
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

/** A footnote's first line: a marker of 1–3 digits or 1–3 asterisks, a space, then text. */
export function isNoteStart(raw: string): boolean {
  let index = 0
  const digit = isDigit(raw[0])
  while (index < raw.length && index < 3 && (digit ? isDigit(raw[index]) : raw[index] === '*')) index++
  if (index === 0 || index >= raw.length) return false
  if (digit && isDigit(raw[index])) return false
  if (!isSpace(raw.charCodeAt(index))) return false
  const rest = firstNonSpace(raw.slice(index, index + 8))
  return index + rest < raw.length && rest < 8
}

import type {Profile} from '../profile.js'
import type {Reporter} from '../report.js'
import {collapseSpaces, firstNonSpace, head, isDigit, isSpace, lastNonSpace} from '../text-utils.js'
import {isPageFurniture} from './furniture.js'
import {isNoteStart, makeLine} from './line.js'
import type {LiftedNote, Line} from './types.js'

/** Most lines one footnote may take: past that, the page surely went on. */
const maximumNoteLines = 40

/**
 * Read the footnotes printed at the foot of a page, from the first note line at `index`. A note
 * goes on over the following lines until the page resumes: a line that begins with white space
 * (the next page's first line), or any line once the note's sentence has ended. A line that opens
 * with another marker starts the next note once the note before has ended its sentence (so that
 * `2 February 2018.` goes on a note that stopped at `held on`).
 */
export function readNotes(
  texts: string[],
  starts: number[],
  index: number,
  doubled: boolean,
  profile: Profile,
  report: Reporter,
): {notes: Omit<LiftedNote, 'at'>[]; next: number} {
  const notes: Omit<LiftedNote, 'at'>[] = []
  let current: Omit<LiftedNote, 'at'> | undefined
  let cursor = index
  let lines = 0
  while (cursor < texts.length) {
    const raw = texts[cursor]!
    if (raw.length === 0) {
      if (!doubled) break
      cursor++
      continue
    }
    if (isSpace(raw.charCodeAt(0))) break
    const first = firstNonSpace(raw)
    const end = lastNonSpace(raw)
    const trimmed = raw.slice(first, end)
    const start = starts[cursor]!
    if (current && (isPageFurniture(head(trimmed), profile) || isBareNumber(trimmed))) {
      report.furniture(raw, start, start + raw.length)
      cursor++
      continue
    }
    if (isNoteStart(raw) && (!current || endsSentence(current.lines[current.lines.length - 1]!))) {
      let markerEnd = 0
      while (markerEnd < raw.length && !isSpace(raw.charCodeAt(markerEnd))) markerEnd++
      const textStart = markerEnd + firstNonSpace(raw.slice(markerEnd))
      current = {
        marker: raw.slice(0, markerEnd),
        lines: [line(raw.slice(textStart, end), start + textStart, start + end)],
        start,
        end: start + end,
      }
      notes.push(current)
    } else {
      if (!current || endsSentence(current.lines[current.lines.length - 1]!)) break
      current.lines.push(line(trimmed, start + first, start + end))
      current.end = start + end
    }
    cursor++
    if (++lines >= maximumNoteLines) break
  }
  return {notes, next: cursor}
}

function line(text: string, start: number, end: number): Line {
  return makeLine([{kind: 'text', text: collapseSpaces(text), start, end}], false, start, end)
}

function endsSentence(last: Line): boolean {
  const character = last.flat[last.flat.length - 1]
  return character === '.' || character === '!' || character === '?'
}

/** A page number alone on its line. */
export function isBareNumber(trimmed: string): boolean {
  return trimmed.length > 0 && trimmed.length <= 4 && [...trimmed].every(isDigit)
}

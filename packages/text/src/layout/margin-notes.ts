import {isDigit, isLetter, isLower, isSpace, isUpper} from '../text-utils.js'

/** The lines of a text and the offset each starts at (each text the source's slice there). */
export interface SplitLines {
  texts: string[]
  starts: number[]
}

/** Most characters a margin note's line holds (`Establishment of the`, `Power to make regulations.`). */
const noteLength = 40

/** Most words a margin note's line holds. */
const noteWords = 6

/** The gap between a margin note and the text beside it: three spaces or more. */
const gutter = '   '

/** Fewest columns in from the page's edge the text beside the notes starts at. */
const leastColumn = 10

/** Most lines a margin note runs over. */
const mostNoteLines = 4

/** How far the text beside the notes may start from its column, in characters. */
const slack = 2

/** How far in from its column the section's text may stand beside a note's wrapped line. */
const indent = 12

/** Fewest sections with a note beside them that tell a column of margin notes. */
const fewestSections = 2

/**
 * A section's number after three spaces (`   12A. `), as {@link opensSection} reads one after a
 * note's gap: what a text whose white space is the ASCII space needs to hold for a line of it to
 * hold a note beside a section (a plain search of three spaces first: it runs fast).
 */
const numberAfterGap = / {3}\d{1,3}[^\s.]?\. /

/** A line read as a margin note beside text: the note's span and where the text beside it starts. */
interface Beside {
  /** Column of the note's first character. */
  from: number
  /** Column just past the note's last character. */
  to: number
  /** Column of the text beside it, or -1 when the line holds the note alone. */
  text: number
}

/**
 * Lift the margin notes an act prints beside its sections, as `pdftotext -layout` keeps them at the
 * left of the sections' first lines (`Short title.        1. This Act may be cited as …`, the note
 * wrapped over the next lines beside the section's text: `Establishment` / `of the Board.`): each
 * note becomes a line of its own over its section's first line, its wrapped lines after it, and the
 * section's lines keep their text only, so that no word of either runs into the other. A column of
 * notes is told by two sections or more whose number (`1.`, `12A.`) stands at the same column, ten
 * characters in or more, after a note of a few words with a capital and a gap of three spaces.
 * Nothing else is touched; with no such column the lines come back as they were.
 *
 * With the `whole` text the lines were split from (given where its only white space is the ASCII
 * space and line ends), texts that hold no section's number after a gap are given back at once.
 *
 * Each line made is the source's slice at its start, as the lines given were (an empty line, set
 * around each note, the empty slice); the note's lines come before the section's lines they stood
 * beside, the one place where the starts do not rise.
 */
export function liftMarginNotes(split: SplitLines, whole?: string): SplitLines {
  // A section's number after a gap of three spaces (`Short title.   1. This …`) is looked for in the
  // whole text by one search before any line is (most texts have none), where its white space is
  // the ASCII space only (`whole` given only then).
  if (whole !== undefined && !numberAfterGap.test(whole)) return split
  const {texts, starts} = split
  const count = texts.length
  // The sections' first lines with a note beside them, and the column their text starts at.
  const sections: number[] = []
  const columns = new Map<number, number>()
  for (let index = 0; index < count; index++) {
    const beside = besideOf(texts[index]!)
    if (!beside || beside.text < leastColumn || !opensSection(texts[index]!, beside.text)) continue
    if (!isUpper(texts[index]![beside.from])) continue
    sections.push(index)
    columns.set(beside.text, (columns.get(beside.text) ?? 0) + 1)
  }
  if (sections.length < fewestSections) return split
  let column = -1
  let most = 0
  for (const [at, times] of columns) if (times > most) [column, most] = [at, times]
  let near = 0
  for (const [at, times] of columns) if (Math.abs(at - column) <= slack) near += times
  if (near < fewestSections) return split
  const lifted: SplitLines = {texts: [], starts: []}
  let copied = 0
  for (const index of sections) {
    const first = besideOf(texts[index]!)!
    if (Math.abs(first.text - column) > slack) continue
    // The note's lines: this one's, and those of the lines under it while the note has not ended
    // (with its stop) and the line holds a short text at the left margin and none other than the
    // section's text at its column.
    const notes: {index: number; beside: Beside}[] = [{index, beside: first}]
    for (let next = index + 1; next < count && notes.length < mostNoteLines; next++) {
      const previous = notes[notes.length - 1]!
      const line = texts[previous.index]!
      if (line[previous.beside.to - 1] === '.') break
      const beside = besideOf(texts[next]!)
      // The section's text beside it stands at its column, or further in (a hanging indent: `(1)
      // There is …` / `Fees Board.`).
      if (!beside || (beside.text >= 0 && (beside.text < column - slack || beside.text > column + indent)))
        break
      // A line alone at the margin goes on with the note only in lower case (`of the Board.`): a
      // heading there (`PART II`) is none of it.
      if (beside.text < 0 && !isLower(texts[next]![beside.from])) break
      if (beside.text >= 0 && opensSection(texts[next]!, beside.text)) break
      notes.push({index: next, beside})
    }
    const last = notes[notes.length - 1]!.index
    for (; copied < index; copied++) push(lifted, texts[copied]!, starts[copied]!)
    // The note is a paragraph of its own: an empty line (the empty slice where it starts, and where
    // the section's text does) before it and after it.
    push(lifted, '', starts[index]!)
    for (const note of notes) {
      const text = texts[note.index]!
      push(lifted, text.slice(note.beside.from, note.beside.to), starts[note.index]! + note.beside.from)
    }
    push(lifted, '', starts[index]! + first.text)
    for (const note of notes) {
      if (note.beside.text < 0) continue
      const text = texts[note.index]!
      push(lifted, text.slice(note.beside.text), starts[note.index]! + note.beside.text)
    }
    copied = last + 1
  }
  if (copied === 0) return split
  for (; copied < count; copied++) push(lifted, texts[copied]!, starts[copied]!)
  return lifted
}

function push(lines: SplitLines, text: string, start: number): void {
  lines.texts.push(text)
  lines.starts.push(start)
}

/**
 * A line that opens with a short text at the left margin (a space in at most), then a gap of three
 * spaces or more and more text, or that holds the short text alone: its note's span and where the
 * text beside it starts (-1 when none does).
 */
function besideOf(line: string): Beside | undefined {
  let from = 0
  while (from < 2 && from < line.length && isSpace(line.charCodeAt(from))) from++
  if (from >= line.length || isSpace(line.charCodeAt(from)) || !isLetter(line[from])) return undefined
  // A note ends within its length: the gap after it is looked for there only (most lines are text
  // that runs on past it, and holds no gap so near its start).
  const within = from + noteLength
  let gap = -1
  if (line.length > within) {
    if (line.lastIndexOf(gutter, within) < from) return undefined
    gap = line.indexOf(gutter, from)
  } else gap = line.indexOf(gutter, from)
  const end = gap < 0 ? trimmedEnd(line) : gap
  if (end - from > noteLength || wordsIn(line, from, end) > noteWords) return undefined
  if (gap < 0) return {from, to: end, text: -1}
  let text = gap
  while (text < line.length && isSpace(line.charCodeAt(text))) text++
  if (text >= line.length) return {from, to: end, text: -1}
  return {from, to: end, text}
}

/** Whether the text at `at` opens a section with its number and a capital or a bracket: `1. This`, `12A. (1)`. */
function opensSection(line: string, at: number): boolean {
  let end = at
  while (end - at < 3 && isDigit(line[end])) end++
  if (end === at) return false
  if (isUpper(line[end]) && end - at < 3) end++
  if (line[end] !== '.' || line[end + 1] !== ' ') return false
  let text = end + 2
  while (text < line.length && text - end < 4 && line[text] === ' ') text++
  return isUpper(line[text]) || line[text] === '('
}

function trimmedEnd(line: string): number {
  let end = line.length
  while (end > 0 && isSpace(line.charCodeAt(end - 1))) end--
  return end
}

function wordsIn(line: string, from: number, to: number): number {
  let words = 0
  let inWord = false
  for (let index = from; index < to; index++) {
    const letter = !isSpace(line.charCodeAt(index))
    if (letter && !inWord) words++
    inWord = letter
  }
  return words
}

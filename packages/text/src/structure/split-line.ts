import {type Profile, readOpening} from '@clausewise/recognize'
import {makeLine} from '../layout/line.js'
import type {Item, Line, Segment} from '../layout/types.js'
import {isLetter, isSpace, isUpper} from '../text-utils.js'

/** Lines shorter than this are never cut: a printed line holds one clause start at most. */
const longLine = 160

/**
 * Cut long lines (a whole act on one line, a web paragraph holding several; in a one-line dump,
 * whose lines are its sentences, lines of any length: `shortest` 0) where a clause starts
 * inside them: after `,` `;` `:` `.` and a space, a recital opener or operative verb in capitals
 * (`Having regard to`, `Whereas:`), a label (`(1)`, `2.`, `(a)`, `Article 2`), a closing formula
 * (`Done at`); and around a run of words in capitals ending with `,` or `:` (`THE COMMISSION OF THE
 * EUROPEAN COMMUNITIES,`, `HAS ADOPTED THIS REGULATION:`). Each piece keeps its source offsets.
 */
export function splitLongLines(
  items: Item[],
  profile: Profile,
  charAt: (offset: number) => string,
  shortest = longLine,
): Item[] {
  const result: Item[] = []
  for (const item of items) {
    if (item.kind !== 'line' || item.flat.length < shortest) {
      result.push(item)
      continue
    }
    const cuts = cutsOf(item.flat, profile)
    if (cuts.length === 0) {
      result.push(item)
      continue
    }
    for (const piece of cutLine(item, cuts, charAt)) result.push(piece)
  }
  return result
}

/** Where a long line's text is cut (indices into `flat`, ascending). */
function cutsOf(flat: string, profile: Profile): number[] {
  const cuts: number[] = []
  for (let index = 2; index < flat.length - 1; index++) {
    if (flat[index - 1] !== ' ' || flat[index] === ' ') continue
    const before = flat[index - 2]!
    const punctuated = ',;:.'.includes(before)
    const capitals = capitalRun(flat, index)
    if (capitals > 0 && !isCapitalWord(previousWord(flat, index - 1))) {
      cuts.push(index)
      let end = index + capitals
      while (flat[end] === ' ') end++
      if (end < flat.length) cuts.push(end)
      index = end
      continue
    }
    if (!punctuated) continue
    const opening = readOpening(flat.slice(index, index + 300), profile)
    const kind = opening.label?.kind
    const strong =
      kind === 'number' ||
      kind === 'bracketed' ||
      kind === 'point' ||
      kind === 'unit' ||
      ((opening.recital || opening.verb || opening.closing) && isUpper(flat[index]))
    // `Art. 3º …`, `Art. 3. …`: the number of a unit whose word ends with a full stop is no clause of its own.
    if (strong && !(kind !== 'unit' && isUnitWord(previousWord(flat, index - 1), profile))) cuts.push(index)
  }
  return cuts
}

/** The word that ends at `end` (exclusive). */
function previousWord(flat: string, end: number): string {
  let start = end
  while (start > 0 && flat[start - 1] !== ' ') start--
  return flat.slice(start, end)
}

/** Whether a word is one of the profile's words heading a unit (`Art.`), compared without case. */
function isUnitWord(word: string, profile: Profile): boolean {
  const lower = word.toLowerCase()
  return (profile.hierarchyWords ?? []).some((unit) => unit.word.toLowerCase() === lower)
}

/** Whether a word has letters, all in capitals. */
function isCapitalWord(word: string): boolean {
  let letters = 0
  for (const character of word) {
    if (!isLetter(character)) continue
    if (!isUpper(character)) return false
    letters++
  }
  return letters > 0
}

/**
 * The length of a run of at least three words in capitals from `index` that ends with `,` or `:`
 * (the run and its mark), or 0.
 */
function capitalRun(flat: string, index: number): number {
  let words = 0
  let cursor = index
  while (cursor < flat.length && cursor - index < 120) {
    let end = cursor
    let letters = 0
    while (end < flat.length && flat[end] !== ' ') {
      const character = flat[end]!
      if (isLetter(character)) {
        if (!isUpper(character)) return 0
        letters++
      }
      end++
    }
    if (letters === 0) return 0
    words++
    const mark = flat[end - 1]
    if (mark === ',' || mark === ':') return words >= 3 ? end - index : 0
    if (!isLetter(mark)) return 0
    cursor = end + 1
  }
  return 0
}

/** The pieces of a line cut at `cuts` (indices into its `flat` text). */
function cutLine(line: Line, cuts: number[], charAt: (offset: number) => string): Line[] {
  const pieces: Segment[][] = [[]]
  let flatAt = 0
  let cut = 0
  for (const segment of line.segments) {
    if (segment.kind === 'marker') {
      pieces[pieces.length - 1]!.push(segment)
      continue
    }
    let rest = segment
    let restStart = flatAt
    const segmentEnd = flatAt + segment.text.length
    while (cut < cuts.length && cuts[cut]! < segmentEnd && segment.kind === 'text') {
      const local = cuts[cut]! - restStart
      if (local <= 0) {
        pieces.push([])
        cut++
        continue
      }
      const offset = rawOffset(rest, local, charAt)
      const left: Segment = {
        kind: 'text',
        text: rest.text.slice(0, local).trimEnd(),
        start: rest.start,
        end: offset,
      }
      const rightText = rest.text.slice(local)
      const right: Segment = {kind: 'text', text: rightText, start: offset, end: rest.end}
      let end = left.end
      while (end > left.start && isSpace(charAt(end - 1).charCodeAt(0))) end--
      left.end = end
      if (left.text) pieces[pieces.length - 1]!.push(left)
      pieces.push([])
      rest = right
      restStart = cuts[cut]!
      cut++
    }
    pieces[pieces.length - 1]!.push(rest)
    flatAt = segmentEnd
  }
  return pieces
    .filter((segments) => segments.some((segment) => segment.kind !== 'marker' && segment.text.trim()))
    .map((segments, index) => {
      const first = segments[0]!
      if (first.kind === 'text' && first.text.startsWith(' ')) {
        segments[0] = {...first, text: first.text.trimStart()}
      }
      const last = segments[segments.length - 1]!
      return makeLine(segments, index === 0 ? line.indented : false, first.start, last.end)
    })
}

/** The source offset of a character of a segment's text, white space runs counting once. */
function rawOffset(segment: Segment, index: number, charAt: (offset: number) => string): number {
  let text = 0
  let raw = segment.start
  if (segment.text[0] === ' ' && !isSpace(charAt(raw).charCodeAt(0))) text = 1
  while (text < index && raw < segment.end) {
    if (segment.text[text] === ' ') {
      while (raw < segment.end && isSpace(charAt(raw).charCodeAt(0))) raw++
    } else raw++
    text++
  }
  return raw
}

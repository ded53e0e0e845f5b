import type {Reporter} from '../report.js'
import {collapseSpaces} from '../text-utils.js'
import {remakeLine} from './line.js'
import {type Candidate, numbersIn, scanLetteredMarkers, scanMarkers} from './marker-places.js'
import type {Item, LiftedNote, Line, Segment} from './types.js'

/**
 * Place each footnote at its marker in the text, deciding by the notes that exist and their order:
 * note N's marker is looked for after note N−1's marker and after the block of notes before its
 * own, and before its own block. The places, surest first: a number that fell onto a line of its
 * own; a number fused to a word or after punctuation (`report4`, `2019,3`, `Egypt:*`); a number
 * standing apart after punctuation or at a line end (`Declaration, 3 to`, `States 5`); a number
 * standing apart after a word that takes no number (`Assembly 1 and`, never `paragraph 5 of`);
 * the end of a symbol's number (`75/1765` = `75/176` and marker 5). A number followed by a capital
 * or a digit (`1 December`) is never a marker. The text is cut at the chosen places (the marker
 * becomes a `marker` segment, the note's `anchor`); markers that fell onto their own line and
 * matched no note are page numbers (furniture); asterisks with no `*` note are reported.
 * `superscripts` false says the text holds no superscript digit (`surveyText`); the `front` (the
 * source text and where its first page ends), when given, tells a marker fused to a short number on
 * the first page, where a document prints its number (see {@link scanMarkers}).
 */
export function anchorNotes(
  items: Item[],
  notes: LiftedNote[],
  sourceOf: (segment: Segment) => string,
  numberNouns: ReadonlySet<string>,
  report: Reporter,
  superscripts = true,
  front?: {text: string; end: number},
): void {
  const wanted = new Set(notes.map((note) => note.marker))
  // Lettered notes (`(a)`) are rare: their markers are looked for only where there are some.
  let lettered = false
  for (const note of notes) if (isLetteredMarker(note.marker)) lettered = true
  // The numbers the text prints, counted once, the first time a marker may be fused to one.
  let printed: Map<string, number> | undefined
  const numbers = front === undefined ? undefined : () => (printed ??= numbersIn(front.text))
  const byValue = new Map<string, Candidate[]>()
  const add = (candidate: Candidate): void => {
    const list = byValue.get(candidate.value)
    if (list) list.push(candidate)
    else byValue.set(candidate.value, [candidate])
  }
  const fallen: Candidate[] = []
  // A marker stands before its note: text from the last note's start on holds no place to choose
  // (only asterisks without a note, reported, are looked for there).
  let last = -1
  for (const note of notes) if (note.start > last) last = note.start
  for (let itemIndex = 0; itemIndex < items.length; itemIndex++) {
    const item = items[itemIndex]!
    if (item.kind !== 'line') continue
    const segments = item.segments
    for (let segmentIndex = 0; segmentIndex < segments.length; segmentIndex++) {
      const segment = segments[segmentIndex]!
      if (segment.kind === 'marker') {
        const whole: Candidate = {
          value: segment.text,
          strength: 0,
          item: itemIndex,
          segment: segmentIndex,
          from: -1,
          to: -1,
          start: segment.start,
          end: segment.end,
        }
        fallen.push(whole)
        if (wanted.has(segment.text)) add(whole)
      } else if (
        segment.kind === 'text' &&
        ((wanted.size > 0 && segment.start < last) || segment.text.includes('*'))
      ) {
        const raw = sourceOf(segment)
        scanMarkers(
          raw,
          segment,
          itemIndex,
          segmentIndex,
          wanted,
          numberNouns,
          add,
          report,
          superscripts,
          front !== undefined && segment.start < front.end ? numbers : undefined,
        )
        if (lettered) scanLetteredMarkers(raw, segment, itemIndex, segmentIndex, wanted, add)
      }
    }
  }
  const chosen = choose(notes, byValue)
  applyAnchors(items, notes, chosen, sourceOf, report)
  for (const candidate of fallen) {
    if (!chosen.has(candidate)) report.furniture(candidate.value, candidate.start, candidate.end)
  }
}

/** Whether a note's marker is a letter in brackets (`(a)`). */
function isLetteredMarker(marker: string): boolean {
  const letter = marker.charCodeAt(1)
  return marker.length === 3 && marker[0] === '(' && letter >= 97 && letter <= 122
}

/** The strengths a candidate can have, surest first. */
const strengths = 4

/**
 * For each note, a candidate of its marker within its range, in two passes: first the sure places
 * (strength 0), in order; then, for the notes left, the other places, surest first and then
 * earliest, between the anchors of the notes before and after. So a doubtful place never pushes a
 * sure one of a later note out of reach. Candidates are kept per marker and strength, each list
 * with a cursor that only moves forward: linear in the candidates and notes.
 */
function choose(notes: LiftedNote[], byValue: Map<string, Candidate[]>): Map<Candidate, LiftedNote> {
  const lists = new Map<string, {list: Candidate[]; cursor: number}[]>()
  for (const [value, candidates] of byValue) {
    const levels: {list: Candidate[]; cursor: number}[] = []
    for (let strength = 0; strength < strengths; strength++) levels.push({list: [], cursor: 0})
    for (const candidate of candidates) levels[candidate.strength]!.list.push(candidate)
    lists.set(value, levels)
  }
  // The end of the block of notes before each note's block: its marker stands after it.
  const after: number[] = []
  let blockEnd = 0
  let previousBlockEnd = 0
  let block = -1
  for (const note of notes) {
    if (note.at !== block) {
      previousBlockEnd = blockEnd
      block = note.at
    }
    blockEnd = Math.max(blockEnd, note.end)
    after.push(previousBlockEnd)
  }
  const anchors: (Candidate | undefined)[] = notes.map(() => undefined)
  const pass = (first: number, last: number, carried = false): void => {
    let lastAnchor = 0
    let nextSure = 0
    for (let index = 0; index < notes.length; index++) {
      const note = notes[index]!
      const known = anchors[index]
      if (known) {
        lastAnchor = known.end
        continue
      }
      const levels = lists.get(note.marker)
      if (!levels) continue
      // Before the next note's anchor, when it has one.
      if (nextSure <= index)
        for (nextSure = index + 1; nextSure < notes.length && !anchors[nextSure]; ) nextSure++
      const upper = Math.min(note.start, anchors[nextSure]?.start ?? note.start)
      const lower = carried ? lastAnchor : Math.max(lastAnchor, after[index]!)
      for (let strength = first; strength <= last; strength++) {
        const level = levels[strength]!
        while (level.cursor < level.list.length && level.list[level.cursor]!.start < lower) level.cursor++
        // A place its own test refuses is passed over (a marker fused to a short number that the
        // document does not print apart).
        while (
          level.cursor < level.list.length &&
          level.list[level.cursor]!.start < upper &&
          level.list[level.cursor]!.check?.() === false
        )
          level.cursor++
        // A candidate another note took (in an earlier pass) is passed over.
        while (carried && level.cursor < level.list.length && taken.has(level.list[level.cursor]!))
          level.cursor++
        const candidate = level.list[level.cursor]
        if (candidate && candidate.start < upper) {
          anchors[index] = candidate
          level.cursor++
          lastAnchor = candidate.end
          break
        }
      }
    }
  }
  pass(0, 0)
  pass(1, strengths - 1)
  // A note a word processor carried to the next page (its marker at the foot of a page with no room
  // left) has its marker before the block before its own: for the notes left, the sure places
  // (fused to a word, fallen onto a line of their own) after the note before's anchor.
  const taken = new Set<Candidate>()
  for (const candidate of anchors) if (candidate) taken.add(candidate)
  if (taken.size > 0 && taken.size < notes.length) {
    for (const levels of lists.values()) levels[0]!.cursor = 0
    pass(0, 0, true)
  }
  const chosen = new Map<Candidate, LiftedNote>()
  anchors.forEach((candidate, index) => {
    if (candidate) chosen.set(candidate, notes[index]!)
  })
  return chosen
}

/** Cut the chosen markers out of their text segments and attach each note to its marker segment. */
function applyAnchors(
  items: Item[],
  notes: LiftedNote[],
  chosen: Map<Candidate, LiftedNote>,
  sourceOf: (segment: Segment) => string,
  report: Reporter,
): void {
  const byItem = new Map<number, Candidate[]>()
  for (const candidate of chosen.keys()) {
    const list = byItem.get(candidate.item)
    if (list) list.push(candidate)
    else byItem.set(candidate.item, [candidate])
  }
  for (const [itemIndex, candidates] of byItem) {
    const line = items[itemIndex] as Line
    const bySegment = new Map<number, Candidate[]>()
    for (const candidate of candidates) {
      const list = bySegment.get(candidate.segment)
      if (list) list.push(candidate)
      else bySegment.set(candidate.segment, [candidate])
    }
    const segments: Segment[] = []
    line.segments.forEach((segment, segmentIndex) => {
      const here = bySegment.get(segmentIndex) ?? []
      if (here.length === 0) {
        segments.push(segment)
        return
      }
      if (here[0]!.from < 0) {
        segments.push(segment)
        chosen.get(here[0]!)!.anchor = segment
        return
      }
      segments.push(...cut(segment, sourceOf(segment), here, chosen))
    })
    items[itemIndex] = remakeLine(line, segments)
  }
  for (const note of notes) {
    if (note.anchor) {
      report.info(
        'footnote-anchored',
        `Footnote ${note.marker} placed where its marker stood`,
        note.anchor.start,
        note.anchor.end,
        note.anchor.text,
      )
    }
  }
}

/** A text segment cut at its markers: text, marker, text… */
function cut(
  segment: Segment,
  raw: string,
  here: Candidate[],
  chosen: Map<Candidate, LiftedNote>,
): Segment[] {
  here.sort((a, b) => a.from - b.from)
  const result: Segment[] = []
  // The segment's text may open with a space that is not in the source (a line joined to another).
  const lead = segment.text[0] === ' ' ? ' ' : ''
  let position = 0
  let prefix = lead
  for (const candidate of here) {
    const before = `${prefix}${collapseSpaces(raw.slice(position, candidate.from))}`.trimEnd()
    if (before.length > 0) {
      result.push({kind: 'text', text: before, start: segment.start + position, end: candidate.start})
    }
    const marker: Segment = {
      kind: 'marker',
      text: candidate.value,
      start: candidate.start,
      end: candidate.end,
    }
    result.push(marker)
    chosen.get(candidate)!.anchor = marker
    position = candidate.to
    prefix = ''
  }
  const after = collapseSpaces(raw.slice(position))
  if (after.length > 0)
    result.push({kind: 'text', text: after, start: segment.start + position, end: segment.end})
  return result
}

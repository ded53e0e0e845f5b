import type {Profile} from '../profile.js'
import type {Reporter} from '../report.js'
import {isLetter} from '../text-utils.js'
import {anchorNotes} from './anchor-notes.js'
import {buildItems} from './build-items.js'
import {reportSideBySide} from './columns.js'
import {type DetectedLayout, detectLayout} from './detect-layout.js'
import {type FurnitureWords, furnitureWordsOf} from './furniture-words.js'
import {joinHyphens} from './hyphens.js'
import {reportInvisible} from './invisible.js'
import {readJournalNotes} from './journal-notes.js'
import {readLetteredNotes} from './lettered-notes.js'
import {isNoteStart} from './line.js'
import {liftMarginNotes} from './margin-notes.js'
import {
  bracketedMarker,
  fallenMarker,
  isSeparator,
  type ReadNote,
  readBlockNotes,
  readPageNotes,
} from './notes.js'
import {reportFurniture, takeFurniture} from './page-furniture.js'
import {boundsIn, boundsOf, classifyRows, Role, type Rows, Taken} from './rows.js'
import {lineAt, splitLines} from './split-lines.js'
import {type Survey, surveyText} from './survey.js'
import type {Item, LayoutKind, LiftedNote, Segment} from './types.js'
import {readFootNotes, readLooseNotes} from './unruled-notes.js'

/** What stage one yields: logical lines and breaks in order, and the footnotes lifted out. */
export interface Layout {
  items: Item[]
  /** The footnotes, each with its `anchor` when its marker was found in the text. */
  notes: LiftedNote[]
  /** The layout the text was read with. */
  kind: LayoutKind
  /** Whether the text is double-spaced (then its empty lines meant nothing). */
  doubled: boolean
}

/** Options of {@link repairLayout}. */
export interface LayoutOptions {
  /** The layout to read with (default: detected, see `detectLayout`). */
  layout?: LayoutKind | undefined
  /**
   * The whole text the lines come from, when the caller has it and each line is its slice at the
   * line's start (none changed since): searched at once where it can be.
   */
  text?: string | undefined
  /** What `surveyText` found in that whole text, when the caller surveyed it already. */
  survey?: Survey | undefined
}

/** The same empty list every time, so that the furniture words of a language are made once. */
const noPatterns: RegExp[] = []

/** No journal to cite (a profile without `journalCitations`). */
const noCitations: string[] = []

const descriptions: Record<LayoutKind, string> = {
  'double-spaced': 'double-spaced PDF extraction (empty lines mean nothing)',
  'single-spaced': 'single-spaced PDF extraction',
  web: 'web text, one paragraph per line',
  'one-line': 'one-line dump, read sentence by sentence',
}

/**
 * Stage one: repair the layout of the text. The layout is detected (or given) and reported; page
 * furniture leaves the text and is reported with its exact text; footnotes are lifted out of the
 * flow and anchored at their markers; superscripts and labels that fell onto lines of their own
 * are rejoined; words broken by line-end hyphens are rejoined; invisible characters are reported.
 * Which line continues which is decided later, with the profile's sentence rules.
 */
export function repairLayout(
  source: string | {texts: string[]; starts: number[]},
  profile: Profile,
  report: Reporter,
  options: LayoutOptions = {},
): Layout {
  const printed = typeof source === 'string' ? splitLines(source) : source
  const whole = typeof source === 'string' ? source : options.text
  // One pass over the whole text, when there is one, tells which of the later searches can be skipped.
  const survey = whole === undefined ? undefined : (options.survey ?? surveyText(whole))
  // An act's margin notes beside its sections (`pdftotext -layout`) become lines of their own.
  const split = liftMarginNotes(printed, survey && !survey.otherSpace ? whole : undefined)
  if (survey ? survey.invisible : split.texts.some((line) => surveyText(line).invisible)) {
    reportInvisible(split, report)
  }
  const formFeeds = survey?.formFeed ?? true
  // Where each line's text lies, found once for the passes that follow (in the whole text, if given).
  const bounds = whole === undefined ? boundsOf(split.texts) : boundsIn(whole, split)
  reportSideBySide(split.texts, split.starts, bounds, report, whole)
  const detected: DetectedLayout = options.layout
    ? {kind: options.layout, evidence: 'as the options say'}
    : // The layout is the printed lines': a note lifted off its line is no line that ends short.
      detectLayout(printed.texts, profile, {
        formFeeds,
        bounds: printed === split ? bounds : boundsOf(printed.texts),
      })
  const kind = detected.kind
  report.info('layout-detected', `Layout: ${descriptions[kind]} — ${detected.evidence}`, 0, 0, kind)
  const rows = classifyRows(split, kind, {formFeeds, bounds})
  const words = furnitureWordsOf(profile.language, profile.pageFurniture ?? noPatterns)
  const blocks = liftNotes(rows, kind === 'double-spaced', words, report)
  const citations = profile.journalCitations ?? noCitations
  const journal = readJournalNotes(rows, citations, kind !== 'web' && kind !== 'one-line')
  for (const [row, notes] of journal) addNotes(blocks, row, notes, report)
  if (kind === 'single-spaced')
    for (const [row, notes] of readLetteredNotes(rows)) addNotes(blocks, row, notes, report)
  const unruled =
    kind === 'web'
      ? readLooseNotes(rows)
      : kind === 'single-spaced'
        ? readFootNotes(rows, blocks, words)
        : undefined
  for (const [row, notes] of unruled ?? []) addNotes(blocks, row, notes, report)
  takeFurniture(rows, words, kind === 'web', profile)
  reportFurniture(rows, report)
  const otherSpaces = survey?.otherSpace ?? true
  const built = buildItems(
    rows,
    {kind, blocks, superscripts: profile.superscripts ?? [], otherSpaces},
    report,
  )
  const superscripts = survey?.superscript ?? true
  anchorNotes(
    built.items,
    built.notes,
    sourceOf(rows),
    new Set(words.numberNouns),
    report,
    superscripts,
    whole === undefined ? undefined : {text: whole, end: firstPageEnd(rows, whole.length)},
  )
  const items = joinHyphens(built.items, built.notes, profile, report)
  return {items, notes: built.notes, kind, doubled: kind === 'double-spaced'}
}

/** Find the footnote blocks (a separator, then a note) and read them; notes by the separator's row. */
function liftNotes(
  rows: Rows,
  doubled: boolean,
  words: FurnitureWords,
  report: Reporter,
): Map<number, ReadNote[]> {
  const blocks = new Map<number, ReadNote[]>()
  const count = rows.texts.length
  // The last note read: the next block's first note may follow it past three digits (`1000`).
  let last: string | undefined
  for (let index = 0; index < count; index++) {
    if (rows.taken[index] !== Taken.none || !isSeparator(rows, index, doubled)) continue
    // The first note follows the separator, after a blank line or two at most.
    let following = index + 1
    while (following < count && following <= index + 2 && rows.role[following] !== Role.text) {
      if (rows.role[following] === Role.page) break
      following++
    }
    if (following >= count || rows.role[following] !== Role.text) continue
    // A heading of the notes under the rule (`Note`, `Notes`, as Belgian and Luxembourg journals print
    // it): a word alone, then the first note.
    const heading = notesHeading(rows, following) ? following : -1
    if (heading >= 0) following++
    // `pdftotext -layout` keeps the page's left margin in spaces: the rule and the notes under it
    // stand at the text's margin, the notes at the rule's column.
    const margin = rows.first[index]!
    const at = rows.first[following]!
    const raw = rows.texts[following]!
    const noteStart =
      at === 0
        ? isNoteStart(raw, last, true) || bracketedMarker(raw) !== undefined
        : !doubled && at === margin && isNoteStart(raw.slice(at), last, true)
    if (!(noteStart || fallenMarker(rows, following, undefined))) continue
    const read = doubled
      ? readPageNotes(rows, following, words, last)
      : readBlockNotes(rows, following, words, last, margin)
    if (read.notes.length === 0) continue
    last = read.notes[read.notes.length - 1]!.marker
    for (let row = index; row < following; row++) rows.taken[row] = Taken.note
    if (heading >= 0) rows.taken[heading] = Taken.furniture
    addNotes(blocks, index, read.notes, report)
    index = read.next - 1
  }
  return blocks
}

/**
 * Whether a row is a word alone (letters only, at most twelve: `Note`, `Notes`, `Anmerkungen`) over
 * a row of text: the heading of the notes under a rule.
 */
function notesHeading(rows: Rows, row: number): boolean {
  const text = rows.texts[row]!
  const first = rows.first[row]!
  const last = rows.last[row]!
  if (last - first < 4 || last - first > 12 || rows.role[row + 1] !== Role.text) return false
  for (let index = first; index < last; index++) if (!isLetter(text[index])) return false
  return true
}

/** Keep the notes read at a row, each reported as lifted out of the text. */
function addNotes(blocks: Map<number, ReadNote[]>, row: number, notes: ReadNote[], report: Reporter): void {
  blocks.set(row, notes)
  for (const note of notes)
    report.info('footnote-lifted', `Footnote ${note.marker} lifted out of the text`, note.start, note.end)
}

/** The source text of a segment, from the row it lies in. */
function sourceOf(rows: Rows): (segment: Segment) => string {
  return (segment) => {
    // Collapsing spaces only shortens a text: one as long as its source range (and not opened by the
    // space that joins it to a line before) is that source.
    if (segment.text.length === segment.end - segment.start && segment.text[0] !== ' ') return segment.text
    const line = lineAt(rows.starts, segment.start)
    const start = rows.starts[line]!
    return rows.texts[line]!.slice(segment.start - start, segment.end - start)
  }
}

/** The source offset where the first page ends: the next page's first row, or the text's end. */
function firstPageEnd(rows: Rows, length: number): number {
  const next = rows.pages[1]
  return next === undefined ? length : rows.starts[next]!
}

import {type Profile, readOpening} from '@clausewise/recognize'
import {firstNonSpace, isLower, isUpper, lastNonSpace} from '../text-utils.js'
import {isPageMark, mayOpenPageMark} from './furniture.js'
import {type Bounds, boundsOf, markedPageEnds} from './rows.js'
import type {LayoutKind} from './types.js'

/** The layout of a text and the evidence it was told by, in words. */
export interface DetectedLayout {
  kind: LayoutKind
  /** Why, e.g. `140 of 145 wrapped lines follow an empty line`. */
  evidence: string
}

/** Options of {@link detectLayout}. */
export interface DetectOptions {
  /** Whether the lines may hold form feeds (default: true; false spares looking in every line). */
  formFeeds?: boolean | undefined
  /** The bounds of the lines' text (`boundsOf`), when known (default: found here). */
  bounds?: Bounds | undefined
}

/**
 * Longer than any line a PDF page prints (about 120 characters at the smallest usual type on A4):
 * a text where such lines are more than one in ten was not wrapped by a page.
 */
const printedLineLimit = 160

/** Characters that end a sentence or a clause at a line end (a colon may introduce a wrapped quote). */
const terminal = '.;!?»”)'

const terminalCodes = new Set(Array.from(terminal, (character) => character.charCodeAt(0)))

/**
 * Whether a line opens with a point's label in lower case and a space: a letter or a roman number
 * up to five letters long, then `)` (`a) `, `iv) `). A stop is no such label's end: an
 * abbreviation wraps to a line's start too (`… Ukraine` / `v. Russian Federation`).
 */
function opensWithLowerLabel(text: string, first: number): boolean {
  // ASCII letters by their code unit (most candidates open with an ASCII word), others as a string.
  let end = first
  while (end < text.length && end - first < 5) {
    const code = text.charCodeAt(end)
    if ((code >= 97 && code <= 122) || (code >= 128 && isLower(text[end]))) end++
    else break
  }
  if (end === first || text.charCodeAt(end) !== 41 || text.charCodeAt(end + 1) !== 32) return false
  if (end - first === 1) return true
  for (let index = first; index < end; index++) if (!'ivxl'.includes(text[index]!)) return false
  return true
}

/**
 * How many places a line would be cut into sentences, up to a number: `.`, `;`, `:`, `!` or `?`, a
 * space, then a capital, a digit, an opening bracket or a quotation mark (as a dump is read).
 */
function sentenceCuts(text: string, most: number): number {
  let cuts = 0
  for (let index = 0; index < text.length - 2 && cuts < most; index++) {
    if (!'.;:!?'.includes(text[index]!) || text[index + 1] !== ' ') continue
    const next = text[index + 2]!
    if (isUpper(next) || (next >= '0' && next <= '9') || '(["“«‘'.includes(next)) cuts++
  }
  return cuts
}

/** Whether a code unit is a letter (ASCII by its code, others as a character). */
function isLetterCode(code: number): boolean {
  if (code < 128) return (code | 32) >= 97 && (code | 32) <= 122
  const character = String.fromCharCode(code)
  return isLower(character) || isUpper(character)
}

/** Whether the last word of a line (its text ending at `last`) opens in lower case. */
function endsOnLowerWord(text: string, last: number): boolean {
  const space = text.lastIndexOf(' ', last - 1)
  return isLower(text[space + 1])
}

/** Whether a code unit is one of the {@link terminal} characters. */
function isTerminal(code: number): boolean {
  return terminalCodes.has(code)
}

/**
 * Tell how a text was produced from what its lines show (one linear pass):
 * - most of the text on one line: a `one-line` dump;
 * - lines wrapped mid-sentence (a line that does not end a sentence, followed by one that goes on in
 *   lower case; page numbers, symbols and fallen superscripts between them skipped) in more than one place and in at least one line pair out of ten: a PDF extraction,
 *   `double-spaced` when such wrapped lines are mostly parted by a blank line, else `single-spaced`;
 * - blank lines that hold a space outnumbering empty ones (PyMuPDF's block separators), or form
 *   feeds: a `single-spaced` PDF extraction even where no line wraps;
 * - lines that end mid-sentence on a word in lower case, then go on in a capital with no blank
 *   line between them (`… the Member` / `States …`: names and nouns), counted with the wraps above,
 *   in as many line pairs: a `single-spaced` extraction too (a page or two, whose few wraps in lower
 *   case tell nothing), where web text ends its lines with its paragraphs' sentences;
 * - otherwise `web` text, one paragraph per line.
 *
 * With the text's `profile`, a lower-case line that opens with one of its recital or citation phrases
 * (`recitalOpeners`, as recognize's `readOpening` reads them), or that is an enacting verb alone
 * (`beschliesst:`, `arrête:`), is a new clause, not a wrapped line.
 */
export function detectLayout(
  texts: readonly string[],
  profile?: Profile,
  options: DetectOptions = {},
): DetectedLayout {
  const formFeedsMayBe = options.formFeeds ?? true
  const bounds = options.bounds
  // The one clause recognition's reading of a line's opening (only asked of the few candidates).
  // So is an enacting verb alone in lower case (`beschliesst:`, `arrête:`), on a line of its own under
  // the citations it closes.
  const opensClause = (text: string, first: number): boolean => {
    if (profile === undefined) return false
    const opening = readOpening(text.slice(first, first + 300), profile)
    if (opening.recitalListed) return true
    // The verb alone ends with its colon: the reading is asked of no other short line.
    const last = lastNonSpace(text)
    return last - first <= 40 && text.charCodeAt(last - 1) === 58 && isLower(text[first]) && opening.enacting
  }
  let characters = 0
  let longest = 0
  let longestRow = -1
  let pairs = 0
  let wrapped = 0
  let parted = 0
  let emptyLines = 0
  let spaceLines = 0
  let formFeeds = 0
  let textLines = 0
  let overlong = 0
  // The code unit the line before ends with (-1 before the first).
  let previousEnd = -1
  let previousRow = -1
  let previousLast = 0
  let previousLength = 0
  let blankBetween = false
  // Lines by length (capped), to tell the width a page prints; each wrap candidate by its row, with
  // the length of the line it continues, whether a blank line parts them, and where its text starts
  // (whether it opens a clause is asked last, of the candidates the width leaves: it is dear). In
  // arrays by candidate, not an object each: most lines of a PDF extraction are candidates.
  const byLength = new Uint32Array(printedLineLimit + 2)
  const candidateRows = new Int32Array(texts.length)
  const candidateLengths = new Int32Array(texts.length)
  const candidateFirsts = new Int32Array(texts.length)
  const candidateParted = new Uint8Array(texts.length)
  const candidateCapital = new Uint8Array(texts.length)
  let candidates = 0
  for (let index = 0; index < texts.length; index++) {
    const text = texts[index]!
    if (text.length === 0) {
      emptyLines++
      blankBetween = true
      continue
    }
    if (formFeedsMayBe && text.includes('\f')) formFeeds++
    const first = bounds ? bounds.first[index]! : firstNonSpace(text)
    if (first === text.length) {
      spaceLines++
      blankBetween = true
      continue
    }
    const last = bounds ? bounds.last[index]! : lastNonSpace(text)
    characters += last - first
    textLines++
    if (last - first > printedLineLimit) overlong++
    // Page numbers, running symbols and superscripts that fell onto a line of their own (`o`, `st`)
    // stand between the lines of a wrapped sentence.
    const opening = bounds ? bounds.opening[index]! : text.charCodeAt(first)
    if (
      last - first <= 3 ||
      (last - first <= 60 && mayOpenPageMark(opening) && isPageMark(text.slice(first, last)))
    )
      continue
    if (last - first > longest) {
      longest = last - first
      longestRow = index
    }
    byLength[Math.min(last - first, printedLineLimit + 1)]!++
    if (previousEnd >= 0) {
      pairs++
      // A line in lower case that opens a clause of the genre (`vu …,` / `vu …,`; German `in
      // Bekräftigung …`) follows a list of such clauses, each ending in a comma: not a wrap.
      // A line that goes on in a capital is one too where the line before ends on a word in lower
      // case (`… the Member` / `States …`, `… of the` / `European Union.`; a title's last word opens
      // in a capital): asked only where the lines in lower case do not tell (see below).
      const capital =
        isUpper(text[first]) &&
        isLetterCode(previousEnd) &&
        endsOnLowerWord(texts[previousRow]!, previousLast)
      if (capital || (!isTerminal(previousEnd) && isLower(text[first]))) {
        candidateCapital[candidates] = capital ? 1 : 0
        candidateRows[candidates] = index
        candidateLengths[candidates] = previousLength
        candidateFirsts[candidates] = first
        candidateParted[candidates] = blankBetween ? 1 : 0
        candidates++
      }
    }
    previousEnd = bounds ? bounds.closing[index]! : text.charCodeAt(last - 1)
    previousRow = index
    previousLast = last
    previousLength = last - first
    blankBetween = false
  }
  // A page wraps a line because it is full: a line that goes on in lower case after a line much
  // shorter than the page's width (a centred title `DECISION …` / `of 10 March …`) was broken by hand.
  const width = widthOf(byLength)
  // A point lettered in lower case (`a) Rappelant …,`, `ii) à consolider …`) after a line that
  // introduces it (`:`, `,`, `; et`) is an item of a list, one a line: no wrap.
  const noWrap = (candidate: number): boolean => {
    const row = texts[candidateRows[candidate]!]!
    return (
      opensWithLowerLabel(row, candidateFirsts[candidate]!) || opensClause(row, candidateFirsts[candidate]!)
    )
  }
  // Lines in a capital, asked about (dearly) only where the lines in lower case tell nothing (below).
  const capitalRows: number[] = []
  for (let candidate = 0; candidate < candidates; candidate++) {
    if (candidateLengths[candidate]! * 5 < width * 3) continue
    // After a blank line, a line in a capital is rather a new paragraph (or a heading) of web text
    // with blank lines between its paragraphs: such a wrap is only told by the lower case.
    if (candidateCapital[candidate] === 1) {
      if (candidateParted[candidate] === 0) capitalRows.push(candidate)
      continue
    }
    if (noWrap(candidate)) continue
    wrapped++
    if (candidateParted[candidate] === 1) parted++
  }
  // A dump runs a document's sentences together; a short text of one long sentence (a decision
  // of one sentence under its title) is no dump.
  if (characters > 0 && longest * 2 > characters && sentenceCuts(texts[longestRow]!, 2) >= 2) {
    return {kind: 'one-line', evidence: `one line holds ${percent(longest, characters)} of the text`}
  }
  const wraps = wrapped > 1 && wrapped * 10 >= pairs && overlong * 10 <= textLines
  if (wraps && parted * 2 > wrapped) {
    return {kind: 'double-spaced', evidence: `${parted} of ${wrapped} wrapped lines follow a blank line`}
  }
  if (wraps) {
    return {
      kind: 'single-spaced',
      evidence: `${wrapped - parted} of ${wrapped} wrapped lines follow their line`,
    }
  }
  if (formFeeds > 0) return {kind: 'single-spaced', evidence: `${formFeeds} form feeds`}
  // Page marks that number the pages in order (`1/2`, `2/2`) say a PDF's pages as form feeds do.
  if (formFeeds === 0) {
    const ends = markedPageEnds(texts, bounds ?? boundsOf(texts)).length
    if (ends > 0) return {kind: 'single-spaced', evidence: `${ends + 1} pages numbered in order`}
  }
  if (spaceLines > emptyLines) {
    return {
      kind: 'single-spaced',
      evidence: `${spaceLines} blank lines hold a space, ${emptyLines} are empty`,
    }
  }
  // Lines that end mid-sentence, on a word, and go on in a capital (`… the European` / `Union`) tell
  // a short extraction whose wrapped lines mostly open so (a name, a noun) from web text, whose lines
  // end their paragraphs' sentences (or are short headings, not counted).
  let capitals = 0
  for (const candidate of capitalRows) if (!noWrap(candidate)) capitals++
  const all = wrapped + capitals
  if (all > 1 && all * 10 >= pairs && overlong * 10 <= textLines && parted * 2 <= all) {
    return {kind: 'single-spaced', evidence: `${all - parted} of ${all} wrapped lines follow their line`}
  }
  return {kind: 'web', evidence: `${wrapped} of ${pairs} lines continue the line before`}
}

/** The width of the printed lines: the length that nine lines in ten do not exceed. */
function widthOf(byLength: Uint32Array): number {
  let total = 0
  for (const count of byLength) total += count
  let seen = 0
  for (let length = 0; length < byLength.length; length++) {
    seen += byLength[length]!
    if (seen * 10 >= total * 9) return length
  }
  return 0
}

function percent(part: number, whole: number): string {
  return `${Math.round((part / whole) * 100)} %`
}

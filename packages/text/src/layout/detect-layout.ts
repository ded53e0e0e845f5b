import {firstNonSpace, isLower, lastNonSpace} from '../text-utils.js'
import {isPageMark} from './furniture.js'
import type {LayoutKind} from './types.js'

/** The layout of a text and the evidence it was told by, in words. */
export interface DetectedLayout {
  kind: LayoutKind
  /** Why, e.g. `140 of 145 wrapped lines follow an empty line`. */
  evidence: string
}

/**
 * Longer than any line a PDF page prints (about 120 characters at the smallest usual type on A4):
 * a text where such lines are more than one in ten was not wrapped by a page.
 */
const printedLineLimit = 160

/** Characters that end a sentence or a clause at a line end (a colon may introduce a wrapped quote). */
const terminal = '.;!?»”)'

/**
 * Tell how a text was produced from what its lines show (one linear pass):
 * - most of the text on one line: a `one-line` dump;
 * - lines wrapped mid-sentence (a line that does not end a sentence, followed by one that goes on in
 *   lower case; page numbers, symbols and fallen superscripts between them skipped) in more than one place and in at least one line pair out of ten: a PDF extraction,
 *   `double-spaced` when such wrapped lines are mostly parted by a blank line, else `single-spaced`;
 * - blank lines that hold a space outnumbering empty ones (PyMuPDF's block separators), or form
 *   feeds: a `single-spaced` PDF extraction even where no line wraps;
 * - otherwise `web` text, one paragraph per line.
 */
export function detectLayout(texts: readonly string[]): DetectedLayout {
  let characters = 0
  let longest = 0
  let pairs = 0
  let wrapped = 0
  let parted = 0
  let emptyLines = 0
  let spaceLines = 0
  let formFeeds = 0
  let textLines = 0
  let overlong = 0
  let previousEnd: string | undefined
  let blankBetween = false
  for (const text of texts) {
    if (text.length === 0) {
      emptyLines++
      blankBetween = true
      continue
    }
    if (text.includes('\f')) formFeeds++
    const first = firstNonSpace(text)
    if (first === text.length) {
      spaceLines++
      blankBetween = true
      continue
    }
    const last = lastNonSpace(text)
    characters += last - first
    textLines++
    if (last - first > printedLineLimit) overlong++
    // Page numbers, running symbols and superscripts that fell onto a line of their own (`o`, `st`)
    // stand between the lines of a wrapped sentence.
    if (last - first <= 3 || (last - first <= 60 && isPageMark(text.slice(first, last)))) continue
    if (last - first > longest) longest = last - first
    if (previousEnd !== undefined) {
      pairs++
      if (!terminal.includes(previousEnd) && isLower(text[first])) {
        wrapped++
        if (blankBetween) parted++
      }
    }
    previousEnd = text[last - 1]
    blankBetween = false
  }
  if (characters > 0 && longest * 2 > characters) {
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
  if (spaceLines > emptyLines) {
    return {
      kind: 'single-spaced',
      evidence: `${spaceLines} blank lines hold a space, ${emptyLines} are empty`,
    }
  }
  return {kind: 'web', evidence: `${wrapped} of ${pairs} lines continue the line before`}
}

function percent(part: number, whole: number): string {
  return `${Math.round((part / whole) * 100)} %`
}

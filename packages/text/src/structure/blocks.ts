import type {Item, Line} from '../layout/types.js'
import type {Profile} from '../profile.js'
import type {Reporter} from '../report.js'
import {isLetter, isUpper} from '../text-utils.js'

/** How a line joins the one before it in a block. */
export type Join = 'space' | 'hyphen-kept' | 'hyphen-removed'

/** A paragraph of text: lines that belong together, and how each joins the previous one. */
export interface Block {
  lines: Line[]
  /** `joins[i]` joins `lines[i + 1]` to `lines[i]`. */
  joins: Join[]
  /** Whether a paragraph break (or the start of the region) came before it. */
  afterBreak: boolean
  start: number
  end: number
}

/** Words of the document, to decide line-end hyphens; built on first need. */
export interface WordIndex {
  get(): Set<string>
}

/** A lazy index of the lower-case words (with inner hyphens) of all lines. */
export function createWordIndex(items: Item[]): WordIndex {
  let words: Set<string> | undefined
  return {
    get() {
      if (words) return words
      words = new Set()
      for (const item of items) {
        if (item.kind !== 'line') continue
        for (const word of item.flat.toLowerCase().split(/[^\p{L}-]+/u)) if (word) words.add(word)
      }
      return words
    },
  }
}

/** The word a line ends with once rejoined to the word before it, when the line holds only that word's piece. */
function carriedWord(previous: Line, line: Line, carried: string): string {
  const after = line.flat
  let stop = 0
  while (stop < after.length && isLetter(after[stop])) stop++
  if (stop !== after.length - 1 || after[stop] !== '-') return ''
  return `${leftPiece(previous.flat, carried)}${after.slice(0, stop)}`
}

/** The letters before a line-end hyphen, with the start carried over from earlier lines. */
function leftPiece(before: string, carried: string): string {
  let cut = before.length - 1
  while (cut > 0 && isLetter(before[cut - 1])) cut--
  return cut === 0 && carried ? carried : before.slice(cut, -1)
}

/**
 * How a line joins the line before it in a block — a space, or at a line-end hyphen the hyphen kept
 * or the word rejoined (each reported) — and the word start carried on to the next line.
 */
export function joinOf(
  previous: Line,
  line: Line,
  carried: string,
  profile: Profile,
  words: WordIndex,
  report: Reporter,
): {readonly join: Join; readonly carried: string} {
  const join = hyphenJoin(previous, line, carried, profile, words, report)
  if (join === 'space') return spaceJoin
  if (join === 'hyphen-kept') return keptJoin
  return {join, carried: carriedWord(previous, line, carried)}
}

// The joins that carry no word on (all but a removed hyphen), one object each rather than one a line.
const spaceJoin = Object.freeze({join: 'space', carried: ''} as const)
const keptJoin = Object.freeze({join: 'hyphen-kept', carried: ''} as const)

function hyphenJoin(
  previous: Line,
  line: Line,
  carried: string,
  profile: Profile,
  words: WordIndex,
  report: Reporter,
): Join {
  const before = previous.flat
  const after = line.flat
  if (before.length < 2 || before[before.length - 1] !== '-' || !isLetter(before[before.length - 2]))
    return 'space'
  if (!isLetter(after[0])) return 'space'
  let cut = before.length - 1
  while (cut > 0 && isLetter(before[cut - 1])) cut--
  let stop = 0
  while (stop < after.length && isLetter(after[stop])) stop++
  const left = leftPiece(before, carried)
  const right = after.slice(0, stop)
  const text = `${left}-\n${right}`
  const place = [previous.end - before.length + cut, line.start + right.length] as const
  const keep = (why: string): Join => {
    report.info(
      'hyphen-kept',
      `Hyphen of \`${left}-${right}\` kept at a line end: ${why}`,
      place[0],
      place[1],
      text,
    )
    return 'hyphen-kept'
  }
  if (isUpper(right[0])) return keep('the next word has a capital')
  const index = words.get()
  const lowerLeft = left.toLowerCase()
  const lowerRight = right.toLowerCase()
  if (index.has(`${lowerLeft}-${lowerRight}`)) return keep('the document writes it with a hyphen elsewhere')
  if (!index.has(lowerLeft + lowerRight)) {
    if (profile.hyphenPrefixes?.includes(lowerLeft)) return keep(`\`${left}-\` forms compounds`)
    if (profile.hyphenSuffixes?.includes(lowerRight)) return keep(`\`-${right}\` forms compounds`)
  }
  report.info(
    'hyphen-rejoined',
    `Word \`${left}${right}\` rejoined across a line-end hyphen`,
    place[0],
    place[1],
    text,
  )
  return 'hyphen-removed'
}

import type {Profile} from '../profile.js'
import type {Reporter} from '../report.js'
import {clip} from '../report.js'
import {isLetter, isUpper} from '../text-utils.js'
import {remakeLine} from './line.js'
import type {Item, LiftedNote, Line} from './types.js'

/** Longest piece of a word a hyphen report quotes: a diagnostic never repeats unbounded text. */
const maximumPiece = 100

/** A line-end hyphen between two lines that follow each other with no break. */
interface Site {
  /** Index of the line that ends with the hyphen. */
  item: number
  left: string
  right: string
}

/**
 * Join the lines that a line-end hyphen broke a word across (`pre-` / `vent`, `well-` / `being`),
 * each into one line, across page breaks too. Whether the hyphen stays is decided from the
 * document's own words: before a capital it stays (`Non-` / `Proliferation`); if only the joined
 * word occurs elsewhere, or occurs more often, it goes; if only the hyphenated word does, it stays;
 * if neither occurs, it stays after a profile's `hyphenPrefixes` or before its `hyphenSuffixes`
 * and goes otherwise. Each join is reported (`hyphen-rejoined`, `hyphen-kept`) with the two pieces
 * of that line end only, never the word grown over several lines. Updates each note's `at`.
 */
export function joinHyphens(items: Item[], notes: LiftedNote[], profile: Profile, report: Reporter): Item[] {
  const sites: Site[] = []
  for (let index = 0; index + 1 < items.length; index++) {
    const site = siteAt(items, index)
    if (site) sites.push(site)
  }
  if (sites.length === 0) return items
  const counts = countForms(items, sites)
  const result: Item[] = []
  const moved = new Map<number, number>()
  let site = 0
  for (let index = 0; index < items.length; index++) {
    moved.set(index, result.length)
    const item = items[index]!
    if (item.kind !== 'line' || sites[site]?.item !== index) {
      result.push(item)
      continue
    }
    // A chain: this line, the next, and on while each ends with a broken word.
    const segments = [...item.segments]
    let last = item
    while (sites[site]?.item === index) {
      const current = sites[site]!
      const following = items[index + 1] as Line
      const kept = decide(current, last, following, counts, profile, report)
      if (!kept) {
        const end = segments[segments.length - 1]!
        segments[segments.length - 1] = {...end, text: end.text.slice(0, -1)}
      }
      segments.push(...following.segments)
      last = following
      site++
      index++
      moved.set(index, result.length)
    }
    result.push(remakeLine(item, segments, last.end))
  }
  for (const note of notes) note.at = moved.get(note.at) ?? result.length
  return result
}

/** The hyphen site between the line at `index` and the next, if there is one. */
function siteAt(items: Item[], index: number): Site | undefined {
  const line = items[index]!
  const following = items[index + 1]!
  if (line.kind !== 'line' || following.kind !== 'line') return undefined
  const end = line.segments[line.segments.length - 1]!
  const first = following.segments[0]!
  const text = end.text
  if (end.kind !== 'text' || text.length < 2 || text[text.length - 1] !== '-') return undefined
  if (!isLetter(text[text.length - 2]) || first.kind !== 'text' || !isLetter(first.text[0])) return undefined
  let cut = text.length - 1
  while (cut > 0 && isLetter(text[cut - 1]) && text.length - 1 - cut < maximumPiece) cut--
  let stop = 0
  while (stop < first.text.length && isLetter(first.text[stop]) && stop < maximumPiece) stop++
  return {item: index, left: text.slice(cut, -1), right: first.text.slice(0, stop)}
}

/** How often the joined and the hyphenated form of each site occur as words of the text. */
function countForms(items: Item[], sites: Site[]): Map<string, number> {
  const counts = new Map<string, number>()
  const lengths = new Set<number>()
  for (const site of sites) {
    if (isUpper(site.right[0])) continue
    const joined = `${site.left}${site.right}`.toLowerCase()
    counts.set(joined, 0)
    counts.set(`${site.left}-${site.right}`.toLowerCase(), 0)
    lengths.add(joined.length).add(joined.length + 1)
  }
  if (counts.size === 0) return counts
  for (const item of items) {
    if (item.kind !== 'line') continue
    const text = item.flat
    let index = 0
    while (index < text.length) {
      if (!letterAt(text, index)) {
        index++
        continue
      }
      let end = index + 1
      while (
        end < text.length &&
        (letterAt(text, end) || (text.charCodeAt(end) === 45 && letterAt(text, end + 1)))
      ) {
        end++
      }
      if (lengths.has(end - index)) {
        const word = text.slice(index, end).toLowerCase()
        const count = counts.get(word)
        if (count !== undefined) counts.set(word, count + 1)
      }
      index = end
    }
  }
  return counts
}

/** Decide and report one line-end hyphen: `true` when it is kept. */
function decide(
  site: Site,
  line: Line,
  following: Line,
  counts: Map<string, number>,
  profile: Profile,
  report: Reporter,
): boolean {
  const {left, right} = site
  const text = `${left}-\n${right}`
  const end = line.segments[line.segments.length - 1]!
  const start = end.end - left.length - 1
  const stop = following.segments[0]!.start + right.length
  const keep = (why: string): true => {
    report.info(
      'hyphen-kept',
      `Hyphen of \`${clip(`${left}-${right}`)}\` kept at a line end: ${why}`,
      start,
      stop,
      text,
    )
    return true
  }
  if (isUpper(right[0])) return keep('the next word has a capital')
  const joined = counts.get(`${left}${right}`.toLowerCase()) ?? 0
  const hyphenated = counts.get(`${left}-${right}`.toLowerCase()) ?? 0
  if (hyphenated > 0 && hyphenated >= joined) return keep('the document writes it with a hyphen elsewhere')
  if (joined === 0) {
    const lowerLeft = left.toLowerCase()
    const lowerRight = right.toLowerCase()
    if (profile.hyphenPrefixes?.includes(lowerLeft)) return keep(`\`${clip(left)}-\` forms compounds`)
    if (profile.hyphenSuffixes?.includes(lowerRight)) return keep(`\`-${clip(right)}\` forms compounds`)
  }
  report.info(
    'hyphen-rejoined',
    `Word \`${clip(`${left}${right}`)}\` rejoined across a line-end hyphen`,
    start,
    stop,
    text,
  )
  return false
}

/** Whether the character at `index` is a letter (ASCII tested first: most text is). */
function letterAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index)
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90)
  return !Number.isNaN(code) && isLetter(text[index])
}

import type {Profile} from '../profile.js'
import type {Reporter} from '../report.js'
import {isLetter} from '../text-utils.js'
import {createHyphenJudge, type Site} from './hyphen-words.js'
import {remakeLine} from './line.js'
import type {Item, LiftedNote, Line} from './types.js'

/** Longest piece of a word a hyphen report quotes: a diagnostic never repeats unbounded text. */
const maximumPiece = 100

/**
 * Join the lines that a line-end hyphen broke a word across (`pre-` / `vent`, `well-` / `being`),
 * each into one line, across page breaks too. Whether the hyphen stays is decided from the
 * document's own words (see `createHyphenJudge`). Each join is reported (`hyphen-rejoined`,
 * `hyphen-kept`) with the two pieces of that line end only, never the word grown over several
 * lines. Updates each note's `at`.
 */
export function joinHyphens(items: Item[], notes: LiftedNote[], profile: Profile, report: Reporter): Item[] {
  const sites: Site[] = []
  for (let index = 0; index + 1 < items.length; index++) {
    const site = siteAt(items, index)
    if (site) sites.push(site)
  }
  if (sites.length === 0) return items
  const judge = createHyphenJudge(items, sites, profile, report)
  const result: Item[] = []
  // Where each item went in the result.
  const moved = new Int32Array(items.length)
  let site = 0
  for (let index = 0; index < items.length; index++) {
    moved[index] = result.length
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
      const kept = judge(current, last, following)
      if (!kept) {
        const end = segments[segments.length - 1]!
        segments[segments.length - 1] = {...end, text: end.text.slice(0, -1)}
      }
      segments.push(...following.segments)
      last = following
      site++
      index++
      moved[index] = result.length
    }
    result.push(remakeLine(item, segments, last.end))
  }
  for (const note of notes) note.at = note.at < items.length ? moved[note.at]! : result.length
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

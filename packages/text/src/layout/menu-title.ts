import type {Profile} from '../profile.js'
import {isDigit} from '../text-utils.js'
import {type Rows, trimmedRow} from './rows.js'

/**
 * The row of a run of short lines that names the document (`Declaration on water security`,
 * `Resolution 2031/4 on the protection of journalists`), or -1: a line of three words or more that
 * opens with a word the profile's `documentKinds` lists (`Resolution`, `Déclaration`), compared
 * without case. A web page prints its title among its site menu's links: it is the document's.
 */
export function titleRow(rows: Rows, from: number, to: number, profile: Profile | undefined): number {
  const kinds = profile?.documentKinds
  if (!kinds || kinds.length === 0) return -1
  for (let row = from; row < to; row++) {
    const text = trimmedRow(rows, row)
    const space = text.indexOf(' ')
    if (space < 0 || text.indexOf(' ', space + 1) < 0) continue
    const first = text.slice(0, space).toLowerCase()
    if (kinds.some((kind) => kind.toLowerCase() === first)) return row
  }
  return -1
}

/**
 * Whether a short line after a page's title is one of its tools, not its text: three words at most
 * and no digit (`Share Print`, `Download PDF`, `English Français`); an adoption line holds a date.
 */
export function isToolLine(rows: Rows, row: number): boolean {
  const text = trimmedRow(rows, row)
  let words = 1
  for (let index = 0; index < text.length; index++) {
    if (text[index] === ' ') words++
    else if (isDigit(text[index])) return false
  }
  return words <= 3
}

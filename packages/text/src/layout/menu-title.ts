import type {Profile} from '../profile.js'
import {isDigit} from '../text-utils.js'
import {type Rows, trimmedRow} from './rows.js'

/**
 * The row of a site menu's run of short lines that names the document (`Declaration on water
 * security`, `Resolution 2031/4 on the protection of journalists`), or -1: the run's last line that
 * is no tool of the page (`Share Print`, see `isToolLine`), when it has three words or more and
 * opens with a word the profile's `documentKinds` lists (`Resolution`, `Déclaration`), compared
 * without case. A web page prints its title under its menu's links, above its tools.
 */
export function titleRow(rows: Rows, from: number, to: number, profile: Profile | undefined): number {
  const kinds = profile?.documentKinds
  if (!kinds || kinds.length === 0) return -1
  let row = to - 1
  while (row >= from && isToolLine(rows, row)) row--
  if (row < from) return -1
  const text = trimmedRow(rows, row)
  const space = text.indexOf(' ')
  if (space < 0 || text.indexOf(' ', space + 1) < 0) return -1
  const first = text.slice(0, space).toLowerCase()
  return kinds.some((kind) => kind.toLowerCase() === first) ? row : -1
}

/**
 * Whether a short line is one of a page's tools, not its title: three words at most and no digit
 * (`Share Print`, `Download PDF`, `English Français`).
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

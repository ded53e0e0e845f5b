import {opensWithDocumentKind} from '@clausewise/recognize'
import type {Profile} from '../profile.js'
import {isDigit} from '../text-utils.js'
import {type Rows, trimmedRow} from './rows.js'

/**
 * The row of a site menu's run of short lines that names the document (`Declaration on water
 * security`, `Resolution 2031/4 on the protection of journalists`), or -1: the run's last line that
 * is no tool of the page (`Share Print`, see `isToolLine`), when it opens with a document's kind
 * (recognize's `opensWithDocumentKind`: `Resolution`, `Déclaration` and two words or more). A web
 * page prints its title under its menu's links, above its tools.
 */
export function titleRow(rows: Rows, from: number, to: number, profile: Profile | undefined): number {
  let row = to - 1
  while (row >= from && isToolLine(rows, row)) row--
  if (row < from) return -1
  return opensWithDocumentKind(trimmedRow(rows, row), profile) ? row : -1
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

import type {Line} from '../layout/types.js'
import {isDigit, isLower, isUpper} from '../text-utils.js'

/**
 * Whether a block's lines are the cells of a table laid out as text: a PDF table that text extraction
 * gives one cell a line (`Action` / `Title of post` / `Category/level` / `Number` / `Establishment` /
 * `P-4` / `1`). What tells them from a paragraph's wrapped lines: at least four lines, four in five
 * of them under half the measure (a paragraph's lines fill it), none ending a clause (`.` `;` `:` `,`),
 * and two or more of them figures or codes (see {@link isFigure}), one at least with a digit, which
 * a heading, a list of names or a signature block holds none of.
 */
export function isCells(lines: readonly Line[], measure: number): boolean {
  if (lines.length < 4 || measure <= 0) return false
  // A paragraph's lines fail at once: its first long lines pass the share of long ones allowed.
  const longAllowed = Math.floor(lines.length / 5)
  let long = 0
  let figures = 0
  // A table holds numbers: capitals alone (a signature block's names) make no table.
  let digits = false
  for (const line of lines) {
    const text = line.flat
    const last = text[text.length - 1]
    if (last === '.' || last === ';' || last === ':' || last === ',') return false
    if (text.length * 2 > measure && ++long > longAllowed) return false
    if (isFigure(text)) {
      figures++
      digits ||= hasDigit(text)
    }
  }
  return figures >= 2 && digits
}

/**
 * Whether a line is a figure or a code of a table: short (24 characters at most), with a digit or a
 * capital and no lower-case letter (`92 738 500`, `(1 250)`, `P-4`, `GS (PL)`, `1`).
 */
function isFigure(text: string): boolean {
  if (text.length > 24) return false
  let sign = false
  for (let index = 0; index < text.length; index++) {
    const character = text[index]!
    if (isLower(character)) return false
    if (isDigit(character) || isUpper(character)) sign = true
  }
  return sign
}

/** Whether a text holds a digit. */
function hasDigit(text: string): boolean {
  for (let index = 0; index < text.length; index++) if (isDigit(text[index])) return true
  return false
}

import {collapseSpaces} from '../text-utils.js'
import {Role, type Rows, trimmedRow} from './rows.js'

/** Most characters of the first page kept to recognise a running head's title lines. */
const titleWindow = 4000

/**
 * The first page's text, its first `titleWindow` characters, spaces collapsed: where a running head's
 * title is printed first.
 */
export function firstPageText(rows: Rows): string {
  const end = rows.pages[1] ?? rows.texts.length
  const parts: string[] = []
  let length = 0
  for (let row = 0; row < end && length < titleWindow; row++) {
    if (rows.role[row] !== Role.text) continue
    const text = trimmedRow(rows, row)
    parts.push(text)
    length += text.length + 1
  }
  const joined = parts.join(' ')
  // Line by line, most lines need no collapsing (collapsing the whole replaces each of its spaces):
  // the same text, as the lines are trimmed and the space that joins them is a run alone, unless a
  // line holds a space that only the collapsing's `\s` counts (then one such at a line's edge would
  // join the run beside it).
  if (onlyCollapsed.test(joined)) return collapseSpaces(joined)
  for (let index = 0; index < parts.length; index++) parts[index] = collapseSpaces(parts[index]!)
  return parts.join(' ')
}

/** White space of `\s` that `isSpace` (and so the trimming of lines) does not count. */
const onlyCollapsed = /[\u1680\u2028\u2029\u205f]/

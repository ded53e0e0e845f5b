import type {Content, Hcontainer, Inline, P, Paragraph, Point} from '@clausewise/model'
import {escapeText} from './escape.js'
import {headingSeparator} from './from-unit.js'
import type {Role, Shape} from './roles.js'
import {unitDirective, unitLabel} from './roles.js'
import {type InlineState, inlineToMarkdown} from './to-inline.js'
import {clauseToMarkdown} from './to-list.js'

/** One block the writer emits (see `to-markdown.ts`). */
export interface Entry {
  shape: Shape
  role: Role
  text: string
  attributes?: [string, string][]
  /** The directive's name when it is not the role's (`part` for a unit). */
  directive?: string
  /** A directive written on its own, before the next block, that no role inference sees. */
  standalone?: boolean
}

/** A number the heading line can hold as is: no em dash, no space at its ends, no line break. */
const plainNum = /^[^\s—](?:[^\n\r\t—]*[^\s—])?$/u

/** The entries of a run of clauses: one list. */
export function clauseRun(run: (Paragraph | Point)[], state: InlineState): Entry {
  return {
    shape: {kind: 'list'},
    role: 'clauses',
    text: run.map((clause) => clauseToMarkdown(clause as Paragraph, state)).join('\n\n'),
  }
}

/**
 * A hierarchical unit as a directive and a heading line — `<!-- clausewise: part -->` then
 * `### Part 1 — First Part` (`###` at depth 1, one `#` more a level, `level` past `######`) — then
 * its content as paragraphs, its paragraphs as a list, and its units nested. Kept eIds go in the
 * directive (`eId`, and `heading` for the heading's); a content that carries an eId, or follows
 * another content, opens with a `content` directive.
 */
export function unitEntries(
  unit: Hcontainer,
  depth: number,
  state: InlineState,
  kept: Set<object>,
  entries: Entry[],
): void {
  const {role, name} = unitDirective(unit.name)
  const attributes: [string, string][] = []
  if (name !== undefined) attributes.push(['name', name])
  if (depth > 4) attributes.push(['level', String(depth)])
  if (kept.has(unit)) attributes.push(['eId', unit.eId])
  const num = unit.children.find((child) => child.type === 'num')
  const heading = unit.children.find((child) => child.type === 'heading')
  if (heading?.eId !== undefined) attributes.push(['heading', heading.eId])
  let line = escapeText(unitLabel(unit.name), {atStart: true})
  if (num && plainNum.test(num.value)) line += ` ${escapeText(num.value)}`
  else if (num) attributes.push(['num', num.value])
  if (heading && heading.children.length > 0)
    line += `${headingSeparator}${inlineToMarkdown(heading.children as Inline[], state, {atEnd: true, heading: true})}`
  entries.push({
    shape: {kind: 'paragraph'},
    role: 'unit',
    text: `${'#'.repeat(Math.min(depth + 2, 6))} ${line}`,
    attributes,
    directive: role,
  })
  let run: (Paragraph | Point)[] = []
  const flush = () => {
    if (run.length > 0) entries.push(clauseRun(run, state))
    run = []
  }
  let previous: string | undefined
  for (const child of unit.children) {
    switch (child.type) {
      case 'num':
      case 'heading':
        continue
      case 'paragraph':
        run.push(child)
        break
      case 'list':
        // Points of a unit are outside the convention: written as its clauses.
        run.push(...(child.children as Point[]))
        break
      case 'hcontainer':
        flush()
        unitEntries(child, depth + 1, state, kept, entries)
        break
      default: {
        // `content`, and `intro` / `wrapUp` (outside the convention: read back as content).
        flush()
        const block = child as Content
        ;(block.children as P[]).forEach((paragraph, index) => {
          const entry: Entry = {
            shape: {kind: 'paragraph'},
            role: 'content',
            text: inlineToMarkdown(paragraph.children, state, {atStart: true, atEnd: true}),
          }
          if (index === 0 && (block.eId !== undefined || previous === 'content'))
            entry.attributes = block.eId === undefined ? [] : [['eId', block.eId]]
          entries.push(entry)
        })
      }
    }
    previous = child.type
  }
  flush()
}

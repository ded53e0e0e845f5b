import type {ClauseChild, Inline, Paragraph, Point} from '@clausewise/model'
import type {BlockContent, List, ListItem, PhrasingContent} from 'mdast'
import {isLabel} from '../labels.js'
import {pushAll} from '../push.js'
import {clausesOf, paragraphsOf} from './decision.js'
import {type InlineState, inlineToMdast} from './inline.js'
import {tableOrInline, tableToMdast} from './tables.js'

const ordered = /^\d{1,9}[.)]$/

/** A paragraph's mdast, its content written as a block's; a paragraph standing for a table, the table. */
export function paragraphOf(
  children: Inline[],
  state: InlineState,
  prefix: PhrasingContent[] = [],
): BlockContent {
  const {table, inline} = tableOrInline(children, state.tables, prefix.length === 0)
  if (table) return tableToMdast(table, state)
  return {
    type: 'paragraph',
    children: [
      ...prefix,
      ...inlineToMdast(inline, state, {atStart: true, atEnd: true, labels: prefix.length === 0}),
    ],
  }
}

/** Whether a clause's text opens with plain text (not white space, not markup). */
function plainStart(clause: Paragraph | Point): boolean {
  const first = clause.children.find((child) => child.type !== 'num')
  const paragraph =
    first && (first.type === 'content' || first.type === 'intro')
      ? paragraphsOf(first.children)[0]
      : undefined
  const head = paragraph?.children[0]
  if (!paragraph) return true
  return head?.type === 'text' && /^\S/u.test(head.value)
}

/** How a clause is written: as an ordered item (its number the marker) or a bullet item. */
function markerOf(clause: Paragraph | Point): {
  ordered: boolean
  delimiter: string
  marker?: string
  label?: PhrasingContent[]
} {
  const num = clause.children.find((child) => child.type === 'num')
  if (num && ordered.test(num.value))
    return {ordered: true, delimiter: num.value.slice(-1), marker: num.value}
  // A label is read only when white space follows it in the source; text opening with white space or
  // markup (whose edges the writer may encode) gets the label as a `clausewise:num` span instead.
  if (num && isLabel(num.value) && plainStart(clause))
    return {ordered: false, delimiter: '-', label: [{type: 'html', value: num.value}]}
  if (num)
    return {
      ordered: false,
      delimiter: '-',
      label: [
        {
          type: 'link',
          url: 'clausewise:num',
          children: inlineToMdast([{type: 'text', value: num.value}], {notes: [], labels: new Set()}, {}),
        },
      ],
    }
  return {ordered: false, delimiter: '-'}
}

/** One paragraph or point as a list item: its number, then its blocks and its points. */
function itemOf(clause: Paragraph | Point, state: InlineState): ListItem {
  const {marker, label} = markerOf(clause)
  const children: BlockContent[] = []
  const paragraph = (inlines: Inline[]) => {
    // The label goes before the first paragraph, when the item opens with one; before a table, it
    // is a paragraph of its own.
    const table = tableOrInline(inlines, state.tables).table
    if (table && label && children.length === 0) children.push({type: 'paragraph', children: label})
    const prefix =
      label && children.length === 0 ? [...label, {type: 'html', value: ' '} as PhrasingContent] : []
    children.push(paragraphOf(inlines, state, prefix))
  }
  for (const child of clause.children as ClauseChild[]) {
    switch (child.type) {
      case 'num':
        break
      case 'content':
      case 'intro':
      case 'wrapUp':
        for (const p of paragraphsOf(child.children)) paragraph(p.children)
        break
      case 'heading':
        paragraph(child.children)
        break
      case 'list':
        if (label && children.length === 0) children.push({type: 'paragraph', children: label})
        pushAll(children, listsOf(clausesOf(child.children), state))
        break
    }
  }
  if (label && children.length === 0) children.push({type: 'paragraph', children: label})
  const item: ListItem = {type: 'listItem', spread: true, children}
  if (marker) item.data = {marker} as ListItem['data']
  return item
}

/**
 * A run of clauses as lists: a new list wherever the kind of marker changes (CommonMark starts a new
 * list at a bullet after numbers, or at `)` after `.`).
 */
export function listsOf(run: (Paragraph | Point)[], state: InlineState): List[] {
  const lists: List[] = []
  let key = ''
  for (const clause of run) {
    const {ordered: isOrdered, delimiter} = markerOf(clause)
    const next = `${isOrdered}${delimiter}`
    if (next !== key || lists.length === 0)
      lists.push({type: 'list', ordered: isOrdered, spread: true, children: []})
    key = next
    lists[lists.length - 1]!.children.push(itemOf(clause, state))
  }
  return lists
}

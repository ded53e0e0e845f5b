import {
  type Document,
  decisionShape,
  type Inline,
  type Nodes,
  type P,
  plainText,
  type Table,
  type Td,
  type Text,
  type Th,
  type Tr,
} from '@clausewise/model'
import type {Table as MdastTable, PhrasingContent, TableCell, TableRow} from 'mdast'
import {type InlineState, inlineToMdast, typed} from './inline.js'

// Tables are written as GFM tables (docs/markdown-convention.md, *Tables*). The writer writes the
// decision's vocabulary (`decisionShape`), which turns a table into paragraphs of its cells' text; so
// before the shape is taken each table is put aside, a paragraph holding one empty text (its key)
// standing in its place, which the shape keeps as it is and the writer turns back into the table.

/** Tables put aside, by the empty text that stands for each. */
export type KeptTables = Map<Text, Table>

/** Whether a table has the form the convention writes: a caption first if any, then rows of cells. */
function writable(table: Table): boolean {
  let rows = 0
  for (const [index, child] of table.children.entries()) {
    if (child.type === 'caption' && index === 0) continue
    if (child.type !== 'tr' || child.children.length === 0) return false
    rows++
  }
  return rows > 0
}

/**
 * A copy of a document in which every table that stands as a block (not in a note, not in another
 * table) is replaced by a paragraph holding one empty text, with the tables so replaced. Parents are
 * copied along the way to a table only; everything else is shared.
 */
export function keepTables(document: Document): {document: Document; tables: KeptTables} {
  const tables: KeptTables = new Map()
  const rewrite = (node: Nodes): Nodes => {
    if (node.type === 'table' && writable(node)) {
      const key: Text = {type: 'text', value: ''}
      tables.set(key, node)
      return {type: 'p', children: [key]}
    }
    if (node.type === 'authorialNote' || node.type === 'table' || !('children' in node)) return node
    const children = node.children as Nodes[] | undefined
    if (!Array.isArray(children)) return node
    let changed = false
    const next = children.map((child) => {
      const written = rewrite(child)
      if (written !== child) changed = true
      return written
    })
    return changed ? ({...node, children: next} as Nodes) : node
  }
  const children = document.children.map((part) => rewrite(part as Nodes)) as Document['children']
  return {document: {...document, children}, tables}
}

/** A paragraph's inline content as written: the table it stands for, or its inline content. */
export function tableOrInline(
  children: Inline[],
  tables: KeptTables | undefined,
  alone = true,
): {table: Table; inline?: undefined} | {table?: undefined; inline: Inline[]} {
  if (!tables || tables.size === 0) return {inline: children}
  const only = children.length === 1 ? children[0] : undefined
  const table = alone && only?.type === 'text' ? tables.get(only) : undefined
  if (table) return {table}
  // A table merged into a paragraph with more (a number before it, or a recital's number written
  // before its paragraph): its words, as text.
  if (!children.some((child) => child.type === 'text' && tables.has(child))) return {inline: children}
  return {
    inline: children.map((child): Inline => {
      const kept = child.type === 'text' ? tables.get(child) : undefined
      return kept ? {type: 'text', value: plainText(kept).replace(/\s+/gu, ' ').trim()} : child
    }),
  }
}

/** A cell's span (`colspan`, `rowspan`) as a number, 1 when it spans nothing or says no number. */
function spanOf(cell: Th | Td, key: 'colspan' | 'rowspan'): number {
  const value = Number.parseInt(cell.attributes?.[key] ?? '', 10)
  return Number.isInteger(value) && value > 1 ? value : 1
}

/** A cell's blocks as paragraphs: other blocks in a cell (a list, a table) as paragraphs of their text. */
function cellParagraphs(cell: Th | Td): P[] {
  if (cell.children.every((child) => child.type === 'p')) return cell.children as P[]
  const shaped = decisionShape({
    type: 'document',
    documentType: 'doc',
    name: 'cell',
    meta: undefined as never,
    children: [{type: 'conclusions', children: cell.children}],
  })
  return (shaped.children[0] as {children: P[]}).children
}

/** A cell as GFM: its element and spans in an opening span when they say more than the row does. */
function cellOf(cell: Th | Td, header: boolean, state: InlineState): TableCell {
  const paragraphs = cellParagraphs(cell)
  const attributes: [string, string | undefined][] = []
  for (const key of ['colspan', 'rowspan'] as const)
    if (spanOf(cell, key) > 1) attributes.push([key, cell.attributes?.[key]])
  const onlyEmpty = paragraphs.length === 1 && paragraphs[0]!.children.length === 0
  const opening = cell.type !== (header ? 'th' : 'td') || attributes.length > 0 || onlyEmpty
  if (opening && paragraphs.length === 0) attributes.push(['paragraphs', '0'])
  const children: PhrasingContent[] = opening ? [typed(cell.type, [], attributes)] : []
  paragraphs.forEach((paragraph, index) => {
    if (index > 0) children.push(typed('p', []))
    children.push(
      ...inlineToMdast(paragraph.children, state, {atStart: true, atEnd: true, heading: true, labels: false}),
    )
  })
  return {type: 'tableCell', children}
}

const pad = (): TableCell => ({type: 'tableCell', children: [typed('pad', [])]})

/**
 * A table as a GFM table: its first row the header row, a place another cell spans filled with a
 * `pad` cell where the spans are small enough (at most one place per cell written), the header row
 * as wide as the widest row so that a renderer shows every cell.
 */
export function tableToMdast(table: Table, state: InlineState): MdastTable {
  const rows = table.children.filter((child): child is Tr => child.type === 'tr')
  const caption = table.children.find((child) => child.type === 'caption')
  const cellCount = rows.reduce((total, row) => total + row.children.length, 0)
  let budget = cellCount
  // Places covered by a span from a row above: row index → columns.
  const covered = new Map<number, Set<number>>()
  const written: TableRow[] = rows.map((row, rowIndex) => {
    const cells: TableCell[] = []
    const below = covered.get(rowIndex)
    covered.delete(rowIndex)
    const fill = () => {
      while (below?.has(cells.length)) {
        below.delete(cells.length)
        cells.push(pad())
      }
    }
    for (const cell of row.children) {
      fill()
      const column = cells.length
      cells.push(cellOf(cell, rowIndex === 0, state))
      const columns = spanOf(cell, 'colspan')
      const down = Math.min(spanOf(cell, 'rowspan'), rows.length - rowIndex)
      if (columns * down - 1 > budget) continue
      budget -= columns * down - 1
      for (let extra = 1; extra < columns; extra++) cells.push(pad())
      for (let next = rowIndex + 1; next < rowIndex + down; next++) {
        const set = covered.get(next) ?? new Set<number>()
        covered.set(next, set)
        for (let offset = 0; offset < columns; offset++) set.add(column + offset)
      }
    }
    fill()
    return {type: 'tableRow', children: cells}
  })
  const widest = Math.max(...written.map((row) => row.children.length))
  const header = written[0]!
  while (header.children.length < widest) header.children.push(pad())
  if (caption?.type === 'caption') {
    const first = header.children[0]!
    first.children.unshift(
      typed('caption', inlineToMdast(caption.children, state, {heading: true, labels: false})),
    )
  }
  return {type: 'table', align: [], children: written}
}

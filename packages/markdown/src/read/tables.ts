import type {Caption, Document, Nodes, P, Table, Td, Th, Tr} from '@clausewise/model'
import type {Link, Table as MdastTable, Node, PhrasingContent, TableCell} from 'mdast'
import {decodeValue} from '../href.js'
import {positionOf, type ReaderContext, sliceOf, warn} from './context.js'

// A table is a GFM table (see docs/markdown-convention.md, *Tables*): the first row is the header
// row (`th` cells), the others body rows (`td`). What GFM cannot say rides in empty typed spans:
// `[](<clausewise:th?colspan=2&rowspan=3>)` opening a cell (its element and spans, when they are not
// the row's default), `[](<clausewise:p>)` between the paragraphs of a cell, `[](<clausewise:pad>)`
// alone in a cell that only fills a place another cell spans, and `[caption](<clausewise:caption>)`
// opening the first cell.

/** A cell's marks: the typed spans of the convention's tables, read from the cell's mdast. */
interface CellSpan {
  type: string
  attributes: Map<string, string>
}

const cellTypes = new Set(['th', 'td'])

/** An empty typed span (`[](<clausewise:type?…>)`) of the convention's tables, or `undefined`. */
function cellSpan(node: PhrasingContent | undefined): CellSpan | undefined {
  if (node?.type !== 'link' || !node.url.startsWith('clausewise:')) return undefined
  const rest = node.url.slice('clausewise:'.length)
  const question = rest.indexOf('?')
  const type = question === -1 ? rest : rest.slice(0, question)
  if (!cellTypes.has(type) && type !== 'p' && type !== 'pad' && type !== 'caption') return undefined
  if (type !== 'caption' && node.children.length > 0) return undefined
  const attributes = new Map<string, string>()
  if (question !== -1) {
    for (const pair of rest.slice(question + 1).split('&')) {
      const equals = pair.indexOf('=')
      const value = equals === -1 ? undefined : decodeValue(pair.slice(equals + 1))
      if (value !== undefined) attributes.set(pair.slice(0, equals), value)
    }
  }
  return {type, attributes}
}

function located<T extends {position?: P['position']}>(
  node: T,
  from: Node | undefined,
  context: ReaderContext,
): T {
  const position = positionOf(context, from)
  if (position) node.position = position
  return node
}

/** A cell: its element and spans from its opening span, its paragraphs split at `p` spans. */
function cellOf(cell: TableCell, header: boolean, context: ReaderContext): Th | Td | undefined {
  let children = cell.children
  const opening = cellSpan(children[0])
  if (opening?.type === 'pad' && children.length === 1) return undefined
  let type: 'th' | 'td' = header ? 'th' : 'td'
  const attributes: Record<string, string> = {}
  let count: number | undefined
  if (opening && cellTypes.has(opening.type)) {
    type = opening.type as 'th' | 'td'
    for (const key of ['colspan', 'rowspan']) {
      const value = opening.attributes.get(key)
      if (value === undefined) continue
      // AKN's spans are positive integers: anything else would make the AKN written invalid.
      if (/^[1-9][0-9]*$/.test(value)) attributes[key] = value
      else
        warn(
          context,
          'invalid-span',
          `A cell's ${key} must be a whole number from 1: \`${value.slice(0, 20)}\` left out`,
          positionOf(context, cell),
          false,
        )
    }
    if (opening.attributes.get('paragraphs') === '0') count = 0
    children = children.slice(1)
  }
  const blocks: P[] = []
  if (count !== 0 && (opening !== undefined || children.length > 0)) {
    let run: PhrasingContent[] = []
    const flush = () => {
      blocks.push({type: 'p', children: context.convertPhrasing(run, 0)})
      run = []
    }
    for (const child of children) {
      if (cellSpan(child)?.type === 'p') flush()
      else run.push(child)
    }
    flush()
  }
  const result: Th | Td = {type, children: blocks}
  if (Object.keys(attributes).length > 0) result.attributes = attributes
  return located(result, cell, context)
}

/**
 * A GFM table as a model `table`: rows of `th` / `td` cells, each cell's paragraphs, spans and
 * caption as the convention's typed spans say; cells that only fill a spanned place are left out.
 */
export function tableOf(node: MdastTable, context: ReaderContext): Table {
  const table: Table = {type: 'table', children: []}
  node.children.forEach((row, index) => {
    const cells = [...row.children]
    const first = cells[0]
    const caption = index === 0 && first ? cellSpan(first.children[0]) : undefined
    if (caption?.type === 'caption' && first) {
      const link = first.children[0] as Link
      const captionNode: Caption = {type: 'caption', children: context.convertPhrasing(link.children, 0)}
      table.children.push(located(captionNode, link, context))
      cells[0] = {...first, children: first.children.slice(1)}
    }
    const tr: Tr = {type: 'tr', eId: '', children: []}
    for (const cell of cells) {
      const read = cellOf(cell, index === 0, context)
      if (read) tr.children.push(read)
    }
    // A row that only fills places other rows span holds no words: it is no row of the model.
    if (tr.children.length > 0) table.children.push(located(tr, row, context))
  })
  return located(table, node, context)
}

/**
 * Put tables where the clause recognition placed their text: each paragraph that holds nothing but a
 * table's source text, where the table stands, becomes the table. A table whose text the recognition
 * joined to other text stays text, with a warning.
 */
export function placeTables(document: Document, tables: readonly MdastTable[], context: ReaderContext): void {
  if (tables.length === 0) return
  const byStart = new Map<number, MdastTable>()
  for (const table of tables) {
    const start = table.position?.start.offset
    if (start !== undefined) byStart.set(start, table)
  }
  const placed = new Set<MdastTable>()
  const stack: Nodes[] = [document]
  while (stack.length > 0) {
    const node = stack.pop()!
    if (!('children' in node) || !Array.isArray(node.children) || node.type === 'authorialNote') continue
    const children = node.children as Nodes[]
    children.forEach((child, index) => {
      const table = child.type === 'p' ? byStart.get(child.position?.start.offset ?? -1) : undefined
      const only = child.type === 'p' && child.children.length === 1 ? child.children[0] : undefined
      if (
        table &&
        !placed.has(table) &&
        child.position?.end.offset === table.position?.end.offset &&
        only?.type === 'text' &&
        only.value === sliceOf(context, table)
      ) {
        children[index] = tableOf(table, context)
        placed.add(table)
      } else stack.push(child)
    })
  }
  for (const table of tables)
    if (!placed.has(table))
      warn(
        context,
        'unsupported-block',
        'A table the clause recognition joined to other text is kept as text',
        positionOf(context, table),
        false,
      )
}

import {type Document, type Inline, isClause, isInline, type Nodes, plainText} from '@clausewise/model'
import {elementStyle} from '../structure/element-styles.js'
import {
  endMarkerName,
  type FrameKind,
  type FrameMode,
  frameName,
  leafTypes,
  writeKind,
} from '../structure/frames.js'
import {styleOfRole} from '../structure/roles.js'
import type {OutParagraph, ParagraphOptions} from './blocks.js'

/** A document's paragraphs in the frame convention, the descriptors of its kinds and the styles used. */
export interface FramedParagraphs {
  paragraphs: OutParagraph[]
  /** Custom property values of the kinds, by kind. */
  kinds: string[]
  /** Element style keys the paragraphs use. */
  styles: Set<string>
}

type Container = {type: string; children: Nodes[]}

const hasChildren = (node: Nodes): node is Nodes & Container =>
  'children' in node && Array.isArray((node as {children?: unknown}).children)

/** Fields of an element a frame keeps: all but its children, position and eId (made anew on reading). */
function fieldsOf(node: Nodes, omit: readonly string[]): Record<string, unknown> {
  const fields: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(node)) {
    if (key === 'children' || key === 'position' || key === 'eId' || omit.includes(key)) continue
    fields[key] = value
  }
  return fields
}

// An inner document's metadata is not kept, like the document's own (writers derive one from the
// parent's).
const omitted: Record<string, readonly string[]> = {attachment: ['meta'], component: ['meta']}

/** A number the next paragraph can open, in the number style: plain text on one line, no markup. */
function plainNumber(node: Nodes): string | undefined {
  if (node.type !== 'num' || node.children !== undefined) return undefined
  return node.value !== '' && !/[\t\n\r]/.test(node.value) ? node.value : undefined
}

/** Whether a table can be a Word table: an optional caption first, then rows of cells. */
function wordTable(node: Container): boolean {
  let rows = 0
  for (const [index, child] of node.children.entries()) {
    if (child.type === 'caption' && index === 0) continue
    if (child.type !== 'tr' || child.children.length === 0) return false
    if (!child.children.every((cell) => cell.type === 'th' || cell.type === 'td')) return false
    rows++
  }
  return rows > 0
}

/** The style key of a paragraph: its element, or for running text the element it stands in. */
function styleKey(node: Nodes, ancestors: readonly Nodes[]): string {
  if (node.type !== 'p') return node.type
  for (let index = ancestors.length - 1; index >= 0; index--) {
    const ancestor = ancestors[index] as Nodes & {element?: string; name?: string}
    if (ancestor.type === 'content' || ancestor.type === 'intro' || ancestor.type === 'wrapUp') continue
    if (ancestor.type === 'hcontainer' && typeof ancestor.name === 'string') return ancestor.name
    if (typeof ancestor.element === 'string') return ancestor.element
    return ancestor.type
  }
  return 'p'
}

/**
 * Write a document in the frame convention: every element a frame around its paragraphs, running
 * text as paragraphs in the style of the element they stand in, headings of units in Word's heading
 * styles (by depth), tables as Word tables, numbers in the number style at the start of the next
 * paragraph, an attachment or component from a new page.
 */
export function framedParagraphs(
  document: Document,
  options: Pick<ParagraphOptions, 'automatic'> & {
    /** The numbering of a `ul` or `ol`'s entries at a level, if Word marks them (default: none). */
    items?: ((list: Nodes, level: number) => OutParagraph['numbering']) | undefined
  },
): FramedParagraphs {
  const kinds = new Map<string, number>()
  const styles = new Set<string>()
  const out: OutParagraph[] = []
  let serial = 0
  let starts: {id: number; name: string}[] = []
  let before = ''
  let number: string | undefined
  // Numbers Word prints itself (a list whose numbers are a plain sequence), by num node.
  const automatic = new Map<Nodes, NonNullable<OutParagraph['numbering']>>()
  let numbering: OutParagraph['numbering']
  let numberEnds: number[] = []
  let pageBreak = false
  // How many Word table cells the paragraphs being written stand in.
  let cells = 0

  const kindOf = (mode: FrameMode, fields: Record<string, unknown>): number => {
    const value = writeKind({mode, fields} satisfies FrameKind)
    let kind = kinds.get(value)
    if (kind === undefined) {
      kind = kinds.size
      kinds.set(value, kind)
    }
    return kind
  }
  const open = (mode: FrameMode, fields: Record<string, unknown>): number => {
    const id = ++serial
    starts.push({id, name: frameName(id, kindOf(mode, fields))})
    return id
  }
  // Each frame's mark stands at a point, in the paragraph where it starts: a frame over several
  // paragraphs has a second mark, `_cwe<serial>`, in its last one (LibreOffice drops or moves
  // bookmarks over several paragraphs next to tables; it keeps bookmarks at a point).
  const startedAt = new Map<number, number>()
  const close = (id: number): void => {
    const index = out.length - 1
    const last = out[index]!
    const start = startedAt.get(id) ?? index
    startedAt.delete(id)
    if (start !== index) {
      out[start]!.bookmarkEnds!.push(id)
      const marker = ++serial
      last.bookmarkStarts!.push({id: marker, name: endMarkerName(id)})
      last.bookmarkEnds!.push(marker)
      return
    }
    last.bookmarkEnds!.push(id)
  }
  const emit = (key: string, children: Inline[], depth: number, heading?: number): void => {
    if (heading === undefined) styles.add(elementStyle(key).key)
    const paragraph: OutParagraph = {
      style: heading === undefined ? elementStyle(key).id : styleOfRole({kind: 'heading', level: heading}).id,
      children,
      directives: [],
      region: '',
      bookmarkStarts: starts,
      bookmarkEnds: numberEnds,
    }
    // Indented by depth, but in a table cell (whose width is the cell's).
    if (heading === undefined && depth > 0 && cells === 0) paragraph.indent = 425 * Math.min(depth, 9)
    if (number !== undefined) {
      paragraph.number = [{type: 'text', value: number}]
      number = undefined
    }
    if (numbering) {
      paragraph.numbering = numbering
      numbering = undefined
    }
    // A numbered paragraph hangs its number in the margin of its depth.
    if (heading === undefined && cells === 0 && (paragraph.number || paragraph.numbering)) {
      paragraph.indent = 425 * Math.min(depth, 9) + 567
      paragraph.hanging = 567
    }
    if (before) paragraph.before = before
    if (pageBreak) paragraph.pageBreakBefore = true
    for (const start of starts) startedAt.set(start.id, out.length)
    out.push(paragraph)
    starts = []
    numberEnds = []
    before = ''
    pageBreak = false
  }
  const after = (xml: string): void => {
    const last = out[out.length - 1]!
    last.after = (last.after ?? '') + xml
  }

  // A list whose members each open with a number that goes at the start of their first paragraph
  // (a block list's items, a unit's sub-units, a list's points) is numbered by Word when its numbers
  // are a plain sequence (`1.`, `2.`…; `(a)`, `(b)`…), so that a drafter who inserts one sees the next
  // renumbered; other numbers are text.
  const numberList = (node: Container, level: number): void => {
    const members = node.children.filter(
      (child): child is Nodes & Container =>
        hasChildren(child) && child.children.length > 0 && plainNumber(child.children[0]!) !== undefined,
    )
    if (members.length === 0 || members.some((member) => member.type !== members[0]!.type)) return
    const mergeable = members.every((member) => {
      const next = member.children[1]
      return next !== undefined && !isInline(next) && next.type !== 'num' && next.type !== 'table'
    })
    const numbers = members.map((member) => plainNumber(member.children[0]!))
    const list = {key: node, level: Math.min(level, 8), numbers}
    if (!mergeable || !options.automatic(list)) return
    for (const member of members) automatic.set(member.children[0]!, {list: node, level: list.level})
  }

  const walk = (node: Nodes, ancestors: Nodes[], wordRow = false): void => {
    const depth = ancestors.filter((ancestor) => isClause(ancestor)).length
    const fields = fieldsOf(node, omitted[node.type] ?? [])
    if (node.type === 'attachment' || node.type === 'component') pageBreak = out.length > 0
    if (node.type === 'num' && node.children === undefined) {
      // A number on a line of its own: its text is its value.
      const id = open('leaf', fieldsOf(node, ['value']))
      emit('num', [{type: 'text', value: node.value}], depth)
      close(id)
      return
    }
    if (!hasChildren(node)) {
      const id = open('bare', fields)
      emit(node.type, [{type: 'text', value: plainText(node)}], depth)
      close(id)
      return
    }
    const children = node.children
    if (leafTypes.has(node.type) || (children.length > 0 && children.every(isInline))) {
      const id = open('leaf', fields)
      const heading = node.type === 'heading' && depth > 0 ? Math.min(depth, 9) : undefined
      emit(styleKey(node, ancestors), children as Inline[], depth, heading)
      close(id)
      return
    }
    const id = open('container', fields)
    const start = out.length
    const table = node.type === 'table' && wordTable(node)
    const inner = [...ancestors, node]
    const level = Math.min(inner.filter((ancestor) => isClause(ancestor)).length, 8)
    numberList(node, level)
    // An ordered list's entries are numbered by Word, an unordered list's bulleted.
    const entries = node.type === 'ol' || node.type === 'ul' ? options.items?.(node, level) : undefined
    let run: Inline[] = []
    let rows = 0
    const flush = (): void => {
      if (run.length === 0) return
      const runId = open('run', {})
      emit(styleKey({type: 'p', children: []}, inner), run, depth)
      close(runId)
      run = []
    }
    for (const [index, child] of children.entries()) {
      if (isInline(child) && child.type !== 'inline') {
        run.push(child)
        continue
      }
      flush()
      if (isInline(child)) {
        // An AKN inline element standing as a block (a debate's `scene`, `narrative`): a leaf.
        const leafId = open('leaf', fieldsOf(child, []))
        emit(child.element, child.children, depth + 1)
        close(leafId)
        continue
      }
      const next = children[index + 1]
      const shown = plainNumber(child)
      if (shown !== undefined && next && !isInline(next) && next.type !== 'num' && next.type !== 'table') {
        // A number still waiting for its paragraph (a unit whose first child is a unit) gets one.
        if (number !== undefined || numbering) emit(styleKey({type: 'p', children: []}, inner), [], depth)
        const numId = open('num', fieldsOf(child, ['value']))
        numbering = automatic.get(child)
        if (!numbering) number = shown
        numberEnds.push(numId)
        continue
      }
      if (table && child.type === 'tr') {
        if (rows++ === 0) before += tableStart(children.filter((row) => row.type === 'tr') as Container[])
        before += '<w:tr>'
        walk(child, inner, true)
        after(index === children.length - 1 ? '</w:tr></w:tbl>' : '</w:tr>')
        continue
      }
      if (wordRow) {
        before += `<w:tc>${cellProperties(child)}`
        cells++
        walk(child, inner)
        cells--
        // A cell ends with a paragraph, even after a table inside it.
        if (out[out.length - 1]!.after?.endsWith('</w:tbl>')) emit(styleKey(child, inner), [], depth)
        after('</w:tc>')
        continue
      }
      if (entries && child.type === 'li') numbering = entries
      walk(child, inner)
    }
    flush()
    if (out.length === start) emit(styleKey({type: 'p', children: []}, inner), [], depth)
    close(id)
  }

  for (const part of document.children) walk(part as Nodes, [])
  return {paragraphs: out, kinds: [...kinds.keys()], styles}
}

/** How many grid columns a cell spans (its `colspan`, 1 by default). */
function span(cell: Nodes): number {
  const value = (cell as {attributes?: Record<string, string>}).attributes?.colspan
  const columns = value === undefined ? 1 : Number.parseInt(value, 10)
  return Number.isInteger(columns) && columns > 1 && columns <= 63 ? columns : 1
}

/** A cell's properties: the columns it spans. */
function cellProperties(cell: Nodes): string {
  const columns = span(cell)
  return columns > 1 ? `<w:tcPr><w:gridSpan w:val="${columns}"/></w:tcPr>` : ''
}

function tableStart(rows: Container[]): string {
  const columns = Math.max(...rows.map((row) => row.children.reduce((total, cell) => total + span(cell), 0)))
  const width = Math.floor(9072 / columns)
  return (
    '<w:tbl><w:tblPr><w:tblStyle w:val="CWTable"/><w:tblW w:w="5000" w:type="pct"/></w:tblPr><w:tblGrid>' +
    `<w:gridCol w:w="${width}"/>`.repeat(columns) +
    '</w:tblGrid>'
  )
}

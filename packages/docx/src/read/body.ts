import type {Inline, Position} from '@clausewise/model'
import {summaryTableStyle} from '../structure/roles.js'
import {attribute, first, onOff} from '../xml/names.js'
import type {XmlElement} from '../xml/parse.js'
import {betweenParagraphs, paragraphBookmarks} from './bookmarks.js'
import {buildInline, type Frame, type Placed} from './pieces.js'
import {type Collector, parseTag, readContent} from './runs.js'
import {countNodes, type RawParagraph, type ReadState} from './state.js'
import {headingLevelOfName, numberingReference, outlineLevel} from './styles.js'

/**
 * One paragraph of a .docx as the source says it: its inline content (text with positions), and what
 * Word says of it — style, heading level, the label its automatic numbering prints and the list level.
 * The shape clause recognition reads (`SourceBlock`).
 */
export interface DocxBlock {
  children: Inline[]
  position: Position
  /** The paragraph style's name as Word shows it in English (`heading 1`, `Title`, `List Paragraph`). */
  style?: string | undefined
  /** 1–9 for a heading (`heading N` style or an outline level). */
  headingLevel?: number | undefined
  /** The label automatic numbering prints, exactly as Word shows it (`5.`, `(a)`, `IV.2`). */
  label?: string | undefined
  /** A number written as text in our number style (`toDocx` writes numbers numbering cannot print). */
  number?: string | undefined
  /** List level (`w:ilvl`, 0-based) of a numbered or bulleted paragraph. */
  level?: number | undefined
  /** The paragraph is a bullet item. */
  bullet?: boolean | undefined
  /** The paragraph starts a new page. */
  pageBreakBefore?: boolean | undefined
  /** Where it stands in a table, for a table cell's paragraph. */
  table?: {table: number; row: number; cell: number} | undefined
  /** Names of the frame bookmarks of ours that start and end in it (`structure/frames.ts`). */
  bookmarks?: {starts: string[]; ends: string[]} | undefined
  /** Content controls of ours around it (`clausewise:attachment?…`), outermost first. */
  directives?: {type: string; attributes: Record<string, string>}[] | undefined
}

/** Read one paragraph's properties and content. */
function readParagraph(
  element: XmlElement,
  state: ReadState,
  out: RawParagraph[],
  context: Pick<RawParagraph, 'table' | 'directives'>,
): void {
  let pPr = first(element, 'w:pPr')
  const mark = first(pPr, 'w:rPr')
  let markRemoved = false
  for (const child of mark?.children ?? []) {
    if (child.type !== 'element') continue
    const removed =
      state.changes === 'accept'
        ? child.name === 'w:del' || child.name === 'w:moveFrom'
        : child.name === 'w:ins' || child.name === 'w:moveTo'
    if (
      child.name === 'w:del' ||
      child.name === 'w:ins' ||
      child.name === 'w:moveFrom' ||
      child.name === 'w:moveTo'
    ) {
      state.seen.trackedChanges++
      if (removed) markRemoved = true
    }
  }
  const change = first(pPr, 'w:pPrChange')
  if (change) {
    state.seen.trackedChanges++
    if (state.changes === 'reject') pPr = first(change, 'w:pPr') ?? pPr
  }
  const collector: Collector = {pieces: [], textBoxes: []}
  readContent(element, [] as Frame[], collector, state)
  const numbering = numberingReference(pPr)
  countNodes(state)
  const bookmarks = paragraphBookmarks(element, state)
  out.push({
    ...(bookmarks ? {bookmarks} : {}),
    pieces: collector.pieces,
    styleId: attribute(first(pPr, 'w:pStyle')) ?? state.styles.defaultParagraph,
    numId: numbering?.numId,
    ilvl: numbering?.ilvl,
    outlineLevel: outlineLevel(pPr),
    markRemoved,
    pageBreakBefore: onOff(first(pPr, 'w:pageBreakBefore')) === true || breaksPage(element),
    ...context,
  })
  for (const box of collector.textBoxes) readBlocks(box, state, out, {table: context.table})
}

/** A page break in the paragraph's first run (how Word writes "insert page break" before text). */
function breaksPage(paragraph: XmlElement): boolean {
  for (const child of paragraph.children) {
    if (child.type !== 'element') continue
    if (child.name === 'w:pPr') continue
    if (child.name !== 'w:r') return false
    for (const inner of child.children) {
      if (inner.type !== 'element' || inner.name === 'w:rPr') continue
      return inner.name === 'w:br' && attribute(inner, 'w:type') === 'page'
    }
  }
  return false
}

/** Read the block content of a container (the body, a cell, a note, a content control). */
export function readBlocks(
  container: XmlElement,
  state: ReadState,
  out: RawParagraph[],
  context: Pick<RawParagraph, 'table' | 'directives'> = {},
): void {
  for (const child of container.children) {
    if (child.type !== 'element') continue
    switch (child.name) {
      case 'w:p':
        readParagraph(child, state, out, context)
        context = {table: context.table}
        break
      case 'w:tbl':
        readTable(child, state, out)
        break
      case 'w:bookmarkStart':
      case 'w:bookmarkEnd':
        betweenParagraphs(child, state, out)
        break
      case 'w:sdt': {
        const content = first(child, 'w:sdtContent')
        const directive = parseTag(attribute(first(first(child, 'w:sdtPr'), 'w:tag')))
        const directives = directive ? [...(context.directives ?? []), directive] : context.directives
        if (content) readBlocks(content, state, out, {...context, directives})
        break
      }
      case 'w:customXml':
        readBlocks(child, state, out, context)
        break
      case 'mc:AlternateContent': {
        const choice = first(child, 'mc:Choice') ?? first(child, 'mc:Fallback')
        if (choice) readBlocks(choice, state, out, context)
        break
      }
      case 'w:ins':
      case 'w:del':
      case 'w:moveFrom':
      case 'w:moveTo':
        // Block-level revision containers hold whole paragraphs or tables.
        state.seen.trackedChanges++
        if ((state.changes === 'accept') === (child.name === 'w:ins' || child.name === 'w:moveTo')) {
          readBlocks(child, state, out, context)
        }
        break
      case 'w:altChunk':
        state.seen.altChunks++
        break
      default:
        break
    }
  }
}

function readTable(table: XmlElement, state: ReadState, out: RawParagraph[]): void {
  // The summary page of a redline of ours is about the document, not part of it.
  if (attribute(first(first(table, 'w:tblPr'), 'w:tblStyle')) === summaryTableStyle) return
  const index = ++state.tables
  state.seen.tables++
  let rowIndex = 0
  for (const row of table.children) {
    if (row.type !== 'element' || row.name !== 'w:tr') continue
    const trPr = first(row, 'w:trPr')
    const inserted = first(trPr, 'w:ins') !== undefined
    const deleted = first(trPr, 'w:del') !== undefined
    if (inserted || deleted) state.seen.trackedChanges++
    if ((state.changes === 'accept' && deleted) || (state.changes === 'reject' && inserted)) continue
    rowIndex++
    let cellIndex = 0
    for (const cell of row.children) {
      if (cell.type !== 'element') continue
      const cells = cell.name === 'w:tc' ? [cell] : cell.name === 'w:sdt' ? contentCells(cell) : []
      for (const one of cells) {
        cellIndex++
        readBlocks(one, state, out, {table: {table: index, row: rowIndex, cell: cellIndex}})
      }
    }
  }
}

function contentCells(sdt: XmlElement): XmlElement[] {
  const content = first(sdt, 'w:sdtContent')
  return content
    ? content.children.filter(
        (child): child is XmlElement => child.type === 'element' && child.name === 'w:tc',
      )
    : []
}

/**
 * Join paragraphs whose mark is gone in the version read into the paragraph that follows (Word's rule:
 * the text before a deleted paragraph mark takes the next paragraph's properties).
 */
export function joinParagraphs(paragraphs: RawParagraph[]): RawParagraph[] {
  const result: RawParagraph[] = []
  let carried: RawParagraph['pieces'] = []
  let marks: RawParagraph['bookmarks']
  const joinMarks = (paragraph: RawParagraph): RawParagraph['bookmarks'] =>
    marks && paragraph.bookmarks
      ? {
          starts: [...marks.starts, ...paragraph.bookmarks.starts],
          ends: [...marks.ends, ...paragraph.bookmarks.ends],
        }
      : (marks ?? paragraph.bookmarks)
  for (const [index, paragraph] of paragraphs.entries()) {
    const next = paragraphs[index + 1]
    const sameContainer = next !== undefined && sameCell(next.table, paragraph.table)
    if (paragraph.markRemoved && sameContainer) {
      carried = carried.concat(paragraph.pieces)
      marks = joinMarks(paragraph)
      continue
    }
    const pieces = carried.length > 0 ? carried.concat(paragraph.pieces) : paragraph.pieces
    const bookmarks = joinMarks(paragraph)
    carried = []
    marks = undefined
    // The last mark of a story cannot go; a paragraph whose mark is gone with all its text is gone.
    if (paragraph.markRemoved && pieces.length === 0) continue
    result.push(
      pieces === paragraph.pieces && bookmarks === paragraph.bookmarks
        ? paragraph
        : {...paragraph, pieces, bookmarks},
    )
  }
  return result
}

function sameCell(left: RawParagraph['table'], right: RawParagraph['table']): boolean {
  if (!left || !right) return left === right
  return left.table === right.table && left.row === right.row && left.cell === right.cell
}

/** The document text so far: where the next paragraph starts. */
export interface Cursor {
  line: number
  offset: number
}

/**
 * Turn read paragraphs into blocks: labels counted in order, heading levels and style names resolved,
 * inline trees built with positions (line N is the Nth paragraph, notes after the body).
 */
export function finishBlocks(paragraphs: RawParagraph[], state: ReadState, cursor: Cursor): DocxBlock[] {
  const blocks: DocxBlock[] = []
  for (const paragraph of paragraphs) {
    const chain = state.styles.chain(paragraph.styleId)
    const style = chain[0]
    let numId = paragraph.numId
    let ilvl = paragraph.ilvl
    if (numId === undefined) {
      const fromStyle = chain.find((entry) => entry.numbering?.numId !== undefined)?.numbering
      if (fromStyle?.numId !== undefined) {
        numId = fromStyle.numId
        ilvl = fromStyle.ilvl ?? state.numbering.levelOfStyle(fromStyle.numId, paragraph.styleId) ?? 0
      }
    }
    const label = numId === undefined ? undefined : state.numbering.next(numId, ilvl ?? 0)
    const outline =
      paragraph.outlineLevel ?? chain.find((entry) => entry.outlineLevel !== undefined)?.outlineLevel
    const headingLevel =
      chain.map((entry) => headingLevelOfName(entry.name)).find((level) => level !== undefined) ??
      (outline !== undefined && outline < 9 ? outline + 1 : undefined)

    const placed: Placed[] = []
    let column = 1
    let offset = cursor.offset
    let pieces = paragraph.pieces
    let number: string | undefined
    if (pieces[0]?.kind === 'number') {
      number = pieces[0].text
      column += number.length
      offset += number.length
      const next = pieces[1]
      if (next?.kind === 'text' && next.text.startsWith('\t')) {
        pieces = [{...next, text: next.text.slice(1)}, ...pieces.slice(2)]
        column++
        offset++
      } else pieces = pieces.slice(1)
    }
    for (const piece of pieces) {
      placed.push({piece, offset, line: cursor.line, column})
      if (piece.kind === 'text' || piece.kind === 'number') {
        column += piece.text.length
        offset += piece.text.length
      }
    }
    const position: Position = {
      start: {line: cursor.line, column: 1, offset: cursor.offset},
      end: {line: cursor.line, column, offset},
    }
    const block: DocxBlock = {children: buildInline(placed), position}
    if (style) block.style = style.name
    if (headingLevel !== undefined) block.headingLevel = headingLevel
    if (number !== undefined) block.number = number
    if (label) {
      if (label.text !== '') block.label = label.text
      block.level = label.level
      if (label.bullet) block.bullet = true
    }
    if (paragraph.pageBreakBefore) block.pageBreakBefore = true
    if (paragraph.table) block.table = paragraph.table
    if (paragraph.directives && paragraph.directives.length > 0) block.directives = paragraph.directives
    if (paragraph.bookmarks) block.bookmarks = paragraph.bookmarks
    blocks.push(block)
    cursor.line++
    cursor.offset = offset + 1
  }
  return blocks
}

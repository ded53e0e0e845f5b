import type {Inline, Num} from '@clausewise/model'
import type {SourceBlock, SourceItem} from '@clausewise/recognize'
import type {List, ListItem, Table as MdastTable, Node, Paragraph, Parent} from 'mdast'
import {isLabel} from '../labels.js'
import {pushReversed} from '../push.js'
import {defaultHierarchyWords, implicitUnit, unitLineContent} from '../unit-heading.js'
import {type Block, itemBlocksCut} from './blocks.js'
import {positionOf, type ReaderContext, sliceOf, warn} from './context.js'
import {knownKeys} from './front-matter.js'
import {paragraphLabel} from './item-points.js'
import {bulletLabel, maxListDepth, orderedNum, typedNum, unsupportedInItem} from './items.js'
import {quotedParagraphs} from './quote.js'
import type {ShapeContext} from './shape.js'

/** Front-matter keys of Pandoc's title block, which other tools write too: they say nothing of ours. */
const pandocKeys = new Set(['title', 'subtitle', 'date', 'lang'])

/**
 * Whether a draft carries our own convention's explicit markup, or a structure only the convention's
 * reader reads, so that the convention's reader reads it rather than the clause recognition: front
 * matter with a key of the convention's (beyond Pandoc's title lines; a static site's `layout` or
 * `tags` say nothing of ours), a directive, a party or number link (`party:`, `clausewise:`),
 * a heading that opens a unit by its words (`## Article 5`: an act's hierarchy), or a paragraph of
 * labelled lines (Pandoc's `A.` / `#.` lists). What the source says wins over what the text looks
 * like: a draft that says nothing of its structure is read by the recognition every reader shares.
 */
export function carriesConvention(
  tree: Node,
  blocks: readonly Block[],
  shapes: ShapeContext,
  frontMatterKeys: readonly string[],
): boolean {
  if (frontMatterKeys.some((key) => knownKeys.has(key) && !pandocKeys.has(key))) return true
  for (const block of blocks) {
    if (block.kind === 'directive') return true
    if (block.kind === 'heading' && implicitUnit(block.content, shapes.words)) return true
    if (block.kind === 'paragraph' && block.lines && block.lines.length > 1) return true
  }
  const stack: Node[] = [tree]
  while (stack.length > 0) {
    const node = stack.pop()!
    if (node.type === 'link') {
      const url = (node as unknown as {url: string}).url
      if (url.startsWith('party:') || url.startsWith('clausewise:')) return true
    }
    const children = (node as Parent).children
    if (children) pushReversed(stack, children)
  }
  return false
}

/**
 * The blocks of a draft as every reader hands them to the clause recognition (`recognize` of
 * `@clausewise/recognize`): headings with their level, list items with their label, depth and
 * whether the list is ordered, paragraphs; inline content (`i`, `b`, `ref`, `sup`, notes) and
 * positions kept. A list item's later paragraphs follow it as blocks of their own.
 */
export function sourceBlocks(
  blocks: readonly Block[],
  context: ReaderContext,
  tables: MdastTable[] = [],
): SourceBlock[] {
  const result: SourceBlock[] = []
  for (const block of blocks) {
    switch (block.kind) {
      case 'heading':
        result.push(sourceBlock(block.content, block.node, context, {heading: block.level}))
        break
      case 'paragraph':
        result.push(
          sourceBlock(unitLineContent(block.content, defaultHierarchyWords), block.node, context, {}),
        )
        break
      case 'list':
        listBlocks(block.node, 1, context, result, tables)
        break
      case 'table':
        result.push(tableBlock(block.node, context, tables))
        break
      default:
        break
    }
  }
  return result
}

function sourceBlock(
  children: Inline[],
  node: Node | undefined,
  context: ReaderContext,
  extra: Pick<SourceBlock, 'heading' | 'item'>,
): SourceBlock {
  const block: SourceBlock = {children: plainLabel(children), ...extra}
  const position = positionOf(context, node)
  if (position) block.position = position
  return block
}

/**
 * Content whose label is typed in bold or italics (`**2.** *Requests* …`, `**(a)** on …`, as Word
 * exports numbers): the label as plain text, so that the recognition takes it as the number and
 * leaves none of it in the text.
 */
function plainLabel(children: Inline[]): Inline[] {
  const [head, ...rest] = children
  if ((head?.type !== 'b' && head?.type !== 'i') || head.children.length !== 1) return children
  const only = head.children[0]!
  if (only.type !== 'text' || !isLabel(only.value)) return children
  const next = rest[0]
  if (next?.type !== 'text' || !/^[ \t]/u.test(next.value)) return children
  const text: Inline = {type: 'text', value: only.value + next.value}
  if (only.position && next.position) text.position = {start: only.position.start, end: next.position.end}
  return [text, ...rest.slice(1)]
}

/**
 * A table as the clause recognition reads it: a block of its source text, which it places as any
 * text; the reader then puts the table where that text went (`placeTables`).
 */
function tableBlock(node: MdastTable, context: ReaderContext, tables: MdastTable[]): SourceBlock {
  tables.push(node)
  return sourceBlock([{type: 'text', value: sliceOf(context, node)}], node, context, {})
}

/** A list's items, depth first: each item's first paragraph as the item, the rest after it. */
function listBlocks(
  list: List,
  depth: number,
  context: ReaderContext,
  result: SourceBlock[],
  tables: MdastTable[],
): void {
  const ordered = list.ordered === true
  for (const item of list.children) itemBlocks(item, ordered, depth, context, result, tables)
}

function itemBlocks(
  item: ListItem,
  ordered: boolean,
  depth: number,
  context: ReaderContext,
  result: SourceBlock[],
  tables: MdastTable[],
): void {
  let num = ordered ? orderedNum(item, context) : undefined
  let first = true
  // Lines of a paragraph that open with a label after a line ending with `:` or `;` are blocks of
  // their own, as they are after a blank line (`a)` opens no list in CommonMark).
  for (const child of itemBlocksCut(item, context)) {
    if (child.type === 'list') {
      if (depth >= maxListDepth) {
        warn(context, 'too-deep', 'List nesting too deep: kept as text', positionOf(context, child), false)
        result.push(sourceBlock([{type: 'text', value: sliceOf(context, child)}], child, context, {}))
      } else listBlocks(child, depth + 1, context, result, tables)
      continue
    }
    if (child.type === 'table') {
      const block = tableBlock(child, context, tables)
      if (first) block.item = itemOf(num, depth, ordered)
      result.push(block)
      first = false
      continue
    }
    if (child.type === 'blockquote') {
      // An item that opens with a quote is still an item, before the text it quotes.
      if (first) result.push(sourceBlock([], item, context, {item: itemOf(num, depth, ordered)}))
      first = false
      for (const p of quotedParagraphs(child as Parent, context)) {
        const block: SourceBlock = {children: p.children, quoted: true}
        if (p.position) block.position = p.position
        result.push(block)
      }
      continue
    }
    let content: Inline[]
    if (child.type === 'paragraph' || child.type === 'heading') {
      const paragraph = child as Paragraph
      if (first && !ordered && child.type === 'paragraph') {
        const {num: typed, rest} = typedNum(paragraph.children, context)
        content = context.convertPhrasing(rest, 0)
        num = typed ?? bulletLabel(paragraph, content, context)
      } else if (!first && child.type === 'paragraph' && paragraphLabel(paragraph, context)) {
        // A later paragraph opening with a label (a line cut at its label, `a) by funds,`) is a point
        // of the item, one level down.
        content = context.convertPhrasing(paragraph.children, 0)
        const label = bulletLabel(paragraph, content, context)
        if (label) {
          result.push(sourceBlock(content, child, context, {item: itemOf(label, depth + 1, false)}))
          continue
        }
      } else content = context.convertPhrasing(paragraph.children, 0)
    } else content = unsupportedInItem(child, context)
    result.push(sourceBlock(content, child, context, first ? {item: itemOf(num, depth, ordered)} : {}))
    first = false
  }
  if (first) {
    // An empty item (`-` alone) is still an item.
    result.push(sourceBlock([], item, context, {item: itemOf(num, depth, ordered)}))
  }
}

/** What the source says of a list item: its label as written and where, its depth, its list's kind. */
function itemOf(num: Num | undefined, depth: number, ordered: boolean): SourceItem {
  const item: SourceItem = {depth, ordered}
  if (num) item.label = num.value
  if (num?.position) item.labelPosition = num.position
  return item
}

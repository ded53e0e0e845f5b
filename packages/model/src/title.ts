import {plainText, visit} from './tree.js'
import type {Document, Nodes, OpaqueElement} from './types.js'

/** A document's title as read, and the title-page blocks that print it and its number. */
interface TitleReading {
  number?: string
  title?: string
  /** Blocks of the top-level preface that print nothing but the number or the title (and notes). */
  blocks: Set<Nodes>
}

/** White space collapsed and trimmed: a title read from markup spans source lines. */
function collapsed(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

/** The one `docNumber`, `docTitle` or `shortTitle` a block holds besides white space and notes, if any. */
function onlyChild(node: Nodes): Nodes | undefined {
  if (node.type !== 'p' || node.children.length === 0) return undefined
  let found: Nodes | undefined
  for (const child of node.children) {
    if (child.type === 'authorialNote' || child.type === 'noteRef') continue
    if (child.type === 'text' && child.value.trim() === '') continue
    if (found !== undefined) return undefined
    found = child
  }
  return found
}

/** Whether a block holds a `docNumber` (a longTitle's number line: `RESOLUTION <docNumber>2</docNumber>`). */
function holdsNumber(node: Nodes): boolean {
  let found = false
  visit(node, (child) => {
    if (child.type === 'docNumber') found = true
    return found || child.type === 'authorialNote' ? false : undefined
  })
  return found
}

/**
 * Names an `FRBRalias` of the work carries when it is the work's title: `title`, `short title`, or none
 * (optional in AKN 2.0; the AKN reader gives a nameless alias its element's name, as AKN 3.0 requires one).
 */
const aliasNames = new Set(['', 'frbralias', 'title', 'shorttitle'])

/** The local name of an element as written (`akn:FRBRWork` → `FRBRWork`). */
function localName(name: string): string {
  return name.slice(name.indexOf(':') + 1)
}

/** The work's title alias (`<FRBRWork><FRBRalias name="title" value="…"/>`), if the source has one. */
function aliasTitle(identification: OpaqueElement | undefined): string | undefined {
  const work = identification?.children.find(
    (child): child is OpaqueElement => typeof child !== 'string' && localName(child.name) === 'FRBRWork',
  )
  for (const child of work?.children ?? []) {
    if (typeof child === 'string' || localName(child.name) !== 'FRBRalias') continue
    const name = (child.attributes?.name ?? '').toLowerCase().replace(/[\s_-]/g, '')
    const value = collapsed(child.attributes?.value ?? '')
    if (aliasNames.has(name) && value !== '') return value
  }
  return undefined
}

/**
 * Read a document's number and title, and the title-page blocks that print them. The number is the
 * first `docNumber` of the top-level preface; the title the first `docTitle`, else the first
 * `shortTitle`, else the text of the first `longTitle` (its number line left out), else the work's
 * title alias.
 */
function readTitle(document: Document): TitleReading {
  const result: TitleReading = {blocks: new Set()}
  const preface = document.children.find((child) => child.type === 'preface')
  let shortTitle: string | undefined
  // The first block of each kind that holds only it (a block is visited before what it holds).
  let shortTitleBlock: {block: Nodes; text: string} | undefined
  let longTitle: {text: string; blocks: Nodes[]} | undefined
  let numberBlock = false
  let titleBlock: Nodes | undefined
  let fromDocTitle = false
  if (preface) {
    visit(preface, (node) => {
      if (node.type === 'authorialNote') return false
      if (node.type === 'docNumber' && result.number === undefined) result.number = plainText(node)
      if (node.type === 'docTitle' && result.title === undefined) {
        result.title = plainText(node)
        fromDocTitle = true
      }
      if (node.type === 'shortTitle' && shortTitle === undefined) {
        shortTitle = collapsed(plainText(node))
      }
      if (node.type === 'longTitle' && longTitle === undefined) {
        const blocks = (node.children as Nodes[]).filter((child) => !holdsNumber(child))
        const text = collapsed(blocks.map((block) => plainText(block)).join(' '))
        if (text !== '') longTitle = {text, blocks}
      }
      const only = onlyChild(node)
      if (only?.type === 'docNumber' && !numberBlock) {
        numberBlock = true
        result.blocks.add(node)
      } else if (only?.type === 'docTitle' && titleBlock === undefined) {
        titleBlock = node
      } else if (only?.type === 'shortTitle' && shortTitleBlock === undefined) {
        shortTitleBlock = {block: node, text: collapsed(plainText(only))}
      }
      return undefined
    })
  }
  if (fromDocTitle) {
    if (titleBlock !== undefined) result.blocks.add(titleBlock)
  } else if (shortTitle !== undefined && shortTitle !== '') {
    result.title = shortTitle
    if (shortTitleBlock?.text === shortTitle) result.blocks.add(shortTitleBlock.block)
  } else if (longTitle !== undefined) {
    result.title = longTitle.text
    for (const block of longTitle.blocks) result.blocks.add(block)
  } else {
    const alias = aliasTitle(document.meta.identification)
    if (alias !== undefined) {
      result.title = alias
    }
  }
  return result
}

/**
 * The document's number (`docNumber`) and title as plain text: the preface's `docTitle`, else its
 * `shortTitle` (UK legislation), else its `longTitle` without its number line (AKN4EU's `Proposal for a
 * REGULATION … on …`), else the work's title alias (`<FRBRalias name="title">`, as Laws.Africa gives it).
 *
 * @example titleOf(document) // {number: 'Décision nº 7/17', title: 'Renforcement des efforts …'}
 */
export function titleOf(document: Document): {number?: string; title?: string} {
  const {number, title} = readTitle(document)
  const result: {number?: string; title?: string} = {}
  if (number !== undefined) result.number = number
  if (title !== undefined) result.title = title
  return result
}

/**
 * The blocks of a document's title page (its top-level preface) that print nothing but its number or
 * the title {@link titleOf} reads (and notes): a `p` of a `docNumber`, of a `docTitle` or of a
 * `shortTitle`, or the blocks of the `longTitle` the title is. A comparison reads the number and title
 * as metadata and these blocks as no unit of their own, so that a changed title is marked once; a
 * renderer shows them as the document's heading.
 *
 * @example titleBlocks(fromAkn(xml).document).size // 2: the number's block and the short title's
 */
export function titleBlocks(document: Document): ReadonlySet<Nodes> {
  return readTitle(document).blocks
}

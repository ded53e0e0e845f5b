import type {Document, Nodes, TextUnit} from '@clausewise/model'
import {comparisonUnits, isClause, ownBlocks, titleBlocks} from '@clausewise/model'
import {fromMarkdown} from '../read/from-markdown.js'
import {writeConvention} from '../write/to-markdown.js'

/** A block of a document written for a redline: one Markdown block (blocks are apart by a blank line). */
export interface Chunk {
  text: string
  /**
   * The comparison unit whose own text it holds (a clause, or a block outside every clause), and
   * which of its own blocks it is.
   */
  clause?: {eId: string; index: number} | undefined
  /** What else it is: the front matter, the document's number or title heading. */
  role?: 'front' | 'number' | 'title' | undefined
}

/**
 * A document as a redline writes it, cut into its blocks, each tagged with the clause it holds. It is
 * written as `toMarkdown` writes it, with two differences that read back to the same model: front
 * matter that would hold `{`, `}` or a backslash is JSON (those only in escapes), and line breaks are
 * spans, so that every block but the front matter is one line. The tags come from reading the Markdown back: the position of each
 * clause's own text names its block. `written` is the document's comparison units, when the caller has
 * them already.
 */
export function redlineChunks(
  document: Document,
  written: readonly TextUnit[] = comparisonUnits(document),
): Chunk[] {
  const markdown = writeConvention(document, {
    frontMatterFormat: {markSafe: true},
    typedBreaks: true,
  }).replace(/\n$/, '')
  const texts = markdown.split('\n\n')
  const starts: number[] = []
  let offset = 0
  for (const text of texts) {
    starts.push(offset)
    offset += text.length + 2
  }
  const chunks: Chunk[] = texts.map((text) => ({text}))
  const at = (position: {start: {offset?: number | undefined}} | undefined): Chunk | undefined => {
    const start = position?.start.offset
    if (start === undefined) return undefined
    let low = 0
    let high = starts.length - 1
    while (low < high) {
      const middle = (low + high + 1) >> 1
      if (starts[middle]! <= start) low = middle
      else high = middle - 1
    }
    return chunks[low]
  }
  if (markdown.startsWith('---\n') && chunks[0]) chunks[0].role = 'front'
  const read = fromMarkdown(markdown).document
  // The comparison's units: clauses by their own blocks, blocks outside every clause by themselves.
  // The convention writes some blocks elsewhere than the model holds them (the recitals' own
  // introduction, `considering`, is a paragraph of the preamble before them), and such a unit read
  // back has an eId of its own: one read back at the place of a unit of the document, with its text,
  // is that unit, and is tagged with the eId the comparison names.
  const units = comparisonUnits(read)
  const same = units.length === written.length
  units.forEach((unit, place) => {
    const original = same ? written[place] : undefined
    const eId = original && original.text === unit.text ? original.eId : unit.eId
    const blocks = isClause(unit.node) ? ownBlocks(unit.node) : [unit.node]
    blocks.forEach((block, index) => {
      const chunk = at((block as {position?: {start: {offset?: number}}}).position)
      if (chunk && !chunk.clause) chunk.clause = {eId, index}
    })
  })
  const preface = read.children.find((child) => child.type === 'preface')
  let titled = false
  for (const paragraph of preface?.children ?? []) {
    if (paragraph.type !== 'p') continue
    const head = paragraph.children[0] as Nodes | undefined
    if (!head) continue
    const chunk = at(paragraph.position)
    if (chunk && !chunk.role && !chunk.clause) {
      if (head.type === 'docNumber') chunk.role = 'number'
      if (head.type === 'docTitle') chunk.role = 'title'
      if (chunk.role === 'title') titled = true
    }
  }
  // A title read from a short or long title (no `docTitle`): its first block is the title's chunk, so
  // that a changed title pairs with its old words and is marked word by word, as a `docTitle` is.
  if (!titled) {
    for (const block of titleBlocks(read)) {
      const chunk = at((block as {position?: {start: {offset?: number}}}).position)
      if (!chunk || chunk.role || chunk.clause) continue
      if (block.type === 'p' && block.children.some((child) => child.type === 'docNumber')) continue
      chunk.role = 'title'
      break
    }
  }
  return chunks
}

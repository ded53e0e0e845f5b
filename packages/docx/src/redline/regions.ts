import {type Inline, type MetadataChange, plainText} from '@clausewise/model'
import type {OutParagraph} from '../write/blocks.js'
import type {NoteIndex} from './notes.js'
import type {Placement} from './placement.js'
import {isTitleLine} from './title-line.js'

const partOrder = ['start', 'preface', 'preamble', 'mainBody', 'conclusions']

/** Where a region stands in a document: attachments after the decision, parts in their order. */
function rank(region: string): number {
  const match = /^att(\d+):(.*)$/.exec(region)
  const attachment = match ? Number(match[1]) : 0
  const part = partOrder.indexOf(match ? match[2]! : region)
  return attachment * 10 + (part < 0 ? 5 : part)
}

/** What identifies a paragraph outside clauses: the number and title by role, others by text. */
function key(paragraph: OutParagraph, headings: ReadonlySet<string>): string {
  const children = paragraph.children as Inline[]
  // The decision's own number and title, and a statement's heading the comparison says changed, pair
  // up whatever they say: the comparison's metadata marks them.
  const title = isTitleLine(children)
  if (title && headings.has(paragraph.region) && children.some((child) => child.type === 'docTitle')) {
    return '\u0000heading'
  }
  if (title && paragraph.region === 'preface') {
    if (children.some((child) => child.type === 'docNumber')) return '\u0000number'
    if (children.some((child) => child.type === 'docTitle')) return '\u0000title'
  }
  return `${paragraph.style}\u0000${paragraph.directives.join(' ')}\u0000${children.map((child) => plainText(child)).join('')}`
}

/** Pairs of equal items in order (longest common subsequence); regions are a few lines long. */
function common(left: string[], right: string[]): [number, number][] {
  const table: number[][] = Array.from({length: left.length + 1}, () =>
    new Array<number>(right.length + 1).fill(0),
  )
  for (let i = left.length - 1; i >= 0; i--) {
    for (let j = right.length - 1; j >= 0; j--) {
      table[i]![j] =
        left[i] === right[j] ? table[i + 1]![j + 1]! + 1 : Math.max(table[i + 1]![j]!, table[i]![j + 1]!)
    }
  }
  const pairs: [number, number][] = []
  let i = 0
  let j = 0
  while (i < left.length && j < right.length) {
    if (left[i] === right[j]) pairs.push([i++, j++])
    else if (table[i + 1]![j]! >= table[i]![j + 1]!) i++
    else j++
  }
  return pairs
}

function byRegion(paragraphs: readonly OutParagraph[]): Map<string, OutParagraph[]> {
  const result = new Map<string, OutParagraph[]>()
  for (const paragraph of paragraphs) {
    if (paragraph.clause !== undefined) continue
    const list = result.get(paragraph.region)
    if (list) list.push(paragraph)
    else result.set(paragraph.region, [paragraph])
  }
  return result
}

// Past this many paragraphs in one region, regions are not aligned line by line but kept as they are.
const maximumRegion = 2000

/**
 * Paragraphs outside clauses (preface lines, a preamble's bare paragraphs, conclusions, the opening of
 * an attachment), which a comparison does not cover: equal ones are kept, the new version's others
 * inserted and the old version's others deleted where they stood. The number and title pair up
 * whatever their text (their changes are the comparison's metadata).
 */
export function markRegions(
  backbone: readonly OutParagraph[],
  oldParagraphs: readonly OutParagraph[],
  placement: Placement,
  notes: NoteIndex,
  metadata: readonly MetadataChange[] = [],
): void {
  const headings = new Set(
    metadata
      .filter((change) => change.field === 'heading')
      .map((change) => `att${change.attachment ?? 1}:preface`),
  )
  const current = byRegion(backbone)
  const previous = byRegion(oldParagraphs)
  for (const region of new Set([...current.keys(), ...previous.keys()])) {
    const now = current.get(region) ?? []
    const before = previous.get(region) ?? []
    if (now.length + before.length > maximumRegion) continue
    const pairs = common(
      before.map((paragraph) => key(paragraph, headings)),
      now.map((paragraph) => key(paragraph, headings)),
    )
    const matchedNew = new Set(pairs.map(([, j]) => j))
    now.forEach((paragraph, index) => {
      if (!matchedNew.has(index)) paragraph.revision = 'ins'
    })
    // Each old paragraph left over goes before the next new paragraph paired with an old one after it.
    let pairIndex = 0
    let pending: OutParagraph[] = []
    const flush = (anchor: OutParagraph | undefined): void => {
      if (pending.length === 0) return
      if (anchor) placement.before(anchor, pending)
      else if (now.length > 0) placement.afterParagraph(now[now.length - 1]!, pending)
      else {
        const later = backbone.find((paragraph) => rank(paragraph.region) > rank(region))
        if (later) placement.before(later, pending)
        else placement.end(pending)
      }
      pending = []
    }
    before.forEach((paragraph, index) => {
      while (pairIndex < pairs.length && pairs[pairIndex]![0] < index) pairIndex++
      const pair = pairs[pairIndex]
      if (pair && pair[0] === index) {
        flush(now[pair[1]])
        return
      }
      pending.push({
        ...paragraph,
        children: (paragraph.children as Inline[]).filter((child) => {
          if (child.type !== 'authorialNote') return true
          if (!notes.deletedOld.has(child.eId)) return false
          notes.handled.add(child.eId)
          return true
        }),
        pageBreakBefore: false,
        revision: 'del',
      })
    })
    flush(undefined)
  }
}

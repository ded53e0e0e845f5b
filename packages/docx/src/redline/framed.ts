import {
  type ChangeKind,
  type Comparison,
  comparisonUnits,
  type Document,
  isClause,
  type Nodes,
  ownBlocks,
} from '@clausewise/model'
import type {OutParagraph} from '../write/blocks.js'
import {type FramedParagraphs, framedParagraphs} from '../write/framed.js'
import type {WriteInline} from '../write/inline.js'
import {noteParagraphs} from '../write/note-paragraphs.js'
import {markChanges, oldContent, textSlots, visibleRuns} from './mark.js'
import {metadataMarks} from './metadata.js'
import {createPlacement} from './placement.js'
import {isTitleLine} from './title-line.js'

// A redline of two documents outside the decision's vocabulary (acts with block lists and tables,
// judgments, debates) keeps their structure in the frame convention, as `toDocx` writes them, when
// the two versions have the same structure and differ in their words: the new version's frames, its
// words marked where they stand. Rejecting every change then gives the old version's words in the
// same frames, which are the old version's own. A comparison that moves, inserts, deletes, splits,
// merges or renumbers units changes the structure itself, which frames (bookmarks at points, not
// tracked changes) cannot show in both versions: such a redline is written in the decision shape.

/** What a framed paragraph says of the structure: everything but its running text. */
function skeleton(framed: FramedParagraphs): string {
  const paragraphs = framed.paragraphs.map((paragraph) => [
    paragraph.style,
    paragraph.bookmarkStarts?.map((start) => start.name),
    paragraph.bookmarkEnds,
    paragraph.number?.map((inline) => (inline.type === 'text' ? inline.value : '')),
    paragraph.numbering?.level,
    paragraph.before,
    paragraph.after,
    paragraph.pageBreakBefore,
    paragraph.indent,
    paragraph.hanging,
  ])
  return JSON.stringify([framed.kinds, paragraphs])
}

/** The inline arrays the paragraphs write (their own and those of the inline nodes and notes in them). */
function writtenArrays(paragraphs: readonly OutParagraph[]): Set<unknown[]> {
  const arrays = new Set<unknown[]>()
  const stack: WriteInline[][] = paragraphs.map((paragraph) => paragraph.children)
  while (stack.length > 0) {
    const children = stack.pop()!
    if (arrays.has(children)) continue
    arrays.add(children)
    for (const child of children) {
      if (child.type === 'authorialNote') {
        for (const paragraph of noteParagraphs(child.children)) stack.push(paragraph.children)
      } else if ('children' in child && Array.isArray(child.children))
        stack.push(child.children as WriteInline[])
    }
  }
  return arrays
}

/** The blocks that hold a unit's own text: a clause's own blocks, or the block itself. */
function blocksOf(node: Nodes): Nodes[] {
  return isClause(node) ? ownBlocks(node) : [node]
}

/**
 * The paragraphs of a redline in the frame convention, with its kinds and element styles, or
 * `undefined` when the comparison changes the structure (see above) or a change cannot be marked
 * where it stands. Marks are made on `document`, a copy of the new version the caller owns.
 */
export function framedRedline(
  comparison: Comparison,
  document: Document,
  old: Document,
  ignore: ReadonlySet<ChangeKind>,
): FramedParagraphs | undefined {
  const inPlace = comparison.clauses.every(
    (group) =>
      (group.change === 'unchanged' || group.change === 'modified') &&
      !group.moved &&
      !group.renumbered &&
      group.old.length === 1 &&
      group.new.length === 1,
  )
  if (!inPlace) return undefined
  const options = {automatic: () => false}
  const framed = framedParagraphs(document, options)
  if (skeleton(framed) !== skeleton(framedParagraphs(old, options))) return undefined
  const written = writtenArrays(framed.paragraphs)
  const units = new Map(comparisonUnits(document).map((unit) => [unit.eId, unit.node]))
  const oldUnits = new Map(comparisonUnits(old).map((unit) => [unit.eId, unit.node]))
  // A block outside every clause is its paragraph's unit (a number or title line with more text is
  // marked by its group, not by the metadata's changes).
  const byArray = new Map<unknown[], string>()
  for (const [eId, node] of units)
    if (!isClause(node) && 'children' in node && Array.isArray(node.children)) byArray.set(node.children, eId)
  for (const paragraph of framed.paragraphs) {
    const eId = byArray.get(paragraph.children)
    if (eId !== undefined) paragraph.clause = eId
  }
  for (const group of comparison.clauses) {
    if (group.change === 'unchanged') continue
    const node = units.get(group.new[0]!)
    const previous = oldUnits.get(group.old[0]!)
    if (!node || !previous) return undefined
    // A line of nothing but the number or title: the comparison's metadata marks it.
    if (node.type === 'p' && isTitleLine(node.children)) continue
    const runs = visibleRuns(group.changes, ignore)
    if (
      !runs.some((run) => run.op !== 'equal') &&
      !(group.changes.length === 0 && group.oldText !== group.newText)
    )
      continue
    const slots = textSlots(blocksOf(node), {clauses: false})
    if (slots.length === 0 || slots.some((slot) => !written.has(slot.parent.children))) return undefined
    if (
      !markChanges(
        slots,
        group.newText,
        runs,
        oldContent(blocksOf(previous), group.oldText, {clauses: false}),
      )
    )
      return undefined
  }
  const placement = createPlacement(framed.paragraphs, comparison.clauses)
  metadataMarks(comparison, document, framed.paragraphs, placement, ignore)
  // A number or title the new version lost would be a paragraph of its own, outside every frame.
  if (placement.assemble().length !== framed.paragraphs.length) return undefined
  return framed
}

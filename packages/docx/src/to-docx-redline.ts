import {
  type ChangeKind,
  type ClauseGroup,
  ClausewiseError,
  type Comparison,
  comparisonUnits,
  type Document,
  decisionShape,
  isClause,
  type Nodes,
  ownBlocks,
  type TextUnit,
} from '@clausewise/model'
import {deletedParagraphs} from './redline/deleted.js'
import {flattenedGroups} from './redline/flattened.js'
import {framedRedline} from './redline/framed.js'
import {markChanges, oldContent, revision, textSlots, visibleRuns, wrap} from './redline/mark.js'
import {metadataMarks} from './redline/metadata.js'
import {indexNotes, markNotes, type NoteIndex} from './redline/notes.js'
import {redlinePackage} from './redline/package.js'
import {createPlacement} from './redline/placement.js'
import {markRegions} from './redline/regions.js'
import {isTitleLine} from './redline/title-line.js'
import {documentProperties, frameProperties, inDecisionShape} from './to-docx.js'
import {documentParagraphs, type OutParagraph} from './write/blocks.js'
import type {Revision} from './write/inline.js'

/** Options of {@link toDocxRedline}. */
export interface ToDocxRedlineOptions {
  /** Author of the tracked changes (default: `'clausewise'`). */
  author?: string | undefined
  /**
   * Date of the tracked changes, ISO 8601 (`2018-02-02` or `2018-02-02T10:00:00Z`) (default: none,
   * so that the same comparison always gives the same bytes; Word then shows no date).
   */
  date?: string | undefined
  /**
   * Change classes written as plain new text, not as tracked changes, e.g. `['typography', 'case']`
   * (default: `[]`). `'number'` also leaves renumbering unmarked. Rejecting every change then gives
   * the old text except for these.
   */
  ignore?: readonly ChangeKind[] | undefined
  /** Open with a summary page: counts by kind of change and the changed clauses (default: `true`). */
  summary?: boolean | undefined
  /** Language of the summary's words, `'en'` or `'fr'` (default: the new document's language). */
  locale?: string | undefined
}

const isoDate = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})?)?$/

function whole(paragraphs: OutParagraph[], kind: Revision['kind'], move?: string): void {
  paragraphs.forEach((paragraph, index) => {
    paragraph.revision = kind
    if (move) paragraph.move = {name: move, start: index === 0, end: index === paragraphs.length - 1}
  })
}

/** The blocks that hold a unit's own text: a clause's own blocks, or the block itself. */
function blocksOf(node: Nodes): Nodes[] {
  return isClause(node) ? ownBlocks(node) : [node]
}

/** Kinds of units that are no clause: blocks outside every clause, notes kept in `meta.notes`. */
const blockKinds = new Set<ChangeKind | ClauseGroup['kind']>(['block', 'note'])

/** Whether a block is a line of the document's number or title, which the comparison's metadata marks. */
function heading(node: Nodes | undefined): boolean {
  return node?.type === 'p' && isTitleLine(node.children)
}

/**
 * Groups of blocks outside every clause that stand in both versions, in place, and are no number or
 * title: marked where they are.
 */
function pairedBlocks(
  groups: readonly ClauseGroup[],
  units: readonly TextUnit[],
  oldUnits: readonly TextUnit[],
): Set<ClauseGroup> {
  const byEId = (list: readonly TextUnit[]) => new Map(list.map((unit) => [unit.eId, unit.node]))
  const [nodes, oldNodes] = [byEId(units), byEId(oldUnits)]
  return new Set(
    groups.filter(
      (group) =>
        group.kind === 'block' &&
        group.new.every((eId) => !heading(nodes.get(eId))) &&
        group.old.every((eId) => !heading(oldNodes.get(eId))) &&
        group.old.length > 0 &&
        group.new.length > 0 &&
        !group.moved &&
        group.change !== 'split' &&
        group.change !== 'merged',
    ),
  )
}

/** The unit each block outside every clause stands for, by node, for the blocks of paired groups. */
function blockUnits(
  units: readonly TextUnit[],
  paired: ReadonlySet<ClauseGroup>,
): (node: Nodes) => string | undefined {
  const wanted = new Set<string>()
  for (const group of paired) for (const eId of [...group.old, ...group.new]) wanted.add(eId)
  const byNode = new Map<Nodes, string>()
  for (const unit of units) if (!isClause(unit.node) && wanted.has(unit.eId)) byNode.set(unit.node, unit.eId)
  return (node) => byNode.get(node)
}

function renumber(paragraph: OutParagraph, oldNum: string | undefined, newNum: string | undefined): void {
  if (oldNum !== undefined && newNum !== undefined) {
    paragraph.number = [revision('del', oldNum), revision('ins', newNum)]
  } else if (newNum !== undefined) {
    paragraph.number = [revision('ins', `${newNum}\t`)]
    paragraph.noTab = true
  } else if (oldNum !== undefined) {
    paragraph.number = [revision('del', `${oldNum}\t`)]
    paragraph.noTab = true
  }
}

/**
 * Write a comparison as a Word redline (.docx bytes): the new document with the changes as real
 * tracked changes — `w:ins`/`w:del` with an author and date, moved clauses as `w:moveFrom`/`w:moveTo`
 * with their range marks, renumbering and typography or case changes as tracked changes too (leave
 * classes out with `ignore`) — after a summary page. Accepting every change in Word gives the new
 * document's text, rejecting every change the old one's (both after the summary page). Words are
 * replaced whole. Documents outside the decision's vocabulary that differ in their words keep their
 * structure in the frame convention of `toDocx`; any other redline is written in the decision's shape. Pass the old document to write deleted and moved clauses with their formatting and
 * notes; without it they are written from the comparison's text.
 *
 * @example const bytes = toDocxRedline(diff(oldDocument, newDocument), newDocument, oldDocument, {author: 'Secretariat'})
 */
export function toDocxRedline(
  comparison: Comparison,
  newDocument: Document,
  oldDocument?: Document,
  options: ToDocxRedlineOptions = {},
): Uint8Array {
  if (comparison?.schema !== 'clausewise/comparison@1' || !Array.isArray(comparison.clauses)) {
    throw new ClausewiseError('invalid-document', 'toDocxRedline writes a clausewise/comparison@1')
  }
  if (newDocument?.type !== 'document') {
    throw new ClausewiseError('invalid-document', 'toDocxRedline needs the new document of the comparison')
  }
  if (options.date !== undefined && !isoDate.test(options.date)) {
    throw new ClausewiseError('invalid-option', `date \`${options.date}\` is not an ISO 8601 date`)
  }
  const ignore = new Set<ChangeKind>(options.ignore ?? [])
  // Marks are made on a copy of the new document (the old one is only read). Models are plain JSON
  // data; a JSON round trip copies them several times faster than structuredClone.
  const copy = (): Document => JSON.parse(JSON.stringify(newDocument)) as Document
  const old = oldDocument
  // Documents outside the decision's vocabulary that differ in their words keep their structure in
  // frames, as `toDocx` writes them (redline/framed.ts).
  if (old && !(inDecisionShape(newDocument) && inDecisionShape(old))) {
    const framed = framedRedline(comparison, copy(), old, ignore)
    if (framed) {
      const custom = documentProperties(newDocument)
      frameProperties(custom, framed.kinds)
      return redlinePackage(comparison, newDocument, framed.paragraphs, options, {
        custom,
        styles: framed.styles,
      })
    }
  }
  const document = copy()
  // The comparison's groups name comparison units: clauses, and blocks outside every clause. A block
  // the other version also has is marked word by word where it stands; the others are left, with the
  // lines that are no unit (the number and title), to the alignment of the parts outside clauses.
  const units = comparisonUnits(document)
  const oldUnits = old ? comparisonUnits(old) : []
  const paired = pairedBlocks(comparison.clauses, units, oldUnits)
  // Marks are made on the paragraphs written, so on the document in the shape they are written from.
  const shaped = decisionShape(document)
  const paragraphs = documentParagraphs(shaped, {
    automatic: () => false,
    unit: blockUnits(units, paired),
  })
  const oldParagraphs = old
    ? documentParagraphs(old, {automatic: () => false, unit: blockUnits(oldUnits, paired)})
    : undefined
  const oldByClause = new Map<string, OutParagraph[]>()
  for (const paragraph of oldParagraphs ?? []) {
    if (paragraph.clause === undefined) continue
    const list = oldByClause.get(paragraph.clause)
    if (list) list.push(paragraph)
    else oldByClause.set(paragraph.clause, [paragraph])
  }
  const oldIndex = oldParagraphs ? oldByClause : undefined
  const placement = createPlacement(paragraphs, comparison.clauses, units)
  const oldClauses = new Map(oldUnits.map((unit) => [unit.eId, unit.node]))
  const notes: NoteIndex = indexNotes(shaped, old, comparison.clauses)

  // Units the convention writes as text of an enclosing unit: their groups' paragraphs are written whole.
  const flattened = flattenedGroups(
    comparison.clauses,
    {new: units, old: oldUnits},
    {
      new: (eId) => placement.paragraphsOf(eId).length > 0,
      // Without the old document its units are known by the comparison's text only.
      old: (eId) => !oldParagraphs || oldByClause.has(eId),
    },
  )

  // Paragraphs outside clauses first: an old preface line goes before the old clauses that follow it.
  if (oldParagraphs) markRegions(paragraphs, oldParagraphs, placement, notes, comparison.metadata ?? [])
  let moves = 0
  const moved: {group: ClauseGroup; name: string}[] = []
  for (const [index, group] of comparison.clauses.entries()) {
    if (group.kind === 'authorialNote') continue
    // Blocks outside clauses that are not paired go with the parts outside clauses (`markRegions`).
    if (blockKinds.has(group.kind) && !paired.has(group)) continue
    if (flattened.has(group)) {
      const own = group.new.flatMap((eId) => placement.paragraphsOf(eId))
      whole(own, 'ins')
      const placedOld = {...group, old: group.old.filter((eId) => !oldParagraphs || oldByClause.has(eId))}
      const deleted = placedOld.old.length > 0 ? deletedParagraphs(placedOld, 'del', oldIndex, notes) : []
      if (own.length > 0) placement.before(own[0], deleted)
      else if (deleted.length > 0) placement.after(index, deleted)
      continue
    }
    if (group.new.length === 0) {
      placement.after(index, deletedParagraphs(group, 'del', oldIndex, notes))
      continue
    }
    const members = group.new.map((eId) => placement.unit(eId))
    if (members.some((member) => member === undefined)) {
      throw new ClausewiseError(
        'comparison-mismatch',
        `Unit ${group.new.join(', ')} of group ${group.id} is not in the new document`,
      )
    }
    const own = group.new.flatMap((eId) => placement.paragraphsOf(eId))
    if (group.moved && group.old.length > 0) {
      const name = `move${++moves}`
      whole(own, 'moveTo', name)
      moved.push({group, name})
      continue
    }
    if (group.change === 'inserted' || group.old.length === 0) {
      whole(own, 'ins')
      continue
    }
    const runs = visibleRuns(group.changes, ignore)
    const replace = (): void => {
      whole(own, 'ins')
      placement.before(own[0], deletedParagraphs(group, 'del', oldIndex, notes))
    }
    if (group.change === 'split' || group.change === 'merged') {
      replace()
      continue
    }
    if (
      runs.some((run) => run.op !== 'equal') ||
      (group.changes.length === 0 && group.oldText !== group.newText)
    ) {
      const slots = textSlots((members as Nodes[]).flatMap(blocksOf))
      const previous = group.old.map((eId) => oldClauses.get(eId)).filter((clause) => clause !== undefined)
      const content =
        previous.length === group.old.length
          ? oldContent(previous.flatMap(blocksOf), group.oldText)
          : undefined
      if (!markChanges(slots, group.newText, runs, content)) {
        replace()
        continue
      }
      if (slots.length === 0 && own[0]) {
        const deleted = runs
          .filter((run) => run.op === 'delete')
          .map((run) => run.text)
          .join('')
        own[0].children.push(...wrap('del', [{type: 'text', value: deleted}]))
      }
    }
    if (group.renumbered && !ignore.has('number') && own[0]) renumber(own[0], group.oldNum, group.newNum)
  }
  // Moves last, in their old order, so that each lands after what preceded it in the old document.
  moved.sort((left, right) => (left.group.oldIndex ?? 0) - (right.group.oldIndex ?? 0))
  for (const {group, name} of moved) {
    const from = deletedParagraphs(group, 'moveFrom', oldIndex, notes)
    whole(from, 'moveFrom', name)
    placement.afterGroup(group.movedFrom, group, from)
  }
  markNotes(comparison.clauses, notes, placement, ignore)
  metadataMarks(comparison, document, paragraphs, placement, ignore)
  return redlinePackage(comparison, newDocument, placement.assemble(), options, {
    custom: documentProperties(newDocument),
  })
}

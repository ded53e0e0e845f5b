import {
  type ClauseGroup,
  ClausewiseError,
  type Comparison,
  comparisonUnits,
  type Document,
  type Nodes,
  type TextUnit,
  visit,
} from '@clausewise/model'
import {assertDepth} from './limits.js'
import {clausewisePrefix} from './namespaces.js'
import {deletedNode, deletedParagraphs, Insertions, orphanPlace} from './redline/deleted.js'
import {markChanges, ownPieces} from './redline/mark.js'
import {recordModifications} from './redline/modifications.js'
import {documentElements, finish, rootElement, type ToAknOptions} from './to-akn.js'
import {element} from './xml/serialize.js'

/** Options of {@link toAknRedline}: those of `toAkn`. */
export type ToAknRedlineOptions = ToAknOptions

/** The array holding each node and its index there, found in one walk (insertions wait till the end). */
function placesOf(document: Document): Map<Nodes, {siblings: Nodes[]; index: number}> {
  const places = new Map<Nodes, {siblings: Nodes[]; index: number}>()
  visit(document, (node) => {
    if (!('children' in node) || !node.children) return undefined
    const siblings = node.children as Nodes[]
    for (let index = 0; index < siblings.length; index++) places.set(siblings[index]!, {siblings, index})
    return undefined
  })
  return places
}

/**
 * Write the new version of a document as AKN with the changes of a comparison marked inline: inserted
 * words in `<ins>`, deleted words in `<del>` where they stood, in every unit the comparison aligned
 * (clauses, blocks of text outside clauses, notes), with eIds `…__ins_N` / `…__del_N` under the unit's
 * eId. A deleted clause comes back beside the unit that now follows it (or precedes it), as a unit of
 * that unit's kind holding its old number and text struck, with its old eId if free; when the new
 * document has nothing left to stand beside, in its main part. The comparison is recorded in
 * `analysis/activeModifications` as AKN `textualMod`s (`substitution`, `insertion`, `repeal`, `split`,
 * `join`, and `renumbering` for clauses renumbered or moved), with a reference to the old version. The
 * new version's eIds are kept; the result validates against the AKN 3.0 schema whenever `toAkn` of the
 * new document does. Work is linear in the document and the comparison.
 *
 * @throws {ClausewiseError} `invalid-document` without a document; `comparison-mismatch` when the
 * comparison is not of this document (a clause it names is not there, or its words do not fit).
 * @example toAknRedline(diff(oldDocument, newDocument), newDocument) // '<?xml …<ins eId="para_1__ins_1">…'
 */
export function toAknRedline(
  comparison: Comparison,
  document: Document,
  options: ToAknRedlineOptions = {},
): string {
  if (!document || typeof document !== 'object' || document.type !== 'document') {
    throw new ClausewiseError(
      'invalid-document',
      'toAknRedline needs the new document the comparison was made against: toAknRedline(comparison, newDocument)',
    )
  }
  if (!comparison || !Array.isArray(comparison.clauses)) {
    throw new ClausewiseError('comparison-mismatch', 'toAknRedline needs a comparison made by `diff`')
  }
  assertDepth(document)
  const copy = structuredClone(document)
  const units = comparisonUnits(copy)
  const byEId = new Map<string, TextUnit>()
  const used = new Set<string>()
  for (const unit of units) byEId.set(unit.eId, unit)
  visit(copy, (node) => {
    if ('eId' in node && typeof node.eId === 'string' && node.eId) used.add(node.eId)
    return undefined
  })
  for (const item of [...copy.meta.references, ...copy.meta.notes, ...copy.meta.lifecycle]) used.add(item.eId)
  const take = (wanted: string): string => {
    let eId = wanted
    let suffix = 2
    while (used.has(eId)) eId = `${wanted}-${suffix++}`
    used.add(eId)
    return eId
  }
  const counters = new Map<string, number>()
  const markId = (unit: string, kind: 'ins' | 'del'): string => {
    const key = `${unit}\u0000${kind}`
    let next = (counters.get(key) ?? 0) + 1
    let eId = `${unit}__${kind}_${next}`
    while (used.has(eId)) eId = `${unit}__${kind}_${++next}`
    counters.set(key, next)
    used.add(eId)
    return eId
  }

  // The nearest group with a unit in the new document, before and after each group (two passes).
  const groups = comparison.clauses
  const unitOf = (group: ClauseGroup | undefined): TextUnit | undefined =>
    group?.new[0] === undefined ? undefined : byEId.get(group.new[0])
  const following: (TextUnit | undefined)[] = new Array(groups.length)
  const preceding: (TextUnit | undefined)[] = new Array(groups.length)
  let last: TextUnit | undefined
  for (let index = 0; index < groups.length; index++) {
    preceding[index] = last
    last = unitOf(groups[index]) ?? last
  }
  last = undefined
  for (let index = groups.length - 1; index >= 0; index--) {
    following[index] = last
    last = unitOf(groups[index]) ?? last
  }

  const places = placesOf(copy)
  const insertions = new Insertions()
  const where = new Map<ClauseGroup, string>()
  for (const [index, group] of groups.entries()) {
    if (group.new.length > 0) {
      const members = group.new.map((eId) => byEId.get(eId))
      if (members.some((member) => member === undefined)) {
        throw new ClausewiseError(
          'comparison-mismatch',
          `Group ${group.id} names ${group.new.join(', ')}, which the document does not hold`,
        )
      }
      where.set(group, group.new[0]!)
      if (group.changes.every((change) => change.op === 'equal')) continue
      const pieces = members.flatMap((member) => ownPieces(member!.node, member!.eId))
      if (!markChanges(pieces, group.newText, group.changes, markId)) {
        throw new ClausewiseError(
          'comparison-mismatch',
          `Group ${group.id}: its words do not fit the text of ${group.new.join(', ')}`,
        )
      }
      continue
    }
    // A deleted clause: beside the unit that now follows it (or precedes it), as a unit of its kind;
    // a neighbour at the depth the clause had comes first.
    const after = following[index]
    const before = preceding[index]
    const host =
      before && before.depth === group.depth && after?.depth !== group.depth ? before : (after ?? before)
    const eId = take(group.old[0] ?? 'clausewise-deleted')
    const paragraphs = deletedParagraphs(group, eId, markId)
    if (paragraphs.length === 0) continue
    where.set(group, eId)
    const place = host ? places.get(host.node) : undefined
    const node = host && place ? deletedNode(host.node, eId, paragraphs) : undefined
    if (place && node) {
      insertions.add(place.siblings, host === after ? place.index : place.index + 1, [node])
      continue
    }
    if (host) {
      // Beside a unit that cannot have a sibling of its kind: the struck text at its start (or end).
      const pieces = ownPieces(host.node, host.eId).filter((piece) => 'slot' in piece)
      const piece = host === after ? pieces[0] : pieces[pieces.length - 1]
      if (piece && 'slot' in piece) {
        const {slot} = piece
        const del = paragraphs.flatMap((paragraph) => paragraph.children)
        const spaced = del.flatMap((item, position) =>
          position === 0 ? [item] : [{type: 'text' as const, value: ' '}, item],
        )
        const at = places.get(slot.node)?.index ?? slot.parent.children.indexOf(slot.node)
        const run =
          host === after
            ? [...spaced, {type: 'text' as const, value: ' '}]
            : [{type: 'text' as const, value: ' '}, ...spaced]
        insertions.add(slot.parent.children as Nodes[], host === after ? at : at + 1, run)
        const first = del[0]
        if (first && first.type === 'del' && first.eId) where.set(group, first.eId)
        continue
      }
    }
    // Nothing to stand beside (the new document is empty): in the document's main part.
    const orphan = orphanPlace(copy, eId, paragraphs)
    insertions.add(orphan.siblings, orphan.siblings.length, [orphan.node])
  }
  insertions.apply()
  recordModifications(copy, comparison, where, take)
  const record = element(`${clausewisePrefix}:redline`, [
    ['old', comparison.old.expression],
    ['new', comparison.new.expression],
  ])
  return finish(rootElement(copy, documentElements(copy, [record])), options)
}

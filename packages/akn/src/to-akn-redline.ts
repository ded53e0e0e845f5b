import {
  type Clause,
  type ClauseGroup,
  ClausewiseError,
  type Comparison,
  type Document,
  isClause,
  type Nodes,
  type P,
  type Parents,
  visit,
} from '@clausewise/model'
import {assertDepth} from './limits.js'
import {markChanges, ownTextSlots} from './redline/mark.js'
import {type ToAknOptions, toAkn} from './to-akn.js'

/** Options of {@link toAknRedline}: those of `toAkn`. */
export type ToAknRedlineOptions = ToAknOptions

type Addressed = Clause
const structural = new Set(['recital', 'paragraph', 'point'])

/**
 * Write the new version of a document as AKN with the changes of a comparison marked inline: inserted
 * words in `<ins>`, deleted words in `<del>` where they stood, inside the clause's `<p>`s, with eIds
 * `…__ins_N` / `…__del_N` under the clause's eId. A deleted recital, paragraph or point comes back as a
 * clause of the same kind (no `num`, its old number inside the `<del>`, its old eId if free) before the
 * clause that now follows it; other deleted clauses become a `<del>` at the start of the next clause's
 * text. The result validates against the AKN 3.0 schema; the new version's eIds are kept.
 *
 * @example toAknRedline(diff(oldDocument, newDocument), newDocument) // '<?xml …<ins eId="para_1__ins_1">…'
 */
export function toAknRedline(
  comparison: Comparison,
  document: Document,
  options: ToAknRedlineOptions = {},
): string {
  assertDepth(document)
  const copy = structuredClone(document)
  const clauses = new Map<string, Addressed>()
  const parents = new Map<Nodes, Parents>()
  const used = new Set<string>()
  visit(copy, (node, parent) => {
    if (parent) parents.set(node, parent)
    if ('eId' in node && typeof node.eId === 'string' && node.eId) {
      used.add(node.eId)
      if (isClause(node)) clauses.set(node.eId, node as Addressed)
    }
    return undefined
  })
  const take = (wanted: string): string => {
    let eId = wanted
    let suffix = 2
    while (used.has(eId)) eId = `${wanted}-${suffix++}`
    used.add(eId)
    return eId
  }
  const counters = new Map<string, number>()
  const markId = (clause: string, kind: 'ins' | 'del'): string => {
    const key = `${clause}\u0000${kind}`
    let next = (counters.get(key) ?? 0) + 1
    let eId = `${clause}__${kind}_${next}`
    while (used.has(eId)) eId = `${clause}__${kind}_${++next}`
    counters.set(key, next)
    used.add(eId)
    return eId
  }
  const diagnose = (reason: string): void => {
    throw new ClausewiseError('comparison-mismatch', reason)
  }

  let lastInserted: {node: Addressed; depth: number} | undefined
  for (const [index, group] of comparison.clauses.entries()) {
    if (group.new.length > 0) {
      lastInserted = undefined
      const members = group.new.map((eId) => clauses.get(eId))
      if (members.some((member) => member === undefined)) {
        diagnose(`Group ${group.id}: clause ${group.new.join(', ')} is not in the document`)
        continue
      }
      if (group.changes.every((change) => change.op === 'equal')) continue
      const slots = members.flatMap((member) => ownTextSlots(member!))
      if (!markChanges(slots, group.newText, group.changes, markId)) {
        diagnose(`Group ${group.id}: its changes do not fit the text of ${group.new.join(', ')}`)
      }
      continue
    }

    // A deleted clause.
    const text = group.oldNum ? `${group.oldNum} ${group.oldText}` : group.oldText
    const lines = text.split(/\r?\n/).filter((line) => line !== '')
    const deletedParagraphs = (owner: string): P[] =>
      lines.map((line) => ({
        type: 'p',
        children: [{type: 'del', eId: markId(owner, 'del'), children: [{type: 'text', value: line}]}],
      }))

    if (lastInserted && group.depth > lastInserted.depth) {
      // A point of a paragraph deleted just before: its text joins that paragraph's.
      const content = (lastInserted.node as {children: Nodes[]}).children.find(
        (child) => child.type === 'content',
      )
      if (content && content.type === 'content') {
        content.children.push(...deletedParagraphs(lastInserted.node.eId))
        continue
      }
    }
    const following = nearest(comparison.clauses, index, 1, clauses)
    const preceding = nearest(comparison.clauses, index, -1, clauses)
    const sibling = [following, preceding].find(
      (candidate) => candidate && candidate.node.type === group.kind,
    )
    if (structural.has(group.kind) && sibling) {
      const parent = parents.get(sibling.node)
      if (parent) {
        const eId = take(group.old[0] ?? `${sibling.node.eId}-deleted`)
        const paragraphs = deletedParagraphs(eId)
        const node = (
          group.kind === 'recital'
            ? {type: 'recital', eId, children: paragraphs}
            : {type: group.kind, eId, children: [{type: 'content', children: paragraphs}]}
        ) as Addressed
        const siblings = parent.children as Nodes[]
        const at = siblings.indexOf(sibling.node) + (sibling === following ? 0 : 1)
        siblings.splice(at, 0, node)
        parents.set(node, parent)
        lastInserted = {node, depth: group.depth}
        continue
      }
    }
    lastInserted = undefined
    const host = following ?? preceding
    const slots = host ? ownTextSlots(host.node) : []
    const slot = host === following ? slots[0] : slots[slots.length - 1]
    if (!host || !slot) {
      diagnose(`Group ${group.id}: no clause to hold deleted ${group.old.join(', ')}`)
      continue
    }
    const del = {
      type: 'del' as const,
      eId: markId(host.node.eId, 'del'),
      children: [{type: 'text' as const, value: `${lines.join(' ')} `}],
    }
    const at = slot.parent.children.indexOf(slot.node)
    slot.parent.children.splice(host === following ? at : at + 1, 0, del)
  }
  return toAkn(copy, options)
}

function nearest(
  groups: ClauseGroup[],
  from: number,
  step: 1 | -1,
  clauses: Map<string, Addressed>,
): {node: Addressed} | undefined {
  for (let index = from + step; index >= 0 && index < groups.length; index += step) {
    const eId = groups[index]!.new[0]
    const node = eId === undefined ? undefined : clauses.get(eId)
    if (node) return {node}
  }
  return undefined
}

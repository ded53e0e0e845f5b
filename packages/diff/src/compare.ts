import type {Document} from '@clausewise/model'
import {
  type GroupMember,
  type MultiComparison,
  type MultiGroup,
  multiComparisonSchema,
} from '@clausewise/model'
import {alignClauses, type Side, similarityOf} from './align/align.js'
import {type ClauseItem, flatten} from './flatten.js'
import {identityOf, workKey} from './identity.js'
import {inNewestOrder} from './multi-order.js'
import type {CompareOptions} from './options.js'
import {sideOf, strategyOf} from './pairing.js'
import {Vocabulary} from './similarity.js'

/** A group of the pivot: its reference clause (first member) and members so far. */
interface Entry {
  item: ClauseItem
  set: Int32Array
  shingles: Int32Array
  members: GroupMember[]
}

function member(
  document: number,
  item: ClauseItem,
  similarity: number,
  relation: GroupMember['relation'],
): GroupMember {
  const result: GroupMember = {document, eId: item.eId, text: item.text, similarity, relation}
  if (item.num !== undefined) result.num = item.num
  return result
}

/**
 * Align N documents at once: each document is aligned against a growing pivot (the groups found so
 * far, each standing for its first member) with the same core as `diff`, never all pairs of clauses.
 * Reports, for each group of corresponding clauses, which documents have it (same text or reworded)
 * and which lack it.
 *
 * @example
 * const multi = compare([dec617, dec717])
 * multi.groups.filter((group) => group.missing.length === 0) // clauses both share
 */
export function compare(documents: readonly Document[], options: CompareOptions = {}): MultiComparison {
  const vocabulary = new Vocabulary()
  const sides = documents.map((document) => sideOf(flatten(document), vocabulary))
  const mode = options.mode ?? 'auto'
  const works = new Set(documents.map(workKey))
  const documentsMode = mode === 'documents' || (mode === 'auto' && works.size > 1)

  let pivot: Entry[] = []
  const first = sides[0]
  if (first) {
    pivot = first.items.map((item, index) => ({
      item,
      set: first.sets[index]!,
      shingles: first.shingles[index]!,
      members: [member(0, item, 1, 'reference')],
    }))
  }

  for (let document = 1; document < sides.length; document++) {
    const side = sides[document]!
    const pivotSide: Side = {
      items: pivot.map((entry) => entry.item),
      sets: pivot.map((entry) => entry.set),
      shingles: pivot.map((entry) => entry.shingles),
    }
    const pairs = alignClauses(
      pivotSide,
      side,
      strategyOf(pivotSide, side, vocabulary, documentsMode, options),
    )
    const entryOf = new Array<Entry | undefined>(side.items.length)
    for (const pair of pairs) {
      for (const newIndex of pair.new) {
        for (const oldIndex of pair.old) {
          const entry = pivot[oldIndex]!
          const item = side.items[newIndex]!
          const similarity =
            pair.old.length === 1 && pair.new.length === 1
              ? pair.similarity
              : similarityOf(pivotSide, [oldIndex], side, [newIndex])
          entry.members.push(
            member(
              document,
              item,
              similarity,
              item.normalized === entry.item.normalized ? 'same' : 'reworded',
            ),
          )
          entryOf[newIndex] ??= entry
        }
      }
    }
    // Clauses the pivot lacks become groups of their own, after the group of the clause they follow.
    const after = new Map<Entry | undefined, Entry[]>()
    let previous: Entry | undefined
    for (let index = 0; index < side.items.length; index++) {
      const existing = entryOf[index]
      if (existing) {
        previous = existing
        continue
      }
      const item = side.items[index]!
      const list = after.get(previous) ?? []
      after.set(previous, list)
      list.push({
        item,
        set: side.sets[index]!,
        shingles: side.shingles[index]!,
        members: [member(document, item, 1, 'reference')],
      })
    }
    if (after.size > 0) {
      const next: Entry[] = [...(after.get(undefined) ?? [])]
      for (const entry of pivot) {
        next.push(entry)
        for (const inserted of after.get(entry) ?? []) next.push(inserted)
      }
      pivot = next
    }
  }

  const newest = sides.length - 1
  if (newest > 0) pivot = inNewestOrder(pivot, sides[newest]!.items, newest)
  const groups: MultiGroup[] = pivot.map((entry, index) => {
    const present = new Set(entry.members.map((item) => item.document))
    const missing: number[] = []
    for (let document = 0; document < documents.length; document++)
      if (!present.has(document)) missing.push(document)
    const group: MultiGroup = {
      id: `m${index + 1}`,
      kind: entry.item.kind,
      section: entry.item.section,
      members: entry.members,
      missing,
    }
    return group
  })
  return {
    schema: multiComparisonSchema,
    documents: documents.map((document, index) => identityOf(document, options.labels?.[index])),
    groups,
    stats: {
      documents: documents.length,
      groups: groups.length,
      shared: groups.filter((group) => group.missing.length === 0).length,
      unique: groups.filter((group) => group.missing.length === documents.length - 1).length,
    },
  }
}

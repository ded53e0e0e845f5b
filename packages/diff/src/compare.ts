import type {Document, DocumentIdentity} from '@clausewise/model'
import {
  type GroupMember,
  type MultiComparison,
  type MultiGroup,
  multiComparisonSchema,
} from '@clausewise/model'
import {alignClauses, type OldLookup, type Side, similarityOf} from './align/align.js'
import {keyTable} from './align/anchors.js'
import {type ClauseItem, flatten, type NormalizedTexts} from './flatten.js'
import {identityOf, workKey} from './identity.js'
import {inNewestOrder} from './multi-order.js'
import type {CompareOptions} from './options.js'
import {countAll, rareWords, type SharedPairing, sideOf, strategyOf} from './pairing.js'
import {referenceCache} from './references.js'
import {ShingleIndex} from './similarity.js'
import {sharesMostClauses} from './versions.js'
import {Vocabulary} from './vocabulary.js'

/** A group of the pivot: its reference clause (first member, `index` in `side`) and members so far. */
interface Entry {
  item: ClauseItem
  side: Side
  index: number
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
 * The pivot: every group found so far, each standing for its first member, in reading order, with
 * the lookups alignment needs (exact keys, shingles, references cited) kept up to date as groups are
 * added, so that aligning a document against it costs what the document holds.
 */
function createPivot(shared: SharedPairing | undefined) {
  const entries: Entry[] = []
  let order: Int32Array = new Int32Array(0)
  let positionOf = new Int32Array(0)
  let items: ClauseItem[] = []
  let side: Side | undefined
  const keyOf = keyTable()
  const exact = new Map<number, number[]>()
  const shingles = new ShingleIndex()
  const add = (entry: Entry): number => {
    const id = entries.length
    entries.push(entry)
    const key = keyOf(entry.item)
    const ids = exact.get(key)
    if (ids) ids.push(id)
    else exact.set(key, [id])
    shingles.add(id, entry.side.shingles(entry.index))
    if (shared) {
      for (const reference of shared.references.of(entry.item)) {
        while (shared.oldCounts.length <= reference) shared.oldCounts.push(0)
        shared.oldCounts[reference]!++
      }
    }
    return id
  }
  const lookup: OldLookup = {
    keyOf,
    keys(key) {
      const ids = exact.get(key)
      return ids?.map((id) => positionOf[id]!).sort((a, b) => a - b)
    },
    similar(keys, limit, accept) {
      return shingles.query(keys, limit, (id) => accept(positionOf[id]!)).map((id) => positionOf[id]!)
    },
  }
  return {
    entries,
    lookup,
    /** The entry at each position. */
    at: (position: number): Entry => entries[order[position]!]!,
    /**
     * Put new entries in the reading order: `after` maps an entry id (-1: the start) to the ids to
     * place right after it. The order is copied in slices between the places, not entry by entry.
     */
    insert(after: Map<number, number[]>): void {
      const places = [...after.keys()]
        .map((id) => ({at: id === -1 ? 0 : positionOf[id]! + 1, ids: after.get(id)!}))
        .sort((a, b) => a.at - b.at)
      let added = 0
      for (const place of places) added += place.ids.length
      const next = new Int32Array(order.length + added)
      let from = 0
      let to = 0
      for (const place of places) {
        next.set(order.subarray(from, place.at), to)
        to += place.at - from
        for (const id of place.ids) next[to++] = id
        from = place.at
      }
      next.set(order.subarray(from), to)
      this.reorder(next)
    },
    /** Set the reading order (entry ids). */
    reorder(next: Int32Array): void {
      order = next
      positionOf = new Int32Array(entries.length)
      items = new Array<ClauseItem>(order.length)
      for (let position = 0; position < order.length; position++) {
        const id = order[position]!
        positionOf[id] = position
        items[position] = entries[id]!.item
      }
      side = undefined
    },
    order: (): Int32Array => order,
    add,
    /** The pivot as the old side of an alignment. */
    side(): Side {
      if (side) return side
      side = {
        items,
        set: (position) => {
          const entry = entries[order[position]!]!
          return entry.side.set(entry.index)
        },
        shingles: (position) => {
          const entry = entries[order[position]!]!
          return entry.side.shingles(entry.index)
        },
      }
      return side
    },
  }
}

/**
 * Align N documents at once: each document is aligned against a growing pivot (the groups found so
 * far, each standing for its first member) with the same core as `diff`, never all pairs of clauses;
 * the pivot keeps its lookups from one document to the next, so the work grows with the clauses
 * compared. Reports, for each group of corresponding clauses, which documents have it (same text or
 * reworded) and which lack it.
 *
 * `documents` may be any iterable, such as a generator that reads one file at a time: each document
 * is flattened to its clauses as it comes (their text, normalised text, word set and shingles), and
 * its tree is no longer needed. Pairing decides on word rarity over all the documents, so the
 * alignment itself starts once the last one is in.
 *
 * @example
 * const multi = compare([dec617, dec717])
 * multi.groups.filter((group) => group.missing.length === 0) // clauses both share
 * @example
 * function* read(files) { for (const file of files) yield fromText(readFileSync(file, 'utf8')).document }
 * compare(read(files)) // one tree in memory at a time
 */
export function compare(documents: Iterable<Document>, options: CompareOptions = {}): MultiComparison {
  const vocabulary = new Vocabulary()
  const sides: Side[] = []
  const identities: DocumentIdentity[] = []
  const works = new Set<string>()
  const normalized: NormalizedTexts = new Map()
  for (const document of documents) {
    sides.push(sideOf(flatten(document, normalized), vocabulary))
    identities.push(identityOf(document, options.labels?.[identities.length]))
    works.add(workKey(document))
  }
  const mode = options.mode ?? 'auto'
  const documentsMode =
    mode === 'documents' ||
    (mode === 'auto' && works.size > 1 && !sharesMostClauses(sides.map((side) => side.items)))
  let shared: SharedPairing | undefined
  if (documentsMode) {
    countAll(sides)
    shared = {rare: rareWords(vocabulary), references: referenceCache(), oldCounts: []}
  }

  const pivot = createPivot(shared)
  const first = sides[0]
  if (first) {
    const ids = first.items.map((item, index) =>
      pivot.add({item, side: first, index, members: [member(0, item, 1, 'reference')]}),
    )
    pivot.reorder(Int32Array.from(ids))
  }

  for (let document = 1; document < sides.length; document++) {
    const side = sides[document]!
    const pivotSide = pivot.side()
    const strategy = strategyOf(pivotSide, side, vocabulary, documentsMode, options, shared)
    const pairs = alignClauses(pivotSide, side, strategy, pivot.lookup)
    const entryOf = new Array<number | undefined>(side.items.length)
    const order = pivot.order()
    for (const pair of pairs) {
      for (const newIndex of pair.new) {
        for (const oldIndex of pair.old) {
          const entry = pivot.at(oldIndex)
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
          entryOf[newIndex] ??= order[oldIndex]!
        }
      }
    }
    // Clauses the pivot lacks become groups of their own, after the group of the clause they follow.
    const after = new Map<number, number[]>()
    let previous = -1
    for (let index = 0; index < side.items.length; index++) {
      const existing = entryOf[index]
      if (existing !== undefined) {
        previous = existing
        continue
      }
      const item = side.items[index]!
      const id = pivot.add({item, side, index, members: [member(document, item, 1, 'reference')]})
      const list = after.get(previous)
      if (list) list.push(id)
      else after.set(previous, [id])
    }
    if (after.size > 0) pivot.insert(after)
  }

  const ordered = Array.from(pivot.order(), (id) => pivot.entries[id]!)
  const newest = sides.length - 1
  const entries = newest > 0 ? inNewestOrder(ordered, sides[newest]!.items, newest) : ordered
  // Every group lists the documents that lack it: for unrelated documents, most of them.
  const present = new Int32Array(sides.length).fill(-1)
  const groups: MultiGroup[] = entries.map((entry, index) => {
    for (const item of entry.members) present[item.document] = index
    const missing: number[] = []
    for (let document = 0; document < sides.length; document++)
      if (present[document] !== index) missing.push(document)
    return {
      id: `m${index + 1}`,
      kind: entry.item.kind,
      section: entry.item.section,
      members: entry.members,
      missing,
    }
  })
  return {
    schema: multiComparisonSchema,
    documents: identities,
    groups,
    stats: {
      documents: sides.length,
      groups: groups.length,
      shared: groups.filter((group) => group.missing.length === 0).length,
      unique: groups.filter((group) => group.missing.length === sides.length - 1).length,
    },
  }
}

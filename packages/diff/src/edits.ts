import type {ClauseGroup} from '@clausewise/model'
import type {ClauseItem} from './flatten.js'

const romanValues: Readonly<Record<string, number>> = {i: 1, v: 5, x: 10, l: 50, c: 100}
const printed = /^[([]?([0-9]{1,9}|[a-z]|[ivxlc]{2,12})[.)\]]?$/

/**
 * The ordinal of a printed number — `8.` → 8, `c)` → 3, `(iv)` → 4 — or `undefined` when it is not a
 * plain ordinal (`IV.1 A) 6`, `5 bis`).
 *
 * @example ordinalOf('c)') // 3
 */
export function ordinalOf(num: string | undefined): number | undefined {
  if (num === undefined) return undefined
  const match = printed.exec(num.trim().toLowerCase())
  if (!match) return undefined
  const value = match[1]!
  const code = value.charCodeAt(0)
  if (code >= 48 && code <= 57) return Number(value)
  if (value.length === 1) return code - 96
  let total = 0
  for (let index = 0; index < value.length; index++) {
    const current = romanValues[value.charAt(index)]!
    const next = romanValues[value.charAt(index + 1)] ?? 0
    total += current < next ? -current : current
  }
  return total
}

/**
 * Which list a clause belongs to: its parent clause, section, attachment, kind and depth, looked up one
 * part at a time in nested maps (the last one holding the lists), so that no key is built for each
 * clause.
 */
type ListKeys = Map<string | number, unknown>

/** The map under `key` in `map`, made when missing. */
function below(map: ListKeys, key: string | number): ListKeys {
  let value = map.get(key) as ListKeys | undefined
  if (value === undefined) {
    value = new Map()
    map.set(key, value)
  }
  return value
}

/** The list of `keys` for `item`, made (and added to `all`) when first asked for. */
function listOf(keys: ListKeys, item: ClauseItem, all: number[][]): number[] {
  const byDepth = below(
    below(below(below(keys, item.parent ?? -1), item.section), item.attachment ?? 0),
    item.kind,
  )
  let list = byDepth.get(item.depth) as number[] | undefined
  if (list === undefined) {
    list = []
    byDepth.set(item.depth, list)
    all.push(list)
  }
  return list
}

/** The positions in `groups` of the groups of each list, in one side's order. */
function lists(
  groups: readonly ClauseGroup[],
  items: readonly ClauseItem[],
  side: 'old' | 'new',
): number[][] {
  const keys: ListKeys = new Map()
  const all: number[][] = []
  const indexOf = (position: number): number =>
    (side === 'old' ? groups[position]!.oldIndex : groups[position]!.newIndex)!
  for (let position = 0; position < groups.length; position++) {
    const group = groups[position]!
    const index = side === 'old' ? group.oldIndex : group.newIndex
    if (index === undefined || group[side].length !== 1) continue
    const item = items[index]
    if (!item) continue
    listOf(keys, item, all).push(position)
  }
  // A clause is in one group at most: no two positions of a list have the same index.
  for (const list of all) list.sort((a, b) => indexOf(a) - indexOf(b))
  return all
}

/** {@link ordinalOf}, each distinct number worked out once (a renumbering touches most groups). */
function ordinals(): (num: string | undefined) => number | undefined {
  const known = new Map<string, number | undefined>()
  return (num) => {
    if (num === undefined) return undefined
    if (known.has(num)) return known.get(num)
    const ordinal = ordinalOf(num)
    known.set(num, ordinal)
    return ordinal
  }
}

function shiftOf(
  group: ClauseGroup,
  ordinal: (num: string | undefined) => number | undefined,
): number | undefined {
  if (!group.renumbered || group.moved || group.old.length !== 1 || group.new.length !== 1) return undefined
  const oldOrdinal = ordinal(group.oldNum)
  const newOrdinal = ordinal(group.newNum)
  return oldOrdinal === undefined || newOrdinal === undefined ? undefined : newOrdinal - oldOrdinal
}

/** The inserted, deleted or moved group of the same list standing right before `groups[at]`, if any. */
function causeOf(at: number, groups: readonly ClauseGroup[]): string | undefined {
  const first = groups[at]!
  for (let index = at - 1; index >= 0; index--) {
    const group = groups[index]!
    if (group.depth > first.depth) continue
    if (group.depth < first.depth || group.kind !== first.kind || group.section !== first.section)
      return undefined
    if (group.change === 'inserted' || group.change === 'deleted' || group.moved) return group.id
    return undefined
  }
  return undefined
}

/**
 * Mark the edits that span several groups: renumbering cascades (two or more neighbours of one list
 * renumbered by the same step, none moved) and swaps (two neighbours of one list that traded places,
 * their numbers exchanged when they have numbers). Sets `edit` on their groups.
 *
 * @example annotateEdits(groups, oldItems, newItems) // groups of paragraphs 8–13 get {type: 'cascade', id: 'g20'}
 */
export function annotateEdits(
  groups: readonly ClauseGroup[],
  oldItems: readonly ClauseItem[],
  newItems: readonly ClauseItem[],
): void {
  const ordinal = ordinals()
  // The position of the group that follows each group in its old list (-1: none).
  const oldNext = new Int32Array(groups.length).fill(-1)
  for (const list of lists(groups, oldItems, 'old'))
    for (let index = 0; index + 1 < list.length; index++) oldNext[list[index]!] = list[index + 1]!

  for (const positions of lists(groups, newItems, 'new')) {
    const list = positions.map((position) => groups[position]!)
    // Swaps: new order A, B where the old order was B, A, next to each other both times.
    for (let index = 0; index + 1 < list.length; index++) {
      const a = list[index]!
      const b = list[index + 1]!
      if (a.edit || b.edit || a.old.length !== 1 || b.old.length !== 1) continue
      if (oldNext[positions[index + 1]!] !== positions[index]!) continue
      if (a.change === 'split' || a.change === 'merged' || b.change === 'split' || b.change === 'merged')
        continue
      const numbered = a.oldNum !== undefined && b.oldNum !== undefined
      if (numbered && (ordinal(a.newNum) !== ordinal(b.oldNum) || ordinal(b.newNum) !== ordinal(a.oldNum)))
        continue
      if (numbered && ordinal(a.newNum) === undefined) continue
      a.edit = {type: 'swap', id: a.id}
      b.edit = {type: 'swap', id: a.id}
    }
    // Cascades: runs of two or more neighbours renumbered by one step.
    let start = 0
    while (start < list.length) {
      const shift = list[start]!.edit ? undefined : shiftOf(list[start]!, ordinal)
      let end = start + 1
      if (shift !== undefined && shift !== 0) {
        while (end < list.length && !list[end]!.edit && shiftOf(list[end]!, ordinal) === shift) end++
      }
      if (shift !== undefined && shift !== 0 && end - start >= 2) {
        const first = list[start]!
        const cause = causeOf(positions[start]!, groups)
        for (let index = start; index < end; index++) {
          list[index]!.edit =
            cause === undefined ? {type: 'cascade', id: first.id} : {type: 'cascade', id: first.id, cause}
        }
      }
      start = end
    }
  }
}

import type {ClauseItem} from '../flatten.js'
import {longestIncreasingSubsequence} from './lis.js'

/** How deep the patience recursion into gaps goes before falling back to in-order matching. */
const maxDepth = 12

/** The exact-match key of a clause as a small integer (see {@link keyTable}). */
export type KeyOf = (item: ClauseItem) => number

/**
 * Exact-match keys: family and normalised text (empty clauses, a paragraph that is only a list, by
 * number), numbered in one table for both sides. The texts are looked up as they are, never joined
 * into a new key string.
 *
 * @example const keyOf = keyTable(); keyOf(oldItem) === keyOf(newItem) // same kind and text
 */
export function keyTable(): KeyOf {
  const kinds = new Map<string, Map<string, number>>()
  let count = 0
  return (item) => {
    const empty = item.normalized === ''
    const kind = empty ? `${item.family}\u0002` : item.family
    let texts = kinds.get(kind)
    if (!texts) {
      texts = new Map()
      kinds.set(kind, texts)
    }
    const text = empty ? (item.num ?? '') : item.normalized
    let id = texts.get(text)
    if (id === undefined) {
      id = count++
      texts.set(text, id)
    }
    return id
  }
}

/** Where the old side's clauses of a given exact key stand: their positions, ascending. */
export type KeyPositions = (key: number) => readonly number[] | undefined

/**
 * Positions of each exact key among `items`, for {@link exactAnchors}.
 *
 * @example keyPositions(oldItems, keyOf)(keyOf(newItems[0])) // [4]
 */
export function keyPositions(items: readonly ClauseItem[], keyOf: KeyOf): KeyPositions {
  const positions = new Map<number, number[]>()
  for (let index = 0; index < items.length; index++) {
    const key = keyOf(items[index]!)
    const list = positions.get(key)
    if (list) list.push(index)
    else positions.set(key, [index])
  }
  return (key) => positions.get(key)
}

interface Gap {
  oldStart: number
  oldEnd: number
  newStart: number
  newEnd: number
  depth: number
}

/** Index of the first value ≥ `value` in an ascending list. */
function lowerBound(list: readonly number[], value: number): number {
  let low = 0
  let high = list.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if (list[middle]! < value) low = middle + 1
    else high = middle
  }
  return low
}

/**
 * Pairs of clauses of the same family with the same normalised text, patience-style: keys unique on both sides
 * are anchors, kept in order by a longest increasing subsequence; the gaps between anchors are searched
 * again for keys unique inside them; what is left in a gap is matched in order. Unique pairs out of
 * order at the top level are kept too: they are moves. The old side is only looked up by key (`old`),
 * never walked, so that the work follows the new side: O(n log n) per level.
 *
 * @example exactAnchors(oldItems.length, keyPositions(oldItems, keyOf), newItems, keyOf) // [[0, 0], [1, 2], …]
 */
export function exactAnchors(
  oldLength: number,
  old: KeyPositions,
  newItems: readonly ClauseItem[],
  keyOf: KeyOf,
): [number, number][] {
  // Filled by index: `Int32Array.from` walks the items through an iterator.
  const newKeys = new Int32Array(newItems.length)
  for (let index = 0; index < newItems.length; index++) newKeys[index] = keyOf(newItems[index]!)
  // The new side's keys numbered from 0 (the key table may serve many documents), so that how many
  // free new clauses of a gap have each key, and the first of them, are counted in arrays; `touched`
  // lists the keys counted, in order of first sight, to be reset after each gap.
  const localOf = new Map<number, number>()
  const keyOfLocal = new Int32Array(newItems.length)
  const localKeys = new Int32Array(newItems.length)
  for (let index = 0; index < newItems.length; index++) {
    const key = newKeys[index]!
    let local = localOf.get(key)
    if (local === undefined) {
      local = localOf.size
      localOf.set(key, local)
      keyOfLocal[local] = key
    }
    localKeys[index] = local
  }
  const newCount = new Int32Array(localOf.size)
  const firstNew = new Int32Array(localOf.size)
  const touched = new Int32Array(localOf.size)
  const oldTaken = new Uint8Array(oldLength)
  const newTaken = new Uint8Array(newItems.length)
  const result: [number, number][] = []
  const take = (oldIndex: number, newIndex: number): void => {
    oldTaken[oldIndex] = 1
    newTaken[newIndex] = 1
    result.push([oldIndex, newIndex])
  }
  /** The first old position of `key` inside `[start, end)` not taken yet; -1 when none. */
  const firstOldIn = (key: number, start: number, end: number): number => {
    const list = old(key)
    if (!list) return -1
    for (let at = lowerBound(list, start); at < list.length && list[at]! < end; at++) {
      if (!oldTaken[list[at]!]) return list[at]!
    }
    return -1
  }
  /** The one old position of `key` inside `[start, end)` not taken yet; -1 when none or several. */
  const oneOldIn = (key: number, start: number, end: number): number => {
    const list = old(key)
    if (!list) return -1
    let found = -1
    for (let at = lowerBound(list, start); at < list.length && list[at]! < end; at++) {
      if (oldTaken[list[at]!]) continue
      if (found !== -1) return -1
      found = list[at]!
    }
    return found
  }
  /** The old positions of `key` inside `[start, end)` not taken yet. */
  const oldIn = (key: number, start: number, end: number): number[] => {
    const list = old(key)
    const found: number[] = []
    if (!list) return found
    for (let at = lowerBound(list, start); at < list.length && list[at]! < end; at++) {
      if (!oldTaken[list[at]!]) found.push(list[at]!)
    }
    return found
  }

  const stack: Gap[] = [{oldStart: 0, oldEnd: oldLength, newStart: 0, newEnd: newItems.length, depth: 0}]
  while (stack.length > 0) {
    const gap = stack.pop()!
    if (gap.oldStart >= gap.oldEnd || gap.newStart >= gap.newEnd) continue
    // One new clause left in the gap (a clause changed in place between anchors): the first free old
    // clause of its key, which is what both ways below come to.
    const single = singleFree(gap, newTaken)
    if (single !== -1) {
      const oldIndex = firstOldIn(newKeys[single]!, gap.oldStart, gap.oldEnd)
      if (oldIndex !== -1) take(oldIndex, single)
      continue
    }
    let keys = 0
    for (let index = gap.newStart; index < gap.newEnd; index++) {
      if (newTaken[index]) continue
      const key = localKeys[index]!
      if (newCount[key]!++ === 0) {
        firstNew[key] = index
        touched[keys++] = key
      }
    }
    const unique: [number, number][] = []
    for (let at = 0; at < keys; at++) {
      const key = touched[at]!
      const count = newCount[key]!
      newCount[key] = 0
      if (count !== 1) continue
      const oldIndex = oneOldIn(keyOfLocal[key]!, gap.oldStart, gap.oldEnd)
      if (oldIndex !== -1) unique.push([oldIndex, firstNew[key]!])
    }
    if (unique.length === 0 || gap.depth >= maxDepth) {
      inOrderDuplicates(gap, newKeys, newTaken, oldIn, take)
      continue
    }
    unique.sort((a, b) => a[1] - b[1])
    const chain = longestIncreasingSubsequence(unique.map((pair) => pair[0]))
    const onChain = new Uint8Array(unique.length)
    for (const position of chain) onChain[position] = 1
    for (let position = 0; position < unique.length; position++) {
      if (onChain[position] || gap.depth === 0) take(unique[position]![0], unique[position]![1])
    }
    let oldStart = gap.oldStart
    let newStart = gap.newStart
    for (const position of chain) {
      const [oldIndex, newIndex] = unique[position]!
      stack.push({oldStart, oldEnd: oldIndex, newStart, newEnd: newIndex, depth: gap.depth + 1})
      oldStart = oldIndex + 1
      newStart = newIndex + 1
    }
    stack.push({oldStart, oldEnd: gap.oldEnd, newStart, newEnd: gap.newEnd, depth: gap.depth + 1})
  }
  return result
}

/** The one new clause of a gap not taken yet, or -1 when there are none or several. */
function singleFree(gap: Gap, newTaken: Uint8Array): number {
  let found = -1
  for (let index = gap.newStart; index < gap.newEnd; index++) {
    if (newTaken[index]) continue
    if (found !== -1) return -1
    found = index
  }
  return found
}

/** Same keys in a gap, matched in order (the first free old one after the last match). */
function inOrderDuplicates(
  gap: Gap,
  newKeys: Int32Array,
  newTaken: Uint8Array,
  oldIn: (key: number, start: number, end: number) => number[],
  take: (oldIndex: number, newIndex: number) => void,
): void {
  const queues = new Map<number, number[]>()
  const heads = new Map<number, number>()
  let last = -1
  for (let index = gap.newStart; index < gap.newEnd; index++) {
    if (newTaken[index]) continue
    const key = newKeys[index]!
    let queue = queues.get(key)
    if (!queue) {
      queue = oldIn(key, gap.oldStart, gap.oldEnd)
      queues.set(key, queue)
    }
    let head = heads.get(key) ?? 0
    while (head < queue.length && queue[head]! <= last) head++
    heads.set(key, head)
    if (head >= queue.length) continue
    const oldIndex = queue[head]!
    heads.set(key, head + 1)
    take(oldIndex, index)
    last = oldIndex
  }
}

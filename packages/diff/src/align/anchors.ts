import type {ClauseItem} from '../flatten.js'
import {longestIncreasingSubsequence} from './lis.js'

/** How deep the patience recursion into gaps goes before falling back to in-order matching. */
const maxDepth = 12

/** Exact-match key: family and normalised text; empty clauses (a paragraph that is only a list) by number. */
export function exactKey(item: ClauseItem): string {
  if (item.normalized === '') return `${item.family}\u0001${item.num ?? ''}\u0002`
  return `${item.family}\u0001${item.normalized}`
}

interface Gap {
  oldStart: number
  oldEnd: number
  newStart: number
  newEnd: number
  depth: number
}

/**
 * Pairs of clauses of the same family with the same normalised text, patience-style: keys unique on both sides
 * are anchors, kept in order by a longest increasing subsequence; the gaps between anchors are searched
 * again for keys unique inside them; what is left in a gap is matched in order. Unique pairs out of
 * order at the top level are kept too: they are moves. O(n log n) per level.
 *
 * @example exactAnchors(oldItems, newItems) // [[0, 0], [1, 2], …]
 */
export function exactAnchors(
  oldItems: readonly ClauseItem[],
  newItems: readonly ClauseItem[],
): [number, number][] {
  const oldKeys = oldItems.map(exactKey)
  const newKeys = newItems.map(exactKey)
  const oldTaken = new Uint8Array(oldItems.length)
  const newTaken = new Uint8Array(newItems.length)
  const result: [number, number][] = []
  const take = (oldIndex: number, newIndex: number): void => {
    oldTaken[oldIndex] = 1
    newTaken[newIndex] = 1
    result.push([oldIndex, newIndex])
  }

  const stack: Gap[] = [
    {oldStart: 0, oldEnd: oldItems.length, newStart: 0, newEnd: newItems.length, depth: 0},
  ]
  while (stack.length > 0) {
    const gap = stack.pop()!
    if (gap.oldStart >= gap.oldEnd || gap.newStart >= gap.newEnd) continue
    const counts = new Map<string, {oldCount: number; oldIndex: number; newCount: number; newIndex: number}>()
    for (let index = gap.oldStart; index < gap.oldEnd; index++) {
      if (oldTaken[index]) continue
      const key = oldKeys[index]!
      const entry = counts.get(key)
      if (entry) entry.oldCount++
      else counts.set(key, {oldCount: 1, oldIndex: index, newCount: 0, newIndex: -1})
    }
    const unique: [number, number][] = []
    for (let index = gap.newStart; index < gap.newEnd; index++) {
      if (newTaken[index]) continue
      const entry = counts.get(newKeys[index]!)
      if (!entry) continue
      entry.newCount++
      entry.newIndex = index
    }
    for (const entry of counts.values()) {
      if (entry.oldCount === 1 && entry.newCount === 1) unique.push([entry.oldIndex, entry.newIndex])
    }
    if (unique.length === 0 || gap.depth >= maxDepth) {
      inOrderDuplicates(gap, oldKeys, newKeys, oldTaken, newTaken, take)
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

/** Same keys in a gap, matched in order (the first free old one after the last match). */
function inOrderDuplicates(
  gap: Gap,
  oldKeys: readonly string[],
  newKeys: readonly string[],
  oldTaken: Uint8Array,
  newTaken: Uint8Array,
  take: (oldIndex: number, newIndex: number) => void,
): void {
  const queues = new Map<string, number[]>()
  for (let index = gap.oldStart; index < gap.oldEnd; index++) {
    if (oldTaken[index]) continue
    const key = oldKeys[index]!
    const queue = queues.get(key)
    if (queue) queue.push(index)
    else queues.set(key, [index])
  }
  const heads = new Map<string, number>()
  let last = -1
  for (let index = gap.newStart; index < gap.newEnd; index++) {
    if (newTaken[index]) continue
    const key = newKeys[index]!
    const queue = queues.get(key)
    if (!queue) continue
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

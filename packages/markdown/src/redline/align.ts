import type {ClauseGroup, Comparison} from '@clausewise/model'
import {pushAll} from '../push.js'
import type {Chunk} from './chunks.js'

/** One step of a redline: a block both versions have (the same or changed), or one only one has. */
export type Step =
  | {kind: 'both'; old: number; new: number}
  | {kind: 'old'; old: number}
  | {kind: 'new'; new: number}

/** The longest increasing subsequence of `values` (indices into it), in O(n log n). */
function increasing(values: number[]): number[] {
  const tails: number[] = []
  const previous: number[] = new Array(values.length).fill(-1)
  for (let index = 0; index < values.length; index++) {
    const value = values[index]!
    let low = 0
    let high = tails.length
    while (low < high) {
      const middle = (low + high) >> 1
      if (values[tails[middle]!]! < value) low = middle + 1
      else high = middle
    }
    if (low > 0) previous[index] = tails[low - 1]!
    tails[low] = index
  }
  const result: number[] = []
  for (let index = tails[tails.length - 1] ?? -1; index !== -1; index = previous[index]!) result.push(index)
  return result.reverse()
}

function key(eId: string, index: number): string {
  return `${index} ${eId}`
}

/** Whether an eId is one of `roots` or inside one (`para_5__list_1__point_a` is inside `para_5`). */
function inside(eId: string, roots: Set<string>): boolean {
  if (roots.size === 0) return false
  let at = eId.length
  while (at > 0) {
    if (roots.has(eId.slice(0, at))) return true
    at = eId.lastIndexOf('__', at - 1)
  }
  return false
}

/**
 * Align the blocks of two versions by the comparison: a block holding a clause pairs with the block
 * holding the same own text of the clause it is aligned with, unless the clause moved (it is then
 * deleted where it stood and inserted where it stands); the front matter, number and title pair by
 * role; the pairs kept are the longest run in the order of both versions, and between them, blocks of
 * no clause (directives) pair by equal text. Linear but for the O(n log n) run.
 */
export function align(comparison: Comparison, old: Chunk[], next: Chunk[]): Step[] {
  const counterpart = new Map<string, string>()
  const movedOld = new Set<string>()
  const movedNew = new Set<string>()
  for (const group of comparison.clauses) {
    if (group.moved || group.old.length !== 1 || group.new.length !== 1) {
      if (group.moved) {
        for (const eId of group.old) movedOld.add(eId)
        for (const eId of group.new) movedNew.add(eId)
      }
      continue
    }
    counterpart.set(group.old[0]!, group.new[0]!)
  }
  const newByKey = new Map<string, number>()
  next.forEach((chunk, index) => {
    if (chunk.clause && !inside(chunk.clause.eId, movedNew))
      newByKey.set(key(chunk.clause.eId, chunk.clause.index), index)
    else if (chunk.role) newByKey.set(chunk.role, index)
  })
  const candidates: [number, number][] = []
  old.forEach((chunk, index) => {
    let found: number | undefined
    if (chunk.clause && !inside(chunk.clause.eId, movedOld)) {
      const other = counterpart.get(chunk.clause.eId)
      if (other !== undefined) found = newByKey.get(key(other, chunk.clause.index))
    } else if (chunk.role) found = newByKey.get(chunk.role)
    if (found !== undefined) candidates.push([index, found])
  })
  candidates.sort((left, right) => left[1] - right[1])
  const anchors = increasing(candidates.map(([oldIndex]) => oldIndex)).map((index) => candidates[index]!)
  const steps: Step[] = []
  let oldAt = 0
  let newAt = 0
  for (const [oldIndex, newIndex] of [...anchors, [old.length, next.length] as [number, number]]) {
    gap(old, next, oldAt, oldIndex, newAt, newIndex, steps)
    if (oldIndex < old.length) steps.push({kind: 'both', old: oldIndex, new: newIndex})
    oldAt = oldIndex + 1
    newAt = newIndex + 1
  }
  return steps
}

/** The steps of a gap between anchors: blocks of no clause paired by equal text, the rest apart. */
function gap(
  old: Chunk[],
  next: Chunk[],
  oldFrom: number,
  oldTo: number,
  newFrom: number,
  newTo: number,
  steps: Step[],
): void {
  const byText = new Map<string, number[]>()
  for (let index = oldTo - 1; index >= oldFrom; index--) {
    const chunk = old[index]!
    if (chunk.clause) continue
    const list = byText.get(chunk.text)
    if (list) list.push(index)
    else byText.set(chunk.text, [index])
  }
  let oldAt = oldFrom
  for (let newIndex = newFrom; newIndex < newTo; newIndex++) {
    const chunk = next[newIndex]!
    const list = chunk.clause ? undefined : byText.get(chunk.text)
    while (list && list.length > 0 && list[list.length - 1]! < oldAt) list.pop()
    const match = list?.pop()
    if (match === undefined) {
      steps.push({kind: 'new', new: newIndex})
      continue
    }
    // The old blocks before the match are gone; the new ones before it were pushed already.
    const inserted = pendingInserts(steps, newFrom)
    for (let index = oldAt; index < match; index++) steps.push({kind: 'old', old: index})
    pushAll(steps, inserted)
    steps.push({kind: 'both', old: match, new: newIndex})
    oldAt = match + 1
  }
  // Deleted blocks before the inserted ones left at the end of the gap.
  const inserted = pendingInserts(steps, newFrom)
  for (let index = oldAt; index < oldTo; index++) steps.push({kind: 'old', old: index})
  pushAll(steps, inserted)
}

/** Take the inserted blocks of this gap off the end of the steps, in order. */
function pendingInserts(steps: Step[], newFrom: number): Step[] {
  const inserted: Step[] = []
  for (
    let last = steps[steps.length - 1];
    last?.kind === 'new' && last.new >= newFrom;
    last = steps[steps.length - 1]
  )
    inserted.push(steps.pop()!)
  return inserted.reverse()
}

/** The group of each clause by its old and new eIds. */
export function groupsByEId(comparison: Comparison): {
  old: Map<string, ClauseGroup>
  new: Map<string, ClauseGroup>
} {
  const result = {old: new Map<string, ClauseGroup>(), new: new Map<string, ClauseGroup>()}
  for (const group of comparison.clauses) {
    for (const eId of group.old) result.old.set(eId, group)
    for (const eId of group.new) result.new.set(eId, group)
  }
  return result
}

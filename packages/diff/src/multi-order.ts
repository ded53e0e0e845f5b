import type {GroupMember} from '@clausewise/model'
import type {ClauseItem} from './flatten.js'

/**
 * Groups of an N-document comparison in the reading order of the last (newest) document: a group
 * that document has stands where its clause stands there; a group it lacks stays right after the
 * group it followed before, so that it is read beside its neighbours. Stable and O(n log n).
 *
 * @example inNewestOrder(entries, newestItems, 2) // entries sorted by the newest document's clauses
 */
export function inNewestOrder<T extends {members: GroupMember[]}>(
  entries: readonly T[],
  newest: readonly ClauseItem[],
  document: number,
): T[] {
  const position = new Map(newest.map((item) => [item.eId, item.index]))
  let anchor = -1
  let follower = 0
  const keyed = entries.map((entry, order) => {
    const member = entry.members.find((candidate) => candidate.document === document)
    const at = member === undefined ? undefined : position.get(member.eId)
    if (at !== undefined) {
      anchor = at
      follower = 0
      return {entry, primary: at, secondary: 0, order}
    }
    follower++
    return {entry, primary: anchor, secondary: follower, order}
  })
  keyed.sort((a, b) => a.primary - b.primary || a.secondary - b.secondary || a.order - b.order)
  return keyed.map((item) => item.entry)
}

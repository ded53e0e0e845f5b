import type {ClauseGroup, TextUnit} from '@clausewise/model'

/** Whether a unit has paragraphs of its own in what is written (by eId). */
export type Placed = (eId: string) => boolean

/**
 * For each unit without paragraphs of its own, the nearest enclosing unit that has some: the
 * paragraph its text is written in.
 */
function hostsOf(units: readonly TextUnit[], placed: Placed): Map<string, string> {
  const hosts = new Map<string, string>()
  for (const unit of units) {
    if (placed(unit.eId)) continue
    let parent = unit.parent
    while (parent !== undefined && !placed(units[parent]!.eId)) parent = units[parent]!.parent
    if (parent !== undefined) hosts.set(unit.eId, units[parent]!.eId)
  }
  return hosts
}

function byMember(groups: readonly ClauseGroup[], side: 'old' | 'new'): Map<string, ClauseGroup> {
  const result = new Map<string, ClauseGroup>()
  for (const group of groups) for (const eId of group[side]) result.set(eId, group)
  return result
}

/**
 * The groups a redline writes whole (new paragraphs inserted, old ones deleted): where the Word
 * convention writes a unit as text of an enclosing one (an item of a block list, a row, a unit below a
 * paragraph — see `decisionShape`), a change to it cannot be marked where it stands, so the group of
 * the enclosing unit is written whole, and so is every group that touches a unit written whole.
 */
export function flattenedGroups(
  groups: readonly ClauseGroup[],
  units: {new: readonly TextUnit[]; old: readonly TextUnit[]},
  placed: {new: Placed; old: Placed},
): Set<ClauseGroup> {
  const hosts = {new: hostsOf(units.new, placed.new), old: hostsOf(units.old, placed.old)}
  const members = {new: byMember(groups, 'new'), old: byMember(groups, 'old')}
  const unplaced = (group: ClauseGroup): boolean =>
    group.new.some((eId) => !placed.new(eId)) || group.old.some((eId) => !placed.old(eId))
  const changed = (group: ClauseGroup): boolean =>
    group.change !== 'unchanged' || group.moved || group.renumbered
  const result = new Set<ClauseGroup>()
  const queue: ClauseGroup[] = []
  const add = (group: ClauseGroup | undefined): void => {
    if (group === undefined || result.has(group)) return
    result.add(group)
    queue.push(group)
  }
  for (const group of groups) {
    if (group.kind !== 'authorialNote' && unplaced(group) && changed(group)) add(group)
  }
  while (queue.length > 0) {
    const group = queue.pop()!
    for (const side of ['new', 'old'] as const) {
      for (const eId of group[side]) {
        if (placed[side](eId)) continue
        const host = hosts[side].get(eId)
        if (host !== undefined) add(members[side].get(host))
      }
    }
  }
  return result
}

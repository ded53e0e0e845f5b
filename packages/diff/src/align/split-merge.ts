import {intersection} from '../similarity.js'
import {type AlignStrategy, type Pair, type Side, similarityOf} from './side.js'

/**
 * A clause left unpaired beside a paired one on the same side, whose words the other side's clause
 * mostly contains, and with which that clause scores clearly higher than alone: a split (new side) or
 * a merge (old side). Only the clauses beside a pair are visited, in order (and the one after a clause
 * just absorbed), so that a large side with few pairs (compare's pivot) costs nothing per clause.
 */
export function splitsAndMerges(
  oldSide: Side,
  newSide: Side,
  pairs: Pair[],
  oldPair: Int32Array,
  newPair: Int32Array,
  strategy: AlignStrategy,
): void {
  const absorb = (side: 'new' | 'old'): void => {
    const own = side === 'new' ? newSide : oldSide
    const other = side === 'new' ? oldSide : newSide
    const ownPair = side === 'new' ? newPair : oldPair
    const tryAbsorb = (index: number): boolean => {
      const item = own.items[index]!
      if (own.set(index).length === 0) return false
      for (const neighbour of [index - 1, index + 1]) {
        const id = ownPair[neighbour]
        if (id === undefined || id === -1) continue
        const pair = pairs[id]!
        const otherSide = side === 'new' ? pair.old : pair.new
        if (otherSide.length !== 1) continue
        const mine = pair[side]
        if (own.items[neighbour]!.family !== item.family || own.items[neighbour]!.depth !== item.depth)
          continue
        const otherSet = other.set(otherSide[0]!)
        const set = own.set(index)
        if (intersection(set, otherSet) / set.length < 0.6) continue
        const members = [...mine, index].sort((a, b) => a - b)
        const combined =
          side === 'new'
            ? similarityOf(oldSide, otherSide, newSide, members)
            : similarityOf(oldSide, members, newSide, otherSide)
        const [oldIndex, newIndex] = side === 'new' ? [otherSide[0]!, index] : [index, otherSide[0]!]
        if (combined <= pair.similarity + 0.05 || !strategy.accept(oldIndex, newIndex, combined)) continue
        pair[side] = members
        pair.similarity = combined
        ownPair[index] = id
        return true
      }
      return false
    }
    // The unpaired clauses beside a pair, in order: marked, then read off in one pass.
    const beside = new Uint8Array(own.items.length)
    for (const pair of pairs) {
      for (const index of pair[side]) {
        if (index > 0 && ownPair[index - 1] === -1) beside[index - 1] = 1
        if (index + 1 < own.items.length && ownPair[index + 1] === -1) beside[index + 1] = 1
      }
    }
    const order: number[] = []
    for (let index = 0; index < beside.length; index++) if (beside[index] === 1) order.push(index)
    let next = 0
    let forced = -1
    for (;;) {
      let index: number
      if (forced !== -1 && (next >= order.length || order[next]! > forced)) {
        index = forced
        forced = -1
      } else if (next < order.length) {
        index = order[next++]!
        if (index === forced) forced = -1
      } else break
      if (ownPair[index] !== -1) continue
      if (tryAbsorb(index) && index + 1 < own.items.length && ownPair[index + 1] === -1) forced = index + 1
    }
  }
  absorb('new')
  absorb('old')
}

import {gapsOf, inOrder} from './gaps.js'
import {clauseSimilarity, type Pair, type Side} from './side.js'

/** In each gap whose leftover clauses have the same families in the same order, pair them by position. */
export function positionalPairs(
  oldSide: Side,
  newSide: Side,
  pairs: Pair[],
  oldPair: Int32Array,
  newPair: Int32Array,
  link: (oldIndexes: number[], newIndexes: number[], similarity: number) => void,
  threshold: number,
): void {
  const gaps = gapsOf(inOrder(pairs), pairs, oldSide.items.length, newSide.items.length, oldPair)
  const newLeft = new Map<number, number[]>()
  for (let index = 0; index < newSide.items.length; index++) {
    if (newPair[index] !== -1) continue
    const gap = gaps.newGap[index]!
    const list = newLeft.get(gap)
    if (list) list.push(index)
    else newLeft.set(gap, [index])
  }
  for (const [gap, newList] of newLeft) {
    const oldList = gaps.oldLeftIn(gap, newList.length)
    if (!oldList || oldList.length !== newList.length) continue
    if (oldList.some((oldIndex, k) => oldSide.items[oldIndex]!.family !== newSide.items[newList[k]!]!.family))
      continue
    for (let k = 0; k < oldList.length; k++) {
      const similarity = clauseSimilarity(oldSide, oldList[k]!, newSide, newList[k]!)
      if (similarity >= threshold) link([oldList[k]!], [newList[k]!], similarity)
    }
  }
}

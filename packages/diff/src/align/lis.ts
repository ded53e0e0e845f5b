/**
 * Positions (into `values`) of one longest strictly increasing subsequence, in O(n log n).
 *
 * @example longestIncreasingSubsequence([3, 0, 1, 4, 2]) // [1, 2, 4] (values 0, 1, 2)
 */
export function longestIncreasingSubsequence(values: readonly number[]): number[] {
  // tails[k]: position of the smallest tail of an increasing run of length k + 1.
  const tails: number[] = []
  const previous = new Int32Array(values.length).fill(-1)
  for (let position = 0; position < values.length; position++) {
    const value = values[position]!
    let low = 0
    let high = tails.length
    while (low < high) {
      const middle = (low + high) >>> 1
      if (values[tails[middle]!]! < value) low = middle + 1
      else high = middle
    }
    if (low > 0) previous[position] = tails[low - 1]!
    tails[low] = position
  }
  const result: number[] = new Array(tails.length)
  let position = tails.length > 0 ? tails[tails.length - 1]! : -1
  for (let k = tails.length - 1; k >= 0; k--) {
    result[k] = position
    position = previous[position]!
  }
  return result
}

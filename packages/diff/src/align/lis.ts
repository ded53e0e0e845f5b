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

/**
 * Positions of one heaviest strictly increasing subsequence of `values` (distinct integers from 0 to
 * `values.length - 1` or beyond), in O(n log n) with a Fenwick tree of prefix maxima.
 *
 * @example heaviestIncreasingSubsequence([1, 0, 2], [1, 2, 1]) // [1, 2]
 */
export function heaviestIncreasingSubsequence(
  values: readonly number[],
  weights: readonly number[],
): number[] {
  let size = 1
  for (const value of values) if (value + 2 > size) size = value + 2
  const best = new Float64Array(size + 1)
  const at = new Int32Array(size + 1).fill(-1)
  const previous = new Int32Array(values.length).fill(-1)
  const total = new Float64Array(values.length)
  let top = -1
  for (let position = 0; position < values.length; position++) {
    const value = values[position]!
    // Best chain ending below `value`: prefix maximum over 1..value.
    let score = 0
    let from = -1
    for (let index = value; index > 0; index -= index & -index) {
      if (best[index]! > score) {
        score = best[index]!
        from = at[index]!
      }
    }
    total[position] = score + weights[position]!
    previous[position] = from
    for (let index = value + 1; index <= size; index += index & -index) {
      if (total[position]! > best[index]!) {
        best[index] = total[position]!
        at[index] = position
      }
    }
    if (top === -1 || total[position]! > total[top]!) top = position
  }
  const result: number[] = []
  for (let position = top; position !== -1; position = previous[position]!) result.push(position)
  return result.reverse()
}

/**
 * Runs of integers kept one after another in one growing array, each found again by its slot: the
 * word sets and shingles of a side's clauses, without a typed array (and its buffer) held for each.
 */
export class Runs {
  private data = new Int32Array(4096)
  private size = 0
  private readonly starts: Int32Array
  private readonly ends: Int32Array

  /** Room for `slots` runs, none set. */
  constructor(slots: number) {
    this.starts = new Int32Array(slots).fill(-1)
    this.ends = new Int32Array(slots)
  }

  /** Whether the run of `slot` is set. */
  has(slot: number): boolean {
    return this.starts[slot] !== -1
  }

  /** Set the run of `slot` (once) to a copy of `values`. */
  put(slot: number, values: Int32Array): void {
    this.putFirst(slot, values, values.length)
  }

  /**
   * Set the run of `slot` (once) to a copy of the first `count` of `values`: a scratch array filled
   * for each clause is copied without a view made of it.
   */
  putFirst(slot: number, values: Int32Array, count: number): void {
    const start = this.size
    const end = start + count
    if (end > this.data.length) {
      const wider = new Int32Array(Math.max(end, this.data.length * 2))
      wider.set(this.data.subarray(0, start))
      this.data = wider
    }
    const data = this.data
    for (let at = 0; at < count; at++) data[start + at] = values[at]!
    this.starts[slot] = start
    this.ends[slot] = end
    this.size = end
  }

  /**
   * The run of `slot` (set before), as a view: it stays valid, the array growing into a new one.
   *
   * @example const runs = new Runs(2); runs.put(1, Int32Array.of(4, 2)); runs.get(1) // Int32Array [4, 2]
   */
  get(slot: number): Int32Array {
    return this.data.subarray(this.starts[slot]!, this.ends[slot]!)
  }
}

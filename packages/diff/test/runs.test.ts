import {describe, expect, it} from 'vitest'
import {Runs} from '../src/runs.js'

describe('Runs', () => {
  it('keeps each slot its own run, set in any order, across the array growing', () => {
    const runs = new Runs(3)
    expect(runs.has(2)).toBe(false)
    runs.put(2, Int32Array.of(7, 8))
    const before = runs.get(2)
    // Far more than the array first holds: it grows, and a view taken before still reads the same.
    runs.put(
      0,
      Int32Array.from({length: 10_000}, (_, index) => index),
    )
    runs.put(1, Int32Array.of())
    expect(runs.has(2)).toBe(true)
    expect(Array.from(runs.get(2))).toEqual([7, 8])
    expect(Array.from(before)).toEqual([7, 8])
    expect(runs.get(0)[9_999]).toBe(9_999)
    expect(runs.get(1).length).toBe(0)
    expect(runs.has(1)).toBe(true)
  })

  it('copies only the first values of a scratch array, which may change afterwards', () => {
    const runs = new Runs(2)
    const scratch = Int32Array.of(1, 2, 3, 4)
    runs.putFirst(0, scratch, 2)
    scratch[0] = 9
    runs.putFirst(1, scratch, 0)
    expect(Array.from(runs.get(0))).toEqual([1, 2])
    expect(runs.get(1).length).toBe(0)
  })
})

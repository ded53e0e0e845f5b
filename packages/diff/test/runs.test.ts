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
})

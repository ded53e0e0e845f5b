import {describe, expect, it} from 'vitest'
import type {Item} from '../src/layout/types.js'
import {measureOf} from '../src/structure/group.js'

const line = (length: number): Item => ({
  kind: 'line',
  segments: [],
  flat: 'x'.repeat(length),
  indented: false,
  start: 0,
  end: length,
})

/** The definition: the 90th percentile of the lines' lengths, sorted. */
function percentile(lengths: number[]): number {
  if (lengths.length === 0) return 0
  const sorted = [...lengths].sort((left, right) => left - right)
  return sorted[Math.floor((sorted.length - 1) * 0.9)]!
}

describe('measureOf', () => {
  it('is the 90th percentile of the line lengths, short and long lines alike, breaks left out', () => {
    let seed = 7
    const random = (below: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648
      return seed % below
    }
    for (let round = 0; round < 2000; round++) {
      const lengths = Array.from({length: random(40)}, () => (random(3) === 0 ? random(5000) : random(600)))
      const items: Item[] = lengths.flatMap((length) => [line(length), {kind: 'break'} as Item])
      expect(measureOf(items), lengths.join(',')).toBe(percentile(lengths))
    }
    expect(measureOf([line(2000), line(3000), line(900)])).toBe(2000)
  })
})

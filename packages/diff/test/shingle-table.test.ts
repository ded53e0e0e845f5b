import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {fitsShingleTable, shingleTable} from '../src/shingle-table.js'
import {ShingleIndex} from '../src/similarity.js'

describe('shingleTable', () => {
  it('finds the clauses sharing the most shingles, best first', () => {
    const keys = [Int32Array.of(1, 2, 3), Int32Array.of(2, 9), Int32Array.of(1, 2, 3, 4)]
    const query = shingleTable([0, 1, 2], (position) => keys[position]!)
    expect(query(Int32Array.of(4, 3, 1), 2, () => true)).toEqual([2, 0])
    expect(query(Int32Array.of(9, 9), 8, () => true)).toEqual([1])
    expect(query(Int32Array.of(4, 3, 1), 8, (position) => position !== 2)).toEqual([0])
    expect(query(Int32Array.of(7), 8, () => true)).toEqual([])
    expect(fitsShingleTable(1000)).toBe(true)
  })

  it('answers as a ShingleIndex given the same clauses in order, caps and ranks included (property)', () => {
    // Few distinct keys, so that keys repeat within a clause and some are shared by more than `cap`.
    const clause = fc.array(
      fc.integer({min: 0, max: 30}).map((key) => key * 0x1000 + 7),
      {maxLength: 12},
    )
    const clauses = fc.array(fc.tuple(fc.boolean(), clause), {maxLength: 40})
    fc.assert(
      fc.property(
        clauses,
        fc.array(clause, {minLength: 1, maxLength: 5}),
        fc.integer({min: 1, max: 6}),
        fc.integer({min: 1, max: 10}),
        fc.integer({min: 1, max: 7}),
        (all, queries, cap, limit, modulus) => {
          const keys = all.map(([, each]) => Int32Array.from(each))
          const positions = all.flatMap(([indexed], position) => (indexed ? [position] : []))
          const index = new ShingleIndex(cap)
          for (const position of positions) index.add(position, keys[position]!)
          const table = shingleTable(positions, (position) => keys[position]!, cap)
          const accept = (position: number): boolean => position % modulus !== 1
          // Another order of the positions (7 and 41 are coprime, positions are below 41).
          const rank = (position: number): number => (position * 7) % 41
          for (const query of queries) {
            const asked = Int32Array.from(query)
            expect(table(asked, limit, accept)).toEqual(index.query(asked, limit, accept))
            expect(table(asked, limit, accept, rank)).toEqual(index.query(asked, limit, accept, rank))
          }
        },
      ),
      {numRuns: 1000},
    )
  })
})

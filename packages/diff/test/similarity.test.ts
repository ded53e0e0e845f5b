import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {Interner} from '../src/interner.js'
import {dice, intersection, shingles, shinglesInto} from '../src/similarity.js'

/** The intersection counted the plain way: ids of `b` found in `a`, kept by `only` when given. */
function expected(a: number[], b: number[], only?: Uint8Array): number {
  const set = new Set(a)
  return b.filter((id) => set.has(id) && (!only || only[id] === 1)).length
}

describe('intersection', () => {
  it('counts the ids two sets share, in any order', () => {
    expect(intersection(Int32Array.of(9, 1, 4), Int32Array.of(4, 7, 9))).toBe(2)
    expect(intersection(Int32Array.of(), Int32Array.of(1))).toBe(0)
    expect(intersection(Int32Array.of(3, 5), Int32Array.of(5, 3), Uint8Array.of(0, 0, 0, 1, 0, 0))).toBe(1)
    expect(dice(Int32Array.of(3, 1, 2), Int32Array.of(4, 2, 3))).toBeCloseTo(2 / 3)
  })

  it('agrees with counting the plain way, over ids far apart and calls one after another (property)', () => {
    const id = fc.oneof(fc.integer({min: 0, max: 40}), fc.integer({min: 0, max: 100_000}))
    const set = fc.uniqueArray(id, {maxLength: 40})
    fc.assert(
      fc.property(set, set, set, fc.boolean(), (a, b, c, filtered) => {
        const only = filtered ? Uint8Array.from({length: 50_000}, (_, index) => index % 2) : undefined
        // Three calls in a row: marks left by one call never count in the next.
        expect(intersection(Int32Array.from(a), Int32Array.from(b), only)).toBe(expected(a, b, only))
        expect(intersection(Int32Array.from(b), Int32Array.from(c))).toBe(expected(b, c))
        expect(intersection(Int32Array.from(c), Int32Array.from(a))).toBe(expected(c, a))
      }),
      {numRuns: 500},
    )
  })
})

describe('shingles', () => {
  it('keeps every bigram of a short clause and one in four (by hash) of a long one, the same written into a scratch array', () => {
    const words = new Interner()
    const text = Array.from({length: 60}, (_, index) => `word${index % 37}`).join(' ')
    const ids: number[] = []
    for (const match of text.matchAll(/\w+/g))
      ids.push(words.id(text, match.index, match.index + match[0].length))
    const bigram = (at: number): number =>
      (Math.imul(words.hash(ids[at]!), 0x9e3779b1) ^ Math.imul(words.hash(ids[at + 1]!) + 7, 0x85ebca6b)) >>>
      2
    const all = ids.slice(0, -1).map((_, at) => bigram(at))
    for (const length of [0, 1, 2, 24, 25, 60]) {
      const sequence = Int32Array.from(ids.slice(0, length))
      const expected =
        length === 1
          ? [Math.imul(words.hash(ids[0]!), 0x9e3779b1) >>> 2]
          : length - 1 < 24
            ? all.slice(0, Math.max(0, length - 1))
            : all.slice(0, length - 1).filter((key) => (key & 3) === 0)
      expect(Array.from(shingles(sequence, words))).toEqual(expected)
      // A scratch longer than needed, holding older ids past `length`.
      const scratch = new Int32Array(100).fill(-1)
      const keys = new Int32Array(100)
      scratch.set(sequence)
      expect(Array.from(keys.subarray(0, shinglesInto(scratch, length, words, keys)))).toEqual(expected)
    }
  })
})

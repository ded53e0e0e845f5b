import {describe, expect, it} from 'vitest'
import {anyPattern} from '../src/any-pattern.js'

// Patterns joined into one expression for each set of flags must answer as the patterns tested one
// by one do.
describe('anyPattern', () => {
  it('matches where any pattern matches, with each pattern’s flags', () => {
    const test = anyPattern([/^decision no\. \d+$/i, /^\d{1,3}\/\d{1,4}\. /u, /day of the/iu, /^Résolution/u])
    expect(test('DECISION No. 7')).toBe(true)
    expect(test('80/41. Measures to prevent terrorists')).toBe(true)
    expect(test('Fifth DAY OF THE session')).toBe(true)
    expect(test('Résolution 12')).toBe(true)
    // `i` is not `/^Résolution/u`'s flag, nor `u` the first one's.
    expect(test('RÉSOLUTION 12')).toBe(false)
    expect(test('Decides to remain seized of the matter')).toBe(false)
    expect(anyPattern([])('anything')).toBe(false)
  })

  it('keeps a numbered back-reference to its own group', () => {
    const test = anyPattern([/(q)z/, /^(a)\1$/])
    expect(test('aa')).toBe(true)
    expect(test('ab')).toBe(false)
  })

  it('tests patterns of one group name, and global ones, as they stand', () => {
    const named = anyPattern([/^(?<n>a)$/, /^(?<n>b)$/])
    expect(named('b')).toBe(true)
    expect(named('c')).toBe(false)
    // A global pattern is tested itself, moving its `lastIndex` as a test of it alone does.
    const global = /a/g
    const test = anyPattern([/z/, global, /y/])
    expect(test('a')).toBe(true)
    expect(global.lastIndex).toBe(1)
  })
})

import {describe, expect, it} from 'vitest'
import {profiles, readOpening} from '../src/index.js'

// Labels of the genre beyond `1.` and `(a)`, each expectation written by hand.
describe('number labels with a dash', () => {
  it('reads `1 — `, `2 – ` and `3 - ` before a capital as paragraph numbers', () => {
    expect(readOpening('1 — Reforce o financiamento.', profiles.pt).label).toEqual({
      kind: 'number',
      printed: '1 —',
      value: '1',
      length: 4,
    })
    expect(readOpening('2 – Promova a contratação.', profiles.pt).label?.printed).toBe('2 –')
    expect(readOpening('3 - Apresente um relatório.', profiles.pt).label?.printed).toBe('3 -')
  })

  it('reads no label in a range or a number before a word', () => {
    expect(readOpening('2 - 3 May 2024 were the dates', profiles.en).label).toBeUndefined()
    expect(readOpening('20 000 habitantes', profiles.pt).label).toBeUndefined()
    expect(readOpening('2 -minus', profiles.en).label).toBeUndefined()
    expect(readOpening('12 —', profiles.pt).label).toBeUndefined()
  })
})

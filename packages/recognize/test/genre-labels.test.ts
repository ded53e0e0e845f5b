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

describe('unit labels', () => {
  it('reads `Article 1` before a heading or a unit’s text in upper case as a unit', () => {
    expect(readOpening('Article 1 Subject matter', profiles.en).label?.kind).toBe('unit')
    expect(readOpening('Article 1 The rates of refund are altered.', profiles.en).label?.kind).toBe('unit')
    expect(readOpening('Article 72', profiles.en).label?.kind).toBe('unit')
  })

  it('takes the dash between a unit’s number and its heading with the label, not into the heading', () => {
    expect(readOpening('Article 1 — Scope', profiles.en).label).toEqual({
      kind: 'unit',
      printed: 'Article 1',
      value: '1',
      length: 12,
    })
    const line = 'Artikel 2 – Inkrafttreten'
    const second = readOpening(line, profiles.de).label
    expect(second?.printed).toBe('Artikel 2')
    expect(line.slice(second?.length)).toBe('Inkrafttreten')
    // A hyphen fused to a word is the word's: no separator.
    expect(readOpening('Article 3 -Scope', profiles.en).label?.length).toBe(10)
  })

  it('reads no unit where a sentence names one (`Article 5 is replaced by the following:`)', () => {
    expect(readOpening('Article 5 is replaced by the following:', profiles.en).label).toBeUndefined()
    expect(readOpening('Article 3 est modifié comme suit:', profiles.fr).label).toBeUndefined()
  })
})

describe('units of Spanish acts', () => {
  it('reads `Sección 1.ª`, `TÍTULO PRELIMINAR` and the closing provisions numbered by ordinal words', () => {
    expect(readOpening('Sección 1.ª Planes de gestión', profiles.es).label).toMatchObject({
      kind: 'unit',
      printed: 'Sección 1.ª',
      value: '1',
    })
    expect(readOpening('TÍTULO PRELIMINAR', profiles.es).label).toMatchObject({
      kind: 'unit',
      value: 'PRELIMINAR',
    })
    expect(readOpening('Disposición adicional primera. Financiación.', profiles.es).label).toMatchObject({
      kind: 'unit',
      printed: 'Disposición adicional primera.',
      value: 'primera',
    })
    expect(readOpening('Disposición adicional vigésima primera. Plazos.', profiles.es).label?.printed).toBe(
      'Disposición adicional vigésima primera.',
    )
    expect(readOpening('Disposición final única. Entrada en vigor.', profiles.es).label?.value).toBe('única')
  })

  it('reads no unit where the word after `Disposición` names no provision or no ordinal follows', () => {
    expect(readOpening('Disposición de los fondos.', profiles.es).label).toBeUndefined()
    expect(readOpening('Disposición final de la ley anterior.', profiles.es).label).toBeUndefined()
  })
})

import {describe, expect, it} from 'vitest'
import {dateIn} from '../src/dates.js'
import {lexiconOf} from '../src/lexicon.js'
import {profiles} from '../src/profiles/index.js'

// Dates written in words, as closing formulas and adoption lines of treaties, decrees and
// resolutions print them. Each expectation is worked out by hand from the words.

const english = lexiconOf(profiles.en)
const french = lexiconOf(profiles.fr)
const spanish = lexiconOf(profiles.es)

describe('dateIn, dates written in words', () => {
  it('reads English ordinals and the year in words', () => {
    expect(dateIn('Adopted on the fifth of December two thousand and twenty-four.', english)).toBe(
      '2024-12-05',
    )
    expect(
      dateIn(
        'Done at Vienna, this twenty-third day of May, one thousand nine hundred and sixty-nine.',
        english,
      ),
    ).toBe('1969-05-23')
    expect(dateIn('Adopted on the thirty-first of January 2031.', english)).toBe('2031-01-31')
  })

  it('reads French cardinals, `premier`, `vingt et un` and `quatre-vingt-dix-neuf`', () => {
    expect(dateIn('Adoptée le cinq décembre deux mille vingt-quatre.', french)).toBe('2024-12-05')
    expect(dateIn('Fait à Paris, le premier mars deux mille trente.', french)).toBe('2030-03-01')
    expect(dateIn('Fait à Genève, le vingt et un juin mil neuf cent quatre-vingt-dix-neuf.', french)).toBe(
      '1999-06-21',
    )
  })

  it('reads the Spanish formula `a los … días del mes de …`, and a year with punctuation glued to it', () => {
    expect(
      dateIn('Dado en Madrid, a los cinco días del mes de diciembre de dos mil veinticuatro.', spanish),
    ).toBe('2024-12-05')
    expect(
      dateIn('DADO EN MADRID A NUEVE DE DICIEMBRE DE MIL NOVECIENTOS SETENTA Y SIETE.-JUAN CARLOS.', spanish),
    ).toBe('1977-12-09')
  })

  it('gives no date, and says it is unsure, when the words make no valid date', () => {
    for (const [text, lexicon] of [
      ['Adopted on the thirty-first of November two thousand and thirty-one.', english],
      ['Adopted on the fifth of December.', english],
      ['Adoptée le cinq vingt décembre deux mille trente.', french],
      ['Adopted on the twenty-ninth of February two thousand and thirty-one.', english],
    ] as const) {
      const unsure = {found: false}
      expect(dateIn(text, lexicon, unsure)).toBe('')
      expect(unsure.found).toBe(true)
    }
  })

  it('takes a month name in a sentence for no date (`the Council may decide`)', () => {
    const unsure = {found: false}
    expect(dateIn('The Council may decide to meet again.', english, unsure)).toBe('')
    expect(unsure.found).toBe(false)
  })
})

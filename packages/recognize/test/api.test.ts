import {describe, expect, it} from 'vitest'
import {detectLanguage, profileOf, profiles} from '../src/index.js'

describe('public API', () => {
  it('exports exactly the documented names', async () => {
    expect(Object.keys(await import('../src/index.js')).sort()).toEqual([
      'collapseSpaces',
      'detectLanguage',
      'firstNonSpace',
      'isDigit',
      'isLetter',
      'isLower',
      'isSpace',
      'isUpper',
      'lastNonSpace',
      'profileOf',
      'profiles',
      'readOpening',
      'recognize',
    ])
  })

  it('ships frozen profiles, found by language tag', () => {
    expect(Object.isFrozen(profiles)).toBe(true)
    expect(profileOf('fr-BE')?.language).toBe('fr')
    expect(profileOf('xx')).toBeUndefined()
    expect(profileOf('__proto__')).toBeUndefined()
  })
})

describe('detectLanguage', () => {
  it('tells French from English by stop words', () => {
    expect(
      detectLanguage('Le Conseil ministériel, Réaffirmant que la traite des êtres humains').language,
    ).toBe('fr')
  })
})

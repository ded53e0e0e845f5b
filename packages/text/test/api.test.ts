import {describe, expect, it} from 'vitest'
import {detectLanguage, profiles} from '../src/index.js'

describe('public API', () => {
  it('exports exactly the documented names', async () => {
    expect(Object.keys(await import('../src/index.js')).sort()).toEqual([
      'detectLanguage',
      'fromText',
      'profiles',
    ])
  })

  it('re-exports the built-in profiles of @clausewise/recognize', () => {
    expect(Object.keys(profiles).sort()).toEqual(['de', 'en', 'es', 'fr', 'it', 'pt', 'ru'])
    expect(Object.isFrozen(profiles)).toBe(true)
  })
})

describe('detectLanguage', () => {
  it('tells French from English by stop words', () => {
    expect(
      detectLanguage('Le Conseil ministériel, Réaffirmant que la traite des êtres humains est un crime'),
    ).toMatchObject({language: 'fr'})
    expect(
      detectLanguage('The Ministerial Council, Reaffirming that trafficking in human beings is a crime'),
    ).toMatchObject({language: 'en'})
  })

  it('says `und` when no stop word is found', () => {
    expect(detectLanguage('').language).toBe('und')
    expect(detectLanguage('12345 !!!').language).toBe('und')
  })
})

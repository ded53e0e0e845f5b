import {describe, expect, it} from 'vitest'
import {detectLanguage, profileOf, profiles, readOpening} from '../src/index.js'

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

describe('readOpening', () => {
  it('reads each signal when asked, the same whichever is asked first, and lists them all in JSON', () => {
    const lines = [
      'vu le traité sur le fonctionnement de l’Union européenne,',
      'a) vu la proposition de la Commission,',
      'iv considérant ce qui suit :',
      'which the Council adopted at its last session,',
      '« Rappelant sa résolution 70/1,',
      'Article 2 Recalling its resolution,',
      '1. Decides to remain seized of the matter.',
      'of the United Nations, and also recalling its resolution',
      'also recalling its resolution 70/1,',
      'The\u205f\u205fGeneral Assembly,',
      '  « The General  Assembly,',
      'the general assembly,',
      "L'Assemblée générale,",
      'the Assembly decides',
      'HAS ADOPTED THIS RESOLUTION :  ',
      `${'x '.repeat(200)}HAS ADOPTED THIS RESOLUTION:`,
    ]
    for (const line of lines) {
      const profile = /[éèàç«]|^(vu|considérant|a\) vu|iv)/.test(line) ? profiles.fr : profiles.en
      // Asked alone, before anything else, and asked after the whole reading was made.
      const read = readOpening(line, profile)
      void read.label
      for (const signal of ['recitalListed', 'formula', 'enacting'] as const) {
        expect(readOpening(line, profile)[signal], `${signal}: ${line}`).toBe(read[signal])
      }
      const json = JSON.parse(JSON.stringify(readOpening(line, profile)))
      expect(
        Object.keys(json)
          .filter((key) => key !== 'label')
          .sort(),
        line,
      ).toEqual([
        'adoption',
        'attachment',
        'closing',
        'enacting',
        'formula',
        'number',
        'recital',
        'recitalListed',
        'verb',
      ])
    }
    expect(readOpening('vu le traité,', profiles.fr).recitalListed).toBe(true)
    expect(readOpening('a) vu la proposition de la Commission,', profiles.fr).recitalListed).toBe(true)
    expect(readOpening('also recalling its resolution 70/1,', profiles.en).recitalListed).toBe(true)
    expect(readOpening('which the Council adopted,', profiles.en).recitalListed).toBe(false)
    expect(readOpening('The\u205f\u205fGeneral Assembly,', profiles.en).formula).toBe(true)
    expect(readOpening("L'Assemblée générale,", profiles.fr).formula).toBe(true)
    expect(readOpening('the Assembly decides', profiles.en).formula).toBe(false)
  })

  it('lets a reader set a signal', () => {
    const opening = readOpening('DECISION No. 7/17', profiles.en)
    expect(opening.number).toBe(true)
    opening.number = false
    expect(opening.number).toBe(false)
    expect(JSON.parse(JSON.stringify(opening)).number).toBe(false)
    opening.label = undefined
    expect(opening.label).toBeUndefined()
  })
})

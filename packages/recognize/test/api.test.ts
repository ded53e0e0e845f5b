import {describe, expect, it} from 'vitest'
import {
  actDateOf,
  chooseProfile,
  detectLanguage,
  isDocumentKind,
  isScopeNote,
  opensWithDocumentKind,
  opensWithDocumentNumber,
  opensWithPromulgation,
  profileOf,
  profiles,
  readOpening,
  recognize,
} from '../src/index.js'

describe('public API', () => {
  it('exports exactly the documented names', async () => {
    expect(Object.keys(await import('../src/index.js')).sort()).toEqual([
      'actDateOf',
      'chooseProfile',
      'collapseSpaces',
      'detectLanguage',
      'firstNonSpace',
      'isDigit',
      'isDocumentKind',
      'isLetter',
      'isLower',
      'isScopeNote',
      'isSpace',
      'isUpper',
      'lastNonSpace',
      'opensWithCapitalWord',
      'opensWithDocumentKind',
      'opensWithDocumentNumber',
      'opensWithPromulgation',
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

describe('opensWithDocumentNumber', () => {
  it('is true of a line the profile reads as the document’s number line, and of no other', () => {
    expect(
      opensWithDocumentNumber('80/41. Measures to prevent terrorists from acquiring weapons of', profiles.en),
    ).toBe(true)
    expect(opensWithDocumentNumber('DÉCISION No 7/17', profiles.fr)).toBe(true)
    expect(opensWithDocumentNumber('Deuxième jour de la vingt-quatrième Réunion', profiles.fr)).toBe(false)
    expect(opensWithDocumentNumber('80/41. Measures', undefined)).toBe(false)
  })
})

describe('actDateOf', () => {
  it('reads a line that dates an act’s assent or commencement, and no sentence that mentions one', () => {
    expect(actDateOf('[Date of Assent: 12th March, 2031]', profiles.en)).toEqual({
      event: 'assent',
      date: '12th March, 2031',
    })
    expect(actDateOf('Assented to 12 March 2031', profiles.en)).toEqual({
      event: 'assent',
      date: '12 March 2031',
    })
    expect(actDateOf('[12th March, 2031.]', profiles.en)).toEqual({event: 'assent', date: '12th March, 2031'})
    expect(actDateOf('Date of commencement: 1st April, 2031', profiles.en)).toEqual({
      event: 'commencement',
      date: '1st April, 2031',
    })
    expect(actDateOf('Date of commencement: see section 1.', profiles.en)).toEqual({
      event: 'commencement',
      date: '',
    })
    expect(
      actDateOf('The Act was assented to on 12 March 2031 by the President.', profiles.en),
    ).toBeUndefined()
    expect(actDateOf('Assented to 12 March 2031', profiles.fr)).toBeUndefined()
    expect(actDateOf('Assented to 12 March 2031', undefined)).toBeUndefined()
  })
})

describe('isScopeNote', () => {
  it('is true of the note under an EU act’s title in the profile’s language, whole, and of no other line', () => {
    expect(isScopeNote('(Text with EEA relevance)', profiles.en)).toBe(true)
    expect(isScopeNote('(Texte présentant de l’intérêt pour l’EEE)', profiles.fr)).toBe(true)
    expect(isScopeNote('Text von Bedeutung für den EWR', profiles.de)).toBe(true)
    expect(isScopeNote('(Text with EEA relevance)', profiles.fr)).toBe(false)
    expect(isScopeNote('This text has EEA relevance.', profiles.en)).toBe(false)
    expect(isScopeNote('(Text with EEA relevance)', undefined)).toBe(false)
  })
})

describe('opensWithPromulgation', () => {
  it('is true of a line of a promulgation formula the profile lists, and of no other', () => {
    expect(opensWithPromulgation('REY DE ESPAÑA', profiles.es)).toBe(true)
    expect(opensWithPromulgation('A todos los que la presente vieren y entendieren.', profiles.es)).toBe(true)
    expect(opensWithPromulgation('Artículo 1. Objeto.', profiles.es)).toBe(false)
    // Only a profile that lists promulgation lines reads any.
    expect(opensWithPromulgation('REY DE ESPAÑA', profiles.en)).toBe(false)
    expect(opensWithPromulgation('REY DE ESPAÑA', undefined)).toBe(false)
  })
})

describe('isDocumentKind', () => {
  it("tells a profile's kind words, without case", () => {
    expect(isDocumentKind('RESOLUTION', profiles.en)).toBe(true)
    expect(isDocumentKind('antrag', profiles.de)).toBe(true)
    expect(isDocumentKind('Assembly', profiles.en)).toBe(false)
    expect(isDocumentKind('Resolution', undefined)).toBe(false)
  })
})

describe('opensWithDocumentKind', () => {
  it('is true of a line opening with a kind the profile lists and two more words, without case', () => {
    expect(opensWithDocumentKind('Declaration on water security', profiles.en)).toBe(true)
    expect(opensWithDocumentKind('RÉSOLUTION sur les bibliothèques', profiles.fr)).toBe(true)
    expect(opensWithDocumentKind('Declaration 2031', profiles.en)).toBe(false)
    expect(opensWithDocumentKind('Home About us Contact', profiles.en)).toBe(false)
    expect(opensWithDocumentKind('Declaration on water security', undefined)).toBe(false)
  })
})

describe('detectLanguage', () => {
  it('tells French from English by stop words', () => {
    expect(
      detectLanguage('Le Conseil ministériel, Réaffirmant que la traite des êtres humains').language,
    ).toBe('fr')
  })
})

describe('chooseProfile', () => {
  const french = () =>
    'Le Conseil ministériel, Réaffirmant que la traite des êtres humains est un crime grave, qui porte atteinte aux droits de la personne et qui est une menace pour la sécurité et la stabilité dans la région,'
  it('takes the profile given, then the language given, and detects only when neither is', () => {
    let asked = 0
    const sample = () => {
      asked++
      return french()
    }
    expect(chooseProfile(sample, {profile: profiles.de})).toEqual({
      profile: profiles.de,
      language: 'de',
      notes: [],
    })
    expect(chooseProfile(sample, {language: 'es-AR'})).toEqual({
      profile: profiles.es,
      language: 'es-AR',
      notes: [],
    })
    expect(asked).toBe(0)
    const detected = chooseProfile(sample, {})
    expect(asked).toBe(1)
    expect(detected.profile).toBe(profiles.fr)
    expect(detected.notes.map((note) => note.ruleId)).toEqual(['language-detected'])
  })

  it('says when the tag given has no profile, when nothing fits and when it is unsure, and nothing of an empty text', () => {
    const unsupported = chooseProfile(french, {language: 'xx'})
    expect(unsupported.language).toBe('fr')
    expect(unsupported.notes.map((note) => [note.severity, note.ruleId])).toEqual([
      ['warning', 'language-unsupported'],
      ['info', 'language-detected'],
    ])
    const unknown = chooseProfile(() => '!!! 123', {})
    expect([unknown.profile, unknown.language]).toEqual([profiles.en, 'und'])
    expect(unknown.notes.map((note) => note.ruleId)).toEqual(['language-unknown'])
    expect(chooseProfile(() => ' \n ', {})).toEqual({profile: profiles.en, language: 'und', notes: []})
    expect(chooseProfile(() => 'the report', {}).notes.map((note) => note.ruleId)).toEqual([
      'language-detected',
      'language-uncertain',
    ])
  })

  it('is what recognize reports, with a tag it has no profile for too', () => {
    const blocks = [{children: [{type: 'text' as const, value: french()}]}]
    const rules = recognize(blocks, {language: 'xx'}).diagnostics.map((diagnostic) => diagnostic.ruleId)
    expect(rules).toContain('language-unsupported')
    expect(rules).toContain('language-detected')
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
        'actTitle',
        'adoption',
        'attachment',
        'closing',
        'enacting',
        'formula',
        'number',
        'opener',
        'recital',
        'recitalListed',
        'symbol',
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
    expect(readOpening('P10_TA(2031)0087', profiles.en).symbol).toBe(true)
    expect(readOpening('P10_TA(2031)0087 Protection of journalists', profiles.en).symbol).toBe(false)
    const act = 'European Parliament resolution of 12 March 2031 on the protection of journalists'
    expect(readOpening(act, profiles.en).actTitle).toBe(true)
    expect(readOpening(`Follow-up to the ${act}`, profiles.en).actTitle).toBe(false)
    expect(readOpening('instructs the Secretary-General', profiles.en).opener).toBe(true)
    expect(readOpening('considering', profiles.en).opener).toBe(true)
    expect(readOpening('instructs the Secretary-General;', profiles.en).opener).toBe(false)
    expect(readOpening('Instructs the Secretary-General', profiles.en).opener).toBe(false)
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

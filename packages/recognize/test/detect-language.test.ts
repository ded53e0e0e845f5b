import {readdirSync, readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {detectLanguage, type Profile, profiles, readOpening} from '../src/index.js'

const corpus = new URL('../../../../shared/corpus/', import.meta.url)

/** Every text of the corpus whose name says its language (`….de.txt`), with that language. */
function labelled(): [string, string, string][] {
  const files: [string, string, string][] = []
  for (const folder of ['text', 'osce']) {
    for (const name of readdirSync(new URL(`${folder}/`, corpus))) {
      const language = /\.([a-z]{2})\.txt$/.exec(name)?.[1]
      if (language) files.push([name, language, readFileSync(new URL(`${folder}/${name}`, corpus), 'utf8')])
    }
  }
  return files
}

describe('detectLanguage', () => {
  const files = labelled()

  it('covers the seven languages of the corpus', () => {
    expect(new Set(files.map(([, language]) => language))).toEqual(
      new Set(['en', 'fr', 'es', 'pt', 'de', 'it', 'ru']),
    )
  })

  for (const [name, language, text] of files) {
    it(`reads ${name} as ${language}`, () => {
      const guess = detectLanguage(text)
      expect(guess.language).toBe(language)
      expect(guess.confidence).toBeGreaterThan(0)
    })
  }

  it('is sure of every corpus text of more than a few lines', () => {
    const unsure = files
      .filter(([, , text]) => text.length > 300)
      .filter(([, , text]) => !detectLanguage(text).sure)
      .map(([name]) => name)
    expect(unsure).toEqual([])
  })

  it('tells the Romance languages apart on one sentence each', () => {
    expect(
      detectLanguage('La Asamblea General, Recordando sus resoluciones y las del Consejo').language,
    ).toBe('es')
    expect(
      detectLanguage('A Assembleia Geral, Recordando as suas resoluções e as do Conselho').language,
    ).toBe('pt')
    expect(
      detectLanguage('L’Assemblea generale, Ricordando le sue risoluzioni e quelle del Consiglio').language,
    ).toBe('it')
    expect(
      detectLanguage('L’Assemblée générale, Rappelant ses résolutions et celles du Conseil').language,
    ).toBe('fr')
  })

  it('is sure of French in a text of a few lines, by the words French alone has (`par`, `dont`, `ont`, `qu’`)', () => {
    const guess = detectLanguage(
      [
        "L'Assemblée nationale,",
        "Vu l'article 34-1 de la Constitution,",
        "Considérant que les aidants, dont le rôle est reconnu par la loi, ont besoin d'un soutien accru ;",
        "Invite le Gouvernement à renforcer ses dispositifs d'aide afin qu'ils répondent aux besoins des familles.",
      ].join('\n'),
    )
    expect(guess).toMatchObject({language: 'fr', sure: true})
    expect(guess.confidence).toBeGreaterThan(0.7)
  })

  it('says how sure it is, and `und` when nothing fits', () => {
    const sure = detectLanguage(
      'The General Assembly, Recalling all its resolutions on the question, and taking note of the report of the Secretary-General on the implementation of the present resolution, which is',
    )
    expect(sure).toMatchObject({language: 'en', sure: true})
    expect(sure.confidence).toBeGreaterThan(0.5)
    const short = detectLanguage('the report')
    expect(short.sure).toBe(false)
    expect(detectLanguage('12345 !!! ??')).toEqual({
      language: 'und',
      confidence: 0,
      sure: false,
      hits: expect.any(Object),
    })
    expect(detectLanguage('国际 联合国 大会').language).toBe('und')
  })

  it('stops reading once the guess is past doubt, and reads on while it is not', () => {
    const english =
      'The General Assembly, recalling its resolutions on the question and taking note of the report of the Secretary-General, '
    const french =
      'L’Assemblée générale, rappelant ses résolutions sur la question et prenant note du rapport du Secrétaire général, '
    // 4 KB of plain English, then 12 KB of French: past doubt within the first 2 KB, the French unread.
    const past = detectLanguage(english.repeat(35) + french.repeat(105))
    expect(past.language).toBe('en')
    expect(past.hits.fr).toBe(0)
    // Two languages mixed sentence by sentence (9 English hits, twice 4 French) stay in doubt: the
    // whole 16 KB is read, eight times the first 2 KB's hits, and no more.
    const mixed = (english + french + french).repeat(50)
    const whole = detectLanguage(mixed)
    expect(whole.hits.fr).toBeGreaterThan(detectLanguage(mixed.slice(0, 2048)).hits.fr! * 7)
    expect(whole.hits).toEqual(detectLanguage(`${mixed.slice(0, 16_384)} ${english.repeat(100)}`).hits)
  })

  it('chooses among the candidates given, a profile defined by a caller included', () => {
    const nl: Profile = {
      language: 'nl',
      stopWords: ['de', 'het', 'een', 'van', 'en', 'in', 'op', 'voor', 'met', 'zijn'],
    }
    const text =
      'De Algemene Vergadering, herinnerend aan haar resoluties, verzoekt de lidstaten een verslag op te stellen van het werk en de resultaten'
    expect(detectLanguage(text, [profiles.en, profiles.de, nl]).language).toBe('nl')
  })
})

describe('readOpening on every line of the corpus texts', () => {
  it('tells a listed recital opener, a formula and an enacting term alike whether asked first or after the whole reading', () => {
    const signals = ['recitalListed', 'formula', 'enacting'] as const
    const found = {recitalListed: 0, formula: 0, enacting: 0}
    let lines = 0
    for (const [name, language, text] of labelled()) {
      const profile = profiles[language as keyof typeof profiles] as Profile
      for (const raw of text.split('\n')) {
        const line = raw.trim()
        if (!line) continue
        // Cut from the lower-case lines too, as the text reader asks of wrapped lines; and whole,
        // past the 400 characters the reading looks at.
        const pieces = new Set([
          line.slice(0, 300),
          line.slice(line.search(/\s\p{Ll}/u) + 1).slice(0, 300),
          raw,
        ])
        for (const piece of pieces) {
          const whole = readOpening(piece, profile)
          void whole.label
          for (const signal of signals) {
            const quick = readOpening(piece, profile)[signal]
            expect(quick, `${signal} of ${name}: ${piece}`).toBe(whole[signal])
            if (quick) found[signal]++
          }
          lines++
        }
      }
    }
    expect(lines).toBeGreaterThan(5000)
    expect(found.recitalListed).toBeGreaterThan(100)
    expect(found.formula).toBeGreaterThan(20)
    expect(found.enacting).toBeGreaterThan(5)
  })
})

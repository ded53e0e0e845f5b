import {plainText} from '@clausewise/model'
import {describe, expect, it} from 'vitest'
import {fromText} from '../src/index.js'
import {eIds, textOf} from './genre-support.js'
import {all} from './support.js'

// Probes of the genre (see genre-support.ts): European Parliament resolutions, their title naming the
// body and the date of adoption, the citations `– having regard to …,`, the recitals lettered `A.`,
// `B.`, the paragraphs numbered and, in longer ones, grouped under headings. Written for these
// tests; expectations worked out by hand.

const texts = {
  en: [
    'European Parliament resolution of 12 March 2031 on the protection of journalists in Europe (2030/2145(INI))',
    'The European Parliament,',
    '– having regard to Article 11 of the Charter of Fundamental Rights of the European Union,',
    '– having regard to Rule 55 of its Rules of Procedure,',
    'A. whereas freedom of expression and media freedom are fundamental to democracy;',
    'B. whereas journalists face increasing threats, including strategic lawsuits against public participation;',
    '1. Condemns all attacks on journalists and media workers;',
    '2. Instructs its President to forward this resolution to the Council and the Commission.',
  ],
  fr: [
    'Résolution du Parlement européen du 12 mars 2031 sur la protection des journalistes en Europe (2030/2145(INI))',
    'Le Parlement européen,',
    "– vu l'article 11 de la charte des droits fondamentaux de l'Union européenne,",
    "– vu l'article 55 de son règlement intérieur,",
    "A. considérant que la liberté d'expression et la liberté des médias sont essentielles à la démocratie ;",
    'B. considérant que les journalistes font face à des menaces croissantes ;',
    '1. condamne toutes les attaques contre les journalistes ;',
    '2. charge sa Présidente de transmettre la présente résolution au Conseil et à la Commission.',
  ],
  es: [
    'Resolución del Parlamento Europeo, de 12 de marzo de 2031, sobre la protección de los periodistas en Europa (2030/2145(INI))',
    'El Parlamento Europeo,',
    '– Visto el artículo 11 de la Carta de los Derechos Fundamentales de la Unión Europea,',
    '– Visto el artículo 55 de su Reglamento interno,',
    'A. Considerando que la libertad de expresión y la libertad de los medios son fundamentales para la democracia;',
    'B. Considerando que los periodistas se enfrentan a amenazas crecientes;',
    '1. Condena todos los ataques contra periodistas;',
    '2. Encarga a su presidenta que transmita la presente Resolución al Consejo y a la Comisión.',
  ],
} as const

const dates = {en: '12 March 2031', fr: '12 mars 2031', es: '12 de marzo de 2031'}

describe('a European Parliament resolution, web text, in three languages', () => {
  it.each(Object.entries(texts))(
    'reads the %s title’s date as the date of adoption, the whole line the title',
    (language, lines) => {
      const {document, diagnostics} = fromText(lines.join('\n'))
      expect(document.meta.language).toBe(language)
      expect(document.meta.frbr.date).toBe('2031-03-12')
      expect(plainText(all(document, 'docTitle')[0] as never)).toBe(lines[0])
      const date = all(document, 'inline').find((node) => node.element === 'docDate')
      expect(date && plainText(date as never)).toBe(dates[language as keyof typeof dates])
      expect(date?.attributes).toEqual({date: '2031-03-12'})
      expect(diagnostics.map((diagnostic) => diagnostic.ruleId)).not.toContain('adoption-date-unknown')
    },
  )

  it.each(Object.entries(texts))(
    'keeps the letters of the %s recitals as their numbers',
    (_language, lines) => {
      const {document} = fromText(lines.join('\n'))
      expect(eIds(document)).toEqual([
        'preamble__formula_1',
        'preamble__recitals_1__recital_o_1',
        'preamble__recitals_1__recital_o_2',
        'preamble__recitals_1__recital_A',
        'preamble__recitals_1__recital_B',
        'para_1',
        'para_2',
      ])
      expect(textOf(document, 'preamble__recitals_1__recital_B')).toBe(lines[5].slice(3))
    },
  )
})

describe('a heading over the first paragraphs, after the recitals', () => {
  const lines = [
    'The European Parliament,',
    '– having regard to Rule 55 of its Rules of Procedure,',
    'A. whereas journalists face increasing threats;',
    'General considerations',
    '1. Condemns all attacks on journalists and media workers;',
    '2. Calls on the Commission to propose a directive on the safety of journalists;',
    'Safety of journalists',
    '3. Urges the Member States to establish national action plans;',
    '4. Instructs its President to forward this resolution to the Council and the Commission.',
  ]

  it('reads it as the body’s first cross-heading, as the later one is, not as a recital', () => {
    const {document, diagnostics} = fromText(lines.join('\n'), {language: 'en'})
    expect(eIds(document)).toEqual([
      'preamble__formula_1',
      'preamble__recitals_1__recital_o_1',
      'preamble__recitals_1__recital_A',
      'hcontainer_1',
      'para_1',
      'para_2',
      'hcontainer_2',
      'para_3',
      'para_4',
    ])
    expect(textOf(document, 'hcontainer_1')).toBe('General considerations')
    expect(diagnostics.map((diagnostic) => diagnostic.ruleId)).not.toContain('recital-guessed')
  })

  it('keeps a line that opens like a recital a recital, though a numbered paragraph follows', () => {
    const {document} = fromText(
      ['The General Assembly,', 'Recalling its resolution 78/1', '1. Decides to act.'].join('\n'),
      {language: 'en'},
    )
    expect(eIds(document)).toEqual(['preamble__formula_1', 'preamble__recitals_1__recital_1', 'para_1'])
  })
})

describe('the European Parliament’s texts adopted, as their PDF gives them', () => {
  it('takes the text’s symbol (`P10_TA(2031)0087`) for the number', () => {
    const {document} = fromText(
      [
        'TEXTS ADOPTED',
        '',
        'P10_TA(2031)0087',
        'Protection of journalists in Europe',
        '',
        'The European Parliament,',
        '',
        '– having regard to Rule 55 of its Rules of Procedure,',
        '',
        '1. Condemns all attacks on journalists and media workers.',
      ].join('\n'),
      {language: 'en'},
    )
    expect(document.meta.frbr.number).toBe('P10_TA(2031)0087')
    expect(document.meta.frbr.country).toBe('eu')
  })
})

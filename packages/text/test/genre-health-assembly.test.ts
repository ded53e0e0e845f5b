import {plainText} from '@clausewise/model'
import {describe, expect, it} from 'vitest'
import {fromText} from '../src/index.js'
import {eIds, furniture, textOf} from './genre-support.js'
import {all} from './support.js'

// Probes of the genre (see genre-support.ts): World Health Assembly resolutions in the Organization's
// languages, as its web pages give them (one paragraph a line, no blank lines): the Assembly's name in
// capitals, the symbol, the agenda item, the date and a short title above the formula; points `(1)` in
// English, `1)` in French and Spanish. Written for these tests; expectations worked out by hand.

const texts = {
  en: [
    'SEVENTY-NINTH WORLD HEALTH ASSEMBLY',
    'WHA79.8',
    'Agenda item 15.2',
    '27 May 2031',
    'Climate change and health',
    'The Seventy-ninth World Health Assembly,',
    'Having considered the report by the Director-General;',
    'Recalling resolution WHA61.19 (2008) on climate change and health;',
    '1. URGES Member States:',
    '(1) to assess the vulnerability of their health systems to climate change;',
    '(2) to reduce greenhouse gas emissions from the health sector;',
    '2. REQUESTS the Director-General to report on progress to the Eighty-first World Health Assembly.',
    'Eighth plenary meeting, 27 May 2031',
    'A79/VR/8',
  ],
  fr: [
    'SOIXANTE-DIX-NEUVIÈME ASSEMBLÉE MONDIALE DE LA SANTÉ',
    'WHA79.8',
    "Point 15.2 de l'ordre du jour",
    '27 mai 2031',
    'Changement climatique et santé',
    "L'Assemblée mondiale de la Santé,",
    'Ayant examiné le rapport du Directeur général ;',
    'Rappelant la résolution WHA61.19 (2008) sur le changement climatique et la santé ;',
    '1. PRIE INSTAMMENT les États Membres :',
    "1) d'évaluer la vulnérabilité de leurs systèmes de santé au changement climatique ;",
    '2) de réduire les émissions de gaz à effet de serre du secteur de la santé ;',
    '2. PRIE le Directeur général de faire rapport sur les progrès accomplis à la Quatre-Vingt-Unième Assemblée mondiale de la Santé.',
    'Huitième séance plénière, 27 mai 2031',
    'A79/VR/8',
  ],
  es: [
    '79.ª ASAMBLEA MUNDIAL DE LA SALUD',
    'WHA79.8',
    'Punto 15.2 del orden del día',
    '27 de mayo de 2031',
    'Cambio climático y salud',
    'La Asamblea Mundial de la Salud,',
    'Habiendo examinado el informe del Director General;',
    'Recordando la resolución WHA61.19 (2008) sobre cambio climático y salud;',
    '1. INSTA a los Estados Miembros:',
    '1) a que evalúen la vulnerabilidad de sus sistemas de salud al cambio climático;',
    '2) a que reduzcan las emisiones de gases de efecto invernadero del sector de la salud;',
    '2. PIDE al Director General que informe sobre los progresos realizados a la 81.ª Asamblea Mundial de la Salud.',
    'Octava sesión plenaria, 27 de mayo de 2031',
    'A79/VR/8',
  ],
} as const

const titles = {
  en: 'Climate change and health',
  fr: 'Changement climatique et santé',
  es: 'Cambio climático y salud',
}

describe('a World Health Assembly resolution with a short title, web text in three languages', () => {
  it.each(Object.entries(texts))(
    'keeps the %s head above the formula, its title and number: five short lines are no site menu',
    (language, lines) => {
      const {document, diagnostics} = fromText(lines.join('\n'))
      expect(document.meta.language).toBe(language)
      // Only the agenda item line and the verbatim record's symbol are furniture.
      expect(furniture(diagnostics)).toEqual([lines[2], 'A79/VR/8'])
      expect(plainText(all(document, 'docNumber')[0] as never)).toBe('WHA79.8')
      expect(plainText(all(document, 'docTitle')[0] as never)).toBe(titles[language as keyof typeof titles])
      expect(plainText(document)).toContain(lines[0])
      expect(document.meta.frbr.date).toBe('2031-05-27')
      expect(eIds(document)).toEqual([
        'preamble__formula_1',
        'preamble__recitals_1__recital_1',
        'preamble__recitals_1__recital_2',
        'para_1',
        'para_1__list_1__point_1',
        'para_1__list_1__point_2',
        'para_2',
      ])
      expect(textOf(document, 'para_1__list_1__point_2')).toBe(lines[10].replace(/^\S+ /, ''))
    },
  )
})

describe('a formula that gives the session’s ordinal in figures', () => {
  it.each([
    [
      'es',
      'La 79.ª Asamblea Mundial de la Salud,',
      'Recordando la resolución WHA61.19 (2008);',
      '1. INSTA a los Estados Miembros a actuar.',
    ],
    [
      'en',
      'The 79th World Health Assembly,',
      'Recalling resolution WHA61.19 (2008);',
      '1. URGES Member States to act.',
    ],
    [
      'de',
      'Die 79. Weltgesundheitsversammlung,',
      'unter Hinweis auf die Resolution WHA61.19 (2008),',
      '1. FORDERT die Mitgliedstaaten AUF, zu handeln.',
    ],
  ])(
    'reads `%s` `%s` as the formula, not as a line of the preface',
    (language, formula, recital, paragraph) => {
      const {document} = fromText([formula, recital, paragraph].join('\n'), {language})
      expect(eIds(document)).toEqual(['preamble__formula_1', 'preamble__recitals_1__recital_1', 'para_1'])
      expect(textOf(document, 'preamble__formula_1')).toBe(formula)
    },
  )

  it('keeps a figure that is no ordinal a number of a sentence: `The 21 Member States,` opens no formula', () => {
    const {document} = fromText(
      [
        'The 21 Member States,',
        'Recalling resolution WHA61.19 (2008);',
        '1. URGES Member States to act.',
      ].join('\n'),
      {language: 'en'},
    )
    expect(eIds(document)).not.toContain('preamble__formula_1')
  })
})

describe('decisions of the Health Assembly and the Executive Board: one sentence, the meeting in brackets', () => {
  it('reads a decision of one sentence as web text, its symbol the number and its meeting line the date', () => {
    const lines = [
      'WHA79(12) Appointment of representatives to the WHO Staff Pension Committee',
      'The Seventy-ninth World Health Assembly nominated Dr A. Example, delegate of Somewhere, as a member of the WHO Staff Pension Committee for a three-year term until May 2034.',
      '(Ninth plenary meeting, 30 May 2031)',
    ]
    const {document, diagnostics} = fromText(lines.join('\n'))
    expect(diagnostics.find((diagnostic) => diagnostic.ruleId === 'layout-detected')?.text).toBe('web')
    expect(document.meta.frbr.number).toBe('WHA79(12)')
    expect(document.meta.frbr.country).toBe('who')
    expect(document.meta.frbr.date).toBe('2031-05-30')
    // One paragraph, whole: `Dr A. Example` is no place to cut a sentence.
    expect(plainText(document.children.find((node) => node.type === 'mainBody')!)).toBe(lines[1])
    expect(plainText(document.children.find((node) => node.type === 'conclusions')!)).toBe(lines[2])
  })

  it('takes the Executive Board’s decision symbol for the number', () => {
    const {document} = fromText(
      [
        'EB168(7)',
        'Global strategy on digital health: extension of the time frame',
        'The Executive Board, having considered the report by the Director-General, decided:',
        '(1) to extend the time frame of the global strategy on digital health until 2035;',
        '(2) to request the Director-General to report on progress to the Eighty-second World Health Assembly.',
        '(Third meeting, 3 February 2031)',
      ].join('\n'),
    )
    expect(document.meta.frbr.number).toBe('EB168(7)')
    expect(plainText(all(document, 'docTitle')[0] as never)).toBe(
      'Global strategy on digital health: extension of the time frame',
    )
    expect(document.meta.frbr.date).toBe('2031-02-03')
  })

  it.each([
    [
      'en',
      'The Seventy-ninth World Health Assembly decided to hold its next session in Geneva from 20 to 28 May 2032.',
      'Ninth plenary meeting, 30 May 2031',
    ],
    [
      'fr',
      "L'Assemblée mondiale de la Santé a décidé de tenir sa prochaine session à Genève du 20 au 28 mai 2032.",
      'Neuvième séance plénière, 30 mai 2031',
    ],
    [
      'es',
      'La Asamblea Mundial de la Salud decidió celebrar su próxima reunión en Ginebra del 20 al 28 de mayo de 2032.',
      'Novena sesión plenaria, 30 de mayo de 2031',
    ],
  ])(
    'reads the %s meeting line by its ordinal in words as the conclusions, its date the adoption’s',
    (language, decision, line) => {
      const {document, diagnostics} = fromText(
        ['WHA79(13) Date and place of the Eightieth World Health Assembly', decision, line].join('\n'),
        {language},
      )
      expect(plainText(document.children.find((node) => node.type === 'conclusions')!)).toBe(line)
      expect(document.meta.frbr.date).toBe('2031-05-30')
      expect(diagnostics.map((diagnostic) => diagnostic.ruleId)).toContain('adoption-date-from-line')
    },
  )
})

describe('a resolution as its PDF gives it, the cover with the symbol taken out', () => {
  const lines = [
    'General Conference GC(75)/RES/11',
    'September 2031',
    'General Distribution',
    'English',
    'Seventy-fifth regular session',
    'Item 16 of the agenda',
    '',
    'Nuclear security',
    '',
    'Resolution adopted on 19 September 2031 during the eighth plenary meeting',
    '',
    'The General Conference,',
    '',
    '(a) Recalling resolution GC(74)/RES/9 and previous resolutions on nuclear security,',
    '',
    '1. Calls upon all Member States to strengthen nuclear security.',
  ]
  const {document} = fromText(lines.join('\n'))

  it('reads the one title-shaped line of the preface as the title, and the adoption line’s date', () => {
    expect(document.meta.frbr.number).toBe('GC(75)/RES/11')
    expect(plainText(all(document, 'docTitle')[0] as never)).toBe('Nuclear security')
    expect(document.meta.frbr.date).toBe('2031-09-19')
  })
})

describe('the end mark of WHO documents', () => {
  it('takes `= = =` out as furniture, not as a line of the conclusions', () => {
    const {document, diagnostics} = fromText(
      [
        'The Seventy-ninth World Health Assembly,',
        'Recalling resolution WHA61.19 (2008);',
        '1. URGES Member States to act.',
        'Eighth plenary meeting, 27 May 2031',
        '= = =',
      ].join('\n'),
      {language: 'en'},
    )
    expect(furniture(diagnostics)).toEqual(['= = ='])
    expect(plainText(document.children.find((node) => node.type === 'conclusions')!)).toBe(
      'Eighth plenary meeting, 27 May 2031',
    )
  })
})

describe('a short decision under its agenda item, web text of five lines', () => {
  const lines = [
    'WHA79(13)',
    'Agenda item 20',
    'Date and place of the Eightieth World Health Assembly',
    'The Seventy-ninth World Health Assembly decided to hold its next session in Geneva from 20 to 28 May 2032.',
    '(Ninth plenary meeting, 30 May 2031)',
  ]

  it('is no cover block, though a block of few lines that holds a cover line: a cover is never all the text', () => {
    const {document, diagnostics} = fromText(lines.join('\n'))
    expect(furniture(diagnostics)).toEqual(['Agenda item 20'])
    expect(diagnostics.map((diagnostic) => diagnostic.ruleId)).not.toContain('empty-input')
    expect(plainText(all(document, 'docTitle')[0] as never)).toBe(lines[2])
    expect(plainText(document.children.find((node) => node.type === 'mainBody')!)).toBe(lines[3])
    expect(document.meta.frbr.date).toBe('2031-05-30')
  })
})

import {clauses, plainText} from '@clausewise/model'
import {describe, expect, it} from 'vitest'
import {fromText} from '../src/index.js'
import {eIds, furniture, textOf} from './genre-support.js'

// Probes of the genre (see genre-support.ts): Council of the European Union conclusions as text
// extraction gives its documents' pages, form feeds between them: the foot of each page prints the
// document's number, the drafter's initials and the page, the directorate and the language code,
// each on a line of its own once extracted (`ANNEX` too, on the annex's pages). Written for these
// tests; expectations worked out by hand.

/** The foot of a page of a Council document, as extracted: one cell a line. */
function foot(page: number, annex: boolean): string[] {
  return ['7123/31', 'AB/cd', String(page), ...(annex ? ['ANNEX'] : []), 'LIFE.5', 'EN']
}

const text = [
  'Delegations will find in the annex the Council conclusions on mental health, approved by the',
  'Council at its 4012th meeting held on 14 March 2031.',
  '',
  ...foot(1, false),
  '\f',
  'ANNEX',
  'Council conclusions on mental health',
  'THE COUNCIL OF THE EUROPEAN UNION,',
  '1.',
  'RECALLS that mental health is an integral part of health and well-being and that the COVID-19',
  'pandemic had a lasting impact on mental health across the Union;',
  '2.',
  'STRESSES that investment in mental health promotion and prevention yields high returns;',
  '3.',
  'INVITES the Member States to:',
  'a) develop comprehensive national mental health strategies;',
  'b) ensure access to community-based mental health services;',
  '',
  ...foot(2, true),
  '\f',
  '4.',
  'INVITES the Commission to support the exchange of good practices among Member States;',
  '5.',
  'CALLS ON the Member States and the Commission to work together on the implementation of',
  'these conclusions.',
  '',
  ...foot(3, true),
  '',
].join('\n')

describe('Council conclusions as extracted from the Council’s PDF, its page feet one cell a line', () => {
  const {document, diagnostics} = fromText(text)

  it('takes each page’s foot out whole, the language code `EN` with it', () => {
    const feet = furniture(diagnostics)
    expect(feet).toContain(foot(2, true).join('\n'))
    expect(feet).toContain(foot(3, true).join('\n'))
    expect(feet.some((lines) => lines?.startsWith(foot(1, false).join('\n')))).toBe(true)
  })

  it('reads the five paragraphs apart, none glued to the foot of the page before it', () => {
    expect(eIds(document)).toEqual([
      'preamble__formula_1',
      'para_1',
      'para_2',
      'para_3',
      'para_3__list_1__point_a',
      'para_3__list_1__point_b',
      'para_4',
      'para_5',
    ])
    expect(textOf(document, 'para_3__list_1__point_b')).toBe(
      'ensure access to community-based mental health services;',
    )
    expect(textOf(document, 'para_4')).toBe(
      'INVITES the Commission to support the exchange of good practices among Member States;',
    )
  })
})

describe('the cover of a Council document: its original language in brackets', () => {
  it('takes the block with `(OR. en)` out as the cover, as `Original: English` is', () => {
    const {diagnostics} = fromText(
      [
        'Council of the',
        'European Union',
        'Brussels, 14 March 2031',
        '(OR. en)',
        '',
        'Council conclusions on mental health',
        'THE COUNCIL OF THE EUROPEAN UNION,',
        '1. RECALLS that mental health is an integral part of health;',
        '2. INVITES the Commission to support the exchange of good practices.',
      ].join('\n'),
      {language: 'en'},
    )
    expect(furniture(diagnostics)[0]).toBe(
      'Council of the\nEuropean Union\nBrussels, 14 March 2031\n(OR. en)',
    )
  })
})

describe('a Council document’s own number: `7123/31` on its cover and feet, `ST 7123 2031 INIT`', () => {
  /** The text of every clause, joined. */
  const clauseText = (document: ReturnType<typeof fromText>['document']) =>
    clauses(document)
      .map((clause) => plainText(clause))
      .join('\n')

  it('records the number its cover prints as the document’s symbol, the cover taken out', () => {
    const {document, diagnostics} = fromText(
      [
        'Council of the',
        'European Union',
        'Brussels, 14 March 2031',
        '(OR. en)',
        '7123/31',
        '',
        'Council conclusions on mental health',
        'THE COUNCIL OF THE EUROPEAN UNION,',
        '1. RECALLS that mental health is an integral part of health;',
        '2. INVITES the Commission to support the exchange of good practices.',
      ].join('\n'),
      {language: 'en'},
    )
    expect(furniture(diagnostics)[0]).toBe(
      'Council of the\nEuropean Union\nBrussels, 14 March 2031\n(OR. en)\n7123/31',
    )
    expect(document.meta.symbol).toBe('7123/31')
    expect(document.meta.frbr.country).toBe('eu')
    expect(eIds(document)).toEqual(['preamble__formula_1', 'para_1', 'para_2'])
    expect(clauseText(document)).not.toContain('7123')
  })

  it('records the register’s form on its line above the title (`ST 7123 2031 INIT`), apart from the first clause', () => {
    const {document} = fromText(
      [
        'ST 7123 2031 INIT',
        'Council conclusions on mental health',
        'THE COUNCIL OF THE EUROPEAN UNION,',
        '1. RECALLS that mental health is an integral part of health;',
        '2. INVITES the Commission to support the exchange of good practices.',
      ].join('\n'),
      {language: 'en'},
    )
    expect(document.meta.symbol).toBe('ST 7123 2031 INIT')
    expect(eIds(document)).toEqual(['preamble__formula_1', 'para_1', 'para_2'])
    expect(clauseText(document)).not.toContain('ST 7123')
    const preface = document.children.find((child) => child.type === 'preface')
    expect(preface && plainText(preface)).toContain('ST 7123 2031 INIT')
  })

  it.each(['ST 7123 2031 INIT', '7123/31'])(
    'keeps `%s` over the first numbered paragraph of a single-spaced text out of it',
    (number) => {
      const {document} = fromText(
        [
          number,
          '1. The Council approved the conclusions set out in the annex and agreed to report to the',
          'European Council.',
          '2. The Presidency will report to the European Council at its next meeting in the spring of',
          'the year.',
        ].join('\n'),
        {language: 'en'},
      )
      expect(document.meta.symbol).toBe(number)
      expect(eIds(document)).toEqual(['para_1', 'para_2'])
      expect(textOf(document, 'para_1')).toBe(
        'The Council approved the conclusions set out in the annex and agreed to report to the European Council.',
      )
    },
  )

  it('takes the number from the feet of its pages where the cover is not in the text', () => {
    const {document} = fromText(text)
    expect(document.meta.symbol).toBe('7123/31')
  })

  it('takes the feet of a document of two pages out whole, the number with them, none in a clause', () => {
    const {document, diagnostics} = fromText(
      [
        'ST 7123 2031 INIT',
        'THE COUNCIL OF THE EUROPEAN UNION,',
        '1.',
        'RECALLS that mental health is an integral part of health;',
        '2.',
        'STRESSES that investment in mental health promotion yields high returns;',
        '',
        ...foot(1, false),
        '\f',
        '3.',
        'INVITES the Commission to support the exchange of good practices.',
        '',
        ...foot(2, false),
        '',
      ].join('\n'),
      {language: 'en'},
    )
    expect(furniture(diagnostics)).toEqual([foot(1, false).join('\n'), foot(2, false).join('\n')])
    expect(eIds(document)).toEqual(['preamble__formula_1', 'para_1', 'para_2', 'para_3'])
    expect(textOf(document, 'para_3')).toBe(
      'INVITES the Commission to support the exchange of good practices.',
    )
    expect(clauseText(document)).not.toContain('7123')
    expect(document.meta.symbol).toBe('ST 7123 2031 INIT')
  })

  it('takes no number a sentence cites', () => {
    const {document} = fromText(
      [
        'Council conclusions on mental health',
        'THE COUNCIL OF THE EUROPEAN UNION,',
        '1. RECALLS its conclusions set out in document 7123/31 and in document ST 6012 2031 INIT;',
        '2. INVITES the Commission to support the exchange of good practices.',
      ].join('\n'),
      {language: 'en'},
    )
    expect(document.meta.symbol).toBeUndefined()
  })
})

describe('a Council document in `pdftotext -layout`: its cover’s and feet’s cells side by side', () => {
  /** A page's foot as `-layout` sets it: the cells of each line apart. */
  const wideFoot = (page: number, annex: boolean): string[] => [
    `7123/31                                 AB/cd                                   ${page}`,
    `                          ${annex ? 'ANNEX     ' : ''}LIFE.5                           EN`,
  ]
  const cover = [
    'Council of the                                           Brussels, 14 March 2031',
    'European Union                                           (OR. en)',
    '                                                         7123/31',
  ]

  it('takes the cover out as furniture, the number its symbol, with or without an interinstitutional file', () => {
    for (const file of [[], ['Interinstitutional File:', '2031/0123(NLE)']]) {
      const {document, diagnostics} = fromText(
        [
          ...cover,
          ...file,
          '',
          'THE COUNCIL OF THE EUROPEAN UNION,',
          '1.      RECALLS that mental health is an integral part of health;',
          '2.      INVITES the Commission to support the exchange of good practices.',
        ].join('\n'),
        {language: 'en'},
      )
      expect(furniture(diagnostics)[0]).toBe([...cover, ...file].join('\n'))
      expect(document.meta.symbol).toBe('7123/31')
      expect(eIds(document)).toEqual(['preamble__formula_1', 'para_1', 'para_2'])
    }
  })

  it('takes each page’s foot out whole, the paragraph after it apart', () => {
    const {document, diagnostics} = fromText(
      [
        ...cover,
        '',
        'Delegations will find in the annex the Council conclusions on mental health, approved by the',
        'Council at its 4012th meeting held on 14 March 2031.',
        '',
        ...wideFoot(1, false),
        '\f',
        '                                          ANNEX',
        'THE COUNCIL OF THE EUROPEAN UNION,',
        '1.      RECALLS that mental health is an integral part of health and well-being;',
        '2.      INVITES the Member States to:',
        '        a)    develop comprehensive national mental health strategies;',
        '        b)    ensure access to community-based mental health services;',
        '',
        ...wideFoot(2, true),
        '\f',
        '3.      INVITES the Commission to support the exchange of good practices among Member States;',
        '4.      CALLS ON the Member States and the Commission to work together on the implementation of',
        '        these conclusions.',
        '',
        ...wideFoot(3, true),
        '',
      ].join('\n'),
      {language: 'en'},
    )
    const feet = furniture(diagnostics)
    expect(feet).toContain(wideFoot(2, true).join('\n'))
    expect(feet).toContain(wideFoot(3, true).join('\n'))
    expect(eIds(document).filter((eId) => eId.startsWith('para_') && !eId.includes('__'))).toEqual([
      'para_1',
      'para_2',
      'para_3',
      'para_4',
    ])
    expect(textOf(document, 'para_2__list_1__point_b')).toBe(
      'ensure access to community-based mental health services;',
    )
    expect(textOf(document, 'para_3')).toBe(
      'INVITES the Commission to support the exchange of good practices among Member States;',
    )
  })
})

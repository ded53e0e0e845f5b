import {clauses, ownText, plainText, titleOf} from '@clausewise/model'
import {describe, expect, it} from 'vitest'
import {fromText} from '../src/index.js'
import {eIds} from './genre-support.js'
import {all, document as read} from './support.js'

// Probes of the genre (see genre-support.ts): expectations written by hand from each text.

describe('a United States Senate resolution in the Government Publishing Office’s text', () => {
  // Written for this test in the GPO's layout: bracketed header lines, `<DOC>`, the Congress and
  // session, `S. RES. 712`, the title, the chamber, the date, the sponsors' line, `RESOLUTION` and the
  // title again, then the `Whereas` recitals and the resolving clause.
  const {document, diagnostics} = fromText(read('us-senate-resolution-gpo.en.txt'))

  it('takes the Senate’s symbol for the number and the title under `RESOLUTION`, its final stop kept', () => {
    expect(document.meta.symbol).toBe('S. RES. 712')
    expect(titleOf(document).title).toBe(
      'Expressing support for the designation of May 2031 as "National Water Safety Month".',
    )
  })

  it('keeps the cover, the sponsors’ line included, in the preface: no recital is guessed', () => {
    const preface = document.children.find((child) => child.type === 'preface')
    expect(plainText(preface!)).toContain('Ms. Smith (for herself and Mr. Jones) submitted the following')
    expect(diagnostics.filter((diagnostic) => diagnostic.ruleId === 'recital-guessed')).toEqual([])
  })

  it('reads the resolving clause as the enacting formula and its items (1) to (3) as paragraphs', () => {
    expect(all(document, 'formula').map((node) => plainText(node as never))).toEqual([
      'Resolved, That the Senate--',
    ])
    const body = clauses(document).filter(
      (node) => node.type === 'paragraph' || node.type === 'blockContainer',
    )
    expect(body.map((node) => ownText(node).replace(/\s+/g, ' '))).toEqual([
      "supports the designation of May 2031 as ``National Water Safety Month'';",
      'encourages the people of the United States to learn about water safety; and',
      'recognizes the work of lifeguards and water safety instructors.',
    ])
  })

  it('takes the markup tags alone on their lines (`<DOC>`, `<all>`) out as furniture', () => {
    const furniture = diagnostics
      .filter((diagnostic) => diagnostic.ruleId === 'page-furniture')
      .map((diagnostic) => diagnostic.text?.trim())
    expect(furniture).toEqual(['<DOC>', '<all>'])
  })

  it('reads the three `Whereas` recitals, the second ending `; and`', () => {
    const recitals = clauses(document).filter((node) => node.type === 'recital')
    expect(recitals.map((node) => ownText(node).slice(0, 30))).toEqual([
      'Whereas drowning is a leading ',
      'Whereas water safety education',
      'Whereas community organization',
    ])
  })
})

describe('a state senate resolution: `WHEREAS, …; and`, `BE IT RESOLVED …, That`', () => {
  // Written for this test in the shape state legislatures print: the chamber's number line, the
  // sponsors, the title naming the kind, recitals that go on with `; and`, the resolving clauses
  // in capitals, the adoption line with a date written month first.
  const text = [
    'SENATE RESOLUTION NO. 45',
    'By Senators Smith and Jones',
    'A RESOLUTION recognizing March 2031 as Groundwater Awareness Month.',
    'WHEREAS, groundwater supplies drinking water to half of the residents of the State; and',
    'WHEREAS, the protection of aquifers requires cooperation among counties and municipalities; and',
    'WHEREAS, public awareness of groundwater conservation remains low; now, therefore,',
    'BE IT RESOLVED by the Senate of the State of Exampleland, That the Senate recognizes March 2031 as Groundwater Awareness Month; and',
    'BE IT FURTHER RESOLVED, That a copy of this resolution be transmitted to the Governor.',
    'Adopted by the Senate on March 3, 2031.',
  ].join('\n\n')
  const {document} = fromText(text)

  it('reads the number, the title past the sponsors’ line, three recitals, two resolving clauses and the date', () => {
    expect(document.meta.frbr.number).toBe('45')
    expect(titleOf(document).title).toBe(
      'A RESOLUTION recognizing March 2031 as Groundwater Awareness Month.',
    )
    expect(eIds(document)).toEqual([
      'preamble__recitals_1__recital_1',
      'preamble__recitals_1__recital_2',
      'preamble__recitals_1__recital_3',
      'para_1',
      'para_2',
    ])
    expect(document.meta.frbr.date).toBe('2031-03-03')
  })
})

describe('a Brazilian federal act, web text: number and date line, its `ementa`, the enacting clause', () => {
  const text = [
    'LEI Nº 15.321, DE 14 DE MARÇO DE 2031',
    '',
    'Dispõe sobre a proteção de nascentes e dá outras providências.',
    '',
    'O PRESIDENTE DA REPÚBLICA Faço saber que o Congresso Nacional decreta e eu sanciono a seguinte Lei:',
    '',
    'Art. 1º Esta Lei dispõe sobre a proteção de nascentes.',
    '',
    'Art. 2º Compete aos Municípios:',
    '',
    'I - cadastrar as nascentes de seu território;',
    '',
    'II - fiscalizar as áreas de preservação.',
    '',
    'Art. 3º Esta Lei entra em vigor na data de sua publicação.',
    '',
    'Brasília, 14 de março de 2031; 210º da Independência e 143º da República.',
  ].join('\n')
  const {document} = fromText(text)

  it('reads the number line whole, the `ementa` under it as the title (its stop kept), and the date of signature', () => {
    expect(document.meta.frbr.number).toBe('15.321')
    expect(titleOf(document)).toEqual({
      number: 'LEI Nº 15.321, DE 14 DE MARÇO DE 2031',
      title: 'Dispõe sobre a proteção de nascentes e dá outras providências.',
    })
    expect(document.meta.frbr.date).toBe('2031-03-14')
  })

  it('reads `… decreta e eu sanciono a seguinte Lei:` as the enacting formula, then three articles, and the signature line as the conclusions', () => {
    expect(clauses(document).map((node) => node.eId)).toEqual([
      'preamble__formula_1',
      'art_1',
      'art_2',
      'art_2__para_I',
      'art_2__para_II',
      'art_3',
    ])
    const conclusions = document.children.find((child) => child.type === 'conclusions')
    expect(plainText(conclusions!)).toBe(
      'Brasília, 14 de março de 2031; 210º da Independência e 143º da República.',
    )
  })
})

describe('a United States bill: its cover, `Be it enacted …`, sections `SEC. 2. DEFINITIONS.`', () => {
  const text = [
    '118th CONGRESS',
    '1st Session',
    'H. R. 1234',
    'To amend the Clean Air Act to improve air quality monitoring.',
    'IN THE HOUSE OF REPRESENTATIVES',
    'March 3, 2031',
    'Mr. Smith introduced the following bill; which was referred to the Committee on Energy and Commerce',
    'A BILL',
    'To amend the Clean Air Act to improve air quality monitoring.',
    'Be it enacted by the Senate and House of Representatives of the United States of America in Congress assembled,',
    'SECTION 1. SHORT TITLE.',
    'This Act may be cited as the "Air Quality Monitoring Act of 2031".',
    'SEC. 2. DEFINITIONS.',
    'In this Act:',
    '(1) Administrator.—The term "Administrator" means the Administrator of the Environmental Protection Agency.',
    '(2) State.—The term "State" means each of the several States.',
  ].join('\n\n')
  const {document} = fromText(text, {language: 'en'})

  it('reads the cover as the preface and the enacting clause as the formula', () => {
    const preface = document.children.find((node) => node.type === 'preface')
    expect(preface && plainText(preface)).toContain('A BILL')
    expect(preface && plainText(preface)).toContain('Mr. Smith introduced the following bill')
    expect(all(document, 'formula').map((node) => plainText(node as never))).toEqual([
      'Be it enacted by the Senate and House of Representatives of the United States of America in Congress assembled,',
    ])
    expect(all(document, 'recital')).toHaveLength(0)
  })

  it('reads each section with its heading in capitals, `SEC.` as `SECTION`', () => {
    expect(eIds(document)).toEqual([
      'preamble__formula_1',
      'sec_1',
      'sec_1__para_1',
      'sec_2',
      'sec_2__para_1',
      'sec_2__para_2',
    ])
    expect(all(document, 'heading').map((node) => plainText(node as never))).toEqual([
      'SHORT TITLE.',
      'DEFINITIONS.',
    ])
  })

  it('keeps an article’s one short sentence its text, not a heading, where headings are not in capitals', () => {
    const {document: regulation} = fromText(
      [
        'Article 1. This Regulation shall enter into force.',
        'Article 2. It shall apply from 1 June 2031.',
      ].join('\n\n'),
      {language: 'en'},
    )
    expect(all(regulation, 'heading')).toHaveLength(0)
  })
})

describe('an Austrian federal act in the gazette: its part and number over the enacting formula', () => {
  // The Bundesgesetzblatt heads each act with its part (`Teil I`) and its item's number before the
  // act's kind (`42. Bundesgesetz: …`, then `42. Bundesgesetz, mit dem …`), over `Der Nationalrat
  // hat beschlossen:`.
  const text = [
    'BUNDESGESETZBLATT',
    'FÜR DIE REPUBLIK ÖSTERREICH',
    'Jahrgang 2031',
    '',
    'Ausgegeben am 4. März 2031',
    '',
    'Teil I',
    '',
    '42. Bundesgesetz: Änderung des Bibliotheksgesetzes',
    '42. Bundesgesetz, mit dem das Bibliotheksgesetz geändert wird',
    'Der Nationalrat hat beschlossen:',
    'Das Bibliotheksgesetz, BGBl. I Nr. 12/2020, wird wie folgt geändert:',
    '1. In § 3 Abs. 1 wird das Wort „Leihfrist“ durch das Wort „Ausleihfrist“ ersetzt.',
    '2. In § 5 entfällt der Abs. 4.',
  ].join('\n')
  const {document} = fromText(text)

  it('reads the formula, the heads in the preface and the items as paragraphs', () => {
    expect(all(document, 'formula').map((node) => plainText(node as never))).toEqual([
      'Der Nationalrat hat beschlossen:',
    ])
    const preface = plainText(document.children.find((node) => node.type === 'preface') as never)
    expect(preface).toContain('42. Bundesgesetz, mit dem das Bibliotheksgesetz geändert wird')
    expect(eIds(document).filter((eId) => eId.startsWith('para_'))).toEqual(['para_1', 'para_2'])
  })
})

describe('a House resolution as the GPO prints it: the margin’s line numbers between its lines', () => {
  // Double spacing, each line of the resolving part numbered in the margin (`1`, `2`, …), the
  // extraction printing each number on a line of its own: no footnote marker fallen off a line.
  const lines = [
    'H. RES. 977',
    'Recognizing the centennial of the public library of a city and the',
    'work of its librarians.',
    'Whereas the library opened its doors to the public in the spring',
    'of 1931;',
    'Whereas the library serves every neighborhood of the city through',
    'its branches and its bookmobiles: Now, therefore, be it',
    '1',
    'Resolved, That the House of Representatives—',
    '2',
    '(1) recognizes the centennial of the public',
    '3',
    'library; and',
    '4',
    '(2) commends its librarians.',
  ]
  const {document} = fromText(lines.join('\n\n'))

  it('reads the resolving clause and its items (1) and (2) apart, the numbers taken out', () => {
    expect(all(document, 'formula').map((node) => plainText(node as never))).toEqual([
      'Resolved, That the House of Representatives—',
    ])
    const body = clauses(document).filter(
      (node) => node.type === 'paragraph' || node.type === 'blockContainer',
    )
    expect(body.map((node) => ownText(node).replace(/\s+/g, ' '))).toEqual([
      'recognizes the centennial of the public library; and',
      'commends its librarians.',
    ])
    expect(all(document, 'recital')).toHaveLength(2)
  })
})

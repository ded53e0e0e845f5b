import {plainText} from '@clausewise/model'
import {describe, expect, it} from 'vitest'
import {fromText} from '../src/index.js'
import {eIds, furniture, textOf} from './genre-support.js'
import {all} from './support.js'

// Probes of the genre (see genre-support.ts): web text, one paragraph per line. Expectations
// written by hand from each text.

describe('a Conference of the Parties decision with two annexes, web text', () => {
  const text = [
    'Decision 12/CP.31',
    'Arrangements for the transparency framework',
    'The Conference of the Parties,',
    'Recalling Article 13 of the Paris Agreement,',
    '1. Adopts the modalities contained in annex I to this decision;',
    '2. Also adopts the common reporting tables contained in annex II to this decision;',
    '3. Requests the secretariat to support the implementation of this decision.',
    '11th plenary meeting',
    '22 November 2031',
    'Annex I',
    'Modalities for the transparency framework',
    'I. Purpose',
    '1. The modalities set out in this annex apply to all Parties.',
    'II. Reporting',
    '2. Each Party shall submit a report every two years.',
    'Annex II',
    'Common reporting tables',
    '1. Parties shall use the tables in the format provided by the secretariat.',
  ].join('\n')
  const {document, diagnostics} = fromText(text)

  it('keeps the adoption lines, `Annex I`, its title and first heading: a run of short lines with an annex heading is no site menu', () => {
    expect(furniture(diagnostics)).toEqual([])
    expect(plainText(document.children.find((node) => node.type === 'conclusions')!)).toBe(
      '11th plenary meeting\n22 November 2031',
    )
    expect(document.meta.frbr.date).toBe('2031-11-22')
  })

  it('reads three paragraphs, then annex I with sections I and II and annex II with one paragraph', () => {
    expect(eIds(document)).toEqual([
      'preamble__formula_1',
      'preamble__recitals_1__recital_1',
      'para_1',
      'para_2',
      'para_3',
      'att_1__sec_I',
      'att_1__sec_I__para_1',
      'att_1__sec_II',
      'att_1__sec_II__para_2',
      'att_2__para_1',
    ])
    const annexes = all(document, 'attachment')
    expect(annexes.map((annex) => plainText(all(annex, 'docTitle')[0] as never))).toEqual([
      'Annex I Modalities for the transparency framework',
      'Annex II Common reporting tables',
    ])
    expect(textOf(document, 'att_1__sec_II__para_2')).toBe(
      'Each Party shall submit a report every two years.',
    )
  })
})

describe('a parliamentary assembly declaration on a web page: menu, bullets, copyright', () => {
  const text = [
    'Home',
    'About',
    'Documents',
    'Meetings',
    'Contact',
    'Declaration on water security',
    'Share Print',
    'The Assembly,',
    'Recalling the right to safe drinking water and sanitation,',
    'Aware that climate change threatens water security in many regions,',
    'Calls on parliaments to:',
    '• adopt legislation guaranteeing access to safe drinking water;',
    '• allocate adequate budgets to water infrastructure;',
    '• oversee the implementation of national water strategies;',
    'Invites the Secretary General to transmit this declaration to the United Nations.',
    '© 2031 Inter-Parliamentary Assembly. All rights reserved.',
  ].join('\n')
  const {document, diagnostics} = fromText(text)

  it('takes the menu, the page’s tools and the copyright line out, and keeps the title as the title', () => {
    expect(furniture(diagnostics)).toEqual([
      'Home\nAbout\nDocuments\nMeetings\nContact',
      'Share Print',
      '© 2031 Inter-Parliamentary Assembly. All rights reserved.',
    ])
    expect(plainText(document)).not.toContain('Home')
    expect(plainText(all(document, 'docTitle')[0] as never)).toBe('Declaration on water security')
  })

  it('reads two recitals and two unnumbered paragraphs, the first with three bullet points', () => {
    expect(eIds(document)).toEqual([
      'preamble__formula_1',
      'preamble__recitals_1__recital_1',
      'preamble__recitals_1__recital_2',
      'para_1',
      'para_1__list_1__point_1',
      'para_1__list_1__point_2',
      'para_1__list_1__point_3',
      'para_2',
    ])
    expect(textOf(document, 'para_1__list_1__point_2')).toBe(
      'allocate adequate budgets to water infrastructure;',
    )
  })
})

describe('a one-line dump: numbered paragraphs after `;`', () => {
  it('cuts at the formula, at each recital opener after a comma, before `2. Demands` after `;`, and keeps each number on its paragraph', () => {
    const {document} = fromText(
      [
        'The Security Council, Recalling its previous resolutions on the situation, Acting under Chapter VII of the Charter of the United Nations, 1. Decides to extend the mandate until 31 March 2032; 2. Demands that all parties cease hostilities; 3. Requests the Secretary-General to report on: (a) the security situation; (b) the protection of civilians; 4. Decides to remain seized of the matter.',
        '',
      ].join('\n'),
      {language: 'en', layout: 'one-line'},
    )
    expect(eIds(document).slice(0, 4)).toEqual([
      'preamble__formula_1',
      'preamble__recitals_1__recital_1',
      'preamble__recitals_1__recital_2',
      'para_1',
    ])
    expect(textOf(document, 'preamble__recitals_1__recital_2')).toBe(
      'Acting under Chapter VII of the Charter of the United Nations,',
    )
    const numbered = all(document, 'paragraph').filter((node) => all(node, 'num').length > 0)
    expect(numbered.map((node) => all(node, 'num')[0]?.value)).toEqual(['1.', '2.', '3.', '4.'])
    expect(plainText(numbered[0] as never)).toBe('1. Decides to extend the mandate until 31 March 2032;')
    expect(textOf(document, 'para_3__list_1__point_b')).toBe('the protection of civilians;')
  })
})

describe('a one-line dump of a General Assembly resolution whose formula and recitals hold no stop', () => {
  it('cuts the formula and the two recitals apart before the first paragraph', () => {
    const {document} = fromText(
      'The General Assembly, Recalling its resolution 70/1, Noting with concern the slow progress in implementing the Goals, 1. Decides to convene a high-level meeting on the Goals in 2032; 2. Requests the Secretary-General to report to it at its eighty-seventh session.\n',
      {language: 'en', layout: 'one-line'},
    )
    expect(eIds(document)).toEqual([
      'preamble__formula_1',
      'preamble__recitals_1__recital_1',
      'preamble__recitals_1__recital_2',
      'para_1',
      'para_2',
    ])
    expect(textOf(document, 'preamble__recitals_1__recital_1')).toBe('Recalling its resolution 70/1,')
  })
})

describe('titles that name the document by its kind', () => {
  it('reads a Spanish title ending with a period as the title, not as a paragraph', () => {
    const {document} = fromText(
      [
        'Resolución sobre la protección de los periodistas y de los trabajadores de los medios.',
        'Considerando la importancia de la libertad de prensa,',
        'Recordando su resolución anterior sobre la libertad de expresión,',
        '1. Pide a los Estados miembros que protejan a los periodistas;',
        '2. Encarga a sus copresidentes que transmitan la presente resolución.',
      ].join('\n'),
      {language: 'es'},
    )
    expect(plainText(all(document, 'docTitle')[0] as never)).toBe(
      'Resolución sobre la protección de los periodistas y de los trabajadores de los medios.',
    )
    expect(eIds(document)).toEqual([
      'preamble__recitals_1__recital_1',
      'preamble__recitals_1__recital_2',
      'para_1',
      'para_2',
    ])
  })

  it('keeps a French resolution’s title out of a site menu of six links', () => {
    const {document, diagnostics} = fromText(
      [
        'Accueil',
        'Qui sommes-nous',
        'Documents',
        'Réunions',
        'Presse',
        'Résolution sur la protection des journalistes',
        "L'Assemblée parlementaire,",
        "Rappelant le droit à la liberté d'expression,",
        '1. Appelle les parlements membres à adopter des lois protégeant les journalistes ;',
        '2. Charge son Secrétaire général de transmettre la présente résolution.',
      ].join('\n'),
      {language: 'fr'},
    )
    expect(furniture(diagnostics)).toEqual(['Accueil\nQui sommes-nous\nDocuments\nRéunions\nPresse'])
    expect(plainText(all(document, 'docTitle')[0] as never)).toBe(
      'Résolution sur la protection des journalistes',
    )
  })
})

describe('a menu link that opens with a document’s kind is no title inside the menu', () => {
  it('takes the whole menu out when the line naming a kind is not its last before the tools', () => {
    const {diagnostics} = fromText(
      [
        'Home',
        'Resolution archive of the Assembly',
        'Meetings of the Assembly',
        'Press releases and news',
        'Contact',
        'The Assembly,',
        'Recalling the right to freedom of expression,',
        '1. Calls on member parliaments to protect journalists.',
      ].join('\n'),
      {language: 'en'},
    )
    expect(furniture(diagnostics)).toEqual([
      'Home\nResolution archive of the Assembly\nMeetings of the Assembly\nPress releases and news\nContact',
    ])
  })
})

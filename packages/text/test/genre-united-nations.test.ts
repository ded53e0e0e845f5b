import {plainText, titleOf as titleOfDocument} from '@clausewise/model'
import {describe, expect, it} from 'vitest'
import {fromText} from '../src/index.js'
import {eIds, furniture, textOf} from './genre-support.js'
import {all} from './support.js'

// Probes of the genre (see genre-support.ts): expectations written by hand from each text.

/** The title the reader finds in a text (its `docTitle`). */
function titleOf(text: string): string | undefined {
  return titleOfDocument(fromText(text).document).title
}

describe('a World Health Assembly resolution, web text without blank lines', () => {
  const text = [
    'SEVENTY-NINTH WORLD HEALTH ASSEMBLY',
    'WHA79.12',
    'Agenda item 13.4',
    '30 May 2026',
    'Strengthening primary health care for universal health coverage',
    'The Seventy-ninth World Health Assembly,',
    'Having considered the report by the Director-General on primary health care;',
    'Recalling resolution WHA72.2 (2019) on primary health care and the Declaration of Astana;',
    "Recognizing that primary health care is the most inclusive, effective and efficient approach to enhance people's physical and mental health;",
    "Concerned that half of the world's population still lacks full coverage of essential health services;",
    '1. URGES Member States:',
    '(1) to strengthen primary health care as the foundation of universal health coverage;',
    '(2) to invest in the health and care workforce, including community health workers;',
    '(3) to improve the collection and use of data at the primary care level;',
    '2. INVITES international and other relevant partners to support Member States in these efforts;',
    '3. REQUESTS the Director-General:',
    '(1) to provide technical support to Member States, upon request;',
    '(2) to report on progress in implementing this resolution to the Eighty-first World Health Assembly in 2028.',
    'Ninth plenary meeting, 30 May 2026',
    'A79/VR/9',
  ].join('\n')
  const {document, diagnostics} = fromText(text)

  it('keeps the text: a block of twenty lines is no cover block, only its cover line is furniture', () => {
    expect(furniture(diagnostics)).toEqual(['Agenda item 13.4', 'A79/VR/9'])
    expect(plainText(document)).toContain('Strengthening primary health care for universal health coverage')
  })

  it('takes the symbol for the number and the line after it and its date for the title, not the body’s name in capitals', () => {
    expect(plainText(all(document, 'docNumber')[0] as never)).toBe('WHA79.12')
    expect(plainText(all(document, 'docTitle')[0] as never)).toBe(
      'Strengthening primary health care for universal health coverage',
    )
    expect(document.meta.frbr.country).toBe('who')
  })

  it('reads the formula, four recitals, and the numbered points (1), (2) of paragraphs 1 and 3', () => {
    expect(eIds(document)).toEqual([
      'preamble__formula_1',
      'preamble__recitals_1__recital_1',
      'preamble__recitals_1__recital_2',
      'preamble__recitals_1__recital_3',
      'preamble__recitals_1__recital_4',
      'para_1',
      'para_1__list_1__point_1',
      'para_1__list_1__point_2',
      'para_1__list_1__point_3',
      'para_2',
      'para_3',
      'para_3__list_1__point_1',
      'para_3__list_1__point_2',
    ])
    expect(textOf(document, 'para_1')).toBe('URGES Member States:')
    expect(textOf(document, 'para_3__list_1__point_1')).toBe(
      'to provide technical support to Member States, upon request;',
    )
    expect(plainText(document.children.find((node) => node.type === 'conclusions')!)).toBe(
      'Ninth plenary meeting, 30 May 2026',
    )
  })
})

describe('a Security Council resolution acting under Chapter VII, single-spaced PDF text', () => {
  const text = [
    'United Nations                                                    S/RES/2901 (2031)',
    'Security Council                                           Distr.: General',
    '                                                           14 March 2031',
    '',
    'Resolution 2901 (2031)',
    'Adopted by the Security Council at its 9876th meeting, on 14 March 2031',
    '',
    'The Security Council,',
    'Recalling its previous resolutions and the statements of its President on the',
    'situation in the Republic of Eastland, in particular resolution 2850 (2029),',
    'Reaffirming its strong commitment to the sovereignty, independence, unity and',
    'territorial integrity of the Republic of Eastland,',
    'Expressing grave concern at the continued deterioration of the humanitarian',
    'situation and at the displacement of civilians,',
    'Determining that the situation in the Republic of Eastland continues to',
    'constitute a threat to international peace and security in the region,',
    'Acting under Chapter VII of the Charter of the United Nations,',
    '1. Decides to extend the mandate of the United Nations Stabilization Mission in',
    'Eastland until 31 March 2032;',
    '2. Demands that all parties immediately cease hostilities and allow safe and',
    'unhindered humanitarian access;',
    '3. Requests the Secretary-General to report to the Council every 90 days on',
    'the implementation of this resolution, including on:',
    '(a) the security situation;',
    '(b) the protection of civilians;',
    '(c) progress in the political process;',
    '4. Decides to remain seized of the matter.',
  ].join('\n')
  const {document} = fromText(text)

  it('reads the number and no title (the adoption line under the number is none)', () => {
    expect(document.meta.symbol).toBe('S/RES/2901 (2031)')
    expect(plainText(all(document, 'docNumber')[0] as never)).toBe('Resolution 2901 (2031)')
    expect(all(document, 'docTitle')).toHaveLength(0)
    expect(document.meta.frbr.date).toBe('2031-03-14')
  })

  it('reads five recitals, `Acting under Chapter VII …` the last, and four paragraphs, the third with points', () => {
    expect(eIds(document)).toEqual([
      'preamble__formula_1',
      'preamble__recitals_1__recital_1',
      'preamble__recitals_1__recital_2',
      'preamble__recitals_1__recital_3',
      'preamble__recitals_1__recital_4',
      'preamble__recitals_1__recital_5',
      'para_1',
      'para_2',
      'para_3',
      'para_3__list_1__point_a',
      'para_3__list_1__point_b',
      'para_3__list_1__point_c',
      'para_4',
    ])
    expect(textOf(document, 'preamble__recitals_1__recital_5')).toBe(
      'Acting under Chapter VII of the Charter of the United Nations,',
    )
    expect(textOf(document, 'para_4')).toBe('Decides to remain seized of the matter.')
  })
})

describe('footnote markers fallen onto lines of their own, in the notes as in the text', () => {
  // A General Assembly resolution in French, double-spaced pdftotext output: the superscript markers
  // fell onto lines of their own, in the recitals and under the separator alike; a page break
  // (form feed) with the running symbol, `2/2` and a job number.
  const text = [
    'A/RES/80/412',
    '',
    ' ',
    '',
    'Nations Unies ',
    '',
    'Assemblée générale ',
    '',
    'Distr. générale ',
    '',
    '21 décembre 2025 ',
    '',
    ' ',
    '',
    'Quatre-vingtième session ',
    '',
    "Point 20 de l'ordre du jour ",
    '',
    ' ',
    '',
    "Résolution adoptée par l'Assemblée générale le 19 décembre 2025 ",
    '',
    ' ',
    '',
    '80/412. Coopération internationale en matière de catastrophes ',
    '',
    ' ',
    '',
    "  L'Assemblée générale, ",
    '',
    ' ',
    '',
    '  Rappelant sa résolution 79/210 du 19 décembre 2024 et le Cadre de Sendai pour la ',
    '',
    'réduction des risques de catastrophe 2015-2030',
    '1',
    ', ',
    '',
    ' ',
    '',
    "  Profondément préoccupée par l'augmentation du nombre de catastrophes et de leur ",
    '',
    'intensité,',
    '2',
    ', ',
    '',
    ' ',
    '',
    '  1. Engage les États Membres à renforcer la coopération internationale en matière ',
    '',
    'de réduction des risques de catastrophe ; ',
    '',
    ' ',
    '',
    '__________________ ',
    '',
    '1',
    ' Résolution 69/283, annexe II. ',
    '',
    '2',
    ' Voir A/80/123. ',
    '',
    '\f',
    'A/RES/80/412 ',
    '',
    ' ',
    '',
    '2/2 ',
    '',
    '25-22222 ',
    '',
    '  2. Prie le Secrétaire général de lui présenter, à sa quatre-vingt-deuxième session, ',
    '',
    "un rapport sur l'application de la présente résolution. ",
    '',
    ' ',
    '',
    '60e séance plénière ',
    '',
    '19 décembre 2025 ',
    '',
  ].join('\n')
  const {document, diagnostics} = fromText(text)

  it('lifts both notes out of paragraph 1 and anchors them on the recitals that call them', () => {
    expect(eIds(document)).toEqual([
      'preamble__formula_1',
      'preamble__recitals_1__recital_1',
      'preamble__recitals_1__recital_1__authorialNote_1',
      'preamble__recitals_1__recital_2',
      'preamble__recitals_1__recital_2__authorialNote_1',
      'para_1',
      'para_2',
    ])
    expect(textOf(document, 'preamble__recitals_1__recital_1__authorialNote_1')).toBe(
      'Résolution 69/283, annexe II.',
    )
    expect(textOf(document, 'preamble__recitals_1__recital_2__authorialNote_1')).toBe('Voir A/80/123.')
    expect(textOf(document, 'para_1')).toBe(
      'Engage les États Membres à renforcer la coopération internationale en matière de réduction des risques de catastrophe ;',
    )
    expect(diagnostics.filter((diagnostic) => diagnostic.ruleId === 'footnote-lifted')).toHaveLength(2)
  })

  it('does the same in single spacing, where a bare number is otherwise a page number', () => {
    const {document: single} = fromText(
      [
        'The General Assembly,',
        'Recalling the Sendai Framework for Disaster Risk Reduction 2015–2030,1',
        'Noting the report of the Secretary-General,2',
        '1. Requests the Secretary-General to report on the implementation of the present resolution.',
        '__________________',
        '1',
        ' Resolution 69/283, annex II.',
        '2',
        ' A/82/268.',
      ].join('\n'),
      {language: 'en', layout: 'single-spaced'},
    )
    expect(all(single, 'authorialNote').map((note) => [note.marker, plainText(note as never)])).toEqual([
      ['1', 'Resolution 69/283, annex II.'],
      ['2', 'A/82/268.'],
    ])
    expect(plainText(single)).not.toContain('annex II')
  })

  it('keeps a page number above the next page’s running symbol furniture, not a note', () => {
    const {document: paged, diagnostics: found} = fromText(
      [
        'The General Assembly,',
        'Recalling the Sendai Framework,1',
        '1. Requests a report on the implementation of the present resolution;',
        '__________________',
        '1 Resolution 69/283, annex II.',
        '2',
        ' A/RES/80/412',
        '2. Decides to remain seized of the matter.',
      ].join('\n'),
      {language: 'en', layout: 'single-spaced'},
    )
    expect(all(paged, 'authorialNote')).toHaveLength(1)
    // The page number and the running symbol under it: one run of furniture, reported once.
    expect(furniture(found)).toEqual(['2\n A/RES/80/412'])
  })
})

describe('an International Labour Conference resolution: the session after the formula’s comma', () => {
  const text = [
    'Resolution concerning decent work in the care economy',
    '',
    'The General Conference of the International Labour Organization, meeting in',
    'its 119th Session, 2031,',
    '',
    'Having undertaken a general discussion on the basis of Report VI, Decent work',
    'in the care economy,',
    '',
    '1. Adopts the following conclusions;',
    '',
    '2. Invites the Governing Body of the International Labour Office to give due',
    'consideration to them in planning future action and to request the Director-',
    'General to take them into account when preparing and implementing the',
    'programme and budget.',
  ].join('\n')
  const {document} = fromText(text)

  it('reads `The General Conference …, meeting in its 119th Session, 2031,` as the formula', () => {
    expect(plainText(all(document, 'formula')[0] as never)).toBe(
      'The General Conference of the International Labour Organization, meeting in its 119th Session, 2031,',
    )
    expect(eIds(document)).toEqual([
      'preamble__formula_1',
      'preamble__recitals_1__recital_1',
      'para_1',
      'para_2',
    ])
    expect(textOf(document, 'para_2')).toContain('request the Director-General to take them into account')
  })
})

describe('an African Union Assembly decision with running heads `Page 2`, single-spaced PDF text', () => {
  const text = [
    'Assembly/AU/Dec.901(XXXIX)',
    'Page 1',
    '',
    'DECISION ON THE REPORT OF THE PEACE AND SECURITY COUNCIL ON ITS ACTIVITIES',
    '',
    'The Assembly,',
    '',
    '1. TAKES NOTE of the Report of the Peace and Security Council on its',
    'Activities and the State of Peace and Security in Africa;',
    '',
    '2. WELCOMES the progress made in the silencing of the guns initiative;',
    '',
    '3. REQUESTS the Commission to:',
    '',
    'i) continue supporting Member States in transition;',
    '',
    'ii) report to the next Ordinary Session of the Assembly on the implementation',
    'of this decision.',
    '',
    'Assembly/AU/Dec.901(XXXIX)',
    'Page 2',
    '',
    '4. DECIDES to remain actively seized of the matter.',
  ].join('\n')
  const {document, diagnostics} = fromText(text)

  it('takes `Page 1` and `Page 2` out with the symbol above them', () => {
    expect(furniture(diagnostics)).toEqual([
      'Assembly/AU/Dec.901(XXXIX)\nPage 1',
      'Assembly/AU/Dec.901(XXXIX)\nPage 2',
    ])
    expect(plainText(document)).not.toContain('Page')
  })

  it('reads four paragraphs in capitals, the third with points i) and ii), and no cross-heading', () => {
    expect(eIds(document)).toEqual([
      'preamble__formula_1',
      'para_1',
      'para_2',
      'para_3',
      'para_3__list_1__point_i',
      'para_3__list_1__point_ii',
      'para_4',
    ])
  })
})

describe('a resolution’s number and title wrapped over two lines, as the General Assembly prints them', () => {
  const resolution = (title: string[]): string =>
    [
      'United Nations ',
      'A/RES/91/17',
      ' ',
      'General Assembly ',
      'Distr.: General ',
      '12 December 2036 ',
      ' ',
      ' ',
      ' Resolution adopted by the General Assembly ',
      'on 5 December 2036 ',
      ' ',
      ' ',
      '[on the report of the First Committee (A/91/412, para. 9)] ',
      ' ',
      ' ',
      ...title.map((line) => `${line} `),
      ' ',
      ' ',
      'The General Assembly, ',
      ' ',
      'Recalling its resolution 90/17 of 4 December 2035, ',
      ' ',
      '1. Reaffirms the importance of the establishment of a zone free of such weapons; ',
      ' ',
      '2. Decides to include the item in the provisional agenda of its ninety-second session. ',
    ].join('\n')

  it('keeps the title whole where it wraps onto a line in lower case', () => {
    expect(
      titleOf(
        resolution(['91/17. Measures to prevent terrorists from acquiring weapons of', 'mass destruction']),
      ),
    ).toBe('Measures to prevent terrorists from acquiring weapons of mass destruction')
  })

  it('keeps it whole where the second line opens with a capital or a digit', () => {
    expect(
      titleOf(
        resolution([
          '91/17. Establishment of a nuclear-weapon-free zone in the region of the',
          'Middle East',
        ]),
      ),
    ).toBe('Establishment of a nuclear-weapon-free zone in the region of the Middle East')
    expect(
      titleOf(
        resolution([
          '91/17. Education for sustainable development in the framework of the',
          '2030 Agenda for Sustainable Development',
        ]),
      ),
    ).toBe(
      'Education for sustainable development in the framework of the 2030 Agenda for Sustainable Development',
    )
  })

  it('reads the formula after the title as the formula, with the same paragraphs', () => {
    const {document} = fromText(
      resolution(['91/17. Establishment of a nuclear-weapon-free zone in the region of the', 'Middle East']),
    )
    expect(eIds(document)).toEqual([
      'preamble__formula_1',
      'preamble__recitals_1__recital_1',
      'para_1',
      'para_2',
    ])
  })
})

describe('a Main Committee draft: no number line, its title after the line that says it is a draft', () => {
  const draft = (kindLine: string[]): string =>
    [
      'United Nations ',
      'A/C.1/91/L.22',
      ' ',
      'General Assembly ',
      'Distr.: Limited ',
      '13 October 2036 ',
      ' ',
      'Ninety-first session ',
      'First Committee ',
      'Agenda item 99 (t) ',
      'General and complete disarmament ',
      ' ',
      ' ',
      ...kindLine.map((line) => `${line} `),
      ' ',
      ' ',
      'Measures to prevent terrorists from acquiring weapons of ',
      'mass destruction ',
      ' ',
      ' ',
      'The General Assembly, ',
      ' ',
      'Recalling its resolution 90/41 of 2 December 2035, ',
      ' ',
      '1. Calls upon all Member States to support international efforts to prevent terrorists from acquiring weapons of mass destruction; ',
      ' ',
      '2. Decides to include the item in the provisional agenda of its ninety-second session. ',
    ].join('\n')
  const title = 'Measures to prevent terrorists from acquiring weapons of mass destruction'

  it('takes the block after the sponsors’ `…: draft resolution` for the title', () => {
    expect(
      titleOf(
        draft(['Albania, Australia, Austria, Belgium, Bhutan, Chile and Uruguay:', 'draft resolution']),
      ),
    ).toBe(title)
  })

  it('and the block after `Draft resolution submitted by the Chair …`', () => {
    expect(
      titleOf(
        draft([
          'Draft resolution submitted by the Chair of the Committee following',
          'informal consultations',
        ]),
      ),
    ).toBe(title)
  })
})

describe('a resolution of two pages: its one running head, by the document’s own symbol', () => {
  const page = (head: string) =>
    [
      'Nations Unies A/RES/79/123',
      'Assemblée générale Distr. générale',
      '10 décembre 2024',
      '',
      'Résolution adoptée par l’Assemblée générale le 5 décembre 2024',
      '',
      '79/123. Droits de l’enfant',
      ' ',
      'L’Assemblée générale,',
      ' ',
      'Rappelant ses résolutions antérieures sur les droits de l’enfant,',
      ' ',
      '1. Prend note du rapport du Secrétaire général ;',
      ' ',
      '2. Demande instamment à tous les États de prendre les mesures nécessaires pour',
      'protéger les enfants ;',
      '24-12345 1/2',
      '\f',
      head,
      ' ',
      '3. Décide de poursuivre l’examen de la question à sa quatre-vingtième session.',
      ' ',
      '50e séance plénière',
      '5 décembre 2024',
      '24-12345 2/2',
    ].join('\n')

  it.each([
    ['the symbol first', 'A/RES/79/123 Droits de l’enfant'],
    ['the symbol last', 'Droits de l’enfant A/RES/79/123'],
  ])('takes the head of the second page out of the text, %s', (_, head) => {
    const {document, diagnostics} = fromText(page(head), {language: 'fr'})
    // Reported with the page's foot before it, the page break between.
    expect(furniture(diagnostics).some((text) => text?.endsWith(`\n${head}`))).toBe(true)
    expect(eIds(document)).toEqual([
      'preamble__formula_1',
      'preamble__recitals_1__recital_1',
      'para_1',
      'para_2',
      'para_3',
    ])
  })

  it('keeps a second page’s first line that only cites another symbol', () => {
    const {document, diagnostics} = fromText(page('A/79/456 Rapport de la Troisième Commission'), {
      language: 'fr',
    })
    expect(furniture(diagnostics).some((text) => text?.includes('A/79/456'))).toBe(false)
    expect(plainText(document)).toContain('A/79/456 Rapport de la Troisième Commission')
  })
})

describe('an IMO Assembly resolution whose annex pages are headed by the symbol and `Annex, page 1`', () => {
  // The symbol, printed with a space (`A 35/Res.1300`), and the annex's page stand at the head of each
  // page of the annex; the first page's cover prints the symbol too.
  const text = [
    'ASSEMBLY',
    '35th session',
    'Agenda item 10',
    '',
    'A 35/Res.1300',
    '14 December 2031',
    'Original: ENGLISH',
    '',
    'Resolution A.1300(35)',
    'Adopted on 6 December 2031',
    'GUIDELINES ON PORT STATE CONTROL',
    'THE ASSEMBLY,',
    'RECALLING Article 15(j) of the Convention on the International Maritime Organization,',
    '1 ADOPTS the Guidelines set out in the annex to the present resolution;',
    '2 REQUESTS the Council to keep the Guidelines under review.',
    '\fA 35/Res.1300',
    'Annex, page 1',
    'ANNEX',
    'GUIDELINES ON PORT STATE CONTROL',
    '1 These Guidelines apply to port States.',
    '\fA 35/Res.1300',
    'Annex, page 2',
    '2 Port States should inspect ships on arrival.',
    '\f',
  ].join('\n')

  it.each([
    ['en', 'Annex, page'],
    ['fr', 'Annexe, page'],
    ['es', 'Anexo, página'],
  ])('takes the running head out of the annex’s pages (%s)', (language, words) => {
    const {document, diagnostics} = fromText(text.replaceAll('Annex, page', words), {language})
    const taken = furniture(diagnostics).join('\n')
    expect(taken).toContain(`A 35/Res.1300\n${words} 1`)
    expect(taken).toContain(`A 35/Res.1300\n${words} 2`)
    expect(plainText(document)).not.toContain(`${words} 1`)
  })
})

import {describe, expect, it} from 'vitest'
import {fromText} from '../src/index.js'
import {eIds, furniture, textOf} from './genre-support.js'

// Probes of the genre (see genre-support.ts): decisions as PDF extractors give them, in shapes of
// layout the corpus lacks. Written for these tests; expectations worked out by hand.

describe('a Council decision in single spacing, its formula printed without a comma', () => {
  // The Official Journal prints the Council's formula alone on its line, no comma after it; the
  // extraction gives no blank line around it, though it gives some elsewhere (here before each article).
  const text = [
    'COUNCIL DECISION (EU) 2031/417',
    'of 14 March 2031',
    'on the position to be taken on behalf of the European Union within the Joint Committee established by',
    'the Agreement between the European Union and the Republic of Northland',
    'THE COUNCIL OF THE EUROPEAN UNION',
    'Having regard to the Treaty on the Functioning of the European Union, and in particular Article 218(9)',
    'thereof,',
    'Having regard to the proposal from the European Commission,',
    'Whereas:',
    '(1) The Agreement entered into force on 1 May 2030 and is applied by both parties in good faith.',
    '(2) The Joint Committee is to adopt a decision on the amendment of Annex II to the Agreement at its',
    'next meeting.',
    'HAS ADOPTED THIS DECISION:',
    '',
    'Article 1',
    'The position to be taken on behalf of the Union within the Joint Committee shall be based on the draft',
    'decision of that Committee attached to this Decision.',
    '',
    'Article 2',
    'This Decision shall enter into force on the date of its adoption.',
    'Done at Brussels, 14 March 2031.',
  ].join('\n')

  it('reads the formula apart from the title above it and the citation under it', () => {
    const {document} = fromText(text, {language: 'en'})
    expect(eIds(document).slice(0, 3)).toEqual([
      'preamble__formula_1',
      'preamble__recitals_1__recital_1',
      'preamble__recitals_1__recital_2',
    ])
    expect(textOf(document, 'preamble__formula_1')).toBe('THE COUNCIL OF THE EUROPEAN UNION')
    expect(textOf(document, 'preamble__recitals_1__recital_1')).toBe(
      'Having regard to the Treaty on the Functioning of the European Union, and in particular Article 218(9) thereof,',
    )
    expect(document.meta.frbr.number).toBe('(EU) 2031/417')
  })

  it('keeps a line in capitals that no clause follows in its block', () => {
    const {document} = fromText(
      [
        'Report of the Working Party on the Joint Committee established by the Agreement between',
        'THE EUROPEAN UNION AND THE REPUBLIC OF NORTHLAND',
        'as discussed at the meeting of the Working Party.',
        '',
        'THE COUNCIL OF THE EUROPEAN UNION,',
        '1. RECALLS the Agreement.',
      ].join('\n'),
      {language: 'en'},
    )
    expect(eIds(document)).toEqual(['preamble__formula_1', 'para_1'])
  })
})

describe('the European Parliament’s texts adopted, symbol, title and date lines as extractors give them', () => {
  // The PDF prints the text's symbol, its short title and the resolution's title line, which names
  // the date of adoption, on lines of their own; extractors join them or give them in another order.
  const symbol = 'P10_TA(2031)0123'
  const title = 'Protection of journalists in Europe'
  const act =
    'European Parliament resolution of 12 March 2031 on the protection of journalists in Europe (2030/2145(INI))'
  const body = [
    'The European Parliament,',
    '– having regard to Article 11 of the Charter of Fundamental Rights of the European Union,',
    '– having regard to its resolution of 3 May 2030 on media freedom (P10_TA(2030)0212),',
    '– having regard to Rule 55 of its Rules of Procedure,',
    'A. whereas journalists face increasing threats, including strategic lawsuits against public',
    'participation;',
    '1. Condemns all attacks on journalists and media workers and calls for their perpetrators to be',
    'brought to justice;',
    '2. Instructs its President to forward this resolution to the Council and the Commission.',
  ]
  const heads: Record<string, string[]> = {
    'in the printed order': [symbol, title, act],
    'date line first': [act, symbol, title],
    'short title first': [title, symbol, act],
    'symbol and title on one line': [`${symbol} ${title}`, act],
    'symbol and date line on one line': [`${symbol} ${act}`],
    // The short title ends in a capital (`… in Europe`), as the act's title line begins.
    'symbol, short title and date line on one line': [`${symbol} ${title} ${act}`],
  }

  it.each(Object.entries(heads))('reads the symbol and the date, %s', (_order, head) => {
    const text = ['European Parliament', '2029-2034', '', 'TEXTS ADOPTED', '', ...head, '', ...body]
    const {document} = fromText(text.join('\n'), {language: 'en'})
    expect(document.meta.frbr.number).toBe(symbol)
    expect(document.meta.symbol).toBe(symbol)
    expect(document.meta.frbr.country).toBe('eu')
    expect(document.meta.frbr.date).toBe('2031-03-12')
    expect(eIds(document)[0]).toBe('preamble__formula_1')
  })

  it('takes no symbol the citations name, where the text prints none of its own', () => {
    const {document} = fromText([act, '', ...body].join('\n'), {language: 'en'})
    expect(document.meta.frbr.number).toBe('')
    expect(document.meta.symbol).toBeUndefined()
    expect(document.meta.frbr.date).toBe('2031-03-12')
  })

  it('takes no date of a resolution the short title cites, run into the symbol’s line', () => {
    const head = `${symbol} Follow-up to the European Parliament resolution of 3 May 2030 on media freedom`
    const {document} = fromText(['TEXTS ADOPTED', '', head, '', ...body].join('\n'), {language: 'en'})
    expect(document.meta.frbr.number).toBe(symbol)
    expect(document.meta.frbr.date).toBe('')
  })

  it('takes the date of the resolution’s own title line, not of one its short title cites, where all run into one line', () => {
    const head = `${symbol} Follow-up to the European Parliament resolution of 3 May 2030 on media freedom European Parliament resolution of 12 March 2031 on the follow-up to its resolution on media freedom (2031/2001(INI))`
    const {document} = fromText(['TEXTS ADOPTED', '', head, '', ...body].join('\n'), {language: 'en'})
    expect(document.meta.frbr.number).toBe(symbol)
    expect(document.meta.frbr.date).toBe('2031-03-12')
  })

  it('keeps a symbol that a wrapped line of the front matter cites in that line (a page break: a PDF)', () => {
    const {document} = fromText(
      [
        'Belarus and Northland: amendment to revised draft resolution',
        'A/C.3/80/L.20/Rev.1',
        '',
        'The General Assembly,',
        'Recalling its resolutions on the rights of the child, including resolution 79/150 of',
        '17 December 2030,',
        '1. Decides to remain seized of the matter and to consider the question at its next',
        'session.',
        '\f2. Requests the Secretary-General to report to it at that session.',
      ].join('\n'),
      {language: 'en'},
    )
    expect(document.meta.frbr.number).not.toBe('A/C.3/80/L.20/Rev.1')
  })
})

describe('a Council of the EU document whose page foot spans two lines', () => {
  // The foot prints the document's number (with the drafter's initials and the page, where the line
  // holds them) over the directorate and the distribution marking, then the language code; the
  // annex's pages add `ANNEX`. Extractors give it as two lines.
  const pages = (feet: string[][]): string =>
    [
      'Delegations will find in the annex the draft Council conclusions on water resilience, as agreed by',
      'the Working Party on the Environment at its meeting on 10 March 2031.',
      '',
      ...feet[0]!,
      '\fANNEX',
      'Draft Council conclusions on water resilience',
      'THE COUNCIL OF THE EUROPEAN UNION,',
      '1.',
      'RECALLS that water is a vital resource for life, health, food security and the economy, and that',
      'climate change increases the pressure on water resources across the Union;',
      '2.',
      'INVITES the Member States to:',
      'a) develop national water resilience plans, including measures on water efficiency and reuse;',
      'b) improve the monitoring of water abstraction and the reporting of water use data, in particular in',
      '',
      ...feet[1]!,
      '\fthe agricultural and industrial sectors;',
      '3.',
      'CALLS ON the Member States and the Commission to work together to raise awareness of the value',
      'of water among citizens and businesses.',
      '',
      ...feet[2]!,
    ].join('\n')
  const shapes: Record<string, string[][]> = {
    'number / directorate and language': [
      ['12345/31', 'GIP.B EN'],
      ['12345/31', 'ANNEX GIP.B EN'],
      ['12345/31', 'ANNEX GIP.B EN'],
    ],
    'number / distribution marking and language': [
      ['12345/31', 'LIMITE EN'],
      ['12345/31', 'LIMITE EN'],
      ['12345/31', 'LIMITE EN'],
    ],
    'number, initials and page / directorate, marking and language': [
      ['12345/31 AB/cd 1', 'GIP.B LIMITE EN'],
      ['12345/31 AB/cd 2', 'ANNEX GIP.B LIMITE EN'],
      ['12345/31 AB/cd 3', 'ANNEX GIP.B LIMITE EN'],
    ],
  }

  it.each(Object.entries(shapes))('takes out each foot whole: %s', (_shape, feet) => {
    const {document, diagnostics} = fromText(pages(feet), {language: 'en'})
    for (const foot of feet) expect(furniture(diagnostics)).toContain(foot.join('\n'))
    expect(eIds(document)).toEqual([
      'preamble__formula_1',
      'para_1',
      'para_2',
      'para_2__list_1__point_a',
      'para_2__list_1__point_b',
      'para_3',
    ])
    expect(textOf(document, 'para_2__list_1__point_b')).toBe(
      'improve the monitoring of water abstraction and the reporting of water use data, in particular in the agricultural and industrial sectors;',
    )
    expect(textOf(document, 'para_3')).toBe(
      'CALLS ON the Member States and the Commission to work together to raise awareness of the value of water among citizens and businesses.',
    )
  })
})

describe('the cover of a Council of the EU document marked for limited distribution', () => {
  it('takes the number and `LIMITE` under the date out with the cover', () => {
    const {diagnostics} = fromText(
      [
        'Council of the',
        'European Union',
        'Brussels, 14 March 2031',
        '(OR. en)',
        '',
        '12345/31',
        '',
        'LIMITE',
        '',
        'Draft Council conclusions on water resilience',
        'THE COUNCIL OF THE EUROPEAN UNION,',
        '1. RECALLS that water is a vital resource for life, health, food security and the economy;',
        '2. INVITES the Member States to develop national water resilience plans.',
      ].join('\n'),
      {language: 'en'},
    )
    expect(furniture(diagnostics)).toEqual([
      'Council of the\nEuropean Union\nBrussels, 14 March 2031\n(OR. en)\n\n12345/31\n\nLIMITE',
    ])
  })
})

describe('a short PDF extraction whose wrapped lines open in capitals', () => {
  // One page of an act: few lines, and where they wrap they often go on in a capital (`… by the` /
  // `Council.`, `… of the` / `European Union.`); web text ends its lines with its sentences.
  const text = [
    'COUNCIL DECISION (CFSP) 2031/417',
    'of 14 March 2031',
    'amending Decision (CFSP) 2029/902 concerning restrictive measures in view of the situation in the',
    'Northern Region',
    'THE COUNCIL OF THE EUROPEAN UNION,',
    'Having regard to the Treaty on European Union, and in particular Article 29 thereof,',
    'Having regard to the proposal from the High Representative of the Union for Foreign Affairs and',
    'Security Policy,',
    'Whereas:',
    '(1) On 3 December 2029, the Council adopted Decision (CFSP) 2029/902 concerning restrictive measures',
    'in view of the situation in the Northern Region.',
    '(2) In view of the continuing gravity of the situation, the restrictive measures should be extended',
    'until 14 March 2032, and the list of persons and entities subject to them should be reviewed by the',
    'Council.',
    'HAS ADOPTED THIS DECISION:',
    'Article 1',
    'Decision (CFSP) 2029/902 shall apply until 14 March 2032. It shall be kept under review by the',
    'Council and renewed or amended, as appropriate, if the Council deems that its objectives have not',
    'been met.',
    'Article 2',
    'This Decision shall enter into force on the date of its publication in the Official Journal of the',
    'European Union.',
    'Done at Brussels, 14 March 2031.',
    'For the Council',
    'The President',
    'A. MARTINEZ',
  ].join('\n')

  it('is told a single-spaced extraction by its lines that end mid-sentence', () => {
    const {diagnostics} = fromText(text, {language: 'en'})
    const layout = diagnostics.find((diagnostic) => diagnostic.ruleId === 'layout-detected')
    expect(layout?.reason).toMatch(/single-spaced/)
  })

  it('joins each wrapped sentence into one clause', () => {
    const {document} = fromText(text, {language: 'en'})
    expect(eIds(document)).toEqual([
      'preamble__formula_1',
      'preamble__recitals_1__recital_1',
      'preamble__recitals_1__recital_2',
      'preamble__recitals_2__recital_1',
      'preamble__recitals_2__recital_2',
      'preamble__formula_2',
      'art_1',
      'art_2',
    ])
    expect(textOf(document, 'preamble__recitals_1__recital_2')).toBe(
      'Having regard to the proposal from the High Representative of the Union for Foreign Affairs and Security Policy,',
    )
    expect(textOf(document, 'preamble__recitals_2__recital_2')).toBe(
      'In view of the continuing gravity of the situation, the restrictive measures should be extended until 14 March 2032, and the list of persons and entities subject to them should be reviewed by the Council.',
    )
    expect(textOf(document, 'art_2')).toBe(
      'This Decision shall enter into force on the date of its publication in the Official Journal of the European Union.',
    )
  })

  it('leaves web text, its headings short, one paragraph a line', () => {
    const {diagnostics} = fromText(
      [
        'Water resilience: Council approves conclusions',
        'The Council today approved conclusions on water resilience, calling for national plans on water efficiency and reuse.',
        'Background',
        'Climate change increases the pressure on water resources across the Union, in the south and the north alike.',
        'Next steps',
        'The Commission is invited to present an assessment of the implementation of the Water Framework Directive by 2032.',
      ].join('\n'),
      {language: 'en'},
    )
    const layout = diagnostics.find((diagnostic) => diagnostic.ruleId === 'layout-detected')
    expect(layout?.reason).toMatch(/web text/)
  })
})

describe('an ITU resolution: openers alone over numbered clauses, then a numbered paragraph', () => {
  // The ITU prints each part's opener alone in lower case (`resolves`, `instructs the Director of
  // …`) over clauses numbered without a stop (`1 to …`); a paragraph numbered with its stop and
  // opened by a verb in a capital (`3. Decides …`) is the body's, after the groups.
  const pdf = [
    'RESOLUTION 99 (Rev. Geneva, 2032)',
    'Conformance and interoperability testing',
    'The World Telecommunication Standardization Assembly (Geneva, 2032),',
    'considering',
    'a) that conformance and interoperability testing is essential for the deployment of networks and',
    'services based on ITU-T Recommendations;',
    'b) that developing countries face difficulties in setting up testing facilities and in taking part',
    'in the work of the study groups,',
    'resolves',
    '1 to continue the work on conformance and interoperability testing in the study groups, in',
    'cooperation with the other Sectors;',
    '2 to assist developing countries in establishing regional testing centres,',
    'instructs the Director of the Telecommunication Standardization Bureau',
    '1 to report annually to the Telecommunication Standardization Advisory Group on the progress made',
    'in the implementation of this resolution;',
    '2 to cooperate with the Director of the Telecommunication Development Bureau on this matter;',
    '3. Decides that this resolution shall be reviewed at the next assembly in the light of the reports',
    'of the Director.',
  ].join('\n')
  const groups = [
    'hcontainer_1',
    'hcontainer_1__para_1',
    'hcontainer_1__para_2',
    'hcontainer_2',
    'hcontainer_2__para_1',
    'hcontainer_2__para_2',
    'para_3',
  ]

  it('keeps `3. Decides` out of the group above it, in web text', () => {
    const web = [
      'The World Telecommunication Standardization Assembly (Geneva, 2032),',
      'resolves',
      '1 to continue the work on conformance and interoperability testing in the study groups;',
      '2 to assist developing countries in establishing regional testing centres,',
      'instructs the Director of the Telecommunication Standardization Bureau',
      '1 to report annually to the Telecommunication Standardization Advisory Group on the progress made;',
      '2 to cooperate with the Director of the Telecommunication Development Bureau on this matter;',
      '3. Decides that this resolution shall be reviewed at the next assembly.',
    ].join('\n')
    const {document} = fromText(web, {language: 'en', layout: 'web'})
    expect(eIds(document)).toEqual(['preamble__formula_1', ...groups])
    expect(textOf(document, 'para_3')).toBe(
      'Decides that this resolution shall be reviewed at the next assembly.',
    )
  })

  it('reads the openers alone in a single-spaced extraction, each group apart', () => {
    const {document} = fromText(pdf, {language: 'en'})
    expect(eIds(document)).toEqual([
      'preamble__formula_1',
      'preamble__recitals_1__recital_a',
      'preamble__recitals_1__recital_b',
      ...groups,
    ])
    expect(textOf(document, 'hcontainer_2')).toBe(
      'instructs the Director of the Telecommunication Standardization Bureau',
    )
    expect(textOf(document, 'hcontainer_1__para_2')).toBe(
      'to assist developing countries in establishing regional testing centres,',
    )
    expect(textOf(document, 'para_3')).toBe(
      'Decides that this resolution shall be reviewed at the next assembly in the light of the reports of the Director.',
    )
  })

  it('keeps a word an extraction left alone on a line in its sentence', () => {
    const {document} = fromText(
      [
        'The General Assembly,',
        'Recalling its resolution 78/12 on oceans and the law of the sea, and its earlier resolutions on the',
        'subject,',
        '1. Encourages States,',
        'acting',
        'through the International Maritime Organization or individually, to participate in the work;',
        '2. Decides to remain seized of the matter.',
      ].join('\n'),
      {language: 'en', layout: 'single-spaced'},
    )
    expect(textOf(document, 'para_1')).toBe(
      'Encourages States, acting through the International Maritime Organization or individually, to participate in the work;',
    )
  })
})

describe('Mercosur decisions: the meeting line dates them, the month in roman figures', () => {
  // Mercosur's bodies date a decision by the meeting line under it, `LXV CMC – Montevideo, 5/XII/31.`:
  // the day in figures, the month in roman ones, the year in two; deadlines in the text write the
  // year in four (`antes del 30/VI/2032`).
  const decision = (language: 'es' | 'pt', meeting: string): string =>
    (language === 'es'
      ? [
          'MERCOSUR/CMC/DEC. N° 12/31',
          'ACUERDO SOBRE COOPERACIÓN EN MATERIA DE PROTECCIÓN CIVIL',
          'VISTO: El Tratado de Asunción y el Protocolo de Ouro Preto.',
          'CONSIDERANDO:',
          'Que la cooperación en materia de protección civil contribuye al proceso de integración.',
          'EL CONSEJO DEL MERCADO COMÚN',
          'DECIDE:',
          'Art. 1 - Aprobar el Acuerdo sobre Cooperación en Materia de Protección Civil, que consta como Anexo.',
          'Art. 2 - Esta Decisión deberá ser incorporada al ordenamiento jurídico de los Estados Partes antes del 30/VI/2032.',
          meeting,
        ]
      : [
          'MERCOSUL/CMC/DEC. Nº 12/31',
          'ACORDO SOBRE COOPERAÇÃO EM MATÉRIA DE PROTEÇÃO CIVIL',
          'TENDO EM VISTA: O Tratado de Assunção e o Protocolo de Ouro Preto.',
          'CONSIDERANDO:',
          'Que a cooperação em matéria de proteção civil contribui para o processo de integração.',
          'O CONSELHO DO MERCADO COMUM',
          'DECIDE:',
          'Art. 1 - Aprovar o Acordo sobre Cooperação em Matéria de Proteção Civil, que consta como Anexo.',
          'Art. 2 - Esta Decisão deverá ser incorporada ao ordenamento jurídico dos Estados Partes antes de 30/VI/2032.',
          meeting,
        ]
    ).join('\n')

  it.each([
    ['es', 'LXV CMC – Montevideo, 15/XII/31.', '2031-12-15'],
    ['pt', 'LXV CMC – Montevidéu, 15/XII/31.', '2031-12-15'],
    ['es', 'XX CMC – Asunción, 14/VI/95.', '1995-06-14'],
  ] as const)('reads the %s meeting line `%s` as the date of adoption', (language, meeting, date) => {
    const {document} = fromText(decision(language, meeting))
    expect(document.meta.language).toBe(language)
    expect(document.meta.frbr.number).toBe('12/31')
    expect(document.meta.frbr.date).toBe(date)
  })

  it('takes no date from a line that is no meeting line', () => {
    const {document} = fromText(decision('es', 'Montevideo.'))
    expect(document.meta.frbr.date).toBe('')
  })
})

describe('an amending act in single spacing: the text it inserts ends with the quotation’s end', () => {
  // The Official Journal quotes the text an act inserts in ‘…’; the quotation's last line ends with
  // the sentence's stop and the closing mark (`… met.’`), and the next article follows it.
  const text = [
    'COUNCIL DECISION (CFSP) 2031/417',
    'of 14 March 2031',
    'amending Decision (CFSP) 2029/902 concerning restrictive measures in view of the situation in the',
    'Northern Region',
    'THE COUNCIL OF THE EUROPEAN UNION,',
    'Having regard to the Treaty on European Union, and in particular Article 29 thereof,',
    'Having regard to the proposal from the High Representative of the Union for Foreign Affairs and',
    'Security Policy,',
    'HAS ADOPTED THIS DECISION:',
    'Article 1',
    'In Article 8 of Decision (CFSP) 2029/902, the second paragraph is replaced by the following:',
    '‘This Decision shall apply until 14 March 2032. It shall be kept under constant review and it shall',
    'be renewed or amended, as appropriate, if the Council deems that its objectives have not been met.’',
    'Article 2',
    'This Decision shall enter into force on the date of its publication in the Official Journal of the',
    'European Union.',
    'Done at Brussels, 14 March 2031.',
  ].join('\n')

  it('opens the next article after a line ending with a stop and a closing quotation mark', () => {
    const {document} = fromText(text, {language: 'en'})
    expect(eIds(document).filter((eId) => eId.startsWith('art'))).toEqual(['art_1', 'art_2'])
    expect(textOf(document, 'art_2')).toBe(
      'This Decision shall enter into force on the date of its publication in the Official Journal of the European Union.',
    )
  })

  it('goes on after a closing quotation mark that ends no sentence', () => {
    const {document} = fromText(
      [
        'THE COUNCIL OF THE EUROPEAN UNION,',
        'HAS ADOPTED THIS DECISION:',
        'Article 1',
        'The words ‘restrictive measures’ in Article 8 of Decision (CFSP) 2029/902 are replaced by ‘measures’',
        'in all the language versions in which they appear.',
        'Article 2',
        'This Decision shall enter into force on the date of its adoption.',
      ].join('\n'),
      {language: 'en', layout: 'single-spaced'},
    )
    expect(textOf(document, 'art_1')).toBe(
      'The words ‘restrictive measures’ in Article 8 of Decision (CFSP) 2029/902 are replaced by ‘measures’ in all the language versions in which they appear.',
    )
  })
})

describe('EU acts in single spacing, in languages whose citations open in lower case', () => {
  it('reads the French formula without its comma and each `vu …,` citation apart', () => {
    const text = [
      'DÉCISION (UE) 2031/417 DU CONSEIL',
      'du 14 mars 2031',
      "relative à la position à prendre au nom de l'Union européenne au sein du comité mixte institué par",
      "l'accord entre l'Union européenne et la République du Nordland",
      "LE CONSEIL DE L'UNION EUROPÉENNE",
      "vu le traité sur le fonctionnement de l'Union européenne, et notamment son article 218, paragraphe 9,",
      'vu la proposition de la Commission européenne,',
      'considérant ce qui suit:',
      "(1) L'accord est entré en vigueur le 1er mai 2030 et il est appliqué de bonne foi par les deux",
      'parties.',
      'A ADOPTÉ LA PRÉSENTE DÉCISION:',
      '',
      'Article premier',
      "La position à prendre au nom de l'Union au sein du comité mixte est fondée sur le projet de décision",
      'dudit comité joint à la présente décision.',
      'Fait à Bruxelles, le 14 mars 2031.',
    ].join('\n')
    const {document} = fromText(text, {language: 'fr'})
    expect(eIds(document).slice(0, 4)).toEqual([
      'preamble__formula_1',
      'preamble__recitals_1__recital_1',
      'preamble__recitals_1__recital_2',
      'preamble__recitals_2__recital_1',
    ])
    expect(textOf(document, 'preamble__formula_1')).toBe("LE CONSEIL DE L'UNION EUROPÉENNE")
    expect(textOf(document, 'preamble__recitals_1__recital_2')).toBe(
      'vu la proposition de la Commission européenne,',
    )
  })

  it('reads a German act whose wrapped lines go on in capitals (nouns) as one citation each', () => {
    const text = [
      'BESCHLUSS (EU) 2031/417 DES RATES',
      'vom 14. März 2031',
      'über den im Namen der Europäischen Union im Gemischten Ausschuss zu vertretenden Standpunkt zu der',
      'Änderung des Anhangs II des Abkommens',
      'DER RAT DER EUROPÄISCHEN UNION —',
      'gestützt auf den Vertrag über die Arbeitsweise der Europäischen Union, insbesondere auf Artikel 218',
      'Absatz 9,',
      'auf Vorschlag der Europäischen Kommission,',
      'in Erwägung nachstehender Gründe:',
      '(1) Das Abkommen ist am 1. Mai 2030 in Kraft getreten und wird von beiden Vertragsparteien nach',
      'Treu und Glauben angewandt.',
      'HAT FOLGENDEN BESCHLUSS ERLASSEN:',
      '',
      'Artikel 1',
      'Der im Namen der Union im Gemischten Ausschuss zu vertretende Standpunkt beruht auf dem',
      'Entwurf eines Beschlusses dieses Ausschusses.',
      'Geschehen zu Brüssel am 14. März 2031.',
    ].join('\n')
    const {document} = fromText(text, {language: 'de'})
    expect(eIds(document).slice(0, 4)).toEqual([
      'preamble__formula_1',
      'preamble__recitals_1__recital_1',
      'preamble__recitals_1__recital_2',
      'preamble__recitals_2__recital_1',
    ])
    expect(textOf(document, 'preamble__recitals_1__recital_1')).toBe(
      'gestützt auf den Vertrag über die Arbeitsweise der Europäischen Union, insbesondere auf Artikel 218 Absatz 9,',
    )
  })
})

describe('`pdftotext -layout` of a United Nations resolution: the text, its rule and notes at a left margin', () => {
  // The page's left margin kept in spaces: the text, the rule over the notes and the notes stand at
  // one column; a note's marker is printed a space after its word (`Haiti, 1`); the last page's foot
  // sets the job number and the page mark far apart.
  const m = ' '.repeat(14)
  const text = [
    'United Nations                                                    E/RES/2031/14',
    '',
    'Economic and Social Council                                       Distr.: General',
    '                                                                  22 July 2031',
    '',
    `${m}Resolution adopted by the Economic and Social Council on 18 July 2031`,
    '',
    `${m}2031/14. Ad Hoc Advisory Group on Northland`,
    '',
    `${m}     The Economic and Social Council,`,
    '',
    `${m}     Taking note of the report of the Ad Hoc Advisory Group on Northland, 1`,
    '',
    `${m}     1.   Decides to extend the mandate of the Advisory Group until the end of its`,
    `${m}2032 session;`,
    '',
    `${m}     2.   Requests the Advisory Group to support national priorities; 2`,
    '',
    `${m}__________________`,
    `${m}1   E/2031/55.`,
    `${m}2   See A/86/1000, para. 14.`,
    '',
    '31-11832 (E)     290731',
    '*3111832*',
    '\fE/RES/2031/14',
    '',
    `${m}     3.   Decides to consider the matter at its 2032 session.`,
    '',
    '                                                              38th plenary meeting',
    '                                                                      18 July 2031',
    '',
    `31-11832${' '.repeat(70)}2/2`,
    '\f',
  ].join('\n')
  const {document, diagnostics} = fromText(text)

  it('lifts the notes under a rule at the text’s margin and places them at their markers', () => {
    expect(eIds(document)).toEqual([
      'preamble__formula_1',
      'preamble__recitals_1__recital_1',
      'preamble__recitals_1__recital_1__authorialNote_1',
      'para_1',
      'para_2',
      'para_2__authorialNote_1',
      'para_3',
    ])
    expect(textOf(document, 'preamble__recitals_1__recital_1__authorialNote_1')).toBe('E/2031/55.')
    expect(textOf(document, 'para_2__authorialNote_1')).toBe('See A/86/1000, para. 14.')
    expect(textOf(document, 'preamble__recitals_1__recital_1')).toBe(
      'Taking note of the report of the Ad Hoc Advisory Group on Northland,',
    )
    expect(textOf(document, 'para_2')).toBe('Requests the Advisory Group to support national priorities;')
  })

  it('takes the last page’s foot out, its cells far apart', () => {
    expect(furniture(diagnostics)).toContain(`31-11832${' '.repeat(70)}2/2`)
  })
})

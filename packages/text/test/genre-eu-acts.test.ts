import {plainText, removePositions} from '@clausewise/model'
import {describe, expect, it} from 'vitest'
import {fromText} from '../src/index.js'
import {eIds, textOf} from './genre-support.js'
import {all} from './support.js'

// Probes of the genre (see genre-support.ts): EU acts as PDF extractions give them. Expectations
// written by hand from each text.

describe('an EU regulation in single spacing with no blank lines: `Article 2` / `Scope` / `1. …`', () => {
  const text = [
    'REGULATION (EU) 2031/55 OF THE EUROPEAN PARLIAMENT AND OF THE COUNCIL',
    'of 4 March 2031',
    'on the safety of toys',
    'THE EUROPEAN PARLIAMENT AND THE COUNCIL OF THE EUROPEAN UNION,',
    'Having regard to the Treaty on the Functioning of the European Union, and in particular Article 114',
    'thereof,',
    'Whereas:',
    '(1) Toys placed on the Union market should be safe for children to play with and should not',
    'endanger their health.',
    'HAVE ADOPTED THIS REGULATION:',
    'Article 1',
    'Subject matter',
    'This Regulation lays down rules on the safety of toys and on their free movement in the',
    'Union.',
    'Article 2',
    'Scope',
    '1. This Regulation applies to products designed or intended for use in play by children under',
    '14 years of age.',
    '2. It does not apply to the products listed in Annex I.',
    'Article 3',
    'Entry into force',
    'This Regulation shall enter into force on the twentieth day following that of its publication in',
    'the Official Journal of the European Union.',
  ].join('\n')
  const {document} = fromText(text, {layout: 'single-spaced'})

  it('gives each article its heading, apart from its text and its first numbered paragraph', () => {
    expect(eIds(document)).toEqual([
      'preamble__formula_1',
      'preamble__recitals_1__recital_1',
      'preamble__recitals_2__recital_1',
      'preamble__formula_2',
      'art_1',
      'art_2',
      'art_2__para_1',
      'art_2__para_2',
      'art_3',
    ])
    expect(all(document, 'heading').map((node) => plainText(node as never))).toEqual([
      'Subject matter',
      'Scope',
      'Entry into force',
    ])
    expect(plainText(all(document, 'content')[0] as never)).toBe(
      'This Regulation lays down rules on the safety of toys and on their free movement in the Union.',
    )
    expect(textOf(document, 'art_2__para_1')).toBe(
      'This Regulation applies to products designed or intended for use in play by children under 14 years of age.',
    )
  })
})

describe('the same shape in German: `Artikel 2` / `Geltungsbereich` / `(1) …`', () => {
  it('reads the headings and the bracketed paragraphs of the article', () => {
    const {document} = fromText(
      [
        'HABEN FOLGENDE VERORDNUNG ERLASSEN:',
        'Artikel 1',
        'Gegenstand',
        'Diese Verordnung enthält Vorschriften über die Sicherheit von Spielzeug und über seinen freien',
        'Verkehr in der Union.',
        'Artikel 2',
        'Geltungsbereich',
        '(1) Diese Verordnung gilt für Erzeugnisse, die dazu bestimmt sind, von Kindern unter 14 Jahren',
        'zum Spielen verwendet zu werden.',
        '(2) Sie gilt nicht für die in Anhang I aufgeführten Erzeugnisse.',
      ].join('\n'),
      {language: 'de', layout: 'single-spaced'},
    )
    expect(eIds(document)).toEqual([
      'preamble__formula_1',
      'art_1',
      'art_2',
      'art_2__para_1',
      'art_2__para_2',
    ])
    expect(all(document, 'heading').map((node) => plainText(node as never))).toEqual([
      'Gegenstand',
      'Geltungsbereich',
    ])
    expect(textOf(document, 'art_2__para_2')).toBe(
      'Sie gilt nicht für die in Anhang I aufgeführten Erzeugnisse.',
    )
  })
})

describe('a budget resolution’s section with a long heading on a line of its own', () => {
  it('takes the heading of fourteen words, which has no sentence’s end, as the section’s heading', () => {
    const {document} = fromText(
      [
        'The General Assembly,',
        'Section 11',
        'United Nations system support for the New Partnership for Africa’s Development and its Agenda',
        '68. Recalls that the development of Africa is an established priority of the Organization;',
      ].join('\n'),
      {language: 'en'},
    )
    expect(eIds(document)).toEqual(['preamble__formula_1', 'sec_11', 'sec_11__para_68'])
    expect(plainText(all(document, 'heading')[0] as never)).toBe(
      'United Nations system support for the New Partnership for Africa’s Development and its Agenda',
    )
  })
})

describe('an EU regulation copied from the web: its Official Journal notes at the end', () => {
  const text = [
    'REGULATION (EU) 2031/417 OF THE EUROPEAN PARLIAMENT AND OF THE COUNCIL',
    'of 12 June 2031',
    'on the labelling of reusable packaging',
    'THE EUROPEAN PARLIAMENT AND THE COUNCIL OF THE EUROPEAN UNION,',
    'Having regard to the Treaty on the Functioning of the European Union, and in particular Article 114(1) thereof,',
    'Having regard to the opinion of the European Economic and Social Committee (1),',
    'Acting in accordance with the ordinary legislative procedure (2),',
    'Whereas:',
    '(1) Packaging waste continues to grow in the Union (3) and its reuse should be encouraged.',
    '(2) Consumers should be able to recognise reusable packaging by a common label.',
    'HAVE ADOPTED THIS REGULATION:',
    'Article 1',
    'This Regulation lays down rules on the labelling of reusable packaging placed on the Union market.',
    'Article 2',
    'This Regulation shall be binding in its entirety and directly applicable in all Member States.',
    '(1) OJ C 123, 4.4.2030, p. 10.',
    '',
    '(2) Position of the European Parliament of 3 May 2031 (not yet published in the Official Journal) and decision of the Council of 20 May 2031.',
    '',
    '(3) Directive 94/62/EC of the European Parliament and of the Council of 20 December 1994 on packaging and packaging waste (OJ L 365, 31.12.1994, p. 10).',
  ].join('\n')
  const {document} = fromText(text)

  it('makes the three notes authorial notes at their markers, out of the last article', () => {
    expect(eIds(document)).toEqual([
      'preamble__formula_1',
      'preamble__recitals_1__recital_1',
      'preamble__recitals_1__recital_2',
      'preamble__recitals_1__recital_2__authorialNote_1',
      'preamble__recitals_1__recital_3',
      'preamble__recitals_1__recital_3__authorialNote_1',
      'preamble__recitals_2__recital_1',
      'preamble__recitals_2__recital_1__authorialNote_1',
      'preamble__recitals_2__recital_2',
      'preamble__formula_2',
      'art_1',
      'art_2',
    ])
    expect(textOf(document, 'preamble__recitals_1__recital_2__authorialNote_1')).toBe(
      'OJ C 123, 4.4.2030, p. 10.',
    )
    expect(textOf(document, 'preamble__recitals_1__recital_2')).toBe(
      'Having regard to the opinion of the European Economic and Social Committee,',
    )
    expect(textOf(document, 'art_2')).toBe(
      'This Regulation shall be binding in its entirety and directly applicable in all Member States.',
    )
    expect(all(document, 'authorialNote').map((note) => note.marker)).toEqual(['(1)', '(2)', '(3)'])
  })

  it('leaves `Article 114(1)` and the recitals’ numbers alone', () => {
    expect(textOf(document, 'preamble__recitals_1__recital_1')).toContain('Article 114(1) thereof,')
    expect(
      all(document, 'recital').flatMap((recital) => all(recital, 'num').map((num) => num.value)),
    ).toEqual(['(1)', '(2)'])
  })
})

describe('a German EU regulation in single spacing: notes `(¹) ABl. C …` at the foot of a page', () => {
  const text = [
    'DAS EUROPÄISCHE PARLAMENT UND DER RAT DER EUROPÄISCHEN UNION —',
    'gestützt auf den Vertrag über die Arbeitsweise der Europäischen Union, insbesondere auf Artikel',
    '114,',
    'nach Stellungnahme des Europäischen Wirtschafts- und Sozialausschusses (¹),',
    'gemäß dem ordentlichen Gesetzgebungsverfahren (²),',
    'in Erwägung nachstehender Gründe:',
    '(1) Verpackungsabfälle nehmen in der Union weiter zu, und die Richtlinie 94/62/EG (³) sollte',
    'überarbeitet werden.',
    '(2) Die Verbraucher sollten wiederverwendbare Verpackungen an einem gemeinsamen Zeichen erkennen',
    'können.',
    '(¹) ABl. C 123 vom 4.4.2030, S. 10.',
    '(²) Standpunkt des Europäischen Parlaments vom 3. Mai 2031 (noch nicht im Amtsblatt veröffentlicht)',
    'und Beschluss des Rates vom 20. Mai 2031.',
    '(³) Richtlinie 94/62/EG des Europäischen Parlaments und des Rates vom 20. Dezember 1994 über',
    'Verpackungen und Verpackungsabfälle (ABl. L 365 vom 31.12.1994, S. 10).',
    '\f',
    'HABEN FOLGENDE VERORDNUNG ERLASSEN:',
    'Artikel 1',
    'Diese Verordnung legt Vorschriften über die Kennzeichnung wiederverwendbarer Verpackungen fest.',
  ].join('\n')
  const {document} = fromText(text, {language: 'de', layout: 'single-spaced'})

  it('lifts the three notes, wrapped lines included, and places them at their markers', () => {
    expect(eIds(document)).toEqual([
      'preamble__formula_1',
      'preamble__recitals_1__recital_1',
      'preamble__recitals_1__recital_2',
      'preamble__recitals_1__recital_2__authorialNote_1',
      'preamble__recitals_1__recital_3',
      'preamble__recitals_1__recital_3__authorialNote_1',
      'preamble__recitals_2__recital_1',
      'preamble__recitals_2__recital_1__authorialNote_1',
      'preamble__recitals_2__recital_2',
      'preamble__formula_2',
      'art_1',
    ])
    expect(textOf(document, 'preamble__recitals_1__recital_3__authorialNote_1')).toBe(
      'Standpunkt des Europäischen Parlaments vom 3. Mai 2031 (noch nicht im Amtsblatt veröffentlicht) und Beschluss des Rates vom 20. Mai 2031.',
    )
    expect(textOf(document, 'preamble__recitals_2__recital_2')).toBe(
      'Die Verbraucher sollten wiederverwendbare Verpackungen an einem gemeinsamen Zeichen erkennen können.',
    )
  })
})

describe('numbered lines that cite the journal later in the line are no notes', () => {
  it('keeps an annex’s list of repealed directives as its points', () => {
    const {document} = fromText(
      [
        'HAVE ADOPTED THIS DIRECTIVE:',
        'Article 1',
        'The Directives listed in the Annex are repealed.',
        'ANNEX',
        'Repealed Directives',
        '(1) Council Directive 93/42/EEC (OJ L 169, 12.7.1993, p. 1).',
        '(2) Council Directive 90/385/EEC (OJ L 189, 20.7.1990, p. 17).',
      ].join('\n'),
      {language: 'en'},
    )
    expect(all(document, 'authorialNote')).toEqual([])
    expect(plainText(all(document, 'attachment')[0] as never)).toContain('Council Directive 90/385/EEC')
  })
})

describe('Official Journal notes in double spacing, one wrapped over an empty line', () => {
  it('lifts both notes whole and places them at the two citations', () => {
    const lines = [
      '  THE EUROPEAN PARLIAMENT AND THE COUNCIL OF THE EUROPEAN UNION,',
      ' ',
      '  Having regard to the opinion of the European Economic and Social Committee (1),',
      ' ',
      '  Acting in accordance with the ordinary legislative procedure (2),',
      ' ',
      '  HAVE ADOPTED THIS REGULATION:',
      ' ',
      '  Article 1',
      ' ',
      '  This Regulation lays down rules on the labelling of reusable packaging.',
      ' ',
      '(1) OJ C 123, 4.4.2030, p. 10.',
      '(2) Position of the European Parliament of 3 May 2031 (not yet published in the Official',
      'Journal) and decision of the Council of 20 May 2031.',
    ]
    const {document} = fromText(lines.flatMap((line) => [line, '']).join('\n'), {
      language: 'en',
      layout: 'double-spaced',
    })
    expect(eIds(document)).toEqual([
      'preamble__formula_1',
      'preamble__recitals_1__recital_1',
      'preamble__recitals_1__recital_1__authorialNote_1',
      'preamble__recitals_1__recital_2',
      'preamble__recitals_1__recital_2__authorialNote_1',
      'preamble__formula_2',
      'art_1',
    ])
    expect(textOf(document, 'preamble__recitals_1__recital_2__authorialNote_1')).toBe(
      'Position of the European Parliament of 3 May 2031 (not yet published in the Official Journal) and decision of the Council of 20 May 2031.',
    )
  })
})

describe('an EU act’s title block in single spacing: title, `of 21 January 2031`, subject, each on its line', () => {
  // The Official Journal prints the act's title, its date line and its subject on lines of their own;
  // a single-spaced extraction gives them with no blank line between, as it gives the subject's wraps.
  const decision = [
    'COUNCIL DECISION (EU) 2031/123',
    'of 21 January 2031',
    'on the position to be taken on behalf of the European Union within the Joint Committee established by',
    'the Agreement between the European Union and the Republic of Northland',
    'THE COUNCIL OF THE EUROPEAN UNION,',
    'Having regard to the Treaty on the Functioning of the European Union, and in particular Article 218(9)',
    'thereof,',
    'Whereas:',
    '(1) The Agreement entered into force on 1 May 2030 and is applied by both parties in good faith.',
    '(2) The Joint Committee is to adopt a decision on the amendment of Annex II to the Agreement at its',
    'next meeting.',
    'HAS ADOPTED THIS DECISION:',
    'Article 1',
    'The position to be taken on behalf of the Union within the Joint Committee shall be based on the draft',
    'decision of that Committee attached to this Decision.',
    'Article 2',
    'This Decision shall enter into force on the date of its adoption.',
    'Done at Brussels, 21 January 2031.',
  ]
  /** The same lines as a double-spaced extraction gives them: a blank line after each but a wrap. */
  const doubleSpaced = (lines: string[]) =>
    lines
      .map((line, index) => {
        const next = lines[index + 1]
        const wraps = next !== undefined && /^(?:the Agreement|thereof|next meeting|decision of)/u.test(next)
        return wraps ? `${line}\n` : `${line}\n\n`
      })
      .join('')
  /** Each line of the preface: the types of its inline nodes and its text. */
  const preface = (document: ReturnType<typeof fromText>['document']) =>
    document.children
      .find((child) => child.type === 'preface')
      ?.children.map(
        (p) =>
          ('children' in p ? p.children.map((node) => node.type).join('+') : p.type) + ': ' + plainText(p),
      )

  it('reads the title, the date line and the subject as the preface’s lines, as in double spacing', () => {
    const single = fromText(decision.join('\n'), {language: 'en'})
    expect(preface(single.document)).toEqual([
      'docTitle: COUNCIL DECISION (EU) 2031/123',
      'text+inline: of 21 January 2031',
      'text: on the position to be taken on behalf of the European Union within the Joint Committee established by the Agreement between the European Union and the Republic of Northland',
    ])
    expect(single.document.meta.frbr.number).toBe('(EU) 2031/123')
    const double = fromText(doubleSpaced(decision), {language: 'en'})
    expect(removePositions(single.document)).toEqual(removePositions(double.document))
  })

  it('parts a regulation’s title in capitals from `of 4 March 2031` and `on the safety of toys`', () => {
    const {document} = fromText(
      [
        'REGULATION (EU) 2031/55 OF THE EUROPEAN PARLIAMENT AND OF THE COUNCIL',
        'of 4 March 2031',
        'on the safety of toys',
        'THE EUROPEAN PARLIAMENT AND THE COUNCIL OF THE EUROPEAN UNION,',
        'Having regard to the Treaty on the Functioning of the European Union,',
        'HAVE ADOPTED THIS REGULATION:',
        'Article 1',
        'This Regulation lays down rules on the safety of toys.',
      ].join('\n'),
      {layout: 'single-spaced'},
    )
    expect(preface(document)).toEqual([
      'docTitle: REGULATION (EU) 2031/55 OF THE EUROPEAN PARLIAMENT AND OF THE COUNCIL',
      'text+inline: of 4 March 2031',
      'text: on the safety of toys',
    ])
  })

  it('keeps a title in capitals wrapped after `OF THE` one title over the date line', () => {
    const {document} = fromText(
      [
        'REGULATION (EU) 2031/55 OF THE EUROPEAN PARLIAMENT AND OF THE',
        'COUNCIL',
        'of 4 March 2031',
        'on the safety of toys and repealing Directive 2009/48/EC of the European Parliament and of the',
        'Council',
        '(Text with EEA relevance)',
        'THE EUROPEAN PARLIAMENT AND THE COUNCIL OF THE EUROPEAN UNION,',
        'Having regard to the Treaty on the Functioning of the European Union, and in particular Article 114',
        'thereof,',
        'Whereas:',
        '(1) Toys placed on the Union market should be safe for children to play with and should not',
        'endanger their health.',
        'HAVE ADOPTED THIS REGULATION:',
        'Article 1',
        'Subject matter',
        'This Regulation lays down rules on the safety of toys and on their free movement in the',
        'Union.',
      ].join('\n'),
    )
    const lines = preface(document) ?? []
    expect(lines.slice(0, 2)).toEqual([
      'docTitle: REGULATION (EU) 2031/55 OF THE EUROPEAN PARLIAMENT AND OF THE COUNCIL',
      'text+inline: of 4 March 2031',
    ])
    expect(lines[2]).toMatch(
      /^text: on the safety of toys and repealing Directive 2009\/48\/EC of the European Parliament and of the Council/,
    )
  })

  it('leaves a date that a recital wraps to in its recital', () => {
    const {document} = fromText(
      [
        'COUNCIL DECISION (EU) 2031/123',
        'of 21 January 2031',
        'on the signing of the Agreement',
        'THE COUNCIL OF THE EUROPEAN UNION,',
        'Having regard to Council Decision (EU) 2030/77',
        'of 3 March 2030',
        'on the opening of negotiations, and in particular Article 2 thereof,',
        'HAS ADOPTED THIS DECISION:',
        'Article 1',
        'The signing of the Agreement is hereby approved.',
      ].join('\n'),
      {layout: 'single-spaced'},
    )
    expect(textOf(document, 'preamble__recitals_1__recital_1')).toBe(
      'Having regard to Council Decision (EU) 2030/77 of 3 March 2030 on the opening of negotiations, and in particular Article 2 thereof,',
    )
  })
})

describe('the note under an EU act’s title, `(Text with EEA relevance)`, in the languages of the profiles', () => {
  /** The preface's blocks (the title marked), and every recital's and formula's text. */
  const read = (text: string, language?: string) => {
    const {document} = fromText(text, language ? {language} : {})
    const preface = document.children.find((node) => node.type === 'preface')
    const blocks = preface && 'children' in preface ? (preface.children as never[]) : []
    return {
      preface: blocks.map((block) =>
        (block as {children: {type: string}[]}).children
          .map((child) =>
            child.type === 'docTitle' ? `[${plainText(child as never)}]` : plainText(child as never),
          )
          .join(''),
      ),
      recitals: all(document, 'recital').map((node) => plainText(node as never)),
    }
  }

  it('reads it as a line of the preface under a subject that wraps, in single and in double spacing', () => {
    const lines = [
      'COMMISSION IMPLEMENTING REGULATION (EU) 2031/123',
      'of 4 March 2031',
      'laying down rules for the application of Regulation (EU) 2030/45 of the European Parliament and',
      'of the Council as regards the labelling of toys',
      '(Text with EEA relevance)',
      'THE EUROPEAN COMMISSION,',
      'Having regard to the Treaty on the Functioning of the European Union,',
      'HAS ADOPTED THIS REGULATION:',
      'Article 1',
      'Toys shall be labelled in the official languages of the Member States in which they are made',
      'available.',
    ]
    const expected = [
      '[COMMISSION IMPLEMENTING REGULATION (EU) 2031/123]',
      'of 4 March 2031',
      'laying down rules for the application of Regulation (EU) 2030/45 of the European Parliament and of the Council as regards the labelling of toys',
      '(Text with EEA relevance)',
    ]
    expect(read(lines.join('\n')).preface).toEqual(expected)
    expect(read(lines.join('\n\n')).preface).toEqual(expected)
  })

  it('keeps it out of a title that prints it on its line', () => {
    expect(
      read(
        [
          'Regulation (EU) 2031/55 of the European Parliament and of the Council of 4 March 2031 on the safety of toys (Text with EEA relevance)',
          'THE EUROPEAN PARLIAMENT AND THE COUNCIL OF THE EUROPEAN UNION,',
          'Having regard to the Treaty on the Functioning of the European Union,',
          'HAVE ADOPTED THIS REGULATION:',
          'Article 1',
          'Toys shall be safe.',
        ].join('\n\n'),
      ).preface,
    ).toEqual([
      '[Regulation (EU) 2031/55 of the European Parliament and of the Council of 4 March 2031 on the safety of toys] (Text with EEA relevance)',
    ])
  })

  it.each([
    [
      'fr',
      'RÈGLEMENT (UE) 2031/55 DU PARLEMENT EUROPÉEN ET DU CONSEIL',
      'du 4 mars 2031',
      'relatif à la sécurité des jouets, et modifiant le règlement (UE) 2030/45 et la directive',
      '2030/12/UE',
      '(Texte présentant de l’intérêt pour l’EEE)',
      'LE PARLEMENT EUROPÉEN ET LE CONSEIL DE L’UNION EUROPÉENNE,',
      'vu le traité sur le fonctionnement de l’Union européenne,',
      'ONT ADOPTÉ LE PRÉSENT RÈGLEMENT:',
      'Article premier',
      'Les jouets doivent être sûrs.',
    ],
    [
      'de',
      'VERORDNUNG (EU) 2031/55 DES EUROPÄISCHEN PARLAMENTS UND DES RATES',
      'vom 4. März 2031',
      'über die Sicherheit von Spielzeug und zur Änderung der Verordnung (EU) 2030/45 und der',
      'Richtlinie 2030/12/EU',
      '(Text von Bedeutung für den EWR)',
      'DAS EUROPÄISCHE PARLAMENT UND DER RAT DER EUROPÄISCHEN UNION —',
      'gestützt auf den Vertrag über die Arbeitsweise der Europäischen Union,',
      'HABEN FOLGENDE VERORDNUNG ERLASSEN:',
      'Artikel 1',
      'Spielzeug muss sicher sein.',
    ],
    [
      'es',
      'REGLAMENTO (UE) 2031/55 DEL PARLAMENTO EUROPEO Y DEL CONSEJO',
      'de 4 de marzo de 2031',
      'sobre la seguridad de los juguetes y por el que se modifican el Reglamento (UE) 2030/45 y la',
      'Directiva 2030/12/UE',
      '(Texto pertinente a efectos del EEE)',
      'EL PARLAMENTO EUROPEO Y EL CONSEJO DE LA UNIÓN EUROPEA,',
      'Visto el Tratado de Funcionamiento de la Unión Europea,',
      'HAN ADOPTADO EL PRESENTE REGLAMENTO:',
      'Artículo 1',
      'Los juguetes deberán ser seguros.',
    ],
    [
      'it',
      'REGOLAMENTO (UE) 2031/55 DEL PARLAMENTO EUROPEO E DEL CONSIGLIO',
      'del 4 marzo 2031',
      'sulla sicurezza dei giocattoli e che modifica il regolamento (UE) 2030/45 e la direttiva',
      '2030/12/UE',
      '(Testo rilevante ai fini del SEE)',
      'IL PARLAMENTO EUROPEO E IL CONSIGLIO DELL’UNIONE EUROPEA,',
      'visto il trattato sul funzionamento dell’Unione europea,',
      'HANNO ADOTTATO IL PRESENTE REGOLAMENTO:',
      'Articolo 1',
      'I giocattoli devono essere sicuri.',
    ],
    [
      'pt',
      'REGULAMENTO (UE) 2031/55 DO PARLAMENTO EUROPEU E DO CONSELHO',
      'de 4 de março de 2031',
      'relativo à segurança dos brinquedos e que altera o Regulamento (UE) 2030/45 e a Diretiva',
      '2030/12/UE',
      '(Texto relevante para efeitos do EEE)',
      'O PARLAMENTO EUROPEU E O CONSELHO DA UNIÃO EUROPEIA,',
      'Tendo em conta o Tratado sobre o Funcionamento da União Europeia,',
      'ADOTARAM O PRESENTE REGULAMENTO:',
      'Artigo 1.º',
      'Os brinquedos devem ser seguros.',
    ],
  ])('reads it as a line of the preface in %s, no recital’s nor the title’s', (language, ...lines) => {
    for (const spacing of ['\n', '\n\n']) {
      const {preface, recitals} = read(lines.join(spacing), language)
      expect(preface.at(-1)).toBe(lines[4])
      expect(preface.some((line) => line.includes(lines[4]!) && line !== lines[4])).toBe(false)
      expect(recitals.some((recital) => recital.includes(lines[4]!.slice(1, -1)))).toBe(false)
    }
    // A web page's title, on one line with the note: the note stays out of the title.
    const title = lines.slice(0, 4).join(' ')
    expect(read([`${title} ${lines[4]}`, ...lines.slice(5)].join('\n\n'), language).preface).toEqual([
      `[${title}] ${lines[4]}`,
    ])
  })
})

describe('an amending act’s article that opens with the annex it amends: a sentence, no annex heading', () => {
  // `Annex XIX is deleted.`: the attachment's word and number, then a sentence in lower case to its
  // end. Read as a heading, it opened an attachment that took every later article and the closing.
  const cases: [string, string[]][] = [
    [
      'en',
      [
        'HAS ADOPTED THIS REGULATION:',
        'Article 1',
        'Annex XIX to Implementing Regulation (EU) 2031/404 is deleted.',
        'Article 2',
        'Annex II is deleted.',
        'Article 3',
        'This Regulation shall enter into force on the day following that of its publication.',
        'Done at Brussels, 9 April 2031.',
        'ANNEX',
        'Annex V is amended as follows.',
      ],
    ],
    [
      'de',
      [
        'HAT FOLGENDE VERORDNUNG ERLASSEN:',
        'Artikel 1',
        'Anhang IV wird gestrichen.',
        'Artikel 2',
        'Anhang II wird wie folgt geändert:',
        'a) Nummer 1 wird gestrichen;',
        'b) Nummer 2 wird gestrichen.',
        'Artikel 3',
        'Diese Verordnung tritt am zwanzigsten Tag nach ihrer Veröffentlichung in Kraft.',
        'Geschehen zu Brüssel am 9. April 2031.',
        'ANHANG',
        'Anhang V wird wie folgt geändert.',
      ],
    ],
    [
      'es',
      [
        'HA ADOPTADO EL PRESENTE REGLAMENTO:',
        'Artículo 1',
        'Se suprime el anexo IV.',
        'Artículo 2',
        'Anexo II queda modificado como sigue:',
        'a) Se suprime el punto 1;',
        'b) Se suprime el punto 2.',
        'Artículo 3',
        'El presente Reglamento entrará en vigor a los veinte días de su publicación.',
        'Hecho en Bruselas, el 9 de abril de 2031.',
        'ANEXO',
        'El anexo V queda modificado como sigue.',
      ],
    ],
  ]
  for (const [language, lines] of cases) {
    it(`reads three articles, then the closing, then the annex (${language})`, () => {
      const {document} = fromText(lines.join('\n'), {language})
      expect(eIds(document)).toEqual([
        'preamble__formula_1',
        'art_1',
        'art_2',
        ...(language === 'en'
          ? []
          : ['art_2__para_1', 'art_2__para_1__list_1__point_a', 'art_2__para_1__list_1__point_b']),
        'art_3',
        'att_1__para_1',
      ])
      expect(document.children.map((child) => child.type)).toEqual([
        'preamble',
        'mainBody',
        'conclusions',
        'attachments',
      ])
    })
  }
})

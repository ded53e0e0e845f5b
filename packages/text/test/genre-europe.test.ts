import {plainText} from '@clausewise/model'
import {describe, expect, it} from 'vitest'
import {fromText} from '../src/index.js'
import {eIds, textOf} from './genre-support.js'
import {all} from './support.js'

// Probes of the genre (see genre-support.ts): expectations written by hand from each text.

describe('an EU regulation: formula naming two bodies, citations, numbered recitals, articles', () => {
  const text = [
    'REGULATION (EU) 2031/417 OF THE EUROPEAN PARLIAMENT AND OF THE COUNCIL',
    'of 12 June 2031',
    'on the labelling of reusable packaging',
    '(Text with EEA relevance)',
    'THE EUROPEAN PARLIAMENT AND THE COUNCIL OF THE EUROPEAN UNION,',
    'Having regard to the Treaty on the Functioning of the European Union, and in particular Article 114 thereof,',
    'Having regard to the proposal from the European Commission,',
    'Having regard to the opinion of the European Economic and Social Committee (1),',
    'Acting in accordance with the ordinary legislative procedure (2),',
    'Whereas:',
    '(1) Packaging waste continues to grow in the Union and its reuse should be encouraged.',
    '(2) Consumers should be able to recognise reusable packaging by a common label.',
    '(3) Since the objective of this Regulation cannot be sufficiently achieved by the Member States, the Union may adopt measures in accordance with the principle of subsidiarity.',
    'HAVE ADOPTED THIS REGULATION:',
    'Article 1',
    'Subject matter',
    'This Regulation lays down rules on the labelling of reusable packaging placed on the Union market.',
    'Article 2',
    'Definitions',
    'For the purposes of this Regulation, the following definitions apply:',
    "(a) 'packaging' means any product used for the containment of goods;",
    "(b) 'reusable packaging' means packaging designed to accomplish a minimum number of rotations.",
    'Article 3',
    'Labelling obligation',
    '1. Economic operators shall ensure that reusable packaging bears the label set out in the Annex.',
    '2. The label shall be visible, legible and indelible.',
    '3. The Commission may adopt implementing acts specifying the format of the label.',
    'Article 4',
    'Entry into force',
    'This Regulation shall enter into force on the twentieth day following that of its publication in the Official Journal of the European Union.',
    'This Regulation shall be binding in its entirety and directly applicable in all Member States.',
    'Done at Brussels, 12 June 2031.',
    'For the European Parliament',
    'The President',
    'For the Council',
    'The President',
    '(1) OJ C 123, 4.4.2030, p. 10.',
    '(2) Position of the European Parliament of 3 May 2031.',
  ].join('\n')
  const {document} = fromText(text)

  it('reads the new-style number `(EU) 2031/417` as the EU symbol', () => {
    expect(document.meta.frbr.country).toBe('eu')
    expect(document.meta.symbol).toBe('(EU) 2031/417')
  })

  it('reads the formula in capitals, four citations (two with their Official Journal notes), three recitals (1) to (3), the enacting words and four articles', () => {
    expect(plainText(all(document, 'formula')[0] as never)).toBe(
      'THE EUROPEAN PARLIAMENT AND THE COUNCIL OF THE EUROPEAN UNION,',
    )
    expect(eIds(document)).toEqual([
      'preamble__formula_1',
      'preamble__recitals_1__recital_1',
      'preamble__recitals_1__recital_2',
      'preamble__recitals_1__recital_3',
      'preamble__recitals_1__recital_3__authorialNote_1',
      'preamble__recitals_1__recital_4',
      'preamble__recitals_1__recital_4__authorialNote_1',
      'preamble__recitals_2__recital_1',
      'preamble__recitals_2__recital_2',
      'preamble__recitals_2__recital_3',
      'preamble__formula_2',
      'art_1',
      'art_2',
      'art_2__para_1',
      'art_2__para_1__list_1__point_a',
      'art_2__para_1__list_1__point_b',
      'art_3',
      'art_3__para_1',
      'art_3__para_2',
      'art_3__para_3',
      'art_4',
    ])
    expect(plainText(all(document, 'formula')[1] as never)).toBe('HAVE ADOPTED THIS REGULATION:')
    expect(textOf(document, 'art_3__para_2')).toBe('The label shall be visible, legible and indelible.')
  })
})

describe('an EU Council decision in French: `considérant ce qui suit:`, `Article premier`', () => {
  const text = [
    'DÉCISION (UE) 2031/88 DU CONSEIL',
    'du 3 février 2031',
    "relative à la position à prendre au nom de l'Union au sein du comité mixte",
    "LE CONSEIL DE L'UNION EUROPÉENNE,",
    "vu le traité sur le fonctionnement de l'Union européenne, et notamment son article 218, paragraphe 9,",
    'vu la proposition de la Commission européenne,',
    'considérant ce qui suit:',
    "(1) L'accord a été conclu par l'Union le 1er mars 2020.",
    "(2) Il convient d'établir la position à prendre au nom de l'Union au sein du comité mixte.",
    'A ADOPTÉ LA PRÉSENTE DÉCISION:',
    'Article premier',
    "La position à prendre au nom de l'Union au sein du comité mixte est fondée sur le projet de décision joint à la présente décision.",
    'Article 2',
    'La présente décision entre en vigueur le jour de son adoption.',
    'Fait à Bruxelles, le 3 février 2031.',
    'Par le Conseil',
    'Le président',
  ].join('\n')
  const {document} = fromText(text)

  it('reads the French EU number, two citations, the recitals’ introduction and two recitals', () => {
    expect(document.meta.language).toBe('fr')
    expect(document.meta.frbr.country).toBe('eu')
    expect(document.meta.symbol).toBe('(UE) 2031/88')
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
    const preamble = plainText(document.children.find((node) => node.type === 'preamble')!)
    expect(preamble).toContain('considérant ce qui suit:')
    expect(plainText(all(document, 'formula')[1] as never)).toBe('A ADOPTÉ LA PRÉSENTE DÉCISION:')
    expect(plainText(document.children.find((node) => node.type === 'conclusions')!)).toBe(
      'Fait à Bruxelles, le 3 février 2031.\nPar le Conseil\nLe président',
    )
  })
})

describe('a Council of Europe recommendation with its appendix, single-spaced PDF text', () => {
  const text = [
    'Recommendation CM/Rec(2030)4',
    'of the Committee of Ministers to member States',
    'on the protection of journalists in the digital environment',
    '',
    '(Adopted by the Committee of Ministers on 6 April 2030',
    "at the 1402nd meeting of the Ministers' Deputies)",
    '',
    'The Committee of Ministers, under the terms of Article 15.b of the Statute of the',
    'Council of Europe,',
    '',
    'Considering that the aim of the Council of Europe is to achieve a greater unity',
    'between its members for the purpose of safeguarding and realising the ideals and',
    'principles which are their common heritage;',
    '',
    'Recalling the obligation of member States to secure to everyone within their',
    'jurisdiction the rights and freedoms defined in the European Convention on Human',
    'Rights;',
    '',
    'Concerned by the growing number of attacks against journalists online,',
    '',
    'Recommends that the governments of member States:',
    '',
    '1. review their legislation and practice in the light of the guidelines',
    'appended to this recommendation;',
    '',
    '2. ensure, by appropriate means, that this recommendation is translated and',
    'disseminated as widely as possible among competent authorities;',
    '',
    '3. examine, within the Committee of Ministers, the implementation of this',
    'recommendation five years after its adoption.',
    '',
    'Appendix to Recommendation CM/Rec(2030)4',
    '',
    'Guidelines on the protection of journalists in the digital environment',
    '',
    '1. States should refrain from any interference with the work of journalists.',
    '',
    '2. States should investigate online threats against journalists effectively.',
  ].join('\n')
  const {document} = fromText(text)

  it('reads the formula with the ground the body acts on, three recitals and the operative introduction', () => {
    expect(plainText(all(document, 'formula')[0] as never)).toBe(
      'The Committee of Ministers, under the terms of Article 15.b of the Statute of the Council of Europe,',
    )
    expect(document.meta.symbol).toBe('CM/Rec(2030)4')
    expect(eIds(document)).toEqual([
      'preamble__formula_1',
      'preamble__recitals_1__recital_1',
      'preamble__recitals_1__recital_2',
      'preamble__recitals_1__recital_3',
      'mainBody__blockContainer_1',
      'para_1',
      'para_2',
      'para_3',
      'att_1__para_1',
      'att_1__para_2',
    ])
    expect(textOf(document, 'para_3')).toBe(
      'examine, within the Committee of Ministers, the implementation of this recommendation five years after its adoption.',
    )
  })

  it('opens the appendix at `Appendix to Recommendation …`, a heading that names in lower case what it is attached to', () => {
    const attachment = all(document, 'attachment')[0]!
    expect(attachment.name).toBe('appendix')
    expect(plainText(all(attachment, 'docTitle')[0] as never)).toBe(
      'Appendix to Recommendation CM/Rec(2030)4 Guidelines on the protection of journalists in the digital environment',
    )
  })
})

describe('formulas and attachment headings that stay what they are', () => {
  it('keeps a formula-like sentence without a ground after its comma a recital', () => {
    const {document} = fromText(
      [
        'The Council,',
        'The Member States, which have not yet acted, are invited to act,',
        '1. Decides to act.',
      ].join('\n'),
      {language: 'en'},
    )
    expect(all(document, 'formula')).toHaveLength(1)
  })

  it('reads no attachment in a sentence opening with `Annex to`', () => {
    const {document} = fromText(
      [
        'The Council,',
        '1. Decides to act;',
        'Annex to the present decision lists the members of the group.',
      ].join('\n'),
      {language: 'en'},
    )
    expect(all(document, 'attachment')).toHaveLength(0)
  })
})

describe('a UNESCO Executive Board decision in French: agenda item above the formula, numbered preamble', () => {
  const text = [
    'Conseil exécutif',
    'Deux cent vingt-deuxième session',
    '222 EX/Décisions',
    'Paris, 18 octobre 2031',
    '',
    "5. Rapport de la Directrice générale sur l'exécution du programme",
    '',
    'Le Conseil exécutif,',
    '',
    '1. Ayant examiné le document 222 EX/5 Partie I,',
    '',
    '2. Rappelant la décision 219 EX/5 et la résolution 41 C/12,',
    '',
    "3. Prend note des progrès accomplis dans l'exécution du programme ;",
    '',
    '4. Invite la Directrice générale à poursuivre ses efforts en vue de renforcer la coopération avec les commissions nationales ;',
    '',
    "5. Décide d'inscrire cette question à l'ordre du jour de sa 224e session.",
  ].join('\n')
  const {document} = fromText(text)

  it('takes the numbered agenda item title for the preface, not for a paragraph', () => {
    expect(plainText(document.children.find((node) => node.type === 'preface')!)).toBe(
      "5. Rapport de la Directrice générale sur l'exécution du programme",
    )
    expect(plainText(all(document, 'formula')[0] as never)).toBe('Le Conseil exécutif,')
  })

  it('reads 1 and 2 as numbered recitals (participles) and 3 to 5 as paragraphs', () => {
    expect(eIds(document)).toEqual([
      'preamble__formula_1',
      'preamble__recitals_1__recital_1',
      'preamble__recitals_1__recital_2',
      'para_3',
      'para_4',
      'para_5',
    ])
    expect(all(document, 'num').map((node) => node.value)).toEqual(['1.', '2.', '3.', '4.', '5.'])
  })
})

describe('a numbered line before a formula that is a clause', () => {
  it('keeps `1. Decides …` a paragraph although a formula-like line follows', () => {
    const {document} = fromText(['1. Decides to act;', 'The Council,', '2. Requests a report.'].join('\n'), {
      language: 'en',
    })
    expect(all(document, 'preface')).toHaveLength(0)
    expect(textOf(document, 'para_1')).toMatch(/^Decides to act;/)
  })
})

describe('an appendix whose heading names the recommendation by its symbol, at the top of a new page', () => {
  // `pdftotext -layout`: the page number, a form feed, then `Appendix to Recommendation
  // CM/Rec(2031)2`. A line that opens or ends with the document's symbol after the first page is a
  // running head; an attachment's heading is not, though it names the symbol.
  const page = (lines: string[]): string => lines.join('\n')
  const text = [
    page([
      '                                                     COMMITTEE OF MINISTERS',
      '',
      'Recommendation CM/Rec(2031)2',
      'of the Committee of Ministers to member States',
      'on the protection of whistleblowers in the health sector',
      '',
      '(Adopted by the Committee of Ministers on 19 March 2031',
      'at the 1622nd meeting of the Ministers’ Deputies)',
      '',
      '       The Committee of Ministers, under the terms of Article 15.b of the Statute of the Council of Europe,',
      '',
      '       Considering that the aim of the Council of Europe is to achieve a greater unity between its',
      'members;',
      '',
      '       Recommends that the governments of member States:',
      '',
      '       1. review their legislation and practice in the light of the principles appended to this',
      'recommendation;',
      '',
      '       2. ensure that this recommendation is disseminated to the competent authorities.',
      '',
      '                                                                                   1',
    ]),
    page([
      'Appendix to Recommendation CM/Rec(2031)2',
      '',
      'Principles',
      '',
      '1.    These principles apply to every person working in the health sector.',
      '',
      '2.    Member States should ensure that internal and external reporting channels are available.',
      '',
      '                                                                                   2',
    ]),
  ].join('\n\f')
  const {document, diagnostics} = fromText(text, {language: 'en'})

  it('opens the appendix with its heading, not a running head', () => {
    const attachments = document.children.find((child) => child.type === 'attachments')
    expect(attachments).toBeDefined()
    expect(plainText(attachments!)).toMatch(/^Appendix to Recommendation CM\/Rec\(2031\)2/)
    expect(eIds(document).filter((id) => id.startsWith('att_1'))).toEqual(['att_1__para_1', 'att_1__para_2'])
    const furniture = diagnostics.filter((d) => d.ruleId === 'page-furniture').map((d) => d.text ?? '')
    expect(furniture.some((text) => text.includes('Appendix'))).toBe(false)
  })
})

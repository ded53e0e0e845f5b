import {clauses, type Document, ownText, plainText} from '@clausewise/model'
import {describe, expect, it} from 'vitest'
import {fromText} from '../src/index.js'
import {all} from './support.js'

// Decisions of bodies and in shapes the corpus lacks, written for these tests (no real document is
// copied): each expectation is what a careful reader of the genre gets, worked out by hand from the
// text, not copied from output.

/** The eIds of a document's clauses, in order: its structure, nesting included. */
function eIds(document: Document): string[] {
  return clauses(document).map((clause) => clause.eId)
}

/** The own text of the clause with an eId. */
function textOf(document: Document, eId: string): string | undefined {
  const clause = clauses(document).find((node) => node.eId === eId)
  return clause && ownText(clause)
}

function furniture(diagnostics: {ruleId: string; text?: string | undefined}[]): (string | undefined)[] {
  return diagnostics
    .filter((diagnostic) => diagnostic.ruleId === 'page-furniture')
    .map((diagnostic) => diagnostic.text)
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

describe('a Bundestag motion: roman parts, the second with numbered points', () => {
  const text = [
    'Deutscher Bundestag                                   Drucksache 21/1234',
    '21. Wahlperiode                                       15.05.2030',
    '',
    'Antrag',
    'der Fraktionen der A und der B',
    '',
    'Stärkung des Ehrenamts im ländlichen Raum',
    '',
    'Der Bundestag wolle beschließen:',
    '',
    'I. Der Deutsche Bundestag stellt fest:',
    '',
    'Das Ehrenamt ist eine tragende Säule des gesellschaftlichen Zusammenhalts. Mehr',
    'als 28 Millionen Menschen engagieren sich freiwillig.',
    '',
    'Gerade im ländlichen Raum fehlen jedoch häufig Strukturen, die dieses Engagement',
    'dauerhaft unterstützen.',
    '',
    'II. Der Deutsche Bundestag fordert die Bundesregierung auf,',
    '',
    '1. ein Förderprogramm für ehrenamtliche Strukturen im ländlichen Raum',
    'aufzulegen;',
    '',
    '2. die Übungsleiterpauschale zu erhöhen;',
    '',
    '3. bürokratische Hürden für Vereine abzubauen.',
    '',
    'Berlin, den 15. Mai 2030',
    '',
    'Fraktion A',
    'Fraktion B',
  ].join('\n')
  const {document} = fromText(text)

  it('makes 1., 2., 3. the points of II (numbers restart at 1 in another style after `auf,`)', () => {
    expect(document.meta.language).toBe('de')
    expect(eIds(document)).toEqual([
      'preamble__formula_1',
      'para_I',
      'para_II',
      'para_II__list_1__point_1',
      'para_II__list_1__point_2',
      'para_II__list_1__point_3',
    ])
    expect(textOf(document, 'para_II__list_1__point_1')).toBe(
      'ein Förderprogramm für ehrenamtliche Strukturen im ländlichen Raum aufzulegen;',
    )
  })
})

describe('numbers of another style that do not open points', () => {
  it('keeps (1) a paragraph after a paragraph that does not end with a colon or comma', () => {
    const {document} = fromText(
      ['The Assembly,', '1. Decides to hold a special session.', '(1) The session shall last two days.'].join(
        '\n',
      ),
      {language: 'en'},
    )
    expect(all(document, 'point')).toHaveLength(0)
  })

  it('keeps 2. a paragraph after the points (1), (2) of paragraph 1', () => {
    const {document} = fromText(
      [
        'The Assembly,',
        '1. URGES Member States:',
        '(1) to act;',
        '(2) to report;',
        '2. REQUESTS the Director-General to report.',
      ].join('\n'),
      {language: 'en'},
    )
    expect(eIds(document)).toEqual([
      'preamble__formula_1',
      'para_1',
      'para_1__list_1__point_1',
      'para_1__list_1__point_2',
      'para_2',
    ])
  })
})

describe('a resolution of the Portuguese Assembleia da República, web text', () => {
  const text = [
    'Resolução da Assembleia da República n.º 45/2031',
    'Recomenda ao Governo a valorização das bibliotecas públicas',
    'A Assembleia da República resolve, nos termos do n.º 5 do artigo 166.º da Constituição, recomendar ao Governo que:',
    '1 — Reforce o financiamento da Rede Nacional de Bibliotecas Públicas.',
    '2 — Promova a contratação de bibliotecários nos municípios com menos de 20 000 habitantes.',
    '3 — Apresente à Assembleia da República, no prazo de um ano, um relatório sobre a execução da presente resolução.',
    'Aprovada em 3 de março de 2031.',
    'O Presidente da Assembleia da República, Nome Apelido.',
  ].join('\n')
  const {document} = fromText(text)

  it('reads the number, the enacting words as the paragraphs’ introduction, and three paragraphs `1 —`', () => {
    expect(document.meta.language).toBe('pt')
    expect(document.meta.frbr.number).toBe('45/2031')
    expect(plainText(all(document, 'docTitle')[0] as never)).toBe(
      'Recomenda ao Governo a valorização das bibliotecas públicas',
    )
    expect(eIds(document)).toEqual(['mainBody__blockContainer_1', 'para_1', 'para_2', 'para_3'])
    expect(all(document, 'num').map((node) => node.value)).toEqual(['1 —', '2 —', '3 —'])
    expect(textOf(document, 'para_2')).toBe(
      'Promova a contratação de bibliotecários nos municípios com menos de 20 000 habitantes.',
    )
    expect(document.meta.frbr.date).toBe('2031-03-03')
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

describe('an Italian regional council motion: `premesso che`, `considerato che`, `impegna la Giunta`', () => {
  const text = [
    'IL CONSIGLIO REGIONALE',
    'premesso che',
    'la legge regionale n. 12 del 2018 disciplina il sostegno ai piccoli comuni;',
    'considerato che',
    'lo spopolamento delle aree interne è in costante aumento;',
    'i servizi essenziali risultano sempre più difficili da garantire;',
    'impegna la Giunta regionale',
    '1. a predisporre un piano straordinario per i servizi nelle aree interne;',
    '2. a riferire al Consiglio entro sei mesi sullo stato di attuazione del piano.',
  ].join('\n')
  const {document} = fromText(text)

  it('reads the formula, three recitals under their introductions, and the operative introduction', () => {
    expect(document.meta.language).toBe('it')
    expect(plainText(all(document, 'formula')[0] as never)).toBe('IL CONSIGLIO REGIONALE')
    expect(eIds(document)).toEqual([
      'preamble__formula_1',
      'preamble__recitals_1__recital_1',
      'preamble__recitals_2__recital_1',
      'preamble__recitals_2__recital_2',
      'mainBody__blockContainer_1',
      'para_1',
      'para_2',
    ])
    const preamble = plainText(document.children.find((node) => node.type === 'preamble')!)
    expect(preamble).toContain('premesso che')
    expect(preamble).toContain('considerato che')
    expect(textOf(document, 'mainBody__blockContainer_1')).toBe('impegna la Giunta regionale')
  })
})

describe('lower-case verbs that do not open the operative part', () => {
  it('keeps a recital’s lower-case line that ends with a semicolon a recital', () => {
    const {document} = fromText(
      ['The Council,', 'Recalling its decisions,', 'requests made by States;', '1. Decides to act.'].join(
        '\n',
      ),
      {language: 'en'},
    )
    expect(all(document, 'blockContainer')).toHaveLength(0)
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

  it('reads the formula in capitals, four citations, three recitals (1) to (3), the enacting words and four articles', () => {
    expect(plainText(all(document, 'formula')[0] as never)).toBe(
      'THE EUROPEAN PARLIAMENT AND THE COUNCIL OF THE EUROPEAN UNION,',
    )
    expect(eIds(document)).toEqual([
      'preamble__formula_1',
      'preamble__recitals_1__recital_1',
      'preamble__recitals_1__recital_2',
      'preamble__recitals_1__recital_3',
      'preamble__recitals_1__recital_4',
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

describe('an OAS General Assembly resolution in Spanish, double-spaced', () => {
  const text = [
    'AG/RES. 3001 (LIV-O/24)',
    '',
    'FORTALECIMIENTO DE LA DEMOCRACIA',
    '',
    '(Aprobada en la cuarta sesión plenaria, celebrada el 28 de junio de 2024)',
    '',
    'LA ASAMBLEA GENERAL,',
    '',
    'VISTO el informe anual del Consejo Permanente a la Asamblea General;',
    '',
    'CONSIDERANDO que la Carta Democrática Interamericana establece que los pueblos de',
    'América tienen derecho a la democracia;',
    '',
    'RECORDANDO sus resoluciones anteriores sobre la materia;',
    '',
    'RESUELVE:',
    '',
    '1. Reafirmar el compromiso de los Estados Miembros con la Carta Democrática',
    'Interamericana.',
    '',
    '2. Encomendar al Consejo Permanente que:',
    '',
    'a. organice un diálogo sobre buenas prácticas electorales;',
    '',
    'b. presente un informe a la Asamblea General en su próximo período ordinario de',
    'sesiones.',
    '',
    '3. Solicitar a la Secretaría General que informe sobre la implementación de la',
    'presente resolución.',
  ].join('\n')
  const {document, diagnostics} = fromText(text)

  it('takes the symbol for the number and the OAS for the body, though `LA ASAMBLEA GENERAL` is also the UN’s formula', () => {
    expect(plainText(all(document, 'docNumber')[0] as never)).toBe('AG/RES. 3001 (LIV-O/24)')
    expect(plainText(all(document, 'docTitle')[0] as never)).toBe('FORTALECIMIENTO DE LA DEMOCRACIA')
    expect(document.meta.frbr.country).toBe('oas')
    expect(document.meta.body).toBeUndefined()
    expect(diagnostics.map((diagnostic) => diagnostic.ruleId)).toContain('body-from-symbol')
    expect(document.meta.frbr.date).toBe('2024-06-28')
  })

  it('reads three recitals in capitals, `RESUELVE:` and three paragraphs, the second with points a. and b.', () => {
    expect(eIds(document)).toEqual([
      'preamble__formula_1',
      'preamble__recitals_1__recital_1',
      'preamble__recitals_1__recital_2',
      'preamble__recitals_1__recital_3',
      'preamble__formula_2',
      'para_1',
      'para_2',
      'para_2__list_1__point_a',
      'para_2__list_1__point_b',
      'para_3',
    ])
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
      'art_premier',
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

describe('shapes the reader already read right (kept so)', () => {
  it('a General Assembly resolution with fused note markers under a separator, single spacing', () => {
    const {document} = fromText(
      [
        'The General Assembly,',
        'Recalling its resolution 80/150 of 19 December 2025 and the Sendai Framework for',
        'Disaster Risk Reduction 2015–2030,1',
        'Noting with appreciation the report of the Secretary-General,2',
        'Concerned about the increasing frequency and intensity of disasters,',
        '1. Calls upon Member States to implement the Sendai Framework3 and to integrate',
        'disaster risk reduction into development planning;',
        '2. Requests the Secretary-General to submit to it at its eighty-third session a',
        'report on the implementation of the present resolution.',
        '__________________',
        '1 Resolution 69/283, annex II.',
        '2 A/82/268.',
        '3 See footnote 1.',
      ].join('\n'),
    )
    expect(eIds(document)).toEqual([
      'preamble__formula_1',
      'preamble__recitals_1__recital_1',
      'preamble__recitals_1__recital_1__authorialNote_1',
      'preamble__recitals_1__recital_2',
      'preamble__recitals_1__recital_2__authorialNote_1',
      'preamble__recitals_1__recital_3',
      'para_1',
      'para_1__authorialNote_1',
      'para_2',
    ])
    expect(textOf(document, 'para_1')).toBe(
      'Calls upon Member States to implement the Sendai Framework and to integrate disaster risk reduction into development planning;',
    )
    expect(textOf(document, 'para_1__authorialNote_1')).toBe('See footnote 1.')
  })

  it('a Third Committee draft, double-spaced, its paragraph 2 broken by a page break', () => {
    const {document, diagnostics} = fromText(
      [
        '',
        ' ',
        'A/C.3/83/L.21',
        '',
        ' ',
        'Eighty-third session ',
        '',
        'Third Committee ',
        '',
        'Agenda item 68 ',
        '',
        ' ',
        '',
        '  The General Assembly, ',
        '',
        ' ',
        '',
        '  Reaffirming the Universal Declaration of Human Rights and the International ',
        '',
        'Covenant on Civil and Political Rights, ',
        '',
        ' ',
        '',
        '  Recognizing the essential role of civil society in the promotion and protection ',
        '',
        'of human rights, ',
        '',
        ' ',
        '',
        '  1. Calls upon all States to create and maintain a safe and enabling environment ',
        '',
        'in which civil society can operate free from hindrance and insecurity; ',
        '',
        ' ',
        '',
        '  2. Urges States to ensure that domestic provisions on the funding of civil society ',
        '',
        'actors are in compliance with their international human rights obligations, and ',
        '',
        '\f',
        'A/C.3/83/L.21 ',
        '',
        ' ',
        '',
        '2/2 ',
        '',
        'to refrain from imposing discriminatory restrictions on potential sources of ',
        '',
        'funding; ',
        '',
        ' ',
        '',
        '  3. Decides to continue its consideration of the question at its eighty-fifth ',
        '',
        'session. ',
      ].join('\n'),
    )
    expect(document.meta.symbol).toBe('A/C.3/83/L.21')
    expect(eIds(document)).toEqual([
      'preamble__formula_1',
      'preamble__recitals_1__recital_1',
      'preamble__recitals_1__recital_2',
      'para_1',
      'para_2',
      'para_3',
    ])
    expect(textOf(document, 'para_2')).toBe(
      'Urges States to ensure that domestic provisions on the funding of civil society actors are in compliance with their international human rights obligations, and to refrain from imposing discriminatory restrictions on potential sources of funding;',
    )
    expect(plainText(document)).not.toContain('2/2')
    expect(furniture(diagnostics).join('\n')).toContain('2/2')
  })

  it('sections I and II with headings, points (a) with roman points (i) inside', () => {
    const {document} = fromText(
      [
        'The General Assembly,',
        'Recalling its resolution 81/200 on oceans and the law of the sea,',
        'Emphasizing the universal and unified character of the Convention,',
        'I',
        'Implementation of the Convention',
        '1. Calls upon all States that have not done so to become parties to the Convention;',
        '2. Encourages States to take measures:',
        '(a) to strengthen the capacity of coastal States to:',
        '(i) conduct marine scientific research;',
        '(ii) manage their fisheries sustainably;',
        '(b) to share information on best practices;',
        'II',
        'Capacity-building',
        '3. Emphasizes the need for capacity-building to ensure that developing States are able to benefit from the oceans;',
        '4. Requests the Secretary-General to report to it at its eighty-third session.',
      ].join('\n'),
    )
    expect(eIds(document)).toEqual([
      'preamble__formula_1',
      'preamble__recitals_1__recital_1',
      'preamble__recitals_1__recital_2',
      'sec_I',
      'sec_I__para_1',
      'sec_I__para_2',
      'sec_I__para_2__list_1__point_a',
      'sec_I__para_2__list_1__point_a__list_1__point_i',
      'sec_I__para_2__list_1__point_a__list_1__point_ii',
      'sec_I__para_2__list_1__point_b',
      'sec_II',
      'sec_II__para_3',
      'sec_II__para_4',
    ])
    expect(textOf(document, 'sec_II')).toBe('Capacity-building')
  })

  it('a resolution adopting a declaration in its annex, with articles', () => {
    const {document} = fromText(
      [
        'Resolution adopted by the General Assembly on 10 December 2031',
        '81/310. Declaration on the rights of rural youth',
        'The General Assembly,',
        'Recalling the 2030 Agenda for Sustainable Development,',
        'Convinced that rural youth play a critical role in food security,',
        '1. Adopts the Declaration on the Rights of Rural Youth, as contained in the annex to the present resolution;',
        '2. Invites Member States to disseminate the Declaration widely.',
        '68th plenary meeting',
        '10 December 2031',
        'Annex',
        'Declaration on the Rights of Rural Youth',
        'Article 1',
        '1. For the purposes of this Declaration, a young person is any person between 15 and 29 years of age.',
        '2. States shall respect, protect and fulfil the rights of rural youth.',
        'Article 2',
        'Rural youth have the right to education, including vocational training adapted to rural life.',
      ].join('\n'),
    )
    expect(document.meta.symbol).toBe('A/RES/81/310')
    expect(plainText(document.children.find((node) => node.type === 'conclusions')!)).toBe(
      '68th plenary meeting\n10 December 2031',
    )
    const attachment = all(document, 'attachment')[0]!
    expect(attachment.name).toBe('annex')
    expect(all(attachment, 'hcontainer').map((node) => node.name)).toEqual(['article', 'article'])
    expect(all(attachment, 'paragraph')).toHaveLength(2)
  })

  it('a Francophonie resolution, web text: `Décide :` introduces two paragraphs, then an unnumbered one', () => {
    const {document} = fromText(
      [
        'Résolution sur la langue française dans les organisations internationales',
        'La Conférence ministérielle de la Francophonie,',
        'Considérant la Charte de la Francophonie adoptée à Antananarivo le 23 novembre 2005, et notamment son article 1er,',
        'Réaffirmant son attachement au multilinguisme, qui constitue une valeur fondamentale des organisations internationales,',
        "Préoccupée par le recul de l'usage du français dans certaines enceintes,",
        'Décide :',
        "1. d'inviter les États et gouvernements membres à promouvoir l'usage du français dans les organisations internationales ;",
        "2. de demander à l'Administratrice de l'OIF de présenter un rapport à sa prochaine session ;",
        'Appelle les États membres à soutenir la formation en français des fonctionnaires internationaux.',
      ].join('\n'),
    )
    expect(all(document, 'recital')).toHaveLength(3)
    expect(plainText(all(document, 'blockContainer')[0] as never)).toBe('Décide :')
    expect(all(document, 'paragraph').map((node) => all(node, 'num').map((num) => num.value))).toEqual([
      ['1.'],
      ['2.'],
      [],
    ])
    expect(plainText(all(document, 'paragraph')[2] as never)).toBe(
      'Appelle les États membres à soutenir la formation en français des fonctionnaires internationaux.',
    )
  })

  it('a General Assembly resolution in Russian, its clauses in lower case', () => {
    const {document} = fromText(
      [
        'Резолюция, принятая Генеральной Ассамблеей 12 декабря 2031 года',
        '86/145. Сотрудничество в области образования',
        'Генеральная Ассамблея,',
        'ссылаясь на свою резолюцию 80/12 от 5 декабря 2025 года,',
        'признавая важную роль образования в устойчивом развитии,',
        '1. призывает государства-члены активизировать сотрудничество в области образования;',
        '2. просит Генерального секретаря представить ей на ее восемьдесят восьмой сессии доклад об осуществлении настоящей резолюции.',
        '55-е пленарное заседание',
        '12 декабря 2031 года',
      ].join('\n'),
    )
    expect(document.meta.language).toBe('ru')
    expect(document.meta.frbr.date).toBe('2031-12-12')
    expect(plainText(all(document, 'docTitle')[0] as never)).toBe('Сотрудничество в области образования')
    expect(eIds(document)).toEqual([
      'preamble__formula_1',
      'preamble__recitals_1__recital_1',
      'preamble__recitals_1__recital_2',
      'para_1',
      'para_2',
    ])
  })
})

import {plainText} from '@clausewise/model'
import {describe, expect, it} from 'vitest'
import {fromText} from '../src/index.js'
import {eIds, furniture} from './genre-support.js'
import {all} from './support.js'

// Probes of the genre (see genre-support.ts): official gazettes, parliaments' bulletins and the
// front and end matter of decisions (mastheads, job numbers, signatures), written for these tests.
// Expectations worked out by hand from each text.

describe("capitals that are words: the pronoun `I`, a signatory's initial", () => {
  it('reads `I request …` as a sentence, not as paragraph I', () => {
    const text = [
      'STATEMENT BY THE DELEGATION OF NORWAY',
      '',
      'Norway welcomes the adoption of the decision on the extension of the mandate.',
      '',
      'I request that this statement be attached to the decision and included in the journal.',
    ].join('\n')
    const {document} = fromText(text)
    expect(all(document, 'num').map((node) => node.value)).not.toContain('I')
    expect(plainText(document)).toContain('I request that this statement be attached')
  })

  it('reads `P. DUPONT` under the office that signs as a name, not as paragraph P.', () => {
    const text = [
      'Loi relative aux registres publics',
      '',
      'Article 1er. La présente loi règle une matière visée à l’article 74 de la Constitution.',
      '',
      'Art. 2. La présente loi entre en vigueur le jour de sa publication.',
      '',
      'Par le Roi :',
      'Le Ministre de l’Intérieur,',
      'P. DUPONT',
      '',
      'Le Ministre des Finances,',
      'M. LAMBERT',
    ].join('\n')
    const {document, diagnostics} = fromText(text)
    expect(all(document, 'num').map((node) => String(node.value).trim())).toEqual(['Article 1er.', 'Art. 2.'])
    expect(eIds(document)).toEqual(['art_1', 'art_2'])
    expect(diagnostics.some((diagnostic) => diagnostic.ruleId === 'duplicate-number')).toBe(false)
    expect(plainText(document)).toContain('P. DUPONT')
    expect(plainText(document)).toContain('M. LAMBERT')
    expect(furniture(diagnostics)).toEqual([])
  })
})

describe('job numbers and page feet where no page break says so', () => {
  it('takes a UN job number and barcode at the end of a text with no form feed', () => {
    const text = [
      'Resolution 2999 (2031)',
      '',
      'The Security Council,',
      '',
      'Recalling its previous resolutions,',
      '',
      '1. Decides to remain seized of the matter.',
      '',
      '',
      '31-08812 (E)',
      '*3108812*',
    ].join('\n')
    const {document, diagnostics} = fromText(text)
    expect(all(document, 'conclusions')).toHaveLength(0)
    expect(furniture(diagnostics).join('\n')).toContain('31-08812 (E)')
    expect(plainText(document)).not.toContain('31-08812')
  })

  it('takes a Nairobi job number and its date code at a page head', () => {
    const text = [
      '7/9. Management of used tyres',
      'The United Nations Environment Assembly,',
      'Recalling its resolution 5/7,',
      '1. Encourages Member States to develop national strategies;',
      '2. Requests the Executive Director to report at its eighth session.',
      '',
      '\fK3104471',
      '',
      '150131',
      '',
      'Seventh plenary meeting',
      '12 December 2031',
    ].join('\n')
    const {document, diagnostics} = fromText(text)
    expect(furniture(diagnostics)).toContain('K3104471\n\n150131')
    expect(plainText(document)).not.toContain('K3104471')
    expect(plainText(document)).not.toContain('150131')
  })

  it("takes the Council of the EU's foot printed on one line (`7512/31 JAI.2 EN`)", () => {
    const text = [
      'Council of the',
      'European Union',
      'Brussels, 24 March 2031',
      '(OR. en)',
      '7512/31',
      'OUTCOME OF PROCEEDINGS',
      'From: General Secretariat of the Council',
      'To: Delegations',
      'Subject: Council conclusions on judicial cooperation',
      'Delegations will find in the annex the Council conclusions on judicial cooperation, approved',
      'by the Council at its meeting held on 24 March 2031.',
      '',
      '7512/31 JAI.2 EN',
      '\fANNEX',
      'Council conclusions on judicial cooperation',
      '1. RECALLS that mutual recognition is the cornerstone of judicial cooperation;',
      '2. INVITES the Commission to report by 2032.',
      '',
      '7512/31 ANNEX JAI.2 EN',
    ].join('\n')
    const {document, diagnostics} = fromText(text)
    expect(furniture(diagnostics)).toEqual(
      expect.arrayContaining(['7512/31 JAI.2 EN', '7512/31 ANNEX JAI.2 EN']),
    )
    expect(plainText(document)).not.toContain('JAI.2')
  })
})

describe('gazette mastheads and the feet of web pages and bills', () => {
  it('takes the Moniteur belge masthead, its page number and the reference over the title', () => {
    const text = [
      'MONITEUR BELGE — 14.03.2031 — BELGISCH STAATSBLAD',
      '',
      '31457',
      '',
      'SERVICE PUBLIC FEDERAL INTERIEUR',
      '',
      '[C − 2031/001842]',
      '27 FEVRIER 2031. — Loi relative aux registres publics',
      '',
      'Article 1er. La présente loi règle une matière visée à l’article 74 de la Constitution.',
    ].join('\n')
    const {document, diagnostics} = fromText(text)
    const taken = furniture(diagnostics).join('\n')
    expect(taken).toContain('MONITEUR BELGE — 14.03.2031 — BELGISCH STAATSBLAD')
    expect(taken).toContain('31457')
    expect(taken).toContain('[C − 2031/001842]')
    const title = all(document, 'docTitle').map((node) => plainText(node as never))
    expect(title.join(' ')).not.toContain('MONITEUR')
    expect(plainText(document)).not.toContain('31457')
  })

  it('takes the Bundesgesetzblatt masthead and the site address at its foot', () => {
    const text = [
      'BUNDESGESETZBLATT',
      'FÜR DIE REPUBLIK ÖSTERREICH',
      'Jahrgang 2031',
      '',
      'Ausgegeben am 28. März 2031',
      '',
      '18. Bundesgesetz, mit dem das Tierschutzgesetz geändert wird',
      'Der Nationalrat hat beschlossen:',
      'Das Tierschutzgesetz wird wie folgt geändert:',
      '1. In § 5 wird das Wort „Zucht“ eingefügt.',
      '',
      'www.ris.bka.gv.at',
    ].join('\n')
    const {document, diagnostics} = fromText(text)
    expect(furniture(diagnostics)).toEqual(
      expect.arrayContaining([
        'BUNDESGESETZBLATT\nFÜR DIE REPUBLIK ÖSTERREICH\nJahrgang 2031',
        'www.ris.bka.gv.at',
      ]),
    )
    expect(plainText(document)).not.toContain('BUNDESGESETZBLATT')
    expect(plainText(document)).not.toContain('www.ris')
  })

  it("takes a Spanish bulletin's masthead, its verification code and the masthead repeated at the end", () => {
    const text = [
      'BOLETÍN OFICIAL DE LAS CORTES GENERALES',
      'CONGRESO DE LOS DIPUTADOS',
      'XV LEGISLATURA',
      'Serie D:',
      'GENERAL',
      '12 de mayo de 2031',
      'Núm. 318',
      'Pág. 14',
      '',
      'Comisión de Agricultura',
      'La Comisión aprobó la Proposición no de Ley en los siguientes términos:',
      '«El Congreso de los Diputados insta al Gobierno a:',
      '1. Reforzar los controles en frontera.',
      '2. Impulsar un plan nacional de sanidad apícola.»',
      '',
      'cve: BOCG-15-D-318',
      '',
      'BOLETÍN OFICIAL DE LAS CORTES GENERALES',
      'CONGRESO DE LOS DIPUTADOS',
    ].join('\n')
    const {document, diagnostics} = fromText(text)
    const taken = furniture(diagnostics).join('\n')
    expect(taken).toContain('Núm. 318')
    expect(taken).toContain('cve: BOCG-15-D-318')
    expect(plainText(document)).not.toContain('BOLETÍN')
    expect(plainText(document)).not.toContain('cve:')
    expect(plainText(document)).not.toContain('DIPUTADOS')
  })

  it("takes a web page's foot: when it was updated, its legal links", () => {
    const text = [
      'European Parliament resolution of 10 April 2031 on media freedom',
      'The European Parliament,',
      '– having regard to Article 11 of the Charter,',
      '1. Condemns all attacks against journalists;',
      '2. Instructs its President to forward this resolution to the Council.',
      'Last updated: 11 April 2031',
      'Legal notice - Privacy policy',
    ].join('\n')
    const {document, diagnostics} = fromText(text)
    expect(furniture(diagnostics).join('\n')).toContain('Legal notice - Privacy policy')
    expect(all(document, 'conclusions')).toHaveLength(0)
    expect(plainText(document)).not.toContain('Last updated')
  })

  it('takes the typesetting slug at the foot of a bill of the U.S. Congress', () => {
    const text = [
      'H. RES. 999',
      '',
      'Recognizing the anniversary of a partnership.',
      '',
      'Resolved, That the House of Representatives—',
      '',
      '(1) congratulates the two cities; and',
      '',
      '(2) encourages continued exchanges.',
      '',
      'Æ',
      '',
      'VerDate Sep 11 2014',
      '',
      '02:14 May 15, 2031',
      '',
      'Jkt 059200',
      '',
      'PO 00000',
      '',
      'Frm 00001',
      '',
      'Fmt 6300',
      '',
      'Sfmt 6300',
      '',
      'E:\\BILLS\\HR999.IH',
      '',
      'HR999',
    ].join('\n')
    const {document, diagnostics} = fromText(text)
    const taken = furniture(diagnostics).join('\n')
    expect(taken).toContain('VerDate Sep 11 2014')
    expect(taken).toContain('HR999')
    expect(plainText(document)).not.toContain('VerDate')
    expect(plainText(document)).not.toContain('Jkt')
    expect(plainText(document)).toContain('encourages continued exchanges.')
  })
})

describe('the line that dates an act under its title', () => {
  const dates = (text: string, layout?: 'single-spaced') => {
    const {document} = fromText(text, layout ? {layout} : {})
    return {
      frbr: document.meta.frbr.date,
      marked: all(document, 'inline')
        .filter((node) => node.element === 'docDate')
        .map((node) => [plainText(node as never), (node.attributes as {date?: string}).date]),
    }
  }

  it('reads `vom 19. März 2031` under a Swiss federal decree as its date', () => {
    const text = [
      'Bundesbeschluss über die Beteiligung der Schweiz an der Weltausstellung 2035',
      'vom 19. März 2031',
      'Die Bundesversammlung der Schweizerischen Eidgenossenschaft,',
      'gestützt auf Artikel 167 der Bundesverfassung,',
      'beschliesst:',
      'Art. 1',
      'Für die Beteiligung wird ein Verpflichtungskredit von 28 Millionen Franken bewilligt.',
      'Art. 2',
      'Dieser Beschluss untersteht nicht dem Referendum.',
    ].join('\n')
    expect(dates(text)).toEqual({frbr: '2031-03-19', marked: [['19. März 2031', '2031-03-19']]})
  })

  it('reads `du 21 mars 2031` under a Swiss federal decree in French as its date', () => {
    const text = [
      'Arrêté fédéral',
      'portant approbation de l’accord entre la Suisse et la Norvège sur la recherche polaire',
      'du 21 mars 2031',
      '',
      'L’Assemblée fédérale de la Confédération suisse,',
      'vu l’art. 166, al. 2, de la Constitution,',
      'arrête:',
      'Art. 1',
      'L’accord du 3 juin 2030 entre la Suisse et la Norvège est approuvé.',
      'Art. 2',
      'Le présent arrêté est sujet au référendum.',
    ].join('\n')
    // The PDF's text (given: so short a text could be read as web text, its title on two blocks).
    expect(dates(text, 'single-spaced')).toEqual({
      frbr: '2031-03-21',
      marked: [['21 mars 2031', '2031-03-21']],
    })
  })
})

describe("a decision's title over its chapeau, with no blank line between", () => {
  const preface = (text: string) => {
    const {document} = fromText(text)
    return {
      number: all(document, 'docNumber').map((node) => plainText(node as never)),
      title: all(document, 'docTitle').map((node) => plainText(node as never)),
    }
  }

  it('parts a General Assembly decision’s number and title from `At its 98th plenary meeting, …:`', () => {
    const text = [
      'Decision adopted by the General Assembly on 16 June 2031',
      '',
      '85/558. Financing of the United Nations Interim Security Force for Abyei',
      'At its 98th plenary meeting, on 16 June 2031, the General Assembly, on the',
      'recommendation of the Fifth Committee:',
      '(a) Took note of the report of the Advisory Committee on Administrative and',
      'Budgetary Questions;',
      '(b) Decided to appropriate to the Special Account for the United Nations',
      'Interim Security Force for Abyei the amount of 296,500,100 dollars for the period',
      'from 1 July 2031 to 30 June 2032;',
      '(c) Also decided to defer consideration of the remaining questions to the',
      'second part of its resumed eighty-sixth session.',
    ].join('\n')
    expect(preface(text)).toEqual({
      number: ['85/558.'],
      title: ['Financing of the United Nations Interim Security Force for Abyei'],
    })
  })

  it('parts a WHO Executive Board decision’s title from `The Executive Board, having considered …`', () => {
    const text = [
      'EXECUTIVE BOARD',
      '162nd session',
      'Agenda item 14.2',
      '',
      'EB162(7)',
      '5 February 2031',
      '',
      'Review of the Framework of Engagement with Non-State Actors',
      'The Executive Board, having considered the report by the Director-General,',
      'decided:',
      '(1) to note the report;',
      '(2) to request the Director-General to submit a further report to the Executive Board',
      'at its 164th session, through the Programme, Budget and Administration Committee.',
      '(Seventh meeting, 5 February 2031)',
    ].join('\n')
    expect(preface(text)).toEqual({
      number: ['EB162(7)'],
      title: ['Review of the Framework of Engagement with Non-State Actors'],
    })
  })
})

describe('the date on the cover of a numbered decision', () => {
  const text = [
    'PC.DEC/1601',
    '12 June 2031',
    '',
    'Organization for Security and Co-operation in Europe',
    'Permanent Council',
    '',
    '1598th Plenary Meeting',
    '',
    'DECISION No. 1601',
    'EXTENSION OF THE MANDATE OF THE OSCE MISSION',
    'The Permanent Council,',
    'Recalling its Decision No. 1582 of 14 December 2030,',
    'Decides:',
    '1. To extend the mandate of the Mission until 31 December 2031;',
    '2. To approve the budget of the Mission.',
  ].join('\n')

  it('is the adoption date where nothing else dates it', () => {
    const {document, diagnostics} = fromText(text)
    expect(document.meta.frbr.date).toBe('2031-06-12')
    expect(diagnostics.some((diagnostic) => diagnostic.ruleId === 'adoption-date-from-cover')).toBe(true)
  })

  it('is not read over a text that prints no number of its own', () => {
    const release = [
      'SC/9338',
      '18 March 2031',
      '',
      'Security Council Extends Mission, Unanimously Adopting Resolution 2988 (2031)',
      '',
      'NEW YORK, 17 March -- The Security Council this morning extended the mandate of the Mission.',
    ].join('\n')
    expect(fromText(release).document.meta.frbr.date).toBe('')
  })
})

describe("a chapter's number and heading on one line over the article under it", () => {
  it('reads `Art. 2.` under `CHAPITRE 2. — Modifications du Code civil` as an article of the chapter', () => {
    const text = [
      'Loi relative aux registres publics',
      '',
      'La Chambre des représentants a adopté et Nous sanctionnons ce qui suit :',
      'CHAPITRE 1er. — Disposition générale',
      'Article 1er. La présente loi règle une matière visée à l’article 74 de la',
      'Constitution.',
      'CHAPITRE 2. — Modifications du Code civil',
      'Art. 2. Dans l’article 8.14 du Code civil, les modifications suivantes sont',
      'apportées :',
      '1° l’alinéa 1er est complété par les mots « ou par un envoi recommandé',
      'électronique » ;',
      '2° l’alinéa 2 est abrogé.',
      'Art. 3. La présente loi entre en vigueur le premier jour du mois qui suit',
      'celui de sa publication au Moniteur belge.',
    ].join('\n')
    const {document} = fromText(text)
    expect(all(document, 'heading').map((node) => plainText(node as never))).toEqual([
      'Disposition générale',
      'Modifications du Code civil',
    ])
    const articles = eIds(document).filter((eId) => /art_\d+$/.test(eId))
    expect(articles).toEqual(['chp_1__art_1', 'chp_2__art_2', 'chp_2__art_3'])
  })
})

describe('an annex that opens with an article', () => {
  it('reads `Artículo 7` under `ANEXO` as the annex’s article, not its title', () => {
    const text = [
      'MERCOSUR/CMC/DEC. N° 14/31',
      '',
      'RÉGIMEN DE ORIGEN MERCOSUR',
      '',
      'EL CONSEJO DEL MERCADO COMÚN',
      'DECIDE:',
      '',
      'Art. 1 - Sustituir el artículo 7 del Anexo de la Decisión CMC N° 01/09 por el',
      'texto que figura como Anexo de la presente Decisión.',
      '',
      'Art. 2 - Los Estados Partes deberán incorporar la presente Decisión a sus',
      'ordenamientos jurídicos nacionales antes del 1/I/2032.',
      '',
      'LXX CMC – Buenos Aires, 3/VII/31.',
      '',
      'ANEXO',
      'Artículo 7',
      'Los productos elaborados con materiales no originarios cumplirán con un valor',
      'de contenido regional no inferior al 60 %.',
    ].join('\n')
    const {document} = fromText(text)
    const attachment = all(document, 'attachment')[0]
    expect(all(attachment, 'docTitle').map((node) => plainText(node as never))).toEqual(['ANEXO'])
    expect(all(attachment, 'num').map((node) => String(node.value).trim())).toEqual(['Artículo 7'])
  })
})

import {plainText} from '@clausewise/model'
import {describe, expect, it} from 'vitest'
import {fromText} from '../src/index.js'
import {eIds} from './genre-support.js'
import {all} from './support.js'

// Probes of the genre (see genre-support.ts): the lines above and below a decision that carry its
// number, date and attachments, as bodies the corpus lacks print them. Written for these tests; each
// expectation worked out by hand from the text.

describe('an OSCE Permanent Council decision in English, with an interpretative statement attached', () => {
  // The Permanent Council numbers its decisions in one series (`PC.DEC/1501`, `DECISION No. 1501`);
  // the attachment's page repeats the symbol and date, then `Attachment` over the statement's
  // heading, which the page breaks over three lines in capitals.
  const text = [
    'PC.DEC/1501',
    '14 March 2031',
    '',
    'Original: ENGLISH',
    '',
    '1450th Plenary Meeting',
    'PC Journal No. 1450, Agenda item 3',
    '',
    'DECISION No. 1501',
    'DATES AND VENUE OF THE 2031 ANNUAL SECURITY REVIEW CONFERENCE',
    '',
    'The Permanent Council,',
    '',
    'Recalling Ministerial Council Decision No. 3/02,',
    '',
    'Decides to hold the 2031 Annual Security Review Conference in Vienna on 24 and 25 June 2031.',
    '',
    'PC.DEC/1501',
    '14 March 2031',
    'Attachment',
    '',
    'Original: ENGLISH',
    '',
    'INTERPRETATIVE STATEMENT',
    'UNDER PARAGRAPH IV.1(A)6 OF THE RULES OF PROCEDURE',
    'OF THE ORGANIZATION FOR SECURITY AND CO-OPERATION IN EUROPE',
    '',
    'By the delegation of Ruritania:',
    '',
    '“In connection with the adoption of this decision, the delegation of Ruritania would like to make the following statement.',
    '',
    'We request that this statement be attached to the decision and included in the journal of the day.”',
  ].join('\n')
  const {document} = fromText(text)

  it('reads the symbol and number of a decision numbered in one series', () => {
    expect(document.meta.symbol).toBe('PC.DEC/1501')
    expect(document.meta.frbr.number).toBe('1501')
    expect(document.meta.body?.eId).toBe('osce-pc')
    expect(plainText(all(document, 'docNumber')[0] as never)).toBe('DECISION No. 1501')
  })

  it('makes `Attachment` and the statement’s three heading lines one attachment, its author the delegation', () => {
    const attachments = all(document, 'attachment')
    expect(attachments).toHaveLength(1)
    const attachment = attachments[0]!
    expect(attachment.name).toBe('interpretativeStatement')
    expect(attachment.author).toBe('delegation-ruritania')
    expect(plainText(all(attachment, 'docTitle')[0] as never)).toBe(
      'Attachment INTERPRETATIVE STATEMENT UNDER PARAGRAPH IV.1(A)6 OF THE RULES OF PROCEDURE OF THE ORGANIZATION FOR SECURITY AND CO-OPERATION IN EUROPE',
    )
    // The statement's two paragraphs, and no paragraph of its heading's last line.
    expect(eIds(document)).toEqual([
      'preamble__formula_1',
      'preamble__recitals_1__recital_1',
      'para_1',
      'att_1__para_1',
      'att_1__para_2',
    ])
  })

  it('keeps `Attachment of earnings` a heading of an act, no attachment', () => {
    const act = fromText(
      ['Part 2', '', 'Attachment of earnings', '', '1. A court may make an order.'].join('\n'),
      {
        language: 'en',
      },
    ).document
    expect(all(act, 'attachment')).toHaveLength(0)
    expect(plainText(all(act, 'heading')[0] as never)).toBe('Attachment of earnings')
  })
})

describe('an adoption line in brackets under the title', () => {
  it.each([
    [
      'en',
      [
        'Recommendation CM/Rec(2031)3',
        'of the Committee of Ministers to member States on the protection of journalists',
        '',
        "(Adopted by the Committee of Ministers on 14 March 2031 at the 1499th meeting of the Ministers' Deputies)",
        '',
        'The Committee of Ministers, under the terms of Article 15.b of the Statute of the Council of Europe,',
        '',
        'Considering that the aim of the Council of Europe is to achieve a greater unity between its members;',
        '',
        'Recommends that the governments of member States review their legislation.',
      ],
    ],
    [
      'fr',
      [
        'Recommandation CM/Rec(2031)3',
        'du Comité des Ministres aux États membres sur la protection des journalistes',
        '',
        '(adoptée par le Comité des Ministres le 14 mars 2031, lors de la 1499e réunion des Délégués des Ministres)',
        '',
        'Le Comité des Ministres, en vertu de l’article 15.b du Statut du Conseil de l’Europe,',
        '',
        'Considérant que le but du Conseil de l’Europe est de réaliser une union plus étroite entre ses membres ;',
        '',
        'Recommande aux gouvernements des États membres de réexaminer leur législation.',
      ],
    ],
  ])(
    'reads the %s recommendation’s adoption date from `(Adopted by … on 14 March 2031 …)`',
    (language, lines) => {
      const {document, diagnostics} = fromText(lines.join('\n'), {language})
      expect(document.meta.frbr.date).toBe('2031-03-14')
      expect(diagnostics.some((diagnostic) => diagnostic.ruleId === 'adoption-date-from-line')).toBe(true)
      expect(eIds(document)).toEqual(['preamble__formula_1', 'preamble__recitals_1__recital_1', 'para_1'])
    },
  )
})

describe('a German act as the gazette prints it: title, `Vom 3. März 2031`, enacting formula, articles', () => {
  const text = [
    'Gesetz zur Änderung des Musterschutzgesetzes',
    '',
    'Vom 3. März 2031',
    '',
    'Der Bundestag hat das folgende Gesetz beschlossen:',
    '',
    'Artikel 1',
    'Änderung des Musterschutzgesetzes',
    '',
    'Das Musterschutzgesetz wird wie folgt geändert:',
    '',
    '1. § 2 wird aufgehoben.',
    '',
    '2. § 5 wird gestrichen.',
    '',
    'Artikel 2',
    'Inkrafttreten',
    '',
    'Dieses Gesetz tritt am Tag nach der Verkündung in Kraft.',
  ].join('\n')
  const {document} = fromText(text)

  it('reads the title by its kind and the date line as the act’s date', () => {
    expect(document.meta.language).toBe('de')
    expect(plainText(all(document, 'docTitle')[0] as never)).toBe(
      'Gesetz zur Änderung des Musterschutzgesetzes',
    )
    expect(document.meta.frbr.date).toBe('2031-03-03')
    expect(all(document, 'formula')).toHaveLength(1)
    expect(all(document, 'article')).toHaveLength(0)
    expect(all(document, 'hcontainer').map((unit) => unit.name)).toEqual(['article', 'article'])
  })
})

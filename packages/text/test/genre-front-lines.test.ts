import {plainText} from '@clausewise/model'
import {describe, expect, it} from 'vitest'
import {fromText} from '../src/index.js'
import {eIds, textOf} from './genre-support.js'
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

describe('a treaty: its kind in the title, `Have agreed as follows:`, articles, `IN WITNESS WHEREOF`', () => {
  const texts = {
    en: [
      'Convention on the Protection of Underground Aquifers',
      'The States Parties to this Convention,',
      'Conscious of the importance of groundwater for present and future generations,',
      'Have agreed as follows:',
      'Article 1',
      'Obligation not to cause significant harm',
      'States of the aquifer shall take all appropriate measures to prevent significant harm.',
      'Article 2',
      'Entry into force',
      'This Convention shall enter into force on the ninetieth day following the deposit of the twentieth instrument of ratification.',
      'IN WITNESS WHEREOF the undersigned, being duly authorized thereto, have signed this Convention.',
      'DONE at Geneva, this third day of March two thousand and thirty-one, in a single original.',
    ],
    fr: [
      'Convention sur la protection des aquifères souterrains',
      'Les États Parties à la présente Convention,',
      'Conscients de l’importance des eaux souterraines pour les générations présentes et futures,',
      'Sont convenus de ce qui suit :',
      'Article premier',
      'Obligation de ne pas causer de dommage significatif',
      'Les États de l’aquifère prennent toutes les mesures appropriées pour prévenir un dommage significatif.',
      'Article 2',
      'Entrée en vigueur',
      'La présente Convention entre en vigueur le quatre-vingt-dixième jour qui suit le dépôt du vingtième instrument de ratification.',
      'EN FOI DE QUOI les soussignés, dûment autorisés à cet effet, ont signé la présente Convention.',
      'FAIT à Genève, le 3 mars 2031, en un seul exemplaire original.',
    ],
  } as const

  it.each(Object.entries(texts))(
    'reads the %s treaty’s title, two articles and a closing of two lines',
    (language, lines) => {
      const {document} = fromText(lines.join('\n\n'), {language})
      expect(plainText(all(document, 'docTitle')[0] as never)).toBe(lines[0])
      expect(all(document, 'hcontainer').map((unit) => unit.name)).toEqual(['article', 'article'])
      const conclusions = all(document, 'conclusions')[0]!
      expect(all(conclusions, 'p').map((p) => plainText(p as never))).toEqual([lines[10], lines[11]])
      expect(document.meta.frbr.date).toBe('2031-03-03')
    },
  )
})

describe('a Russian federal law: the kind line over the title, the chambers’ dated lines', () => {
  it('takes the line under `ФЕДЕРАЛЬНЫЙ ЗАКОН` for the title and the Duma’s line for the adoption date', () => {
    const {document} = fromText(
      [
        'РОССИЙСКАЯ ФЕДЕРАЦИЯ',
        'ФЕДЕРАЛЬНЫЙ ЗАКОН',
        'О внесении изменений в Федеральный закон «О защите подземных вод»',
        'Принят Государственной Думой 18 февраля 2031 года',
        'Одобрен Советом Федерации 25 февраля 2031 года',
        'Статья 1',
        'Внести в Федеральный закон следующие изменения:',
        '1) в статье 2 слова «водный объект» заменить словами «подземный водный объект»;',
        '2) статью 5 признать утратившей силу.',
        'Статья 2',
        'Настоящий Федеральный закон вступает в силу со дня его официального опубликования.',
      ].join('\n\n'),
    )
    expect(document.meta.language).toBe('ru')
    expect(plainText(all(document, 'docTitle')[0] as never)).toBe(
      'О внесении изменений в Федеральный закон «О защите подземных вод»',
    )
    expect(document.meta.frbr.date).toBe('2031-02-18')
    expect(all(document, 'hcontainer').map((unit) => unit.name)).toEqual(['article', 'article'])
  })

  it('ends the last article at the signature: the President, the place, the date and the number are the conclusions', () => {
    const lines = [
      'Статья 1',
      'Внести в Федеральный закон следующие изменения.',
      'Статья 2',
      'Настоящий Федеральный закон вступает в силу со дня его официального опубликования.',
      'Президент',
      'Российской Федерации',
      'И.ИВАНОВ',
      'Москва, Кремль',
      '3 марта 2031 года',
      '№ 57-ФЗ',
    ]
    const {document} = fromText(lines.join('\n\n'), {language: 'ru'})
    expect(textOf(document, 'art_2')).toBe(lines[3])
    const conclusions = all(document, 'conclusions')[0]!
    expect(all(conclusions, 'p').map((p) => plainText(p as never))).toEqual(lines.slice(4))
  })
})

describe('prose in a web page’s front matter that ends with a kind of document', () => {
  it('reads no title after `… signed the Comprehensive Peace Agreement.`', () => {
    const {document} = fromText(
      [
        'Council Extends Mission in Ruritania',
        'The Council welcomed the progress made. The parties signed the Comprehensive Peace Agreement.',
        'The meeting began at 10:48 a.m. and ended at 10:50 a.m.',
        'The Security Council,',
        'Recalling its previous resolutions,',
        '1. Decides to extend the mandate of the Mission.',
      ].join('\n\n'),
      {language: 'en'},
    )
    const titles = all(document, 'docTitle').map((title) => plainText(title as never))
    expect(titles).not.toContain('The meeting began at 10:48 a.m. and ended at 10:50 a.m.')
  })
})

describe('an ILO convention: the formula’s sentence ends in lower case after the recitals', () => {
  const texts = {
    en: [
      'The General Conference of the International Labour Organization,',
      'Having been convened at Geneva by the Governing Body of the International Labour Office, and having met in its 119th Session on 3 June 2031, and',
      'Having decided upon the adoption of certain proposals with regard to decent work in the platform economy, and',
      'Having determined that these proposals shall take the form of an international Convention;',
      'adopts this nineteenth day of June of the year two thousand and thirty-one the following Convention, which may be cited as the Platform Work Convention, 2031.',
      'Article 1',
      'This Convention applies to all platform workers.',
    ],
    fr: [
      'La Conférence générale de l’Organisation internationale du Travail,',
      'Convoquée à Genève par le Conseil d’administration du Bureau international du Travail, et s’y étant réunie le 3 juin 2031 en sa cent dix-neuvième session;',
      'Après avoir décidé d’adopter diverses propositions relatives au travail décent dans l’économie des plateformes;',
      'Après avoir décidé que ces propositions prendraient la forme d’une convention internationale,',
      'adopte, ce dix-neuvième jour de juin deux mille trente et un, la convention ci-après, qui sera dénommée Convention sur le travail via les plateformes, 2031.',
      'Article 1',
      'La présente convention s’applique à tous les travailleurs des plateformes.',
    ],
    es: [
      'La Conferencia General de la Organización Internacional del Trabajo:',
      'Convocada en Ginebra por el Consejo de Administración de la Oficina Internacional del Trabajo, y congregada en dicha ciudad el 3 de junio de 2031 en su centésima decimonovena reunión;',
      'Después de haber decidido adoptar diversas proposiciones relativas al trabajo decente en la economía de plataformas, y',
      'Después de haber decidido que dichas proposiciones revistan la forma de un convenio internacional,',
      'adopta, con fecha diecinueve de junio de dos mil treinta y uno, el siguiente Convenio, que podrá ser citado como el Convenio sobre el trabajo en plataformas, 2031:',
      'Artículo 1',
      'El presente Convenio se aplica a todos los trabajadores de plataformas.',
    ],
  } as const

  it.each(Object.entries(texts))(
    'reads the %s `adopts this …` block as the enacting formula, and its date',
    (language, lines) => {
      const {document} = fromText(lines.join('\n\n'), {language})
      const formulas = all(document, 'formula').map((formula) => plainText(formula as never))
      expect(formulas).toEqual([lines[0], lines[4]])
      expect(all(document, 'recital')).toHaveLength(3)
      expect(all(document, 'hcontainer').map((unit) => unit.name)).toEqual(['article'])
      expect(document.meta.frbr.date).toBe('2031-06-19')
    },
  )

  // As a PDF extraction gives it, single-spaced, every paragraph wrapped at the measure: the formula's
  // line in lower case follows the last recital's `;` or `,` with no blank line between.
  it.each(Object.entries(texts))(
    'reads the %s `adopts this …` formula in single spacing too',
    (language, lines) => {
      const wrapped = lines.flatMap((line) => {
        const out: string[] = []
        let rest: string = line
        while (rest.length > 88) {
          const cut = rest.lastIndexOf(' ', 88)
          out.push(rest.slice(0, cut))
          rest = rest.slice(cut + 1)
        }
        out.push(rest)
        return out
      })
      const {document} = fromText(wrapped.join('\n'), {language})
      const formulas = all(document, 'formula').map((formula) =>
        plainText(formula as never).replace(/\s+/g, ' '),
      )
      expect(formulas).toEqual([lines[0], lines[4]])
      expect(all(document, 'recital')).toHaveLength(3)
      expect(document.meta.frbr.date).toBe('2031-06-19')
    },
  )
})

describe('a conference of the parties’ decision, numbered without `No.`', () => {
  it.each([
    [
      'en',
      'Decision 1/CP.35',
      'Global goal on adaptation',
      'The Conference of the Parties,',
      '1. Welcomes the progress made.',
      '1/CP.35',
    ],
    [
      'fr',
      'Décision 15/4',
      'Cadre mondial de la biodiversité',
      'La Conférence des Parties,',
      '1. Se félicite des progrès accomplis.',
      '15/4',
    ],
    [
      'es',
      'Decisión 2/CMA.7',
      'Objetivo mundial relativo a la adaptación',
      'La Conferencia de las Partes,',
      '1. Acoge con beneplácito los progresos realizados.',
      '2/CMA.7',
    ],
  ])(
    'reads the %s number line `%s` and the title under it',
    (language, number, title, formula, clause, value) => {
      const {document} = fromText([number, title, formula, clause].join('\n\n'), {language})
      expect(document.meta.frbr.number).toBe(value)
      expect(plainText(all(document, 'docNumber')[0] as never)).toBe(number)
      expect(plainText(all(document, 'docTitle')[0] as never)).toBe(title)
      expect(eIds(document)).toEqual(['preamble__formula_1', 'para_1'])
    },
  )
})

describe('a single-spaced PDF extraction that prints no blank line at all', () => {
  // Pages extracted line by line, paragraphs not parted: a line that ends a sentence or falls short
  // of the measure ends its paragraph; a wrapped line goes on with it.
  const text = [
    'Resolution adopted by the General Assembly on 10 December 2025',
    '[without reference to a Main Committee (A/80/L.33)]',
    '80/55. Cooperation between the United Nations and the Example Organization',
    'The General Assembly,',
    'Recalling its resolution 78/12 of 6 December 2023,',
    'Noting with appreciation the continued cooperation between the two organizations in the',
    'field of sustainable development,',
    '1. Welcomes the strengthened cooperation between the United Nations and the',
    'Example Organization;',
    '2. Requests the Secretary-General to submit to the General Assembly at its eighty-',
    'second session a report on the implementation of the present resolution;',
    '3. Decides to include in the provisional agenda of its eighty-second session the item',
    'entitled “Cooperation between the United Nations and the Example Organization”.',
    '45th plenary meeting',
    '10 December 2025',
  ].join('\n')
  const {document, diagnostics} = fromText(text)

  it('keeps the front lines apart: the number and title line is the number and title', () => {
    expect(diagnostics.find((diagnostic) => diagnostic.ruleId === 'layout-detected')?.reason).toContain(
      'single-spaced',
    )
    expect(document.meta.frbr.number).toBe('80/55')
    expect(plainText(all(document, 'docTitle')[0] as never)).toBe(
      'Cooperation between the United Nations and the Example Organization',
    )
  })

  it('reads the formula, two recitals, three paragraphs and the meeting lines', () => {
    expect(eIds(document)).toEqual([
      'preamble__formula_1',
      'preamble__recitals_1__recital_1',
      'preamble__recitals_1__recital_2',
      'para_1',
      'para_2',
      'para_3',
    ])
    expect(all(document, 'conclusions')).toHaveLength(1)
    expect(document.meta.frbr.date).toBe('2025-12-10')
  })
})

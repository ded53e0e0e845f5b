import {describe, expect, it} from 'vitest'
import {type Profile, profiles, recognize} from '../src/index.js'
import {all, blocks, parts, texts} from './support.js'

const en = {profile: profiles.en}

describe('recognize', () => {
  it('reads formula, recitals and numbered operative paragraphs', () => {
    const {document} = recognize(
      blocks(
        'A/RES/79/1',
        '79/1. The Pact for the Future',
        'The General Assembly,',
        'Recalling its resolution 76/6 of 15 November 2021,',
        'Deeply concerned by the state of the world,',
        '1. Decides to adopt the Pact;',
        '2. Requests the Secretary-General to report.',
      ),
      en,
    )
    expect(parts(document)).toEqual(['preface', 'preamble', 'mainBody'])
    expect(texts(document, 'formula')).toEqual(['The General Assembly,'])
    expect(all(document, 'recital')).toHaveLength(2)
    expect(all(document, 'paragraph').map((node) => node.eId)).toEqual(['para_1', 'para_2'])
    expect(texts(document, 'docNumber')).toEqual(['79/1.'])
    expect(texts(document, 'docTitle')).toEqual(['The Pact for the Future'])
    expect(document.meta.symbol).toBe('A/RES/79/1')
    expect(document.meta.frbr).toMatchObject({country: 'un', subtype: 'resolution', number: '79/1'})
  })

  it('tells unnumbered operative paragraphs by their verbs, in every case', () => {
    const {document} = recognize(
      blocks(
        'The Security Council,',
        'Recalling its resolutions on the situation,',
        'DECIDES to extend the mandate until 24 March 2005,',
        'Also requests the Secretary-General to report,',
        'Decides to remain actively seized of the matter.',
      ),
      en,
    )
    expect(all(document, 'recital')).toHaveLength(1)
    expect(texts(document, 'paragraph')).toEqual([
      'DECIDES to extend the mandate until 24 March 2005,',
      'Also requests the Secretary-General to report,',
      'Decides to remain actively seized of the matter.',
    ])
  })

  it('tells a numbered preamble from the operative part by its opening words', () => {
    const {document} = recognize(
      blocks(
        'The Committee,',
        '1. Having examined Document ITH/12/7.COM/13.c,',
        '2. Recalling Resolution 4.GA 5,',
        '3. Incorporates the elements in the List;',
        '4. Decides to continue its reflection.',
      ),
      en,
    )
    const recitals = all(document, 'recital')
    expect(recitals.map((recital) => recital.eId)).toEqual([
      'preamble__recitals_1__recital_1',
      'preamble__recitals_1__recital_2',
    ])
    expect(all(document, 'paragraph').map((node) => node.eId)).toEqual(['para_3', 'para_4'])
  })

  it('reads points (a), a), (i) and dash items, nested where roman numbers follow letters', () => {
    const {document} = recognize(
      blocks(
        'The General Assembly,',
        '1. Decides that the themes shall be:',
        '(a) For 2025: growth; and',
        '(i) jobs;',
        '(ii) trade;',
        '(b) For 2026: peace;',
        '2. Requests the following:',
        '- a report;',
        '- a plan.',
      ),
      en,
    )
    expect(all(document, 'point').map((node) => node.eId)).toEqual([
      'para_1__list_1__point_a',
      'para_1__list_1__point_a__list_1__point_i',
      'para_1__list_1__point_a__list_1__point_ii',
      'para_1__list_1__point_b',
      'para_2__list_1__point_1',
      'para_2__list_1__point_2',
    ])
  })

  it('gives points that follow recitals directly a paragraph of their own', () => {
    const {document, diagnostics} = recognize(
      blocks(
        'The General Assembly,',
        'Recalling further the decision to resume the Conference:',
        '(a) Expresses its profound gratitude to the Co-Chairs;',
        '(b) Endorses the New York Declaration.',
      ),
      en,
    )
    expect(all(document, 'recital')).toHaveLength(1)
    expect(all(document, 'paragraph')).toHaveLength(1)
    expect(all(document, 'point')).toHaveLength(2)
    expect(diagnostics.map((diagnostic) => diagnostic.ruleId)).toContain('points-without-paragraph')
  })

  it('reads sections with headings and numbering that restarts, each with its own recitals', () => {
    const {document} = recognize(
      blocks(
        'The General Assembly,',
        'I Activities of the Office',
        'Recalling its resolutions,',
        '1. Reaffirms its role;',
        '2. Requests the Office to report;',
        'II',
        'Activities of the Committee',
        'Recalling also its resolution 61/275,',
        '1. Notes the work of the Committee.',
      ),
      en,
    )
    const sections = all(document, 'hcontainer')
    expect(sections.map((node) => node.eId)).toEqual(['sec_I', 'sec_II'])
    expect(texts(document, 'heading')).toEqual(['Activities of the Office', 'Activities of the Committee'])
    expect(all(document, 'paragraph').map((node) => node.eId)).toEqual([
      'sec_I__para_1',
      'sec_I__para_2',
      'sec_II__para_1',
    ])
    expect(texts(document, 'intro')).toEqual([
      'Recalling its resolutions,',
      'Recalling also its resolution 61/275,',
    ])
  })

  it('reads an EU act: citations, Whereas, numbered recitals, the enacting formula and articles', () => {
    const {document} = recognize(
      blocks(
        'COMMISSION REGULATION (EC) No 566/2005 of 14 April 2005 amending the rates of the refunds',
        'THE COMMISSION OF THE EUROPEAN COMMUNITIES,',
        'Having regard to the Treaty establishing the European Community,',
        'Having regard to Council Regulation (EC) No 1255/1999, and in particular Article 31(3) thereof,',
        'Whereas:',
        '(1) The rates of the refunds were fixed by Regulation (EC) No 468/2005.',
        '(2) The export refunds should be altered,',
        'HAS ADOPTED THIS REGULATION:',
        'Article 1',
        'The rates of refund are hereby altered as shown in the Annex hereto.',
        'Article 2',
        'This Regulation shall enter into force on 15 April 2005.',
        'Done at Brussels, 14 April 2005.',
      ),
      en,
    )
    expect(texts(document, 'formula')).toEqual([
      'THE COMMISSION OF THE EUROPEAN COMMUNITIES,',
      'HAS ADOPTED THIS REGULATION:',
    ])
    expect(all(document, 'recital')).toHaveLength(4)
    expect(all(document, 'recital').map((node) => node.children?.[0]?.type)).toEqual(['p', 'p', 'num', 'num'])
    expect(all(document, 'hcontainer').map((node) => [node.name, node.eId])).toEqual([
      ['article', 'art_1'],
      ['article', 'art_2'],
    ])
    expect(texts(document, 'conclusions')).toEqual(['Done at Brussels, 14 April 2005.'])
    expect(document.meta.symbol).toBe('(EC) No 566/2005')
    expect(document.meta.frbr.country).toBe('eu')
  })

  it('puts a nested list item in the paragraph it follows, never in a point of an earlier one', () => {
    const block = (value: string, item?: {label: string; depth: number}) =>
      item ? {children: [{type: 'text' as const, value}], item} : {children: [{type: 'text' as const, value}]}
    const {document} = recognize(
      [
        block('The General Assembly,'),
        block('1. Decides:'),
        block('to convene a conference;', {label: '(a)', depth: 2}),
        block('in Geneva;', {label: '(i)', depth: 3}),
        block('2. Requests the Secretary-General:'),
        block('to report on it.', {label: '(i)', depth: 3}),
      ],
      en,
    )
    const paragraphs = all(document, 'paragraph')
    expect(paragraphs).toHaveLength(2)
    expect(texts(paragraphs[0], 'point')).toEqual([
      '(a) to convene a conference;\n(i) in Geneva;',
      '(i) in Geneva;',
    ])
    expect(texts(paragraphs[1], 'point')).toEqual(['(i) to report on it.'])
  })

  it('reads an operative verb alone in capitals before a colon as the enacting formula (`DÉCIDE :`)', () => {
    const {document} = recognize(
      blocks(
        'CONSEIL D’ADMINISTRATION',
        'Délibération n° 2025-14 du 3 mars 2025 relative au budget rectificatif',
        'Le Conseil d’administration,',
        'Vu le code de l’éducation, notamment son article L. 719-5,',
        'Considérant la proposition du président,',
        'DÉCIDE :',
        'Article 1er',
        'Le budget rectificatif n° 1 est adopté.',
        'Article 2',
        'La présente délibération sera publiée.',
      ),
      {profile: profiles.fr},
    )
    expect(parts(document)).toEqual(['preface', 'preamble', 'mainBody'])
    expect(texts(document, 'formula')).toEqual(['Le Conseil d’administration,', 'DÉCIDE :'])
    expect(all(document, 'recital')).toHaveLength(2)
    expect(all(document, 'hcontainer').map((node) => [node.name, node.eId])).toEqual([
      ['article', 'art_1'],
      ['article', 'art_2'],
    ])
    // The title line prints the number and date: the line is the title, the number and date in it.
    expect(texts(document, 'docNumber')).toEqual(['2025-14'])
    expect(texts(document, 'docTitle')).toEqual([
      'Délibération n° 2025-14 du 3 mars 2025 relative au budget rectificatif',
    ])
    expect(document.meta.frbr.number).toBe('2025-14')
    expect(document.meta.frbr.date).toBe('2025-03-03')
  })

  it('keeps `Decides:` in sentence case an operative paragraph that its points go on', () => {
    const {document} = recognize(
      blocks(
        'The General Assembly,',
        'Recalling its earlier resolutions,',
        'Decides:',
        '(a) To convene a conference;',
        '(b) To report at its next session.',
      ),
      en,
    )
    expect(texts(document, 'formula')).toEqual(['The General Assembly,'])
    expect(all(document, 'paragraph')).toHaveLength(1)
    expect(all(document, 'point')).toHaveLength(2)
  })

  it('reads the citations and recitals of an act that open in lower case (`vu …`, `considérant …`)', () => {
    const {document} = recognize(
      blocks(
        'DÉCISION DU CONSEIL',
        'LE CONSEIL DE L’UNION EUROPÉENNE,',
        'vu le traité sur le fonctionnement de l’Union européenne, et notamment son article 218,',
        'vu la proposition de la Commission européenne,',
        'considérant ce qui suit:',
        '(1) L’accord a été conclu.',
        '(2) Il convient d’établir la position de l’Union.',
        'A ADOPTÉ LA PRÉSENTE DÉCISION:',
        'Article premier',
        'La position est celle figurant à l’annexe.',
      ),
      {profile: profiles.fr},
    )
    expect(texts(document, 'formula')).toEqual([
      'LE CONSEIL DE L’UNION EUROPÉENNE,',
      'A ADOPTÉ LA PRÉSENTE DÉCISION:',
    ])
    expect(texts(document, 'recital')).toEqual([
      'vu le traité sur le fonctionnement de l’Union européenne, et notamment son article 218,',
      'vu la proposition de la Commission européenne,',
      '(1) L’accord a été conclu.',
      '(2) Il convient d’établir la position de l’Union.',
    ])
    // `considérant ce qui suit:` is to the recitals what `Whereas:` is: their introduction, no recital.
    expect(texts(document, 'preamble').join('\n')).toContain('considérant ce qui suit:')
    expect(all(document, 'hcontainer').map((node) => node.name)).toEqual(['article'])
  })

  it('reads German `§` units, with their headings and numbered paragraphs', () => {
    const {document} = recognize(
      blocks(
        'Der Verwaltungsrat –',
        'gestützt auf Artikel 7 der Satzung,',
        'HAT FOLGENDEN BESCHLUSS ERLASSEN:',
        '§ 1 Einrichtung',
        '(1) Es wird ein Prüfungsausschuss eingerichtet.',
        '(2) Der Ausschuss besteht aus drei Mitgliedern.',
        '§ 2 Inkrafttreten',
        'Dieser Beschluss tritt am Tag nach seiner Annahme in Kraft.',
      ),
      {profile: profiles.de},
    )
    const units = all(document, 'hcontainer')
    expect(units.map((node) => node.name)).toEqual(['article', 'article'])
    expect(texts(document, 'heading')).toEqual(['Einrichtung', 'Inkrafttreten'])
    expect(all(units[0], 'paragraph')).toHaveLength(2)
    expect(texts(units[1], 'p')).toEqual(['Dieser Beschluss tritt am Tag nach seiner Annahme in Kraft.'])
  })

  it('reads a decision number written with a hyphen (`n° 2025-14`) as with a slash', () => {
    const {document} = recognize(
      blocks(
        'Décision n° 2025-14 du 3 mars 2025 relative à la coordination des aides',
        'Le Conseil,',
        'Vu le règlement intérieur ;',
        '1. Décide de renforcer la coordination.',
      ),
      {profile: profiles.fr},
    )
    expect(document.meta.frbr.number).toBe('2025-14')
  })

  it('makes annexes and statements attachments, with their title', () => {
    const {document} = recognize(
      blocks(
        'The General Assembly,',
        '1. Adopts the Convention annexed to the present resolution.',
        '62nd plenary meeting 5 December 2024',
        'Annex',
        'Convention on Negotiable Cargo Documents',
        'Chapter I',
        'General provisions',
        'Article 1',
        'This Convention applies to negotiable cargo documents.',
      ),
      en,
    )
    expect(parts(document)).toEqual(['preamble', 'mainBody', 'conclusions', 'attachments'])
    const attachment = all(document, 'attachment')[0]!
    expect(attachment.name).toBe('annex')
    expect(texts(attachment, 'docTitle')).toEqual(['Annex Convention on Negotiable Cargo Documents'])
    expect(all(attachment, 'hcontainer').map((node) => node.name)).toEqual(['chapter', 'article'])
    expect(all(document, 'paragraph')).toHaveLength(1)
  })

  it('takes the meeting and adoption line as metadata: the adoption date and the meeting', () => {
    const {document, diagnostics} = recognize(
      blocks('The General Assembly,', '1. Decides to act.', '62nd plenary meeting 5 December 2024'),
      en,
    )
    expect(document.meta.frbr.date).toBe('2024-12-05')
    expect(document.meta.meeting?.name).toBe('62nd plenary meeting')
    expect(document.meta.lifecycle).toEqual([
      {eId: 'evnt_1', type: 'generation', date: '2024-12-05', refersTo: 'adoption'},
    ])
    expect(texts(document, 'conclusions')).toEqual(['62nd plenary meeting 5 December 2024'])
    expect(diagnostics.map((diagnostic) => diagnostic.ruleId)).toContain('adoption-date-from-line')
  })

  it('recognises the symbols of every body, and invents none', () => {
    const symbolOf = (line: string): string | undefined =>
      recognize(blocks(line, 'The Council,', '1. Decides to act.'), en).document.meta.symbol
    expect(symbolOf('A/RES/79/1')).toBe('A/RES/79/1')
    expect(symbolOf('S/RES/2401 (2018)')).toBe('S/RES/2401 (2018)')
    expect(symbolOf('MC.DEC/7/17')).toBe('MC.DEC/7/17')
    expect(symbolOf('Decision 15.COM 2.BUR 3')).toBe('15.COM 2.BUR 3')
    expect(symbolOf('Assembly/AU/Dec.123 (VII)')).toBe('Assembly/AU/Dec.123 (VII)')
    expect(symbolOf('Council Directive 2019/1/EU')).toBe('2019/1/EU')
    // The other series of the United Nations: General Assembly decisions, Human Rights Council and
    // Economic and Social Council resolutions and decisions, Security Council presidential statements.
    expect(symbolOf('A/DEC/79/532')).toBe('A/DEC/79/532')
    expect(symbolOf('A/HRC/RES/58/4')).toBe('A/HRC/RES/58/4')
    expect(symbolOf('A/HRC/DEC/58/101')).toBe('A/HRC/DEC/58/101')
    expect(symbolOf('E/RES/2025/12')).toBe('E/RES/2025/12')
    expect(symbolOf('E/DEC/2025/205')).toBe('E/DEC/2025/205')
    expect(symbolOf('S/PRST/2025/3')).toBe('S/PRST/2025/3')
    // The United States Congress: simple, concurrent and joint resolutions, House bills.
    expect(symbolOf('S. RES. 712')).toBe('S. RES. 712')
    expect(symbolOf('H. CON. RES. 41')).toBe('H. CON. RES. 41')
    expect(symbolOf('H.J.RES. 7')).toBe('H.J.RES. 7')
    expect(symbolOf('H.R. 1234')).toBe('H.R. 1234')
    // A report's symbol is none of these (`A/HRC/58/4` is a document, not a resolution).
    expect(symbolOf('A/HRC/58/4')).toBeUndefined()
    expect(symbolOf('Decision on the report of the Commission')).toBeUndefined()
  })

  it('gives a text with no operative part a valid body, and a warning', () => {
    const {document, diagnostics} = recognize(
      blocks('The General Assembly,', 'Recalling its resolutions,'),
      en,
    )
    expect(parts(document)).toEqual(['preamble', 'mainBody'])
    expect(all(document, 'blockContainer')).toHaveLength(1)
    expect(diagnostics.find((diagnostic) => diagnostic.ruleId === 'operative-part-missing')?.fatal).toBe(
      false,
    )
  })

  it('does not read a German date `3. März 2019` as paragraph 3', () => {
    const {document} = recognize(
      blocks('Der Bundesrat,', '1. beschließt, die Verordnung anzunehmen,', '3. März 2019'),
      {profile: profiles.de},
    )
    expect(all(document, 'num').map((node) => node.value)).toEqual(['1.'])
  })

  it('warns of numbering gaps, repeats and a recital after operative paragraphs', () => {
    const {diagnostics} = recognize(
      blocks(
        'The General Assembly,',
        '1. Decides to act;',
        '3. Requests a report;',
        '3. Urges States;',
        'Recalling its role,',
      ),
      en,
    )
    const rules = diagnostics.map((diagnostic) => diagnostic.ruleId)
    expect(rules).toContain('numbering-gap')
    expect(rules).toContain('duplicate-number')
    expect(rules).toContain('recital-after-operative')
  })

  it('believes what the source says of a block: headings, list items and their labels', () => {
    const {document} = recognize(
      [
        {children: [{type: 'text', value: 'Draft version 2'}]},
        {heading: 1, children: [{type: 'text', value: 'Strengthening cooperation'}]},
        {children: [{type: 'text', value: 'The General Assembly,'}]},
        {children: [{type: 'text', value: 'Recalling its resolutions,'}]},
        {item: {label: '1.', depth: 1, ordered: true}, children: [{type: 'text', value: 'Decides to act;'}]},
        {
          item: {label: '2.', depth: 1, ordered: true},
          children: [{type: 'text', value: 'Urges States to act.'}],
        },
      ],
      en,
    )
    expect(all(document, 'recital')).toHaveLength(1)
    expect(all(document, 'num').map((node) => node.value)).toEqual(['1.', '2.'])
    expect(texts(document, 'paragraph')).toEqual(['1. Decides to act;', '2. Urges States to act.'])
  })

  it('reads the meeting calendar the caller passes, and knows none of its own', () => {
    const calendar = {'MC(24)': {dates: ['2017-12-07', '2017-12-08'], source: 'a test calendar'}}
    const input = blocks(
      'Second day of the Twenty-fourth Meeting',
      'MC(24) Journal No. 2, Agenda item 7',
      'The Ministerial Council,',
      '1. Decides to act.',
    )
    expect(recognize(input, en).document.meta.frbr.date).toBe('')
    expect(recognize(input, {...en, meetings: calendar}).document.meta.frbr.date).toBe('2017-12-08')
  })

  it('places notes without a marker on the number, and says so', () => {
    const note = {
      type: 'authorialNote' as const,
      eId: '',
      marker: '1',
      children: [{type: 'p' as const, children: [{type: 'text' as const, value: 'A note.'}]}],
    }
    const {document, diagnostics} = recognize(
      blocks('DECISION No. 7/17', 'The Ministerial Council,', '1. Decides.'),
      {...en, notes: [note]},
    )
    expect(all(document, 'authorialNote').map((node) => node.eId)).toEqual(['preface__authorialNote_1'])
    expect(diagnostics.map((diagnostic) => diagnostic.ruleId)).toContain('footnote-reattached')
  })

  it('detects the language of the blocks when no profile is given, and warns when unsure', () => {
    const {document, diagnostics} = recognize(
      blocks(
        'Совет Безопасности,',
        'ссылаясь на свои предыдущие резолюции и на заявления своего Председателя,',
        '1. постановляет и далее активно заниматься этим вопросом.',
      ),
    )
    expect(document.meta.language).toBe('ru')
    expect(all(document, 'recital')).toHaveLength(1)
    expect(all(document, 'paragraph')).toHaveLength(1)
    expect(recognize(blocks('!!!')).diagnostics.map((diagnostic) => diagnostic.ruleId)).toContain(
      'language-unknown',
    )
    void diagnostics
  })

  it('throws too-many-nodes past maxNodes', () => {
    expect(() => recognize(blocks('a', 'b', 'c'), {...en, maxNodes: 2})).toThrow(
      expect.objectContaining({code: 'too-many-nodes'}),
    )
  })
})

describe('a language added as data', () => {
  // Dutch: a data object defined here; the engine does not change.
  const nl: Profile = {
    language: 'nl',
    stopWords: ['de', 'het', 'een', 'van', 'en', 'in', 'op', 'voor', 'met', 'zijn', 'dat', 'die'],
    formulaArticles: ['De ', 'Het '],
    recitalOpeners: ['Herinnerend', 'Overwegende', 'Gelet op'],
    recitalEndings: ['end'],
    operativeVerbs: ['Besluit', 'Verzoekt', 'Roept op'],
    adverbs: ['Tevens', 'Voorts'],
    hierarchyWords: [{word: 'Artikel', name: 'article'}],
    months: [
      'januari',
      'februari',
      'maart',
      'april',
      'mei',
      'juni',
      'juli',
      'augustus',
      'september',
      'oktober',
      'november',
      'december',
    ],
    adoptionLines: [/^\d{1,4}e plenaire vergadering\b/iu],
  }

  it('reads a Dutch resolution with a profile defined in the test', () => {
    const {document} = recognize(
      blocks(
        'De Algemene Vergadering,',
        'Herinnerend aan haar resoluties over de bescherming van het milieu,',
        'Benadrukkend dat samenwerking nodig is,',
        '1. Besluit een werkgroep op te richten;',
        'Voorts verzoekt de secretaris-generaal een verslag op te stellen.',
        '62e plenaire vergadering 5 december 2024',
      ),
      {profile: nl},
    )
    expect(document.meta.language).toBe('nl')
    expect(all(document, 'recital')).toHaveLength(2)
    expect(all(document, 'paragraph')).toHaveLength(2)
    expect(document.meta.frbr.date).toBe('2024-12-05')
  })
})

describe('recognize reads what the source says of its blocks', () => {
  const text = (value: string) => [{type: 'text' as const, value}]

  it('reads a marked heading as the title, and a heading with a number as the document number', () => {
    const {document} = recognize(
      [
        {children: text('Draft 2 — 14 March 2024')},
        {children: text('Ministerial Council Decision No. 7/17'), heading: 1},
        {children: text('Protecting children online'), heading: 2},
        {children: text('The Council,')},
        {children: text('Decides to act.')},
      ],
      en,
    )
    expect(texts(document, 'docNumber')).toEqual(['Ministerial Council Decision No. 7/17'])
    expect(texts(document, 'docTitle')).toEqual(['Protecting children online'])
    expect(document.meta.frbr.number).toBe('7/17')
    const untitled = recognize(
      [
        {children: text('protecting children online'), heading: 1},
        ...blocks('The Council,', 'Decides to act.'),
      ],
      en,
    ).document
    // Lower case and no number: only the source's mark makes it the title.
    expect(texts(untitled, 'docTitle')).toEqual(['protecting children online'])
  })

  it('nests list items the source nests as points, whatever their labels, with the labels’ places', () => {
    const place = (column: number) => ({
      start: {line: 1, column, offset: column - 1},
      end: {line: 1, column: column + 2, offset: column + 1},
    })
    const {document} = recognize(
      [
        ...blocks('The Council,'),
        {
          children: text('Requests the Secretary-General to report on:'),
          item: {depth: 1, ordered: true, label: '1.'},
        },
        {children: text('progress;'), item: {depth: 2, ordered: true, label: '1.', labelPosition: place(4)}},
        {children: text('in the field;'), item: {depth: 3, ordered: false}},
        {children: text('obstacles;'), item: {depth: 2, ordered: true, label: '2.'}},
        {children: text('Decides to remain seized.'), item: {depth: 1, ordered: true, label: '2.'}},
      ],
      en,
    )
    expect(all(document, 'paragraph').map((node) => node.eId)).toEqual(['para_1', 'para_2'])
    expect(all(document, 'point').map((node) => node.eId)).toEqual([
      'para_1__list_1__point_1',
      'para_1__list_1__point_1__list_1__point_1',
      'para_1__list_1__point_2',
    ])
    const num = all(document, 'point')[0]!.children![0] as {type: string; position?: unknown}
    expect(num).toEqual({type: 'num', value: '1.', position: place(4)})
  })

  it('reads a bullet that opens like a recital as a recital of its own', () => {
    const {document} = recognize(
      [
        ...blocks('The Council,', 'Recalling its decision 5/2,'),
        {children: text('Noting the report,'), item: {depth: 1, ordered: false}},
        {children: text('in particular its findings,'), item: {depth: 1, ordered: false}},
        ...blocks('Decides to act.'),
      ],
      en,
    )
    expect(texts(document, 'recital')).toEqual([
      'Recalling its decision 5/2,',
      'Noting the report,\nin particular its findings,',
    ])
  })

  it('reads a top-level item beside items that were paragraphs as a paragraph, after nested points', () => {
    const item = (value: string, depth: number) => ({children: text(value), item: {depth, ordered: false}})
    const {document} = recognize(
      [
        ...blocks('The Council,'),
        item('Condemns all attacks;', 1),
        item('Calls upon States:', 1),
        item('to investigate;', 2),
        item('Decides to remain seized.', 1),
        ...blocks('Requests the Secretary-General:'),
        item('to report;', 1),
        item('to act.', 1),
      ],
      en,
    )
    expect(all(document, 'paragraph').map((node) => node.eId)).toEqual([
      'para_1',
      'para_2',
      'para_3',
      'para_4',
    ])
    expect(all(document, 'point').map((node) => node.eId)).toEqual([
      'para_2__list_1__point_1',
      'para_4__list_1__point_1',
      'para_4__list_1__point_2',
    ])
  })

  it('leaves a text without an operative part as it stands when asked', () => {
    const result = recognize(blocks('The Council,', 'Recalling its decision,'), {
      ...en,
      placeholderBody: false,
    })
    expect(parts(result.document)).toEqual(['preamble'])
    expect(result.diagnostics.map((diagnostic) => diagnostic.ruleId)).not.toContain('operative-part-missing')
    expect(parts(recognize(blocks('The Council,', 'Recalling its decision,'), en).document)).toEqual([
      'preamble',
      'mainBody',
    ])
  })
})

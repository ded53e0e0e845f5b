import {plainText} from '@clausewise/model'
import {describe, expect, it} from 'vitest'
import {fromText} from '../src/index.js'
import {eIds, furniture, textOf} from './genre-support.js'
import {all} from './support.js'

// Probes of the genre (see genre-support.ts): expectations written by hand from each text.

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

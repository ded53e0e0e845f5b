import {plainText} from '@clausewise/model'
import {describe, expect, it} from 'vitest'
import {fromText} from '../src/index.js'
import {eIds, textOf} from './genre-support.js'
import {all} from './support.js'

// Probes of the genre (see genre-support.ts): bodies that letter their preambles. Expectations
// written by hand from each text.

describe('an IAEA General Conference resolution: preambular paragraphs (a), (b), (c)', () => {
  const text = [
    'GC(69)/RES/12',
    'Nuclear security',
    'The General Conference,',
    '(a) Recalling resolution GC(68)/RES/9 and previous resolutions on nuclear security,',
    '(b) Recognizing that responsibility for nuclear security within a State rests entirely with that State,',
    "(c) Noting the increasing number of Member States participating in the Agency's activities,",
    '1. Calls upon all Member States to strengthen nuclear security;',
    '2. Requests the Director General to report on the implementation of this resolution to the General Conference at its seventieth regular session.',
  ].join('\n')
  const {document} = fromText(text)

  it('reads three lettered recitals, each with its letter, and two paragraphs', () => {
    expect(eIds(document)).toEqual([
      'preamble__formula_1',
      'preamble__recitals_1__recital_a',
      'preamble__recitals_1__recital_b',
      'preamble__recitals_1__recital_c',
      'para_1',
      'para_2',
    ])
    expect(textOf(document, 'preamble__recitals_1__recital_b')).toBe(
      'Recognizing that responsibility for nuclear security within a State rests entirely with that State,',
    )
  })
})

describe('lettered points of a recital that introduces them', () => {
  it('keeps (a) to (c) in the recital ending with a colon, though (b) opens like a recital', () => {
    const {document} = fromText(
      [
        'The General Assembly,',
        'Convinced that the Convention is a major contribution to:',
        '(a) International peace and security,',
        '(b) Eliminating chemical weapons and preventing their re-emergence,',
        '(c) Recalling the objective of general and complete disarmament,',
        '1. Calls upon all States to join the Convention.',
      ].join('\n'),
      {language: 'en'},
    )
    expect(eIds(document)).toEqual(['preamble__formula_1', 'preamble__recitals_1__recital_1', 'para_1'])
  })
})

describe('an IAEA General Conference resolution in parts `A. …`, `B. …`, each with its formula and lettered preamble', () => {
  const lines = [
    'GC(75)/RES/11',
    "Strengthening the Agency's Activities Related to Nuclear Science, Technology and Applications",
    'A. Non-power nuclear applications',
    'The General Conference,',
    "(a) Recalling resolution GC(74)/RES/10 on strengthening the Agency's activities,",
    "(b) Noting the important role of the Agency's laboratories,",
    '1. Welcomes the progress made in the renovation of the laboratories;',
    '2. Requests the Director General to report to the General Conference at its seventy-sixth regular session.',
    'B. Nuclear power applications',
    'The General Conference,',
    '(a) Bearing in mind the objectives of the Agency as set out in Article II of the Statute,',
    '(b) Taking note of the Nuclear Technology Review 2031,',
    '1. Encourages the Secretariat to continue its work on advanced reactor technologies;',
    '2. Requests the Director General to report to the General Conference at its seventy-sixth regular session.',
    'Eighth plenary meeting',
    '19 September 2031',
  ]

  it('takes the symbol for the number, by the IAEA’s convention', () => {
    const {document} = fromText(lines.join('\n'))
    expect(document.meta.frbr.number).toBe('GC(75)/RES/11')
    expect(document.meta.frbr.country).toBe('iaea')
  })

  it('opens part B at its letter and title, its formula and lettered recitals its introduction, no points', () => {
    const {document, diagnostics} = fromText(lines.join('\n'))
    expect(eIds(document)).toEqual([
      'preamble__formula_1',
      'preamble__recitals_1__recital_a',
      'preamble__recitals_1__recital_b',
      'para_1',
      'para_2',
      'hcontainer_B',
      'hcontainer_B__para_1',
      'hcontainer_B__para_2',
    ])
    expect(textOf(document, 'hcontainer_B')).toBe(
      [lines[8]!.slice(3), lines[9], lines[10], lines[11]].join('\n'),
    )
    expect(diagnostics.map((diagnostic) => diagnostic.ruleId)).not.toContain('points-without-paragraph')
    expect(plainText(all(document, 'conclusions')[0] as never)).toBe(
      'Eighth plenary meeting\n19 September 2031',
    )
  })

  it('reads the letter alone with its stop, the title on the next line, the same way', () => {
    const split = [
      ...lines.slice(0, 8),
      'B.',
      ...lines.slice(8).map((line, index) => (index === 0 ? line.slice(3) : line)),
    ]
    const {document} = fromText(split.join('\n'))
    expect(eIds(document)).toContain('hcontainer_B__para_2')
    expect(eIds(document)).not.toContain('hcontainer_B__para_1__list_1__point_a')
  })
})

describe('an IAEA General Conference resolution in French, web text: recitals `a)`, points `i)`', () => {
  const lines = [
    'GC(75)/RES/11',
    "Renforcement des activités de l'Agence concernant les sciences, la technologie et les applications nucléaires",
    'La Conférence générale,',
    'a) Rappelant la résolution GC(74)/RES/10 et les résolutions antérieures sur la question,',
    "b) Reconnaissant que le Statut de l'Agence dispose que celle-ci s'efforce de hâter et d'accroître la contribution de l'énergie atomique à la paix, la santé et la prospérité dans le monde entier,",
    "c) Notant le rôle important des laboratoires de l'Agence à Seibersdorf et à Monaco,",
    '1. Se félicite des progrès accomplis dans la rénovation des laboratoires des applications nucléaires ;',
    '2. Prie le Secrétariat de continuer à aider les États Membres, en particulier les pays en développement :',
    'i) à renforcer leurs capacités humaines en sciences nucléaires ; et',
    'ii) à consolider les réseaux nationaux et régionaux de laboratoires ;',
    '3. Prie le Directeur général de lui faire rapport à sa soixante-seizième (2032) session ordinaire.',
    'Huitième séance plénière',
    '19 septembre 2031',
  ]
  const {document, diagnostics} = fromText(lines.join('\n'))

  it('tells web text: a lettered line after a comma or a colon is an item, not a wrapped line', () => {
    expect(diagnostics.find((diagnostic) => diagnostic.ruleId === 'layout-detected')?.text).toBe('web')
  })

  it('keeps the meeting and its date apart from the last paragraph, the date the adoption’s', () => {
    expect(textOf(document, 'para_3')).toBe(lines[10]!.slice(3))
    expect(plainText(all(document, 'conclusions')[0] as never)).toBe(
      'Huitième séance plénière\n19 septembre 2031',
    )
    expect(document.meta.frbr.date).toBe('2031-09-19')
    expect(eIds(document)).toEqual([
      'preamble__formula_1',
      'preamble__recitals_1__recital_a',
      'preamble__recitals_1__recital_b',
      'preamble__recitals_1__recital_c',
      'para_1',
      'para_2',
      'para_2__list_1__point_i',
      'para_2__list_1__point_ii',
      'para_3',
    ])
  })
})

import {plainText} from '@clausewise/model'
import {describe, expect, it} from 'vitest'
import {fromText} from '../src/index.js'
import {eIds} from './genre-support.js'
import {all} from './support.js'

// Probes of the genre (see genre-support.ts): formulas that name a body in full, as conferences of
// the parties to a treaty do. Expectations written by hand from each text.

const paragraphs = [
  ['The Conference of the States Parties to the United Nations Convention against', 'Corruption,'],
  [
    'Recalling its resolution 10/1 on the review of implementation of the United Nations',
    'Convention against Corruption,',
  ],
  [
    'Noting with appreciation the work of the Implementation Review Group and the',
    'contributions of States parties to the review process,',
  ],
  [
    '1. Decides to continue the second cycle of the review mechanism and to consider its',
    'results at its twelfth session;',
  ],
  [
    '2. Requests the secretariat to report to it at its twelfth session on the',
    'implementation of the present resolution.',
  ],
]

describe('a Conference of the States Parties resolution: a formula of twelve words, wrapped', () => {
  it('reads the formula, two recitals and two paragraphs, in double spacing with empty lines for breaks', () => {
    // Every printed line followed by an empty line, a paragraph by one more.
    const {document} = fromText(paragraphs.map((lines) => lines.join('\n\n')).join('\n\n\n'))
    expect(eIds(document)).toEqual([
      'preamble__formula_1',
      'preamble__recitals_1__recital_1',
      'preamble__recitals_1__recital_2',
      'para_1',
      'para_2',
    ])
    expect(plainText(all(document, 'formula')[0] as never)).toBe(
      'The Conference of the States Parties to the United Nations Convention against Corruption,',
    )
  })

  it('reads the same in single spacing with blank lines between paragraphs', () => {
    const {document} = fromText(paragraphs.map((lines) => lines.join('\n')).join('\n\n'))
    expect(eIds(document)).toEqual([
      'preamble__formula_1',
      'preamble__recitals_1__recital_1',
      'preamble__recitals_1__recital_2',
      'para_1',
      'para_2',
    ])
  })
})

describe('the same body in French, web text', () => {
  it('reads `La Conférence des États parties à la Convention des Nations Unies contre la corruption,` as the formula', () => {
    const {document} = fromText(
      [
        'La Conférence des États parties à la Convention des Nations Unies contre la corruption,',
        'Rappelant sa résolution 10/1 sur l’examen de l’application de la Convention,',
        'Prenant note avec satisfaction des travaux du Groupe d’examen de l’application,',
        '1. Décide de poursuivre le deuxième cycle du Mécanisme d’examen ;',
        '2. Prie le secrétariat de lui faire rapport à sa douzième session.',
      ].join('\n'),
      {language: 'fr'},
    )
    expect(eIds(document)).toEqual([
      'preamble__formula_1',
      'preamble__recitals_1__recital_1',
      'preamble__recitals_1__recital_2',
      'para_1',
      'para_2',
    ])
  })
})

describe('a long first sentence that is no formula', () => {
  it('stays a paragraph when a stop stands inside it', () => {
    const {document} = fromText(
      [
        'The Committee took note of the report of its Bureau. It then adopted the following text by consensus,',
        'Recalling its earlier decisions on the matter,',
        '1. Decides to keep the matter under review.',
      ].join('\n'),
      {language: 'en'},
    )
    expect(all(document, 'formula')).toEqual([])
  })
})

import {plainText} from '@clausewise/model'
import {describe, expect, it} from 'vitest'
import {fromText} from '../src/index.js'
import {eIds} from './genre-support.js'
import {all} from './support.js'

// Probes of the genre (see genre-support.ts): declarations made in the first person. Expectations
// written by hand from each text.

describe('an ASEAN leaders’ declaration: `WE, the Heads of State/Government …;`', () => {
  const text = [
    "ASEAN LEADERS' DECLARATION ON DIGITAL INCLUSION",
    'WE, the Heads of State/Government of the Member States of the Association of Southeast Asian Nations (ASEAN), on the occasion of the 48th ASEAN Summit;',
    'RECALLING the ASEAN Digital Masterplan 2025;',
    'RECOGNISING that digital inclusion is essential for sustainable growth;',
    'DO HEREBY DECLARE TO:',
    '1. Promote affordable access to digital infrastructure across the region;',
    '2. Enhance digital literacy, particularly among women, youth and persons with disabilities;',
    '3. Task the relevant ASEAN Sectoral Bodies to implement this Declaration.',
    'ADOPTED in Kuala Lumpur, Malaysia, this Twenty-Sixth Day of October in the Year Two Thousand and Twenty-Five.',
  ].join('\n')
  const {document} = fromText(text)

  it('reads the first-person formula, two recitals in capitals, `DO HEREBY DECLARE TO:` and three paragraphs', () => {
    expect(plainText(all(document, 'formula')[0] as never)).toBe(
      'WE, the Heads of State/Government of the Member States of the Association of Southeast Asian Nations (ASEAN), on the occasion of the 48th ASEAN Summit;',
    )
    expect(eIds(document)).toEqual([
      'preamble__formula_1',
      'preamble__recitals_1__recital_1',
      'preamble__recitals_1__recital_2',
      'mainBody__blockContainer_1',
      'para_1',
      'para_2',
      'para_3',
    ])
    expect(plainText(document.children.find((node) => node.type === 'conclusions')!)).toBe(
      'ADOPTED in Kuala Lumpur, Malaysia, this Twenty-Sixth Day of October in the Year Two Thousand and Twenty-Five.',
    )
  })

  it('reads `Nous, chefs d’État …,` in French the same way, and no formula in `We reaffirm …`', () => {
    const {document: french} = fromText(
      [
        'Nous, chefs d’État et de gouvernement des pays ayant le français en partage, réunis à Paris les 4 et 5 octobre 2031,',
        'Réaffirmant notre attachement à la diversité culturelle,',
        '1. Décidons de renforcer la coopération ;',
      ].join('\n'),
      {language: 'fr'},
    )
    expect(eIds(french).slice(0, 2)).toEqual(['preamble__formula_1', 'preamble__recitals_1__recital_1'])
    const {document: plain} = fromText(
      ['We reaffirm our commitment to the Agenda,', '1. We decide to act.'].join('\n'),
      {
        language: 'en',
      },
    )
    expect(all(plain, 'formula')).toHaveLength(0)
  })
})

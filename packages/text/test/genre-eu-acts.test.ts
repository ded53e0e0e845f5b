import {plainText} from '@clausewise/model'
import {describe, expect, it} from 'vitest'
import {fromText} from '../src/index.js'
import {eIds, textOf} from './genre-support.js'
import {all} from './support.js'

// Probes of the genre (see genre-support.ts): EU acts as PDF extractions give them. Expectations
// written by hand from each text.

describe('an EU regulation in single spacing with no blank lines: `Article 2` / `Scope` / `1. …`', () => {
  const text = [
    'REGULATION (EU) 2031/55 OF THE EUROPEAN PARLIAMENT AND OF THE COUNCIL',
    'of 4 March 2031',
    'on the safety of toys',
    'THE EUROPEAN PARLIAMENT AND THE COUNCIL OF THE EUROPEAN UNION,',
    'Having regard to the Treaty on the Functioning of the European Union, and in particular Article 114',
    'thereof,',
    'Whereas:',
    '(1) Toys placed on the Union market should be safe for children to play with and should not',
    'endanger their health.',
    'HAVE ADOPTED THIS REGULATION:',
    'Article 1',
    'Subject matter',
    'This Regulation lays down rules on the safety of toys and on their free movement in the',
    'Union.',
    'Article 2',
    'Scope',
    '1. This Regulation applies to products designed or intended for use in play by children under',
    '14 years of age.',
    '2. It does not apply to the products listed in Annex I.',
    'Article 3',
    'Entry into force',
    'This Regulation shall enter into force on the twentieth day following that of its publication in',
    'the Official Journal of the European Union.',
  ].join('\n')
  const {document} = fromText(text, {layout: 'single-spaced'})

  it('gives each article its heading, apart from its text and its first numbered paragraph', () => {
    expect(eIds(document)).toEqual([
      'preamble__formula_1',
      'preamble__recitals_1__recital_1',
      'preamble__recitals_2__recital_1',
      'preamble__formula_2',
      'art_1',
      'art_2',
      'art_2__para_1',
      'art_2__para_2',
      'art_3',
    ])
    expect(all(document, 'heading').map((node) => plainText(node as never))).toEqual([
      'Subject matter',
      'Scope',
      'Entry into force',
    ])
    expect(plainText(all(document, 'content')[0] as never)).toBe(
      'This Regulation lays down rules on the safety of toys and on their free movement in the Union.',
    )
    expect(textOf(document, 'art_2__para_1')).toBe(
      'This Regulation applies to products designed or intended for use in play by children under 14 years of age.',
    )
  })
})

describe('the same shape in German: `Artikel 2` / `Geltungsbereich` / `(1) …`', () => {
  it('reads the headings and the bracketed paragraphs of the article', () => {
    const {document} = fromText(
      [
        'HABEN FOLGENDE VERORDNUNG ERLASSEN:',
        'Artikel 1',
        'Gegenstand',
        'Diese Verordnung enthält Vorschriften über die Sicherheit von Spielzeug und über seinen freien',
        'Verkehr in der Union.',
        'Artikel 2',
        'Geltungsbereich',
        '(1) Diese Verordnung gilt für Erzeugnisse, die dazu bestimmt sind, von Kindern unter 14 Jahren',
        'zum Spielen verwendet zu werden.',
        '(2) Sie gilt nicht für die in Anhang I aufgeführten Erzeugnisse.',
      ].join('\n'),
      {language: 'de', layout: 'single-spaced'},
    )
    expect(eIds(document)).toEqual([
      'preamble__formula_1',
      'art_1',
      'art_2',
      'art_2__para_1',
      'art_2__para_2',
    ])
    expect(all(document, 'heading').map((node) => plainText(node as never))).toEqual([
      'Gegenstand',
      'Geltungsbereich',
    ])
    expect(textOf(document, 'art_2__para_2')).toBe(
      'Sie gilt nicht für die in Anhang I aufgeführten Erzeugnisse.',
    )
  })
})

describe('a budget resolution’s section with a long heading on a line of its own', () => {
  it('takes the heading of fourteen words, which has no sentence’s end, as the section’s heading', () => {
    const {document} = fromText(
      [
        'The General Assembly,',
        'Section 11',
        'United Nations system support for the New Partnership for Africa’s Development and its Agenda',
        '68. Recalls that the development of Africa is an established priority of the Organization;',
      ].join('\n'),
      {language: 'en'},
    )
    expect(eIds(document)).toEqual(['preamble__formula_1', 'sec_11', 'sec_11__para_68'])
    expect(plainText(all(document, 'heading')[0] as never)).toBe(
      'United Nations system support for the New Partnership for Africa’s Development and its Agenda',
    )
  })
})

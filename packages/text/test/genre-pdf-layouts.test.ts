import {describe, expect, it} from 'vitest'
import {fromText} from '../src/index.js'
import {eIds, textOf} from './genre-support.js'

// Probes of the genre (see genre-support.ts): decisions as PDF extractors give them, in shapes of
// layout the corpus lacks. Written for these tests; expectations worked out by hand.

describe('a Council decision in single spacing, its formula printed without a comma', () => {
  // The Official Journal prints the Council's formula alone on its line, no comma after it; the
  // extraction gives no blank line around it, though it gives some elsewhere (here before each article).
  const text = [
    'COUNCIL DECISION (EU) 2031/417',
    'of 14 March 2031',
    'on the position to be taken on behalf of the European Union within the Joint Committee established by',
    'the Agreement between the European Union and the Republic of Northland',
    'THE COUNCIL OF THE EUROPEAN UNION',
    'Having regard to the Treaty on the Functioning of the European Union, and in particular Article 218(9)',
    'thereof,',
    'Having regard to the proposal from the European Commission,',
    'Whereas:',
    '(1) The Agreement entered into force on 1 May 2030 and is applied by both parties in good faith.',
    '(2) The Joint Committee is to adopt a decision on the amendment of Annex II to the Agreement at its',
    'next meeting.',
    'HAS ADOPTED THIS DECISION:',
    '',
    'Article 1',
    'The position to be taken on behalf of the Union within the Joint Committee shall be based on the draft',
    'decision of that Committee attached to this Decision.',
    '',
    'Article 2',
    'This Decision shall enter into force on the date of its adoption.',
    'Done at Brussels, 14 March 2031.',
  ].join('\n')

  it('reads the formula apart from the title above it and the citation under it', () => {
    const {document} = fromText(text, {language: 'en'})
    expect(eIds(document).slice(0, 3)).toEqual([
      'preamble__formula_1',
      'preamble__recitals_1__recital_1',
      'preamble__recitals_1__recital_2',
    ])
    expect(textOf(document, 'preamble__formula_1')).toBe('THE COUNCIL OF THE EUROPEAN UNION')
    expect(textOf(document, 'preamble__recitals_1__recital_1')).toBe(
      'Having regard to the Treaty on the Functioning of the European Union, and in particular Article 218(9) thereof,',
    )
    expect(document.meta.frbr.number).toBe('(EU) 2031/417')
  })

  it('keeps a line in capitals that no clause follows in its block', () => {
    const {document} = fromText(
      [
        'Report of the Working Party on the Joint Committee established by the Agreement between',
        'THE EUROPEAN UNION AND THE REPUBLIC OF NORTHLAND',
        'as discussed at the meeting of the Working Party.',
        '',
        'THE COUNCIL OF THE EUROPEAN UNION,',
        '1. RECALLS the Agreement.',
      ].join('\n'),
      {language: 'en'},
    )
    expect(eIds(document)).toEqual(['preamble__formula_1', 'para_1'])
  })
})

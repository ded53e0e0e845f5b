import {describe, expect, it} from 'vitest'
import {fromText} from '../src/index.js'
import {eIds, textOf} from './genre-support.js'

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

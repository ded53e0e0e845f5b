import {plainText} from '@clausewise/model'
import {describe, expect, it} from 'vitest'
import {fromText} from '../src/index.js'
import {eIds} from './genre-support.js'
import {all} from './support.js'

// Probes of the genre (see genre-support.ts): Human Rights Council resolutions, as text extraction
// gives their PDF in single spacing with no blank line between paragraphs: the cover, the session and
// agenda item with its wrapped title, the adoption line, the number and title, the formula; the
// meeting, its date and `[Adopted without a vote.]` at the end. Written for these tests;
// expectations worked out by hand.

const text = [
  'Human Rights Council',
  'Sixty-first session',
  '24 February–4 April 2031',
  'Agenda item 3',
  'Promotion and protection of all human rights, civil,',
  'political, economic, social and cultural rights,',
  'including the right to development',
  'Resolution adopted by the Human Rights Council on 3 April 2031',
  '61/14. The right to education',
  'The Human Rights Council,',
  'Guided by the purposes and principles of the Charter of the United Nations,',
  'Deeply concerned that millions of children remain out of school, and that girls are',
  'disproportionately affected,',
  '1. Condemns attacks on schools and educational facilities;',
  '2. Decides to remain seized of the matter.',
  '45th meeting',
  '3 April 2031',
  '[Adopted without a vote.]',
].join('\n')

describe('a Human Rights Council resolution in single spacing, no blank lines', () => {
  const {document} = fromText(text, {layout: 'single-spaced'})

  it('reads the adoption line and the number line apart from the wrapped agenda title above them', () => {
    const preface = document.children.find((node) => node.type === 'preface')!
    expect(plainText(preface)).toContain('Resolution adopted by the Human Rights Council on 3 April 2031')
    expect(plainText(all(document, 'docNumber')[0] as never)).toBe('61/14.')
    expect(plainText(all(document, 'docTitle')[0] as never)).toBe('The right to education')
    expect(document.meta.frbr.number).toBe('61/14')
    expect(document.meta.frbr.date).toBe('2031-04-03')
  })

  it('reads the formula, two recitals and two paragraphs, the meeting lines the conclusions', () => {
    expect(eIds(document)).toEqual([
      'preamble__formula_1',
      'preamble__recitals_1__recital_1',
      'preamble__recitals_1__recital_2',
      'para_1',
      'para_2',
    ])
    expect(plainText(document.children.find((node) => node.type === 'conclusions')!)).toBe(
      '45th meeting\n3 April 2031\n[Adopted without a vote.]',
    )
  })
})

import {plainText} from '@clausewise/model'
import {describe, expect, it} from 'vitest'
import {fromText} from '../src/index.js'
import {eIds, furniture} from './genre-support.js'
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

// The same resolution in French as plain `pdftotext` gives a PDF printed in Geneva: the first page's
// foot holds the Geneva job number with its language letter (`GE.31-01234 (F)`) and the barcode, the
// last page's foot the page number and the job number without its letter. Written for these tests.
const geneva = [
  'Nations Unies',
  '',
  'A/HRC/RES/61/14',
  '',
  'Assemblée générale',
  '',
  'Distr. générale',
  '7 avril 2031',
  'Français',
  'Original : anglais',
  '',
  'Conseil des droits de l’homme',
  'Soixante et unième session',
  'Point 3 de l’ordre du jour',
  '',
  'Résolution adoptée par le Conseil des droits de l’homme le 3 avril 2031',
  '61/14. Le droit à l’éducation',
  'Le Conseil des droits de l’homme,',
  'Guidé par les buts et principes énoncés dans la Charte des Nations Unies,',
  '1. Condamne les attaques contre les écoles ;',
  '2. Prie le Rapporteur spécial de lui présenter un rapport ;',
  '',
  'GE.31-01234 (F)',
  '',
  '*3101234*',
  '\fA/HRC/RES/61/14',
  '',
  '3. Décide de rester saisi de la question.',
  '45e séance',
  '3 avril 2031',
  '[Adoptée sans vote.]',
  '',
  '2',
  '',
  'GE.31-01234',
  '\f',
].join('\n')

describe('a Human Rights Council resolution printed in Geneva, two pages', () => {
  const {document, diagnostics} = fromText(geneva)

  it('takes the Geneva job numbers out of both feet, with and without the language letter', () => {
    expect(eIds(document)).toEqual([
      'preamble__formula_1',
      'preamble__recitals_1__recital_1',
      'para_1',
      'para_2',
      'para_3',
    ])
    expect(plainText(document.children.find((node) => node.type === 'conclusions')!)).toBe(
      '45e séance\n3 avril 2031\n[Adoptée sans vote.]',
    )
    const taken = furniture(diagnostics).join('\n')
    expect(taken).toContain('GE.31-01234 (F)')
    expect(taken).toContain('2\n\nGE.31-01234')
  })
})

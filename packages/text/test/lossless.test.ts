import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {fromText} from '../src/index.js'
import {corpus, document, expectedWords, modelWords} from './support.js'

const inputs: [string, string][] = [
  ['MC.DEC/7/17', corpus('mc-dec-7-17.fr.txt')],
  ['MC.DEC/6/17', corpus('mc-dec-6-17.fr.txt')],
  ['an English decision', document('osce-decision.en.txt')],
  ['a UN resolution', document('un-resolution.en.txt')],
]

describe('fromText loses nothing and invents nothing', () => {
  for (const [name, text] of inputs) {
    it(`keeps every word of ${name}, less page furniture, plus reported repairs`, () => {
      const {document: model, diagnostics} = fromText(text)
      expect(modelWords(model)).toEqual(expectedWords(text, diagnostics))
    })
  }

  it('counts a number once where a note’s marker stands before it at a block’s start', () => {
    // A case the property below found: the bare `1` is the marker of the note lifted from the
    // foot, anchored at the start of the block whose label is `1.`. The label leaves the text once,
    // the note staying before it (the label was the clause's number and its text's start too).
    const text = ['1', '1. Réaffirmant, ', '1', ' traite Réaffirmant, ', 'des, '].join('\n')
    const {document: model, diagnostics} = fromText(text, {language: 'fr'})
    expect(modelWords(model)).toEqual(expectedWords(text, diagnostics))
  })

  it('keeps every word of generated decisions in the extracted shape', () => {
    const word = fc.constantFrom(
      'Réaffirmant',
      'la',
      'traite',
      'des',
      'êtres',
      'humains',
      'Demande',
      'États',
      'n',
      'o',
      'a)',
      '1.',
      '2017',
    )
    const line = fc.array(word, {minLength: 1, maxLength: 8}).map((words) => words.join(' '))
    // A printed line: indent, words, punctuation, and a trailing space or none (a line ending on a
    // letter is where a superscript or a footnote marker falls onto the next line).
    const printed = fc
      .tuple(
        fc.constantFrom('', ' ', '  '),
        line,
        fc.constantFrom(',', ';', '.', ':', '', '-'),
        fc.constantFrom(' ', ''),
      )
      .map(([indent, words, end, trailing]) => `${indent}${words}${end}${trailing}`)
    // Lines that fell out of a printed line: bare numbers (markers, page numbers) and single letters.
    const fallen = fc.constantFrom('1', '12', 'N', 'o', 'o ', 'er', '7/17 ')
    const layout = fc.array(fc.oneof(printed, printed, fallen), {maxLength: 40})
    fc.assert(
      fc.property(layout, fc.constantFrom('\n', '\n\n', '\n\n \n\n'), (lines, separator) => {
        const text = lines.join(separator)
        const {document: model, diagnostics} = fromText(text, {language: 'fr'})
        expect(modelWords(model)).toEqual(expectedWords(text, diagnostics))
      }),
      {numRuns: 500},
    )
  })
})

import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {words} from '../src/normalize.js'
import {dice} from '../src/similarity.js'
import {textDice} from '../src/text-dice.js'
import {Vocabulary} from '../src/vocabulary.js'
import {scanWords, wordScan} from '../src/word-scan.js'

/** Dice of the two texts' word sets, through the shared vocabulary (what alignment compared before). */
function vocabularyDice(oldText: string, newText: string): number {
  const vocabulary = new Vocabulary()
  return dice(vocabulary.add(oldText).set, vocabulary.add(newText).set)
}

// Versions of one text that differ in the middle, over accented letters, Latin-1 signs that are (º, ²)
// or are not (×) word characters, combining marks and astral letters (a surrogate pair whose
// word-ness depends on its second half), repeated words and texts that are a prefix of each other.
const piece = fc.constantFrom(
  'la ',
  'décision',
  ' ',
  ', ',
  'x',
  'é',
  'º²',
  '×',
  'e\u0301',
  '\u{1D400}',
  '\u{1F600}',
  '\uD835',
  '-',
  '2013',
  'participants ',
  "l'",
  'la',
)
const text = fc.array(piece, {maxLength: 30}).map((parts) => parts.join(''))

describe('textDice', () => {
  it('is the Dice coefficient of the two word sets', () => {
    expect(textDice('rappelant la décision', 'rappelant sa décision')).toBe((2 * 2) / (3 + 3))
    expect(textDice('la la la', 'la')).toBe(1)
    expect(textDice('', ', ;')).toBe(1)
    expect(textDice('un deux', '')).toBe(0)
  })

  it('gives what the vocabulary sets give, for texts that share their ends (property)', () => {
    fc.assert(
      fc.property(text, text, text, text, (before, oldMiddle, newMiddle, after) => {
        const oldText = before + oldMiddle + after
        const newText = before + newMiddle + after
        expect(textDice(oldText, newText)).toBe(vocabularyDice(oldText, newText))
        expect(textDice(newText, oldText)).toBe(vocabularyDice(newText, oldText))
      }),
      {numRuns: 2000},
    )
  })

  it('gives what the vocabulary sets give for long texts with many words (a table that grows)', () => {
    const long = (seed: number): string =>
      Array.from({length: 3000}, (_, index) => `w${(index * seed) % 1700}`).join(' ')
    expect(textDice(long(7), long(11))).toBe(vocabularyDice(long(7), long(11)))
    expect(textDice(long(7), `${long(7)} fin`)).toBe(vocabularyDice(long(7), `${long(7)} fin`))
  })
})

describe('scanWords', () => {
  it('finds the words of a text as words() does, each with its place (property)', () => {
    const scan = wordScan()
    fc.assert(
      fc.property(text, (value) => {
        const {starts, ends, count} = scanWords(value, scan)
        const found = Array.from({length: count}, (_, at) => value.slice(starts[at], ends[at]))
        expect(found).toEqual(words(value))
      }),
      {numRuns: 1000},
    )
  })
})

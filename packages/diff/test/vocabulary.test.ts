import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {words} from '../src/normalize.js'
import {Vocabulary} from '../src/vocabulary.js'

/** The words `add` found, as text, in text order, and its set (each id once) as sorted texts. */
function read(vocabulary: Vocabulary, text: string): {sequence: string[]; set: string[]} {
  const {set, sequence} = vocabulary.add(text)
  expect(new Set(set).size).toBe(set.length)
  return {
    sequence: Array.from(sequence, (id) => vocabulary.words.text(id)),
    set: Array.from(set, (id) => vocabulary.words.text(id)).sort(),
  }
}

/** What `add` must give for a text: its words (see `words`), and each distinct word once. */
function expected(text: string): {sequence: string[]; set: string[]} {
  const sequence = words(text)
  return {sequence, set: [...new Set(sequence)].sort()}
}

describe('Vocabulary', () => {
  it('reads the words of each clause, counting in how many clauses each occurs', () => {
    const vocabulary = new Vocabulary()
    expect(read(vocabulary, "rappelant l'additif de 2013, rappelant")).toEqual({
      sequence: ['rappelant', 'l', 'additif', 'de', '2013', 'rappelant'],
      set: ['2013', 'additif', 'de', 'l', 'rappelant'],
    })
    read(vocabulary, 'rappelant sa décision')
    expect(vocabulary.clauses).toBe(2)
    const id = (word: string) => vocabulary.add(word).sequence[0]!
    expect(vocabulary.frequency[id('rappelant')]).toBe(3)
  })

  it('reads the words and counts the clauses of texts read one after another as words() finds them (property)', () => {
    // Versions of one text that differ in the middle, over accented letters, Latin-1 signs that are
    // (º, ²) or are not (×) word characters, combining marks and astral letters (a surrogate pair whose
    // word-ness depends on its second half).
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
    )
    const text = fc.array(piece, {maxLength: 30}).map((parts) => parts.join(''))
    fc.assert(
      fc.property(text, text, text, text, text, (before, oldMiddle, newMiddle, after, other) => {
        const oldText = before + oldMiddle + after
        const newText = before + newMiddle + after
        const vocabulary = new Vocabulary()
        read(vocabulary, other)
        expect(read(vocabulary, oldText)).toEqual(expected(oldText))
        const {set, sequence} = vocabulary.add(newText)
        expect(Array.from(sequence, (id) => vocabulary.words.text(id))).toEqual(expected(newText).sequence)
        expect(Array.from(set, (id) => vocabulary.words.text(id)).sort()).toEqual(expected(newText).set)
        expect(read(vocabulary, oldText)).toEqual(expected(oldText))
        // Counted once in each clause that holds it.
        for (const id of set) {
          const word = vocabulary.words.text(id)
          const count = [other, oldText, newText, oldText].filter((each) => words(each).includes(word)).length
          expect(vocabulary.frequency[id]).toBe(count)
        }
      }),
      {numRuns: 2000},
    )
  })

  it('leaves in its scratch arrays what add returns, for the text last read', () => {
    const texts = ["rappelant l'additif de 2013, rappelant", 'rappelant sa décision', '', 'de']
    const added = new Vocabulary()
    const read = new Vocabulary()
    for (const text of texts) {
      const {set, sequence} = added.add(text)
      read.read(text)
      expect(Array.from(read.set.subarray(0, read.setLength))).toEqual(Array.from(set))
      expect(Array.from(read.sequence.subarray(0, read.sequenceLength))).toEqual(Array.from(sequence))
    }
    expect(Array.from(read.frequency.subarray(0, read.size))).toEqual(
      Array.from(added.frequency.subarray(0, added.size)),
    )
    // Read again without counting: the same words, the counts unchanged.
    const frequency = Array.from(read.frequency.subarray(0, read.size))
    read.read(texts[0]!, false)
    expect(Array.from(read.sequence.subarray(0, read.sequenceLength))).toEqual(
      Array.from(added.add(texts[0]!).sequence),
    )
    expect(read.clauses).toBe(texts.length)
    expect(Array.from(read.frequency.subarray(0, read.size))).toEqual(frequency)
  })
})

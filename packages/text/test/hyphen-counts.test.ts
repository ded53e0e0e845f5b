import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {search, searchByExpression} from '../src/layout/hyphen-counts.js'
import type {Item} from '../src/layout/types.js'

/** Lines of text as the layout stage makes them (only `flat` is read). */
function linesOf(flats: string[]): Item[] {
  return flats.map((flat) => ({kind: 'line', segments: [], flat, indented: false, start: 0, end: 0}))
}

/** The counts of some words in some lines, by `search`. */
function searched(items: Item[], words: string[]): Map<string, number> {
  const counts = new Map(words.map((word) => [word.toLowerCase(), 0]))
  search(items, counts)
  return counts
}

/** The same by the one regular expression of the forms that `search` stands for. */
function expected(items: Item[], words: string[]): Map<string, number> {
  const counts = new Map(words.map((word) => [word.toLowerCase(), 0]))
  const forms = new Set<string>()
  for (const word of counts.keys())
    forms
      .add(word)
      .add(`${word[0]!.toUpperCase()}${word.slice(1)}`)
      .add(word.toUpperCase())
  const text = items.map((item) => (item.kind === 'line' ? item.flat : '')).join('\n')
  searchByExpression(text, forms, counts)
  return counts
}

// Letters of several scripts (cased and not), hyphens, spaces and punctuation, and characters whose
// case mapping is no letter or changes length (`İ`, `ß`, `ª`, a combining dot).
const characters = [
  'a',
  'b',
  'e',
  'E',
  'B',
  'é',
  'É',
  'ß',
  'İ',
  'ª',
  'ж',
  'Ж',
  '中',
  '-',
  '-',
  ' ',
  ',',
  '1',
  '\u0307',
]
const piece = fc
  .array(fc.constantFrom('a', 'b', 'e', 'é', 'ж', 'ß', 'i'), {minLength: 1, maxLength: 4})
  .map((letters) => letters.join(''))

describe('the word counts of the hyphen judge', () => {
  it('count what one regular expression of the forms finds', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.array(fc.constantFrom(...characters), {maxLength: 40}).map((list) => list.join('')),
          {
            maxLength: 6,
          },
        ),
        fc.array(fc.tuple(piece, piece, fc.boolean()), {minLength: 1, maxLength: 6}),
        (flats, pieces) => {
          const words = pieces.map(([left, right, hyphen]) =>
            hyphen ? `${left}-${right}` : `${left}${right}`,
          )
          // Texts made of the words, their capitalised and upper-case forms, glued and apart.
          const items = linesOf([
            ...flats,
            words.join(' '),
            words.map((word) => word.toUpperCase()).join('-'),
            `${flats.join(words[0]!)} ${words.join('')}`,
          ])
          expect(searched(items, words)).toEqual(expected(items, words))
        },
      ),
      {numRuns: 500},
    )
  })

  it('count whole words only, as written in lower case, with a capital or in capitals', () => {
    const items = linesOf(['Well-being and wellbeing, WELLBEING; well-being-of wellbeings', 'xwellbeing'])
    const counts = searched(items, ['wellbeing', 'well-being'])
    expect(counts.get('wellbeing')).toBe(2)
    expect(counts.get('well-being')).toBe(1)
  })
})

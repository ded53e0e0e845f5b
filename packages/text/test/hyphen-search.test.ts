import {describe, expect, it} from 'vitest'
import {search} from '../src/layout/hyphen-words.js'
import type {Item} from '../src/layout/types.js'
import {isLetter} from '../src/text-utils.js'

/** The counting as first written: one Unicode expression with a look-ahead (the reference). */
function reference(items: Item[], counts: Map<string, number>): void {
  const letterAt = (text: string, index: number) => index >= 0 && index < text.length && isLetter(text[index])
  const text = items.map((item) => (item.kind === 'line' ? item.flat : '')).join('\n')
  const forms = new Set<string>()
  for (const word of counts.keys()) {
    forms
      .add(word)
      .add(`${word[0]!.toUpperCase()}${word.slice(1)}`)
      .add(word.toUpperCase())
  }
  const words = new RegExp(`(?:${[...forms].join('|')})(?!\\p{L}|-\\p{L})`, 'gu')
  for (const found of text.matchAll(words)) {
    const before = found.index - 1
    if (letterAt(text, before) || (text.charCodeAt(before) === 45 && letterAt(text, before - 1))) continue
    const word = found[0].toLowerCase()
    const count = counts.get(word)
    if (count !== undefined) counts.set(word, count + 1)
  }
}

const line = (flat: string): Item => ({kind: 'line', segments: [], flat, indented: false, start: 0, end: 0})

describe('the hyphen judge’s word counts', () => {
  it('count as the Unicode look-ahead expression did, on random texts of letters of every kind, hyphens and spaces', () => {
    let seed = 11
    const random = (below: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648
      return seed % below
    }
    const pieces = [
      'well',
      'being',
      'pre',
      'vention',
      'co',
      'operation',
      'é',
      'É',
      'ß',
      '中',
      '𐐨',
      '𐐀',
      '-',
      ' ',
      ' ',
      '1',
      ',',
    ]
    const text = (length: number) => Array.from({length}, () => pieces[random(pieces.length)]).join('')
    const wordsOf = [
      'well-being',
      'wellbeing',
      'well',
      'being',
      'prevention',
      'pre-vention',
      'cooperation',
      'co-operation',
      'éé',
      'é-é',
      '𐐨well',
      'well中',
    ]
    for (let round = 0; round < 600; round++) {
      const items = Array.from({length: 1 + random(4)}, () => line(text(random(40))))
      const wanted = wordsOf.filter(() => random(2) === 0)
      if (wanted.length === 0) continue
      const mine = new Map(wanted.map((word) => [word, 0]))
      const theirs = new Map(wanted.map((word) => [word, 0]))
      search(items, mine)
      reference(items, theirs)
      expect(mine, items.map((item) => (item.kind === 'line' ? item.flat : '')).join(' / ')).toEqual(theirs)
    }
    const counts = new Map([
      ['well-being', 0],
      ['well', 0],
    ])
    search([line('Well-being, WELL-BEING and well-beings; well and well-'), line('-well well中')], counts)
    // `well and`, `well-` at a line end and `-well`; not `well-beings` nor `well中`.
    expect(Object.fromEntries(counts)).toEqual({'well-being': 2, well: 3})
  })
})

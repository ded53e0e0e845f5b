import {describe, expect, it} from 'vitest'
import type {Paragraph} from '../src/index.js'
import {
  changeKinds,
  clauseChanges,
  clauseKinds,
  comparisonLanguages,
  comparisonSchema,
  comparisonWords,
  multiComparisonSchema,
  ownBlocks,
  ownText,
} from '../src/index.js'

const paragraph: Paragraph = {
  type: 'paragraph',
  eId: 'para_1',
  children: [
    {type: 'num', value: '1.'},
    {type: 'intro', children: [{type: 'p', children: [{type: 'text', value: 'Decides:'}]}]},
    {
      type: 'list',
      eId: 'para_1__list_1',
      children: [
        {
          type: 'point',
          eId: 'para_1__list_1__point_a',
          children: [
            {type: 'num', value: '(a)'},
            {type: 'content', children: [{type: 'p', children: [{type: 'text', value: 'to act'}]}]},
          ],
        },
      ],
    },
    {
      type: 'wrapUp',
      children: [
        {
          type: 'p',
          children: [
            {type: 'text', value: 'and to report'},
            {type: 'noteRef', href: 'note_1', marker: '1'},
            {
              type: 'authorialNote',
              eId: 'para_1__note_1',
              marker: '2',
              children: [{type: 'p', children: [{type: 'text', value: 'A note.'}]}],
            },
            {type: 'text', value: '.'},
          ],
        },
      ],
    },
  ],
}

describe('ownBlocks', () => {
  it('gives the blocks that hold a clause’s own text, not its number or nested clauses', () => {
    expect(ownBlocks(paragraph).map((block) => block.type)).toEqual(['intro', 'wrapUp'])
  })
})

describe('ownText', () => {
  it('joins the own blocks by a newline, leaving out numbers, points and notes', () => {
    expect(ownText(paragraph)).toBe('Decides:\nand to report.')
  })

  it('gives an empty string for a clause with no own text', () => {
    expect(ownText({type: 'list', eId: 'l', children: []} as never)).toBe('')
  })
})

describe('schema tags', () => {
  it('name the versions of the two contracts', () => {
    expect(comparisonSchema).toBe('clausewise/comparison@1')
    expect(multiComparisonSchema).toBe('clausewise/multi-comparison@1')
  })
})

describe('comparisonWords', () => {
  it('names every clause kind, clause change, change kind and metadata field in each language, in its own words', () => {
    const english = comparisonWords('en')
    for (const language of comparisonLanguages) {
      const words = comparisonWords(language)
      expect(words.language).toBe(language)
      expect(Object.keys(words.clauseKind).sort()).toEqual([...clauseKinds].sort())
      expect(Object.keys(words.changeKind).sort()).toEqual([...changeKinds].sort())
      expect(Object.keys(words.clauseChange).sort()).toEqual([...clauseChanges, 'moved', 'renumbered'].sort())
      expect(Object.keys(words.field).sort()).toEqual([
        'date',
        'heading',
        'language',
        'lifecycle',
        'number',
        'symbol',
        'title',
      ])
      for (const value of [
        ...Object.values(words.clauseKind),
        ...Object.values(words.changeKind),
        ...Object.values(words.field),
        words.statement,
      ])
        expect(value.trim()).not.toBe('')
      if (language !== 'en') {
        expect(words.clauseKind.recital).not.toBe(english.clauseKind.recital)
        expect(words.field.lifecycle).not.toBe(english.field.lifecycle)
        expect(words.statement).not.toBe(english.statement)
      }
    }
  })

  it('reads a region subtag and falls back to English for a language it does not know', () => {
    expect(comparisonWords('fr-CH').clauseKind.paragraph).toBe('paragraphe')
    expect(comparisonWords('xx').language).toBe('en')
    expect(comparisonWords(undefined).language).toBe('en')
  })
})

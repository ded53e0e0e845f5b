import {describe, expect, it} from 'vitest'
import type {Paragraph} from '../src/index.js'
import {comparisonSchema, multiComparisonSchema, ownBlocks, ownText} from '../src/index.js'

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

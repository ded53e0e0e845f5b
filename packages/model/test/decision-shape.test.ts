import {describe, expect, it} from 'vitest'
import {decisionShape, emptyMeta, plainText} from '../src/index.js'
import type {Document, Nodes} from '../src/types.js'

const text = (value: string): Nodes => ({type: 'text', value}) as Nodes

/** The paragraphs of the shape's main body, as their plain text. */
function bodyTexts(document: Document): string[] {
  const [body] = decisionShape(document).children
  expect(body?.type).toBe('mainBody')
  return (body as {children: Nodes[]}).children.map((block) => plainText(block))
}

describe('decisionShape', () => {
  it('keeps a block of running text whole, markup and all, and reads containers of blocks through', () => {
    const document = {
      type: 'document',
      documentType: 'judgment',
      name: 'judgment',
      meta: emptyMeta(),
      children: [
        {
          type: 'header',
          children: [
            {type: 'p', children: [text('ATTORNEY GENERAL 1'), {type: 'sup', children: [text('st')]}]},
            {
              type: 'container',
              element: 'div',
              children: [
                {
                  type: 'block',
                  name: 'coram',
                  children: [text('CORAM: '), {type: 'inline', element: 'judge', children: [text('Alfa')]}],
                },
                {type: 'p', children: [text('on 28th March')]},
              ],
            },
          ],
        },
      ],
    } as unknown as Document
    expect(bodyTexts(document)).toEqual(['ATTORNEY GENERAL 1st', 'CORAM: Alfa', 'on 28th March'])
  })
})

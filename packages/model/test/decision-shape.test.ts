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

  it('keeps the notes of a container’s blocks and of a clause’s number, so that no word is lost', () => {
    const note = (eId: string, value: string): Nodes =>
      ({type: 'authorialNote', eId, marker: '*', children: [{type: 'p', children: [text(value)]}]}) as Nodes
    const document = {
      type: 'document',
      documentType: 'act',
      name: 'act',
      meta: emptyMeta(),
      children: [
        {
          type: 'body',
          children: [
            {
              type: 'hcontainer',
              name: 'article',
              eId: 'art_1',
              children: [
                {type: 'num', value: 'Art. 1', children: [text('Art. 1'), note('n1', 'Repealed in 2006.')]},
                {type: 'content', children: [{type: 'p', children: [text('Derogado.')]}]},
              ],
            },
          ],
        },
        {
          type: 'conclusions',
          children: [
            {
              type: 'blockContainer',
              eId: 'conclusions__blockContainer_1',
              children: [
                {type: 'p', children: [text('Explanatory note'), note('n2', 'These Regulations revoke.')]},
              ],
            },
          ],
        },
      ],
    } as unknown as Document
    const shape = decisionShape(document)
    const words = (node: Document) => plainText(node, {notes: true}).split(/\s+/)
    expect(words(shape)).toEqual(words(document))
    const [body, conclusions] = shape.children as {children: Nodes[]}[]
    const article = body!.children[0] as {children: Nodes[]}
    expect(article.children[0]).toEqual({type: 'num', value: 'Art. 1'})
    expect(article.children[1]).toMatchObject({type: 'content', children: [{children: [{eId: 'n1'}]}]})
    expect(conclusions!.children).toMatchObject([{type: 'p', children: [{}, {eId: 'n2'}]}])
  })
})

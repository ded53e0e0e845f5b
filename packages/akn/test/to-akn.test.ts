import {ClausewiseError, type Document, emptyMeta, type Inline, removePositions} from '@clausewise/model'
import {describe, expect, it} from 'vitest'
import {fromAkn, toAkn} from '../src/index.js'
import {writeAndValidate} from './xmllint.js'

function decision(text: string): Document {
  return {
    type: 'document',
    documentType: 'statement',
    name: 'decision',
    meta: emptyMeta('fr'),
    children: [
      {
        type: 'mainBody',
        children: [
          {
            type: 'paragraph',
            eId: 'para_1',
            children: [
              {type: 'num', value: '1.'},
              {type: 'content', children: [{type: 'p', children: [{type: 'text', value: text}]}]},
            ],
          },
        ],
      },
    ],
  }
}

describe('toAkn', () => {
  it('escapes markup characters in text and attributes', () => {
    const document = decision('<script>alert("x")</script> & ]]> \'')
    document.meta.symbol = 'a"b<c>&\td'
    const xml = toAkn(document)
    expect(xml).toContain('<p>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; ]]&gt; &apos;</p>')
    expect(xml).toContain('symbol="a&quot;b&lt;c&gt;&amp;&#9;d"')
    expect(removePositions(fromAkn(xml).document)).toEqual(document)
  })

  it('writes metadata without dates (as from a draft) validly, and reads it back', () => {
    const document = decision('Décide')
    expect(writeAndValidate('to-akn-empty-meta.xml', toAkn(document))).toBe('')
    expect(removePositions(fromAkn(toAkn(document)).document)).toEqual(document)
  })

  it('refuses characters XML 1.0 forbids with a typed error naming the character', () => {
    for (const [value, code] of [
      ['a\u0000b', 'U+0000'],
      ['a\u0007b', 'U+0007'],
      ['a\uFFFEb', 'U+FFFE'],
      ['a\uD800e', 'U+D800'],
    ] as const) {
      let error: unknown
      try {
        toAkn(decision(value))
      } catch (caught) {
        error = caught
      }
      expect(error).toBeInstanceOf(ClausewiseError)
      expect((error as ClausewiseError).code).toBe('invalid-document')
      expect((error as ClausewiseError).message).toContain(code)
    }
  })

  it('keeps astral characters, which are surrogate pairs', () => {
    expect(toAkn(decision('𝔸 ǅ'))).toContain('<p>𝔸 ǅ</p>')
  })

  it('never indents mixed content, and indents nothing when asked', () => {
    const document = decision('x')
    const paragraph = document.children[0]!.children[0]!
    if (paragraph.type !== 'paragraph') throw new Error('fixture')
    paragraph.children[1] = {
      type: 'content',
      children: [
        {
          type: 'p',
          children: [
            {type: 'b', children: [{type: 'text', value: 'a'}]},
            {type: 'i', children: [{type: 'text', value: 'b'}]},
          ],
        },
      ],
    }
    expect(toAkn(document)).toContain('\n          <p><b>a</b><i>b</i></p>\n')
    const flat = toAkn(document, {indent: false, declaration: false})
    expect(flat.split('\n')).toHaveLength(2)
    expect(flat.startsWith('<akomaNtoso')).toBe(true)
  })

  it('writes hierarchy names as AKN elements and others as hcontainer', () => {
    const document = decision('x')
    document.documentType = 'act'
    document.children = [
      {
        type: 'body',
        children: [
          {
            type: 'hcontainer',
            name: 'chapter',
            eId: 'chp_1',
            children: [
              {
                type: 'hcontainer',
                name: 'annexPart',
                eId: 'chp_1__hcontainer_1',
                children: [
                  {type: 'content', children: [{type: 'p', children: [{type: 'text', value: 'y'}]}]},
                ],
              },
            ],
          },
        ],
      },
    ]
    const xml = toAkn(document)
    expect(xml).toContain('<chapter eId="chp_1">')
    expect(xml).toContain('<hcontainer eId="chp_1__hcontainer_1" name="annexPart">')
    expect(writeAndValidate('to-akn-act.xml', xml)).toBe('')
    expect(removePositions(fromAkn(xml).document)).toEqual(document)
  })
})

describe('toAkn and depth', () => {
  /** A decision whose one paragraph holds text nested in `depth` levels of bold. */
  function deep(depth: number): Document {
    const document = decision('x')
    const main = document.children[0]
    if (main?.type !== 'mainBody') throw new Error('fixture')
    const paragraph = main.children[0]
    if (paragraph?.type !== 'paragraph') throw new Error('fixture')
    let inline: Inline = {type: 'text', value: 'x'}
    for (let level = 0; level < depth; level++) inline = {type: 'b', children: [inline]}
    paragraph.children = [{type: 'content', children: [{type: 'p', children: [inline]}]}]
    return document
  }

  it('writes what fromAkn accepts at its depth limit', () => {
    // Document, statement, mainBody, paragraph, content, p: the bold nests up to the reader's limit.
    const xml = toAkn(deep(480))
    expect(fromAkn(xml).document.type).toBe('document')
  })

  it('refuses a deeper model with a typed error, not a stack overflow', () => {
    let error: unknown
    try {
      toAkn(deep(5000))
    } catch (caught) {
      error = caught
    }
    expect((error as {code?: string}).code).toBe('too-deep')
  })
})

describe('toAkn on a unit whose own text stands beside its sub-units', () => {
  const p = (value: string) => ({type: 'p' as const, children: [{type: 'text' as const, value}]})
  const paragraph = (eId: string, num: string, text: string) => ({
    type: 'paragraph' as const,
    eId,
    children: [
      {type: 'num' as const, value: num},
      {type: 'content' as const, children: [p(text)]},
    ],
  })

  it('writes the text before them as intro and after them as wrapUp, valid AKN', () => {
    const document: Document = {
      type: 'document',
      documentType: 'act',
      name: 'act',
      meta: emptyMeta('en'),
      children: [
        {
          type: 'body',
          children: [
            {
              type: 'hcontainer',
              name: 'article',
              eId: 'art_2',
              children: [
                {type: 'num', value: 'Article 2'},
                {type: 'content', children: [p('Intro text.')]},
                paragraph('art_2__para_1', '1.', 'First.'),
                paragraph('art_2__para_2', '2.', 'Second.'),
                {type: 'content', children: [p('Closing words.')]},
              ],
            },
          ],
        },
      ],
    } as Document
    const xml = toAkn(document)
    expect(xml).toMatch(/<intro>\s*<p>Intro text\.<\/p>\s*<\/intro>\s*<paragraph eId="art_2__para_1">/)
    expect(xml).toMatch(/<wrapUp>\s*<p>Closing words\.<\/p>\s*<\/wrapUp>/)
    expect(xml).not.toContain('<content>\n          <p>Intro')
    expect(writeAndValidate('to-akn-intro-wrapup.xml', xml)).toBe('')
  })
})

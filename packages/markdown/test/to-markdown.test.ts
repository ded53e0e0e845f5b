import {fileURLToPath} from 'node:url'
import {type Document, removePositions} from '@clausewise/model'
import fc from 'fast-check'
import {describe, expect, test} from 'vitest'
import {fromMarkdown, toMarkdown} from '../src/index.js'

// The generator lives in the root `test/support/`, outside this package's TypeScript project: load it
// by a computed specifier and state its type here.
const generator = fileURLToPath(new URL('../../../test/support/arbitrary-document.ts', import.meta.url))
const {arbitraryAct, arbitraryDocument, arbitraryText} = (await import(/* @vite-ignore */ generator)) as {
  arbitraryAct: () => fc.Arbitrary<Document>
  arbitraryDocument: () => fc.Arbitrary<Document>
  arbitraryText: () => fc.Arbitrary<string>
}

function roundTrip(document: Document): Document {
  return removePositions(fromMarkdown(toMarkdown(document)).document)
}

describe('toMarkdown', () => {
  test('writes a decision in the convention', () => {
    const markdown = toMarkdown(
      fromMarkdown(
        '# Décision n^o^ 7/17\n\n## Titre\n\nLe Conseil ministériel,\n\nRappelant,\n\n5. Demande :\n\n   - a) Un ;\n\n   - b) Deux.\n',
      ).document,
      {frontMatter: false},
    )
    expect(markdown).toBe(
      '# Décision n^o^ 7/17\n\n## Titre\n\nLe Conseil ministériel,\n\nRappelant,\n\n5. Demande :\n\n   - a) Un ;\n\n   - b) Deux.\n',
    )
  })

  test('reads back every random decision to the same model', () => {
    fc.assert(
      fc.property(arbitraryDocument(), (document) => {
        expect(roundTrip(document)).toEqual(removePositions(document))
      }),
      {numRuns: 200},
    )
  }, 60_000)

  test('reads back every random act (units, long title, body, kept eIds) to the same model', () => {
    fc.assert(
      fc.property(arbitraryAct(), (document) => {
        expect(roundTrip(document)).toEqual(removePositions(document))
      }),
      {numRuns: 200},
    )
  }, 60_000)

  test('reads back any text in any inline position', () => {
    const hostile = fc.string({
      unit: fc.constantFrom(
        'a',
        ' ',
        '\t',
        '\n',
        '\r',
        '*',
        '_',
        '[',
        ']',
        '(',
        ')',
        '<',
        '>',
        '#',
        '1',
        '.',
        '-',
        '+',
        '=',
        '\\',
        '`',
        '~',
        '^',
        '{',
        '}',
        '|',
        '&',
        '!',
        ':',
        'é',
        '\u00a0',
      ),
      minLength: 1,
      maxLength: 16,
    })
    fc.assert(
      fc.property(hostile, hostile, hostile, (first, second, third) => {
        const document = fromMarkdown('# x\n\nLe Conseil,\n\n1. x\n').document
        const [preface, preamble, mainBody] = document.children
        if (preface?.type !== 'preface' || preamble?.type !== 'preamble' || mainBody?.type !== 'mainBody')
          throw new Error('shape')
        const number = preface.children[0]
        if (number?.type !== 'p' || number.children[0]?.type !== 'docNumber') throw new Error('shape')
        number.children[0].children = [
          {type: 'text', value: first},
          {type: 'sup', children: [{type: 'text', value: second}]},
        ]
        const paragraph = mainBody.children[0]
        if (paragraph?.type !== 'paragraph' || paragraph.children[1]?.type !== 'content')
          throw new Error('shape')
        paragraph.children[1].children = [
          {
            type: 'p',
            children: [
              {type: 'text', value: third},
              {type: 'i', children: [{type: 'text', value: first}]},
              {type: 'text', value: second},
            ],
          },
        ]
        expect(roundTrip(document)).toEqual(removePositions(document))
      }),
      {numRuns: 300},
    )
  })

  test('keeps a `!` before a link text, however many backslashes precede it', () => {
    for (const value of ['voir !', '!', 'a\\!', 'a\\\\!', '\\\\\\!']) {
      const document = fromMarkdown('Le Conseil,\n\n1. x\n').document
      const mainBody = document.children.find((child) => child.type === 'mainBody')
      const paragraph = mainBody?.type === 'mainBody' ? mainBody.children[0] : undefined
      if (paragraph?.type !== 'paragraph' || paragraph.children[1]?.type !== 'content')
        throw new Error('shape')
      paragraph.children[1].children = [
        {
          type: 'p',
          children: [
            {type: 'text', value},
            {type: 'ref', href: 'https://www.osce.org', children: [{type: 'text', value: 'OSCE'}]},
            {type: 'text', value: ' et !'},
            {type: 'party', refersTo: 'delegation-ru', children: [{type: 'text', value: 'R'}]},
          ],
        },
      ]
      expect(roundTrip(document)).toEqual(removePositions(document))
    }
  })

  test('writes a paragraph of many inline nodes', () => {
    const source = `Le Conseil,\n\n1. ${'n^o^ '.repeat(40_000).trimEnd()}\n`
    expect(toMarkdown(fromMarkdown(source).document, {frontMatter: false})).toBe(source)
  })

  test('keeps numbers as written, labels, and unnumbered clauses that look numbered', () => {
    const source =
      '1. Un ;\n\n7) Sept ;\n\n- (iv) Quatre ;\n\n- [5 bis](<clausewise:num>) Cinq bis ;\n\n- a\\) pas un numéro ;\n\n- 1\\. pas un numéro ;\n'
    const document = fromMarkdown(source).document
    const body = document.children[0]
    expect(body?.type).toBe('mainBody')
    const nums =
      body?.type === 'mainBody'
        ? body.children.map((child) =>
            ('children' in child ? child.children : [])?.find((node) => node.type === 'num'),
          )
        : []
    expect(nums.map((num) => (num?.type === 'num' ? num.value : undefined))).toEqual([
      '1.',
      '7)',
      '(iv)',
      '5 bis',
      undefined,
      undefined,
    ])
    expect(toMarkdown(document, {frontMatter: false})).toBe(source)
  })

  test('writes directives only where inference would read a block otherwise', () => {
    const text = arbitraryText()
    fc.assert(
      fc.property(text, (value) => {
        const document = fromMarkdown(
          '<!-- clausewise: recital -->\n\nPas une formule,\n\n<!-- clausewise: preamble -->\n\nTexte.\n',
        ).document
        const markdown = toMarkdown(document, {frontMatter: false})
        expect(markdown).toContain('<!-- clausewise: recital -->')
        expect(roundTrip(document)).toEqual(removePositions(document))
        void value
      }),
      {numRuns: 1},
    )
  })
})

import {toAkn} from '@clausewise/akn'
import {type Document, emptyMeta, type Nodes, plainText, removePositions, visit} from '@clausewise/model'
import {strFromU8, strToU8, unzipSync, zipSync} from 'fflate'
import {describe, expect, it} from 'vitest'
import {fromDocx, toDocx} from '../src/index.js'
import {schemaErrors} from './support/akn-schema.js'
import {blocks} from './support/blocks.js'

// The frame convention (structure/frames.ts): AKN structure Word has no notion of rides in hidden
// bookmarks at a point and custom properties; Word's own structure (tables, headings, numbers as text
// in the number style) carries what it can.

const text = (value: string): Nodes => ({type: 'text', value}) as Nodes
const p = (value: string): Nodes => ({type: 'p', children: [text(value)]}) as Nodes

/** An act with a unit, a section with a block list, a table and a unit below a paragraph. */
function act(): Document {
  const item = (number: string, words: string): Nodes =>
    ({type: 'item', eId: '', children: [{type: 'num', value: number}, p(words)]}) as Nodes
  const cell = (type: 'th' | 'td', words: string): Nodes => ({type, children: [p(words)]}) as Nodes
  const row = (...cells: Nodes[]): Nodes => ({type: 'tr', eId: '', children: cells}) as Nodes
  const section = {
    type: 'hcontainer',
    name: 'section',
    eId: '',
    children: [
      {type: 'num', value: '1.'},
      {type: 'heading', children: [text('Definitions')]},
      {
        type: 'content',
        children: [
          p('In this Act:'),
          {
            type: 'blockList',
            children: [
              {type: 'listIntroduction', children: [text('the following words mean')]},
              item('(a)', '“fund” the fund set up by this Act;'),
              item('(b)', '“year” a calendar year.'),
            ],
          },
          {
            type: 'table',
            children: [
              row({type: 'th', attributes: {colspan: '2'}, children: [p('Words defined')]} as Nodes),
              row(cell('th', 'Term'), cell('th', 'Meaning')),
              row(cell('td', 'fund'), cell('td', 'the fund')),
            ],
          },
        ],
      },
    ],
  }
  const paragraph = {
    type: 'paragraph',
    eId: '',
    children: [
      {type: 'num', value: '2.'},
      {
        type: 'hcontainer',
        name: 'subparagraph',
        eId: '',
        children: [
          {
            type: 'content',
            children: [
              p('Below it.'),
              {
                type: 'ul',
                children: [
                  {type: 'li', children: [text('one')]},
                  {type: 'li', children: [text('two')]},
                ],
              },
            ],
          },
        ],
      },
    ],
  }
  const chapter = {
    type: 'hcontainer',
    name: 'chapter',
    eId: '',
    children: [
      {type: 'num', value: 'Chapter 1'},
      {type: 'heading', children: [text('General')]},
      section,
      paragraph,
    ],
  }
  return {
    type: 'document',
    documentType: 'act',
    name: 'act',
    meta: emptyMeta('eng'),
    children: [{type: 'body', children: [chapter]}],
  } as unknown as Document
}

const parts = (bytes: Uint8Array): Record<string, string> =>
  Object.fromEntries(Object.entries(unzipSync(bytes)).map(([name, data]) => [name, strFromU8(data)]))
const rezip = (files: Record<string, string>): Uint8Array =>
  zipSync(Object.fromEntries(Object.entries(files).map(([name, data]) => [name, strToU8(data)])))

describe('the frame convention', () => {
  it('reads back a document outside the decision vocabulary block for block', () => {
    const document = act()
    const {document: back, diagnostics} = fromDocx(toDocx(document))
    expect(blocks(back, {text: true})).toEqual(blocks(document, {text: true}))
    expect(diagnostics).toEqual([])
  })

  it('writes what Word has in Word: a table, headings by depth, numbered lists, numbers in the number style, element styles', () => {
    const files = parts(toDocx(act()))
    const [body, styles] = [files['word/document.xml']!, files['word/styles.xml']!]
    expect(body.match(/<w:tbl>/g)).toHaveLength(1)
    expect(body.match(/<w:tr>/g)).toHaveLength(3)
    expect(body.match(/<w:tc>/g)).toHaveLength(5)
    // Two grid columns, the first row's one cell spanning them (its colspan).
    expect(body.match(/<w:gridCol /g)).toHaveLength(2)
    expect(body).toMatch(/<w:tc><w:tcPr><w:gridSpan w:val="2"\/><\/w:tcPr>(?:(?!<\/w:tc>).)*Words defined/)
    // The chapter's heading at level 1 and the section's at level 2, each after its number.
    expect(body).toMatch(
      /<w:pStyle w:val="Heading1"\/>.*?<w:rStyle w:val="CWNumber"\/><\/w:rPr><w:t[^>]*>Chapter 1</,
    )
    expect(body).toMatch(/<w:pStyle w:val="Heading2"\/>.*?<w:t[^>]*>1\.<\/w:t>/)
    // Items in their element's style, their numbers a plain sequence Word prints itself.
    expect(
      body.match(/<w:pStyle w:val="CWAItem"\/><w:numPr><w:ilvl w:val="\d"\/><w:numId w:val="1"\/>/g),
    ).toHaveLength(2)
    expect(body).not.toContain('>(a)<')
    expect(files['word/numbering.xml']).toContain('w:val="(%')
    // An unordered list's entries are bulleted.
    expect(files['word/numbering.xml']).toContain('<w:numFmt w:val="bullet"/>')
    expect(body.match(/<w:pStyle w:val="CWALi"\/><w:numPr>/g)).toHaveLength(2)
    // Asked for numbers as text, they open their paragraphs in the number style.
    const text = strFromU8(unzipSync(toDocx(act(), {numbering: 'text'}))['word/document.xml']!)
    expect(text).toMatch(/<w:pStyle w:val="CWAItem"\/>(?:(?!<\/w:p>).)*<w:t[^>]*>\(a\)</)
    expect(text).not.toContain('<w:numPr>')
    expect(blocks(fromDocx(toDocx(act(), {numbering: 'text'})).document, {text: true})).toEqual(
      blocks(act(), {text: true}),
    )
    expect(styles).toContain('w:val="Clausewise item"')
    expect(styles).toContain('w:val="Clausewise listIntroduction"')
    expect(styles).toContain('w:val="Clausewise th"')
  })

  it('takes a paragraph added in Word (no marks of its own) into the element it stands in', () => {
    const files = parts(toDocx(act()))
    // A new paragraph after the first item's text, as Word makes it: the same style, no bookmarks.
    files['word/document.xml'] = files['word/document.xml']!.replace(
      /(<w:p><w:pPr><w:pStyle w:val="CWAItem"\/>(?:(?!<\/w:p>).)*<\/w:p>)/,
      '$1<w:p><w:pPr><w:pStyle w:val="CWAItem"/></w:pPr><w:r><w:t>Added in Word.</w:t></w:r></w:p>',
    )
    const back = fromDocx(rezip(files)).document
    const items: string[][] = []
    visit(back, (node) => {
      if (node.type === 'item')
        items.push(
          node.children.map(
            (child) => `${child.type} ${child.type === 'num' ? child.value : plainText(child)}`,
          ),
        )
      return undefined
    })
    expect(items[0]).toEqual(['num (a)', 'p “fund” the fund set up by this Act;', 'p Added in Word.'])
    expect(items).toHaveLength(2)
  })

  it('keeps every word when marks are lost, and reads a file whose marks are all gone as any other', () => {
    const files = parts(toDocx(act()))
    const words = (document: Document) => plainText(document).split(/\s+/).filter(Boolean)
    // End marks lost: elements run on to the end of the document, nothing is dropped.
    files['word/document.xml'] = files['word/document.xml']!.replace(
      /<w:bookmarkStart w:id="\d+" w:name="_cwe\d+"\/>/g,
      '',
    )
    expect(words(fromDocx(rezip(files)).document)).toEqual(words(act()))
    // Every mark lost: clause recognition reads the paragraphs (and the bullets Word prints).
    files['word/document.xml'] = files['word/document.xml']!.replace(/<w:bookmark(Start|End) [^>]*\/>/g, '')
    const read = words(fromDocx(rezip(files)).document)
    expect(read.filter((word) => word !== '•')).toEqual(words(act()))
  })

  it('builds nothing a hostile descriptor names: no prototype, no unknown element, no document', () => {
    const files = parts(toDocx(act()))
    const custom = files['docProps/custom.xml']!
    let index = 0
    files['docProps/custom.xml'] = custom.replace(
      /(name="clausewise\.frame\.\d+"><vt:lpwstr>)[^<]*/g,
      (_, head) => {
        const hostile = [
          '["container",{"type":"body","__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}]',
          '["leaf",{"type":"script"}]',
          '["container",{"type":"document","children":[]}]',
          'not json',
          '["leaf",["p"]]',
          '["container",{"type":"speech","element":"x><script>alert(1)</script"}]',
          '["container",{"type":"hcontainer","name":{"toString":"chapter"}}]',
          '["bare",{"type":"opaque","xml":{"name":"a b","children":["words"]}}]',
          '["container",{"type":"blockList","attributes":{"on click":"x"}}]',
        ]
        return (
          head +
          hostile[index++ % hostile.length]!.replace(/&/g, '&amp;')
            .replace(/</g, '&lt;')
            .replace(/"/g, '&quot;')
        )
      },
    )
    const {document} = fromDocx(rezip(files))
    expect(({} as {polluted?: unknown}).polluted).toBeUndefined()
    expect(Object.prototype).not.toHaveProperty('polluted')
    const types = new Set<string>()
    visit(document, (node) => {
      types.add(node.type)
      return undefined
    })
    expect(types.has('script')).toBe(false)
    expect([...types].filter((type) => type === 'document')).toHaveLength(1)
    expect(plainText(document)).toContain('Below it.')
    // Kinds are read as plain data: a body built from the first descriptor has no own __proto__ key.
    visit(document, (node) => {
      expect(Object.hasOwn(node, '__proto__')).toBe(false)
      return undefined
    })
    expect(removePositions(document).type).toBe('document')
    // What is written from it is well-formed AKN: no name came from the file.
    expect(schemaErrors(toAkn(document)).filter((error) => !error.includes('Schemas validity'))).toEqual([])
  })

  it('nests frames no deeper than maxDepth, whatever the marks say', () => {
    const files = parts(toDocx(act()))
    // 3,000 paragraphs, each opening a container inside the last, none closed.
    const paragraphs = Array.from(
      {length: 3000},
      (_, index) =>
        `<w:p><w:bookmarkStart w:id="${index + 1}" w:name="_cw${index + 1}_0"/><w:r><w:t>word${index}</w:t></w:r></w:p>`,
    ).join('')
    files['word/document.xml'] = files['word/document.xml']!.replace(
      /<w:body>.*<w:sectPr>/,
      `<w:body>${paragraphs}<w:sectPr>`,
    )
    files['docProps/custom.xml'] = files['docProps/custom.xml']!.replace(
      /(name="clausewise\.frame\.0"><vt:lpwstr>)[^<]*/,
      `$1${'["container",{"type":"blockContainer"}]'.replace(/"/g, '&quot;')}`,
    )
    const {document} = fromDocx(rezip(files), {maxDepth: 100})
    let deepest = 0
    const depth = new Map<unknown, number>([[document, 0]])
    visit(document, (node, parent) => {
      depth.set(node, (depth.get(parent) ?? 0) + 1)
      deepest = Math.max(deepest, depth.get(node)!)
      return undefined
    })
    expect(deepest).toBeLessThanOrEqual(100 + 3)
    expect(plainText(document).split(/\s+/).filter(Boolean)).toHaveLength(3000)
  })
})

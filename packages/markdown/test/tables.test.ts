import {readFileSync} from 'node:fs'
import {fromAkn} from '@clausewise/akn'
import {diff} from '@clausewise/diff'
import {
  type Document,
  type Nodes,
  type Paragraph,
  plainText,
  removePositions,
  type Table,
  visit,
} from '@clausewise/model'
import {describe, expect, test} from 'vitest'
import {
  acceptCriticMarkup,
  fromMarkdown,
  rejectCriticMarkup,
  toMarkdown,
  toMarkdownRedline,
} from '../src/index.js'

const corpus = new URL('../../../../shared/corpus/akn/', import.meta.url)
const akn = (name: string): Document => fromAkn(readFileSync(new URL(name, corpus), 'utf8')).document

const p = (value: string) => ({type: 'p' as const, children: value ? [{type: 'text' as const, value}] : []})

/** Each table of a document, row by row: cell element, spans and paragraphs' text (eIds left out). */
function tables(document: Document): string[][][] {
  const found: string[][][] = []
  visit(document, (node) => {
    if (node.type !== 'table') return undefined
    found.push(
      node.children.map((row) =>
        row.type === 'caption'
          ? [`caption: ${plainText(row)}`]
          : row.children.map((cell) => {
              const spans = ['colspan', 'rowspan']
                .filter((key) => Number(cell.attributes?.[key] ?? 1) > 1)
                .map((key) => ` ${key}=${cell.attributes?.[key]}`)
                .join('')
              return `${cell.type}${spans}: ${cell.children.map((block) => plainText(block)).join(' ¶ ')}`
            }),
      ),
    )
    return undefined
  })
  return found
}

/** Every word of a document's text, in order. */
const words = (document: Document): string[] => plainText(document).split(/\s+/).filter(Boolean)

/** A decision whose paragraph 1 holds a table after its text. */
function decisionWith(table: Table): Document {
  const {document} = fromMarkdown('Le Conseil,\n\n1. Décide que les droits sont les suivants :\n')
  const body = document.children.find((part) => part.type === 'mainBody')!
  const content = (body.children[0] as Paragraph).children.find((child) => child.type === 'content')!
  content.children.push(table)
  return removePositions(document)
}

describe('toMarkdown: tables', () => {
  test('writes a table of paragraphs of inline content as a GFM table, and reads it back to the same table', () => {
    const document = decisionWith({
      type: 'table',
      eId: 'para_1__table_1',
      children: [
        {
          type: 'tr',
          eId: 'para_1__table_1__tr_1',
          children: [
            {type: 'th', children: [p('Objet')]},
            {type: 'th', children: [p('Droit')]},
          ],
        },
        {
          type: 'tr',
          eId: 'para_1__table_1__tr_2',
          children: [
            {
              type: 'td',
              children: [{type: 'p', children: [{type: 'i', children: [{type: 'text', value: 'Permis'}]}]}],
            },
            {type: 'td', children: [p('100 | 200')]},
          ],
        },
      ],
    })
    const markdown = toMarkdown(document, {frontMatter: false})
    expect(markdown).toBe(
      [
        'Le Conseil,',
        '',
        '1. Décide que les droits sont les suivants :',
        '',
        '   | Objet | Droit |',
        '   | - | - |',
        '   | *Permis* | 100 \\| 200 |',
        '',
      ].join('\n'),
    )
    expect(removePositions(fromMarkdown(markdown).document)).toEqual(document)
  })

  test('writes spans, header cells among data, cells of several paragraphs or none, and a caption, and reads them back', () => {
    const table: Table = {
      type: 'table',
      children: [
        {type: 'caption', children: [{type: 'text', value: 'Fees'}]},
        {
          type: 'tr',
          eId: '',
          children: [
            {type: 'th', children: [p('Item')]},
            {type: 'th', attributes: {colspan: '2'}, children: [p('Fee')]},
          ],
        },
        {
          type: 'tr',
          eId: '',
          children: [
            {type: 'td', attributes: {rowspan: '2'}, children: [p('Permit')]},
            {type: 'td', children: [p('100')]},
            {type: 'td', children: [p('Euro'), p('per year')]},
          ],
        },
        {
          type: 'tr',
          eId: '',
          children: [
            {type: 'th', children: [p('Renewal')]},
            {type: 'td', children: []},
          ],
        },
        {
          type: 'tr',
          eId: '',
          children: [
            {type: 'td', children: [p('')]},
            {type: 'td', children: [p(''), p('')]},
          ],
        },
      ],
    }
    const markdown = toMarkdown(decisionWith(table), {frontMatter: false})
    // Read by hand: the caption and the spans in empty typed spans, `pad` cells where Permit's rowspan
    // and Fee's colspan reach, the two paragraphs of a cell apart, an empty cell empty, a cell of one
    // empty paragraph opened by its element.
    expect(markdown.split('\n').slice(4, 10)).toEqual([
      '   | [Fees](clausewise:caption)Item | [](clausewise:th?colspan=2)Fee | [](clausewise:pad) |',
      '   | - | - | - |',
      '   | [](clausewise:td?rowspan=2)Permit | 100 | Euro[](clausewise:p)per year |',
      '   | [](clausewise:pad) | [](clausewise:th)Renewal | |',
      '   | [](clausewise:td) | [](clausewise:p) |',
      '',
    ])
    const read = fromMarkdown(markdown)
    expect(read.diagnostics).toEqual([])
    expect(tables(read.document)).toEqual(tables(decisionWith(table)))
    expect(tables(read.document)[0]).toEqual([
      ['caption: Fees'],
      ['th: Item', 'th colspan=2: Fee'],
      ['td rowspan=2: Permit', 'td: 100', 'td: Euro ¶ per year'],
      ['th: Renewal', 'td: '],
      ['td: ', 'td:  ¶ '],
    ])
    expect(toMarkdown(read.document, {frontMatter: false})).toBe(markdown)
  })

  test('keeps every table of an act read from AKN, spans and all, and every word', () => {
    for (const name of [
      'openbylaws-za-cpt-community-fire-safety-2002-akn3.xml',
      'ukleg-ssi-2017-102-enacted.xml',
    ]) {
      const document = akn(name)
      const markdown = toMarkdown(document)
      const read = fromMarkdown(markdown).document
      expect(tables(document).length, name).toBeGreaterThan(0)
      expect(tables(read), name).toEqual(tables(document))
      expect(words(read), name).toEqual(words(document))
    }
    const markdown = toMarkdown(akn('openbylaws-za-cpt-community-fire-safety-2002-akn3.xml'))
    expect(markdown).toContain(
      '  | [](clausewise:th?colspan=3)Danger Group Based on Flammability | [](clausewise:pad) | [](clausewise:pad) |\n  | - | - | - |\n',
    )
  })

  test('writes a table inside a cell as paragraphs of its text, every word kept', () => {
    const inner: Table = {
      type: 'table',
      children: [
        {
          type: 'tr',
          eId: '',
          children: [
            {type: 'td', children: [p('inner one')]},
            {type: 'td', children: [p('inner two')]},
          ],
        },
      ],
    }
    const outer: Table = {
      type: 'table',
      children: [
        {
          type: 'tr',
          eId: '',
          children: [
            {type: 'th', children: [p('before'), inner]},
            {type: 'th', children: [p('after')]},
          ],
        },
      ],
    }
    const read = fromMarkdown(toMarkdown(decisionWith(outer), {frontMatter: false})).document
    expect(tables(read)).toEqual([[['th: before ¶ inner one ¶ inner two', 'th: after']]])
  })

  test('writes a table of hostile spans in bounded size', () => {
    const table: Table = {
      type: 'table',
      children: [
        {
          type: 'tr',
          eId: '',
          children: [{type: 'th', attributes: {colspan: '1000000', rowspan: '1000000'}, children: [p('a')]}],
        },
        {
          type: 'tr',
          eId: '',
          children: [{type: 'td', attributes: {colspan: '99999999999999999999'}, children: [p('b')]}],
        },
      ],
    }
    const markdown = toMarkdown(decisionWith(table), {frontMatter: false})
    expect(markdown.length).toBeLessThan(400)
    expect(tables(fromMarkdown(markdown).document)).toEqual(tables(decisionWith(table)))
  })
})

describe('fromMarkdown: tables', () => {
  test('reads a GFM table in a draft others write where its text stands, in an item or between paragraphs', () => {
    const {document, diagnostics} = fromMarkdown(
      [
        'The Council,',
        '',
        '1. Decides that the fees are:',
        '',
        '   | Item | Fee |',
        '   |------|----:|',
        '   | Permit | **100** |',
        '',
        '2. Requests a report.',
        '',
      ].join('\n'),
    )
    expect(diagnostics).toEqual([])
    expect(tables(document)).toEqual([
      [
        ['th: Item', 'th: Fee'],
        ['td: Permit', 'td: 100'],
      ],
    ])
    const body = document.children.find((part) => part.type === 'mainBody')!
    expect(body.children.map((clause) => (clause as Paragraph).eId)).toEqual(['para_1', 'para_2'])
    const content = (body.children[0] as Paragraph).children.find((child) => child.type === 'content')!
    expect(content.children.map((block) => block.type)).toEqual(['p', 'table'])
  })

  test('leaves out a span that is no whole number from 1, with a warning (the AKN written stays valid)', () => {
    const {document, diagnostics} = fromMarkdown(
      [
        'The Council,',
        '',
        '1. Decides that the fees are:',
        '',
        '   | [](clausewise:th?colspan=two)Item | [](clausewise:th?rowspan=0)Fee | [](clausewise:th?colspan=2)Total |',
        '   | - | - | - |',
        '   | Permit | 100 | 100 |',
        '',
      ].join('\n'),
    )
    expect(tables(document)[0]![0]).toEqual(['th: Item', 'th: Fee', 'th colspan=2: Total'])
    expect(diagnostics.map((diagnostic) => diagnostic.ruleId)).toEqual(['invalid-span', 'invalid-span'])
    expect(diagnostics[0]!.place).toBeDefined()
  })

  test('a redline of a changed cell accepts to the new document and rejects to the old', () => {
    const draft = [
      '---',
      'language: en',
      '---',
      '',
      'The Council,',
      '',
      '1. Decides that the fees are:',
      '',
      '   | Item | Fee |',
      '   | - | - |',
      '   | Permit | 100 |',
      '   | Renewal | 50 |',
      '',
    ].join('\n')
    const old = fromMarkdown(draft).document
    const next = fromMarkdown(
      draft.replace('| 50 |', '| 60 |').replace('| Permit |', '| Building permit |'),
    ).document
    const redline = toMarkdownRedline(diff(old, next), old, next)
    expect(removePositions(fromMarkdown(acceptCriticMarkup(redline)).document)).toEqual(removePositions(next))
    expect(removePositions(fromMarkdown(rejectCriticMarkup(redline)).document)).toEqual(removePositions(old))
  })
})

describe('toMarkdown: block lists', () => {
  test('writes a block list as a Markdown list with its numbers, read back as the clauses of a list', () => {
    const document = akn('openbylaws-akn2-za-cpt-ombudsman-eng-2015-07-03.xml')
    const markdown = toMarkdown(document, {frontMatter: false})
    expect(markdown).toContain(
      [
        '#### Subsection (1)',
        '',
        'The Office of the City Ombudsman must:',
        '',
        '- (a) be a member of the International Ombudsman Institute or International Ombudsman Association or related bodies.',
        '',
        '- (b) at all times, be impartial and exercise its powers and perform its functions and duties without fear, favour or prejudice.',
        '',
      ].join('\n'),
    )
    const read = fromMarkdown(markdown).document
    expect(words(read)).toEqual(words(document))
    let subsection: Nodes | undefined
    visit(read, (node) => {
      if (node.type === 'hcontainer' && node.eId === 'section-3.1') subsection = node
      return undefined
    })
    expect(
      (subsection as {children: Nodes[]}).children.map((child) =>
        child.type === 'paragraph' ? `paragraph ${(child.children[0] as {value: string}).value}` : child.type,
      ),
    ).toEqual(['num', 'content', 'paragraph (a)', 'paragraph (b)'])
    // Written and read again, the model is the same: the lists are the convention's own.
    expect(removePositions(fromMarkdown(toMarkdown(read)).document)).toEqual(removePositions(read))
  })

  test('writes a block list in a clause’s text as its points, the introduction before them', () => {
    const {document} = fromMarkdown('Le Conseil,\n\n1. Décide :\n')
    const body = document.children.find((part) => part.type === 'mainBody')!
    const content = (body.children[0] as Paragraph).children.find((child) => child.type === 'content')!
    content.children.push({
      type: 'blockList',
      children: [
        {type: 'listIntroduction', children: [{type: 'text', value: 'que les États :'}]},
        {type: 'item', eId: 'x', children: [{type: 'num', value: 'a)'}, p('coopèrent ;')]},
        {type: 'item', eId: 'y', children: [{type: 'num', value: '5 bis'}, p('échangent ;')]},
        {type: 'listWrapUp', children: [{type: 'text', value: 'et en rendent compte.'}]},
      ],
    })
    const markdown = toMarkdown(document, {frontMatter: false})
    expect(markdown).toBe(
      [
        'Le Conseil,',
        '',
        '1. Décide :',
        '',
        '   que les États :',
        '',
        '   - a) coopèrent ;',
        '',
        '   - [5 bis](clausewise:num) échangent ;',
        '',
        '   et en rendent compte.',
        '',
      ].join('\n'),
    )
    const paragraph = fromMarkdown(markdown).document.children.find((part) => part.type === 'mainBody')!
      .children[0] as Paragraph
    expect(paragraph.children.map((child) => child.type)).toEqual(['num', 'intro', 'list', 'wrapUp'])
  })
})

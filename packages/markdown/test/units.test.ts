import {assignEIds, type Document, type Hcontainer, removePositions} from '@clausewise/model'
import {describe, expect, test} from 'vitest'
import {fromMarkdown, toMarkdown} from '../src/index.js'

const act = `<!-- clausewise: container type="body" -->

<!-- clausewise: chapter -->

### Chapter 1 — General

<!-- clausewise: section eId="sec_one" -->

#### Section 2

Text of the *section*.

More text.

1. A numbered paragraph ;

<!-- clausewise: hcontainer name="schedule" -->

### Schedule — Annex

<!-- clausewise: block -->

Closing text.
`

function units(document: Document): Hcontainer[] {
  const body = document.children.find((child) => child.type === 'body')
  return (body?.children ?? []).filter((child): child is Hcontainer => child.type === 'hcontainer')
}

describe('hierarchical units', () => {
  test('reads units, their numbers, headings, content and paragraphs, nested by heading level', () => {
    const {document, diagnostics} = fromMarkdown(act)
    expect(diagnostics).toEqual([])
    const [chapter, schedule] = units(removePositions(document))
    expect(chapter?.name).toBe('chapter')
    expect(chapter?.eId).toBe('chp_1')
    expect(chapter?.children.slice(0, 2)).toEqual([
      {type: 'num', value: '1'},
      {type: 'heading', children: [{type: 'text', value: 'General'}]},
    ])
    const section = chapter?.children[2]
    expect(section?.type === 'hcontainer' && section.name).toBe('section')
    expect(section?.type === 'hcontainer' && section.eId).toBe('sec_one')
    expect(section?.type === 'hcontainer' && section.children.map((child) => child.type)).toEqual([
      'num',
      'content',
      'paragraph',
    ])
    expect(schedule?.name).toBe('schedule')
    expect(schedule?.children).toEqual([{type: 'heading', children: [{type: 'text', value: 'Annex'}]}])
    const body = document.children.find((child) => child.type === 'body')
    expect(body?.children.at(-1)?.type).toBe('blockContainer')
  })

  test('writes units back to the same Markdown and model', () => {
    const {document} = fromMarkdown(act)
    const written = toMarkdown(document, {frontMatter: false})
    expect(written).toContain('<!-- clausewise: chapter -->\n\n### Chapter 1 — General')
    expect(removePositions(fromMarkdown(written).document)).toEqual(removePositions(document))
  })

  test('opens every AKN hierarchical element by its own name, and any other name as an hcontainer', () => {
    const markdown = act
      .replace('clausewise: chapter', 'clausewise: proviso')
      .replace('Chapter 1', 'Proviso 1')
    const {document, diagnostics} = fromMarkdown(markdown)
    expect(diagnostics).toEqual([])
    const [proviso, schedule] = units(removePositions(document))
    expect(proviso?.name).toBe('proviso')
    expect(proviso?.children[0]).toEqual({type: 'num', value: '1'})
    const written = toMarkdown(document, {frontMatter: false})
    expect(written).toContain('<!-- clausewise: proviso -->\n\n### Proviso 1 — General')
    expect(written).toContain('<!-- clausewise: hcontainer name="schedule" -->')
    expect(schedule?.name).toBe('schedule')
    expect(removePositions(fromMarkdown(written).document)).toEqual(removePositions(document))
  })

  test('keeps numbers the heading line cannot hold, and deep levels, in the directive', () => {
    let unit: Hcontainer = {
      type: 'hcontainer',
      eId: '',
      name: 'level',
      children: [{type: 'num', value: '1 — 2'}],
    }
    for (let depth = 0; depth < 6; depth++)
      unit = {type: 'hcontainer', eId: '', name: 'level', children: [{type: 'num', value: `${depth}`}, unit]}
    const document = fromMarkdown('x').document
    document.children = [{type: 'mainBody', children: [unit]}]
    assignEIds(document)
    const markdown = toMarkdown(document)
    expect(markdown).toContain('<!-- clausewise: level level="7" num="1 — 2" -->\n\n###### Level\n')
    expect(removePositions(fromMarkdown(markdown).document)).toEqual(removePositions(document))
  })

  test('a heading line that does not start with the label is the heading', () => {
    const {document} = fromMarkdown('<!-- clausewise: part -->\n\n### Première partie\n')
    const [part] = (document.children[0] as {children: Hcontainer[]}).children
    expect(removePositions(part!).children).toEqual([
      {type: 'heading', children: [{type: 'text', value: 'Première partie'}]},
    ])
  })
})

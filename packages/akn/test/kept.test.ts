import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {type Document, emptyMeta, removePositions} from '@clausewise/model'
import {describe, expect, it} from 'vitest'
import {fromAkn, toAkn} from '../src/index.js'
import {parseXml, type XmlElement} from '../src/xml/parse.js'
import {writeAndValidate} from './xmllint.js'

const input = readFileSync(join(import.meta.dirname, 'fixtures', 'kept', 'input.xml'), 'utf8')
const local = (name: string): string => name.slice(name.indexOf(':') + 1)

/** An element as comparable data: name, attributes in order, elements and non-blank text. */
function canonical(element: XmlElement): unknown {
  return [
    element.name,
    Object.entries(element.attributes).filter(([name]) => !name.startsWith('xmlns')),
    element.children.flatMap((child) =>
      child.type === 'element' ? [canonical(child)] : child.value.trim() ? [child.value.trim()] : [],
    ),
  ]
}

/** The first element with this local name, depth first. */
function find(root: XmlElement, name: string): XmlElement | undefined {
  if (local(root.name) === name) return root
  for (const child of root.children) {
    if (child.type !== 'element') continue
    const found = find(child, name)
    if (found) return found
  }
  return undefined
}

describe('toAkn of what fromAkn read', () => {
  const {document, diagnostics} = fromAkn(input)
  const output = toAkn(document)
  const before = parseXml(input).root
  const after = parseXml(output).root

  it('round-trips attributes, proprietary and analysis of a valid AKN file unchanged', () => {
    expect(diagnostics).toEqual([])
    expect(writeAndValidate('kept/output.xml', output)).toBe('')
    for (const name of [
      'proprietary',
      'analysis',
      'publication',
      'workflow',
      'identification',
      'references',
      'notes',
      'body',
    ]) {
      expect(canonical(find(after, name)!), name).toEqual(canonical(find(before, name)!))
    }
    expect(output).toContain('<section eId="sec_2" status="removed" period="#e2">')
    expect(output).toContain(
      '<p refersTo="#parliament">This Act keeps things<noteRef href="#n1" marker="1"/>.</p>',
    )
    expect(output).toContain('<act name="act" contains="singleVersion">')
  })

  it('writes a cover page back as a cover page, before the preface', () => {
    const parts = (
      find(after, 'act')!.children.filter((child) => child.type === 'element') as XmlElement[]
    ).map((child) => local(child.name))
    expect(parts).toEqual(['meta', 'coverPage', 'preface', 'body'])
    expect(canonical(find(after, 'coverPage')!)).toEqual(canonical(find(before, 'coverPage')!))
  })

  it('keeps a note nobody calls', () => {
    expect(document.meta.notes.map((note) => note.eId)).toEqual(['n1', 'n2'])
    expect(output).toContain('A note nobody calls, kept all the same.')
  })

  it('reads its own output back to the same document', () => {
    expect(removePositions(fromAkn(output).document)).toEqual(removePositions(document))
  })
})

describe('toAkn of a model with a corrigendum kind of several words', () => {
  it('gives the event an eId without white space, and a reference to it', () => {
    const document: Document = {
      type: 'document',
      documentType: 'statement',
      name: 'decision',
      meta: {
        ...emptyMeta('fr'),
        lifecycle: [
          {eId: 'evnt_1', date: '2017-12-08', type: 'generation', refersTo: 'adoption'},
          {
            eId: 'evnt_2',
            date: '2018-02-02',
            type: 'amendment',
            refersTo: 'correction linguistique',
            kind: 'correction linguistique',
          },
        ],
      },
      children: [
        {
          type: 'mainBody',
          children: [
            {
              type: 'paragraph',
              eId: 'para_1',
              children: [
                {type: 'content', children: [{type: 'p', children: [{type: 'text', value: 'Décide.'}]}]},
              ],
            },
          ],
        },
      ],
    }
    const xml = toAkn(document)
    expect(xml).toContain('refersTo="#correction_linguistique"')
    expect(xml).toContain('<TLCEvent eId="correction_linguistique"')
    expect(writeAndValidate('corrigendum-kind.xml', xml)).toBe('')
    const back = fromAkn(xml).document
    expect(back.meta.lifecycle[1]?.kind).toBe('correction linguistique')
  })
})

import {readFileSync} from 'node:fs'
import {type Document, plainText, visit} from '@clausewise/model'
import {describe, expect, test} from 'vitest'
import {fromMarkdown, toMarkdown} from '../src/index.js'

const drafts = new URL('../../../examples/drafts/', import.meta.url)

function count(document: Document) {
  const counts = {recital: 0, paragraph: 0, point: 0, authorialNote: 0, attachment: 0}
  visit(document, (node) => {
    if (node.type in counts) counts[node.type as keyof typeof counts]++
    // Statement paragraphs count apart from the decision's.
    return node.type === 'attachment' ? false : undefined
  })
  return counts
}

function read(name: string) {
  return fromMarkdown(readFileSync(new URL(name, drafts), 'utf8'))
}

describe('fromMarkdown', () => {
  test('reads draft 1 of decision 7/17 with its clauses', () => {
    const {document, diagnostics} = read('mc-dec-7-17.draft-1.md')
    expect(diagnostics).toEqual([])
    expect(count(document)).toEqual({recital: 15, paragraph: 13, point: 2, authorialNote: 1, attachment: 1})
    const text = (eId: string) => {
      let found: string | undefined
      visit(document, (node) => {
        if ('eId' in node && node.eId === eId) found = plainText(node)
        return undefined
      })
      return found
    }
    expect(text('para_5__list_1__point_b')?.startsWith('b) Là où il y a lieu')).toBe(true)
    expect(text('preface__authorialNote_1')).toBe(
      'Comprend une correction apportée à la décision lors de la séance de mise en conformité linguistique tenue le 2 février 2018.',
    )
    expect(text('att_1__para_4')?.endsWith('journal de ce jour. »')).toBe(true)
    expect(document.meta).toMatchObject({
      language: 'fr',
      symbol: 'MC.DEC/7/17/Corr.1',
      frbr: {
        country: 'osce',
        number: '7/17',
        date: '2017-12-08',
        expressionDate: '2018-02-02',
        language: 'fra',
      },
    })
    const attachment = document.children.find((child) => child.type === 'attachments')?.children[0]
    expect(attachment?.author).toBe('delegation-ru')
  })

  test('reads draft 2 with its edits', () => {
    const {document, diagnostics} = read('mc-dec-7-17.draft-2.md')
    expect(diagnostics).toEqual([])
    expect(count(document)).toEqual({recital: 16, paragraph: 13, point: 3, authorialNote: 1, attachment: 1})
  })

  test('reads the number as printed, with its superscript', () => {
    const {document} = fromMarkdown('# Décision n^o^ 7/17\n')
    expect(document.children[0]).toEqual({
      type: 'preface',
      position: expect.anything(),
      children: [
        {
          type: 'p',
          position: expect.anything(),
          children: [
            {
              type: 'docNumber',
              position: expect.anything(),
              children: [
                {type: 'text', value: 'Décision n', position: expect.anything()},
                {
                  type: 'sup',
                  position: expect.anything(),
                  children: [{type: 'text', value: 'o', position: expect.anything()}],
                },
                {type: 'text', value: ' 7/17', position: expect.anything()},
              ],
            },
          ],
        },
      ],
    })
  })

  test('points positions into the Markdown source', () => {
    const source = 'Le Conseil,\n\n5. Demande :\n\n   - a) Un ;\n'
    const {document} = fromMarkdown(source)
    let point: Document | undefined
    visit(document, (node) => {
      if (node.type === 'point') point = node as unknown as Document
      return undefined
    })
    const num = (
      point as unknown as {
        children: {type: string; position: {start: {offset: number}; end: {offset: number}}}[]
      }
    ).children[0]!
    expect(num.type).toBe('num')
    expect(source.slice(num.position.start.offset, num.position.end.offset)).toBe('a)')
    expect(num.position).toMatchObject({start: {line: 5, column: 6}})
  })

  test('reads an operative introduction before the paragraphs', () => {
    const {document} = fromMarkdown(
      'Le Conseil,\n\nRappelant,\n\nDemande aux États participants :\n\n1. De agir ;\n',
    )
    expect(document.children.map((child) => child.type)).toEqual(['preamble', 'mainBody'])
    const body = document.children[1]
    expect(
      body?.type === 'mainBody' && body.children.map((child) => ('eId' in child ? child.eId : undefined)),
    ).toEqual(['mainBody__blockContainer_1', 'para_1'])
  })

  test('keeps raw HTML as text and reports it', () => {
    const {document, diagnostics} = fromMarkdown(
      'Le Conseil,\n\n<script>alert(1)</script>\n\nVu <b>ceci</b>,\n',
    )
    const texts: string[] = []
    visit(document, (node) => {
      if (node.type === 'text') texts.push(node.value)
      return undefined
    })
    expect(texts).toEqual(['Le Conseil,', '<script>alert(1)</script>', 'Vu <b>ceci</b>,'])
    expect(diagnostics.filter((diagnostic) => diagnostic.ruleId === 'raw-html').length).toBe(3)
    expect(diagnostics[0]?.place).toMatchObject({start: {line: 3, column: 1}})
  })

  test('drops links to unsafe protocols and keeps their text', () => {
    const {document, diagnostics} = fromMarkdown(
      'Vu [ceci](javascript:alert(1)) et [cela](https://osce.org),\n',
    )
    const types: string[] = []
    visit(document, (node) => {
      types.push(node.type)
      return undefined
    })
    expect(types.filter((type) => type === 'ref')).toHaveLength(1)
    expect(diagnostics.map((diagnostic) => diagnostic.ruleId)).toEqual(['unsafe-link'])
  })

  test('unwraps block quotes and reads emphasis as italics', () => {
    const {document, diagnostics} = fromMarkdown('> Le *Conseil*,\n')
    expect(diagnostics.map((diagnostic) => diagnostic.ruleId)).toEqual(['blockquote-unwrapped'])
    const preamble = document.children[0]
    expect(preamble?.type === 'preamble' && preamble.children[0]?.type).toBe('formula')
  })
})

describe('front matter', () => {
  test('takes the drafts’ shortcuts, subtype included, into the FRBR identity', () => {
    const {document, diagnostics} = fromMarkdown(
      '---\ncountry: osce\nsubtype: decision\nnumber: 7/17\ndate: 2017-12-08\n---\n\n# Décision n^o^ 7/17\n',
    )
    expect(document.meta.frbr).toMatchObject({
      country: 'osce',
      subtype: 'decision',
      number: '7/17',
      date: '2017-12-08',
    })
    expect(diagnostics).toEqual([])
  })

  test('reads back the source of a lifecycle event it writes (an AKN act’s events name theirs)', () => {
    const markdown = [
      '---',
      'lifecycle:',
      '  - eId: lifecycle-event-1',
      '    date: 2009-03-06',
      '    type: generation',
      '    source: original',
      '---',
      '',
      'The Council,',
      '',
      '1. Decides.',
      '',
    ].join('\n')
    const {document} = fromMarkdown(markdown)
    expect(document.meta.lifecycle).toEqual([
      {eId: 'lifecycle-event-1', date: '2009-03-06', type: 'generation', source: 'original'},
    ])
    expect(fromMarkdown(toMarkdown(document)).document.meta.lifecycle).toEqual(document.meta.lifecycle)
  })

  test('reports a key it does not know, with its place, rather than drop it silently', () => {
    const {document, diagnostics} = fromMarkdown('---\ncountry: osce\nsubtyp: decision\n---\n\n# Décision\n')
    expect(document.meta.frbr.subtype).toBeUndefined()
    expect(
      diagnostics.map((diagnostic) => [
        diagnostic.ruleId,
        diagnostic.reason,
        diagnostic.place && 'start' in diagnostic.place ? diagnostic.place.start.line : undefined,
      ]),
    ).toEqual([['front-matter', 'Unknown front matter key `subtyp`: ignored', 1]])
  })

  test('reads Pandoc’s `lang` as the language, and keeps reading a draft without our keys', () => {
    const {document, diagnostics} = fromMarkdown(
      '---\nlang: en-GB\n---\n\n*The Council*,\n\n1. *Decides* to remain seized.\n',
    )
    expect(document.meta.language).toBe('en-GB')
    expect(document.meta.frbr.language).toBe('eng')
    expect(diagnostics.map((diagnostic) => diagnostic.ruleId)).not.toContain('front-matter')
    expect(fromMarkdown('---\nlang: de\nlanguage: fr\n---\n\nTexte.\n').document.meta.language).toBe('fr')
  })

  test('reads a `body` given by its name, and reports one it cannot read', () => {
    const named = fromMarkdown('---\nbody: Third Committee\n---\n\n# Draft\n')
    expect(named.document.meta.body).toEqual({
      type: 'organization',
      eId: 'thirdCommittee',
      href: '/ontology/organization/thirdCommittee',
      showAs: 'Third Committee',
    })
    const listed = fromMarkdown('---\nbody: [a, b]\n---\n\n# Draft\n')
    expect(listed.document.meta.body).toBeUndefined()
    expect(listed.diagnostics.map((diagnostic) => diagnostic.reason)).toContain(
      'Front matter `body` is neither a name nor a mapping: ignored',
    )
  })

  test('reads notes that fit the model, and leaves out the others with a diagnostic', () => {
    const yaml = [
      '---',
      'notes:',
      '  - {type: bogus, eId: n1}',
      '  - eId: n2',
      '    children: [{type: p, children: [{type: text, value: Voir }, {type: i, children: [{type: text, value: ici}]}]}]',
      '  - {eId: n3, text: Une note simple.}',
      '  - {eId: n4, children: [{type: p, children: [{type: text, value: 5}]}]}',
      '  - {eId: n5, children: [{type: p, children: [{type: script, children: []}]}]}',
      '  - {eId: n6, children: [{type: p, children: [{type: ref, href: "javascript:alert(1)", children: [{type: text, value: lien}]}]}]}',
      '  - {eId: n7, __proto__: {polluted: 1}, extra: 1, children: [{type: p, children: [{type: br}]}]}',
      '  - plain string',
      '---',
      '',
      '# Décision',
      '',
    ].join('\n')
    const {document, diagnostics} = fromMarkdown(yaml)
    expect(document.meta.notes).toEqual([
      {
        eId: 'n2',
        children: [
          {
            type: 'p',
            children: [
              {type: 'text', value: 'Voir'},
              {type: 'i', children: [{type: 'text', value: 'ici'}]},
            ],
          },
        ],
      },
      {eId: 'n3', children: [{type: 'p', children: [{type: 'text', value: 'Une note simple.'}]}]},
      {eId: 'n6', children: [{type: 'p', children: [{type: 'text', value: 'lien'}]}]},
      {eId: 'n7', children: [{type: 'p', children: [{type: 'br'}]}]},
    ])
    expect(({} as {polluted?: unknown}).polluted).toBeUndefined()
    const reasons = diagnostics.map((diagnostic) => `${diagnostic.ruleId} ${diagnostic.reason}`)
    expect(reasons).toEqual([
      'front-matter Front matter note 1 left out: note: `children` is not a list',
      'front-matter Front matter note 4 left out: text: `value` is not a string',
      'front-matter Front matter note 5 left out: unknown inline type `script`',
      'front-matter Front matter note 6: link to `javascript:alert(1)` dropped, its text kept',
      'front-matter Front matter note 8 left out: not a mapping',
    ])
  })

  test('writes and reads back the notes kept apart', () => {
    const {document} = fromMarkdown('# Décision\n')
    document.meta.notes = [
      {
        eId: 'n1',
        children: [
          {
            type: 'p',
            children: [
              {type: 'text', value: 'Voir '},
              {type: 'ref', href: 'https://www.osce.org', children: [{type: 'text', value: 'OSCE'}]},
              {type: 'noteRef', href: 'n2', marker: '2'},
            ],
          },
        ],
      },
    ]
    const again = fromMarkdown(toMarkdown(document))
    expect(again.diagnostics).toEqual([])
    expect(again.document.meta.notes).toEqual(document.meta.notes)
  })
})

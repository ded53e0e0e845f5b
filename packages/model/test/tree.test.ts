import {describe, expect, it} from 'vitest'
import {
  assignEIds,
  clauses,
  type Document,
  emptyMeta,
  findByEId,
  frbrUris,
  plainText,
  removePositions,
  titleOf,
  visit,
} from '../src/index.js'

function sample(): Document {
  return assignEIds({
    type: 'document',
    documentType: 'statement',
    name: 'decision',
    meta: {
      ...emptyMeta('fr'),
      frbr: {
        ...emptyMeta('fr').frbr,
        country: 'osce',
        subtype: 'decision',
        date: '2017-12-08',
        number: '7/17',
        expressionDate: '2018-02-02',
      },
    },
    children: [
      {
        type: 'preface',
        children: [
          {
            type: 'p',
            children: [
              {
                type: 'docNumber',
                children: [
                  {type: 'text', value: 'DÉCISION N'},
                  {type: 'sup', children: [{type: 'text', value: 'o'}]},
                  {type: 'text', value: ' 7/17'},
                ],
              },
              {
                type: 'authorialNote',
                eId: '',
                marker: '1',
                children: [{type: 'p', children: [{type: 'text', value: 'Comprend une correction.'}]}],
              },
            ],
          },
          {
            type: 'p',
            children: [{type: 'docTitle', children: [{type: 'text', value: 'RENFORCEMENT DES EFFORTS'}]}],
          },
        ],
      },
      {
        type: 'mainBody',
        position: {start: {line: 3, column: 1, offset: 20}, end: {line: 3, column: 9, offset: 28}},
        children: [
          {
            type: 'paragraph',
            eId: '',
            children: [
              {type: 'num', value: '5.'},
              {
                type: 'intro',
                children: [
                  {type: 'p', children: [{type: 'text', value: 'Demande des mesures telles que :'}]},
                ],
              },
              {
                type: 'list',
                eId: '',
                children: [
                  {
                    type: 'point',
                    eId: '',
                    children: [
                      {type: 'num', value: 'a)'},
                      {
                        type: 'content',
                        children: [{type: 'p', children: [{type: 'text', value: 'L’adoption ;'}]}],
                      },
                    ],
                  },
                ],
              },
            ],
          },
        ],
      },
    ],
  })
}

describe('plainText', () => {
  it('joins inline text and separates blocks by one newline', () => {
    const paragraph = findByEId(sample(), 'para_5')!
    expect(plainText(paragraph)).toBe('5. Demande des mesures telles que :\na) L’adoption ;')
  })

  it('leaves numbers out on request', () => {
    expect(plainText(findByEId(sample(), 'para_5__list_1__point_a')!, {numbers: false})).toBe('L’adoption ;')
  })

  it('leaves nested notes out unless asked, but reads a note itself', () => {
    const preface = sample().children[0]!
    expect(plainText(preface)).toBe('DÉCISION No 7/17\nRENFORCEMENT DES EFFORTS')
    expect(plainText(preface, {notes: true})).toContain('Comprend une correction.')
    expect(plainText(findByEId(sample(), 'preface__authorialNote_1')!)).toBe('Comprend une correction.')
  })

  it('keeps the two sides of an edit apart, and an insertion inside a word in it', () => {
    const p = (...children: unknown[]) => ({type: 'p', children}) as never
    const text = (value: string) => ({type: 'text', value})
    const del = (value: string) => ({type: 'del', children: [text(value)]})
    const ins = (value: string) => ({type: 'ins', children: [text(value)]})
    expect(plainText(p(text('di '), del('sessanta'), ins('trenta'), text(' giorni')))).toBe(
      'di sessanta trenta giorni',
    )
    expect(plainText(p(ins('trenta'), del('sessanta')))).toBe('trenta sessanta')
    expect(plainText(p(text('di '), del('sessanta '), ins('trenta'), text(' giorni')))).toBe(
      'di sessanta trenta giorni',
    )
    expect(plainText(p(text('State'), ins('s'), text(' parties')))).toBe('States parties')
    expect(plainText(p(text('di '), del('sessanta'), ins('trenta')), {deleted: false})).toBe('di trenta')
  })

  it('survives a tree 100,000 levels deep', () => {
    let node: {type: 'sup'; children: unknown[]} = {type: 'sup', children: [{type: 'text', value: 'x'}]}
    for (let depth = 0; depth < 100_000; depth++) node = {type: 'sup', children: [node]}
    expect(plainText(node as never)).toBe('x')
  })
})

describe('clauses', () => {
  it('lists clause-level nodes in document order, notes after the clause that holds them', () => {
    expect(clauses(sample()).map((clause) => clause.eId)).toEqual([
      'preface__authorialNote_1',
      'para_5',
      'para_5__list_1__point_a',
    ])
  })
})

describe('visit', () => {
  it('skips children when the visitor returns false', () => {
    const seen: string[] = []
    visit(sample(), (node) => {
      seen.push(node.type)
      return node.type === 'preface' ? false : undefined
    })
    expect(seen).toContain('preface')
    expect(seen).not.toContain('docNumber')
    expect(seen).toContain('point')
  })
})

describe('findByEId', () => {
  it('finds a node or returns undefined', () => {
    expect(findByEId(sample(), 'para_5__list_1__point_a')?.type).toBe('point')
    expect(findByEId(sample(), 'para_99')).toBeUndefined()
  })
})

describe('removePositions', () => {
  it('drops every position and leaves the rest equal', () => {
    const document = sample()
    const copy = removePositions(document)
    expect(JSON.stringify(copy)).not.toContain('position')
    expect(copy).not.toBe(document)
    expect(copy.children[0]).toEqual(document.children[0])
  })
})

describe('titleOf', () => {
  it('reads number and title from the preface', () => {
    expect(titleOf(sample())).toEqual({number: 'DÉCISION No 7/17', title: 'RENFORCEMENT DES EFFORTS'})
  })
})

describe('frbrUris', () => {
  it('derives work and expression URIs by the AKN naming convention', () => {
    expect(frbrUris(sample())).toEqual({
      work: '/akn/osce/statement/decision/2017-12-08/7-17',
      expression: '/akn/osce/statement/decision/2017-12-08/7-17/fra@2018-02-02',
    })
  })
})

describe('plainText with notes', () => {
  it('keeps a note apart from the words around it', () => {
    const text = plainText(
      {
        type: 'p',
        children: [
          {type: 'text', value: 'DÉCISION 7/17'},
          {
            type: 'authorialNote',
            eId: 'n',
            marker: '1',
            children: [{type: 'p', children: [{type: 'text', value: 'Comprend.'}]}],
          },
          {type: 'text', value: 'suite'},
        ],
      },
      {notes: true},
    )
    expect(text.split(/\s+/)).toEqual(['DÉCISION', '7/17', 'Comprend.', 'suite'])
  })
})

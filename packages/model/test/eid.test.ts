import {describe, expect, it} from 'vitest'
import {assignEIds, type Document, eIdNumber, eIdOf, emptyMeta} from '../src/index.js'

function decision(): Document {
  const p = (value: string) => ({type: 'p' as const, children: [{type: 'text' as const, value}]})
  return {
    type: 'document',
    documentType: 'statement',
    name: 'decision',
    meta: emptyMeta('fr'),
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
                  {type: 'text', value: 'Décision n'},
                  {type: 'sup', children: [{type: 'text', value: 'o'}]},
                  {type: 'text', value: ' 7/17'},
                ],
              },
              {type: 'authorialNote', eId: '', marker: '1', children: [p('Comprend une correction')]},
            ],
          },
        ],
      },
      {
        type: 'preamble',
        children: [
          {type: 'formula', eId: '', name: 'enactingFormula', children: [p('Le Conseil ministériel,')]},
          {
            type: 'recitals',
            eId: '',
            children: [
              {type: 'recital', eId: '', children: [p('Réaffirmant,')]},
              {type: 'recital', eId: '', children: [p('Rappelant,')]},
            ],
          },
        ],
      },
      {
        type: 'mainBody',
        children: [
          {type: 'blockContainer', eId: '', children: [p('Demande aux États participants :')]},
          {
            type: 'paragraph',
            eId: '',
            children: [
              {type: 'num', value: '1.'},
              {type: 'content', children: [p('Encourage ;')]},
            ],
          },
          {
            type: 'paragraph',
            eId: '',
            children: [
              {type: 'num', value: '5.'},
              {type: 'intro', children: [p('Demande :')]},
              {
                type: 'list',
                eId: '',
                children: [
                  {
                    type: 'point',
                    eId: '',
                    children: [
                      {type: 'num', value: 'a)'},
                      {type: 'content', children: [p('A ;')]},
                    ],
                  },
                  {
                    type: 'point',
                    eId: '',
                    children: [
                      {type: 'num', value: 'b)'},
                      {type: 'content', children: [p('B.')]},
                    ],
                  },
                ],
              },
            ],
          },
          {
            type: 'paragraph',
            eId: '',
            children: [
              {type: 'num', value: '5.'},
              {type: 'content', children: [p('Twice five.')]},
            ],
          },
        ],
      },
      {
        type: 'attachments',
        children: [
          {
            type: 'attachment',
            eId: '',
            name: 'interpretativeStatement',
            children: [
              {
                type: 'mainBody',
                children: [
                  {
                    type: 'paragraph',
                    eId: '',
                    children: [{type: 'content', children: [p('« En nous associant »')]}],
                  },
                ],
              },
            ],
          },
        ],
      },
    ],
  }
}

function eIds(document: Document): string[] {
  const result: string[] = []
  JSON.stringify(document, (key, value) => {
    if (key === 'eId') result.push(value as string)
    return value
  })
  return result
}

describe('eIdNumber', () => {
  it('drops the punctuation around a printed number', () => {
    expect(eIdNumber('5.')).toBe('5')
    expect(eIdNumber('a)')).toBe('a')
    expect(eIdNumber('(iv)')).toBe('iv')
    expect(eIdNumber('IV.1 A) 6')).toBe('IV-1-A-6')
    expect(eIdNumber('—')).toBeUndefined()
  })

  it('drops the ordinal marks of a number, as `1°` drops its degree sign', () => {
    expect(eIdNumber('1°')).toBe('1')
    expect(eIdNumber('1º')).toBe('1')
    expect(eIdNumber('2ª')).toBe('2')
    expect(eIdNumber('1º bis')).toBe('1-bis')
    expect(eIdNumber('1er')).toBe('1')
    expect(eIdNumber('1re')).toBe('1')
    expect(eIdNumber('1er bis')).toBe('1-bis')
    expect(eIdNumber('1erbis')).toBe('1erbis')
    expect(eIdNumber('11er')).toBe('11er')
    expect(eIdNumber('3a')).toBe('3a')
  })

  it('gives a number written in words its figure, as the naming convention numbers units', () => {
    expect(eIdNumber('premier')).toBe('1')
    expect(eIdNumber('PRIMERO.')).toBe('1')
    expect(eIdNumber('segunda')).toBe('2')
    expect(eIdNumber('vigésimo primero')).toBe('21')
    expect(eIdNumber('décimo primero.-')).toBe('11')
    expect(eIdNumber('unico')).toBe('1')
    expect(eIdNumber('Único')).toBe('1')
    expect(eIdNumber('unique bis')).toBe('1-bis')
    expect(eIdNumber('First')).toBe('1')
    // A number of several words whose first is no number word is kept as printed.
    expect(eIdNumber('adicional primera')).toBe('adicional-primera')
    expect(eIdNumber('PRELIMINAR')).toBe('PRELIMINAR')
    expect(eIdNumber('segundo tercero')).toBe('2-tercero')
  })

  it('numbers an article by its figure where its number is written in words', () => {
    const document = assignEIds({
      type: 'document',
      documentType: 'act',
      name: 'act',
      meta: emptyMeta('es'),
      children: [
        {
          type: 'mainBody',
          children: ['Article premier', 'Article 2', 'Artículo vigésimo primero.'].map((value) => ({
            type: 'hcontainer' as const,
            name: 'article',
            eId: '',
            children: [{type: 'num' as const, value}],
          })),
        },
      ],
    } as unknown as Document)
    const body = document.children[0] as {children: {eId: string}[]}
    expect(body.children.map((node) => node.eId)).toEqual(['art_1', 'art_2', 'art_21'])
  })
})

describe('eIdOf', () => {
  it('joins context, abbreviation and number by the naming convention', () => {
    expect(eIdOf('para_5__list_1', 'point', 'a)')).toBe('para_5__list_1__point_a')
    expect(eIdOf(undefined, 'paragraph', 3)).toBe('para_3')
    expect(eIdOf(undefined, 'chapter', 'II')).toBe('chp_II')
  })
})

describe('assignEIds', () => {
  it('gives every clause of a decision the eId of the AKN README', () => {
    expect(eIds(assignEIds(decision()))).toEqual([
      'preface__authorialNote_1',
      'preamble__formula_1',
      'preamble__recitals_1',
      'preamble__recitals_1__recital_1',
      'preamble__recitals_1__recital_2',
      'mainBody__blockContainer_1',
      'para_1',
      'para_5',
      'para_5__list_1',
      'para_5__list_1__point_a',
      'para_5__list_1__point_b',
      'para_5-2',
      'att_1',
      'att_1__para_1',
    ])
  })

  it('keeps eIds from the source when asked, and fills only the missing ones', () => {
    const document = decision()
    const main = document.children[2]
    if (main?.type !== 'mainBody') throw new Error('fixture')
    const first = main.children[1]
    if (first?.type !== 'paragraph') throw new Error('fixture')
    first.eId = 'art_1'
    const result = eIds(assignEIds(document, {keep: true}))
    expect(result).toContain('art_1')
    expect(result).not.toContain('para_1')
    expect(new Set(result).size).toBe(result.length)
  })
})

describe('assignEIds at scale', () => {
  it('numbers 20,000 paragraphs that share one number uniquely', () => {
    const document = decision()
    const main = document.children[2]
    if (main?.type !== 'mainBody') throw new Error('fixture')
    main.children = Array.from({length: 20_000}, () => ({
      type: 'paragraph' as const,
      eId: '',
      children: [{type: 'num' as const, value: '1.'}],
    }))
    const result = eIds(assignEIds(document)).filter((eId) => eId.startsWith('para_1'))
    expect(result).toHaveLength(20_000)
    expect(new Set(result).size).toBe(20_000)
    expect(result[2]).toBe('para_1-3')
  })
})

describe('assignEIds keeping eIds from a source', () => {
  it('turns white space in kept eIds into `_`, in the tree and in meta, since an eId is an XML token', () => {
    const document = decision()
    const main = document.children[2]
    if (main?.type !== 'mainBody') throw new Error('fixture')
    const first = main.children[1]
    if (first?.type !== 'paragraph') throw new Error('fixture')
    first.eId = 'art 1\tbis'
    document.meta.lifecycle.push({eId: 'e 1', date: '2018-02-02', type: 'amendment'})
    assignEIds(document, {keep: true})
    expect(first.eId).toBe('art_1_bis')
    expect(document.meta.lifecycle[0]?.eId).toBe('e_1')
    expect(eIds(document).every((eId) => !/\s/.test(eId))).toBe(true)
  })
})

describe('assignEIds numbers units as the naming convention does', () => {
  it('leaves the unit word out of a unit number: Article 1 → art_1, Chapitre IV → chp_IV, § 2 → art_2', () => {
    const unit = (name: string, value: string) => ({
      type: 'hcontainer' as const,
      name,
      eId: '',
      children: [
        {type: 'num' as const, value},
        {type: 'content' as const, children: [{type: 'p' as const, children: []}]},
      ],
    })
    const document = {
      type: 'document',
      documentType: 'act',
      name: 'act',
      meta: emptyMeta('fr'),
      children: [
        {
          type: 'body',
          children: [
            unit('article', 'Article 1'),
            unit('chapter', 'Chapitre IV'),
            unit('article', '§ 2'),
            unit('article', 'Artículo 3.'),
          ],
        },
      ],
    } as unknown as Document
    assignEIds(document)
    const body = document.children[0] as unknown as {children: Array<{eId: string}>}
    expect(body.children.map((child) => child.eId)).toEqual(['art_1', 'chp_IV', 'art_2', 'art_3'])
  })
})

describe('assignEIds keeps numbered units on their number beside unnumbered ones', () => {
  /** A body of paragraphs, each numbered as given (`undefined`: unnumbered), and their eIds. */
  const paragraphs = (numbers: (string | undefined)[]): string[] => {
    const document = {
      type: 'document',
      documentType: 'statement',
      name: 'decision',
      meta: emptyMeta('en'),
      children: [
        {
          type: 'mainBody',
          children: numbers.map((value) => ({
            type: 'paragraph' as const,
            eId: '',
            children: [
              ...(value === undefined ? [] : [{type: 'num' as const, value}]),
              {type: 'content' as const, children: [{type: 'p' as const, children: []}]},
            ],
          })),
        },
      ],
    } as unknown as Document
    return eIds(assignEIds(document))
  }

  it('names an unnumbered paragraph before paragraph 1 by its place among the unnumbered: para_o_1', () => {
    expect(paragraphs([undefined, '1.', '2.'])).toEqual(['para_o_1', 'para_1', 'para_2'])
    expect(paragraphs(['1.', '2.', undefined, '3.', undefined])).toEqual([
      'para_1',
      'para_2',
      'para_o_1',
      'para_3',
      'para_o_2',
    ])
  })

  it('gives the numbered paragraphs the same eIds whether or not an unnumbered one comes first', () => {
    const numbered = paragraphs(['1.', '2.', '3.'])
    const withIntroduction = paragraphs([undefined, '1.', '2.', '3.'])
    expect(withIntroduction.slice(1)).toEqual(numbered)
  })

  it('numbers siblings none of which is numbered by their ordinal, as recitals are', () => {
    expect(paragraphs([undefined, undefined, undefined])).toEqual(['para_1', 'para_2', 'para_3'])
    // A bullet or a dash is no number: bulleted siblings are numbered by their ordinal too.
    expect(paragraphs(['•', '•', undefined])).toEqual(['para_1', 'para_2', 'para_3'])
  })
})

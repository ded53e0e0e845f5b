import {plainText} from '@clausewise/model'
import {describe, expect, it} from 'vitest'
import {fromText} from '../src/index.js'
import {eIds, textOf} from './genre-support.js'
import {all} from './support.js'

// Probes of the genre (see genre-support.ts): United Kingdom statutory instruments as web text,
// written for these tests (numbers, dates and names invented). Expectations worked out by hand.

describe('a United Kingdom statutory instrument (web text): `2031 No. 123`, `Made …`, `makes the following Regulations:`, `1.—(1)`', () => {
  const text = [
    'STATUTORY INSTRUMENTS',
    '2031 No. 123',
    'ENVIRONMENTAL PROTECTION, ENGLAND',
    'The Single-Use Plastics (Restrictions) (England) Regulations 2031',
    'Made 3rd March 2031',
    'Laid before Parliament 5th March 2031',
    'Coming into force 1st April 2031',
    'The Secretary of State, in exercise of the powers conferred by sections 140 and 156 of the Environmental Protection Act 1990, makes the following Regulations:',
    'Citation, commencement and extent',
    '1.—(1) These Regulations may be cited as the Single-Use Plastics (Restrictions) (England) Regulations 2031.',
    '(2) These Regulations come into force on 1st April 2031.',
    '(3) These Regulations extend to England and Wales and apply in relation to England only.',
    'Interpretation',
    '2. In these Regulations—',
    '“plastic” means a material consisting of a polymer;',
    '“single-use plastic item” means an item made wholly or partly from plastic that is not designed to be reused.',
    'Prohibition of supply',
    '3.—(1) A person must not supply a single-use plastic item in the course of a business.',
    '(2) Paragraph (1) does not apply to a supply for medical purposes.',
    'Jane Example',
    'Parliamentary Under Secretary of State',
    'Department for Environment, Food and Rural Affairs',
    '2nd March 2031',
    'EXPLANATORY NOTE',
    '(This note is not part of the Regulations)',
    'These Regulations restrict the supply of single-use plastic items in England.',
  ].join('\n')
  const {document, diagnostics} = fromText(text)

  it('numbers the instrument by its number in the year and dates it from `Made …`', () => {
    expect(document.meta.frbr.number).toBe('123')
    expect(all(document, 'docNumber').map((node) => plainText(node as never))).toEqual(['2031 No. 123'])
    expect(document.meta.frbr.date).toBe('2031-03-03')
    const preface = document.children.find((node) => node.type === 'preface')
    expect(preface && plainText(preface)).toContain('Coming into force 1st April 2031')
  })

  it('takes the short title for the title, not the subject heading in capitals over it', () => {
    const preface = document.children.find((node) => node.type === 'preface')!
    expect(all(preface as never, 'docTitle').map((node) => plainText(node as never))).toEqual([
      'The Single-Use Plastics (Restrictions) (England) Regulations 2031',
    ])
    const order = fromText(
      [
        'STATUTORY INSTRUMENTS',
        '2031 No. 456',
        'ROAD TRAFFIC',
        'The Speed Limits (Example Road) Order 2031',
        'Made 4th May 2031',
        'The Secretary of State, in exercise of the powers conferred by section 14 of the Road Traffic Regulation Act 1984, makes the following Order:',
        '1. This Order may be cited as the Speed Limits (Example Road) Order 2031.',
      ].join('\n'),
    ).document
    expect(all(order, 'docTitle').map((node) => plainText(node as never))).toEqual([
      'The Speed Limits (Example Road) Order 2031',
    ])
    expect(all(order, 'formula')).toHaveLength(1)
  })

  it('reads `… makes the following Regulations:` as the enacting formula', () => {
    expect(all(document, 'formula').map((node) => plainText(node as never))).toEqual([
      'The Secretary of State, in exercise of the powers conferred by sections 140 and 156 of the Environmental Protection Act 1990, makes the following Regulations:',
    ])
  })

  it('reads each regulation with its paragraphs (`1.—(1)`, `(2)`, `(3)`), under its heading', () => {
    expect(eIds(document).filter((eId) => eId.startsWith('para_'))).toEqual([
      'para_1',
      'para_1__list_1__point_1',
      'para_1__list_1__point_2',
      'para_1__list_1__point_3',
      'para_2',
      'para_3',
      'para_3__list_1__point_1',
      'para_3__list_1__point_2',
    ])
    expect(textOf(document, 'para_1__list_1__point_1')).toBe(
      'These Regulations may be cited as the Single-Use Plastics (Restrictions) (England) Regulations 2031.',
    )
    expect(all(document, 'heading').map((node) => plainText(node as never))).toEqual([
      'Citation, commencement and extent',
      'Interpretation',
      'Prohibition of supply',
    ])
    // The definitions go on the regulation that introduces them, up to the next one's heading.
    expect(textOf(document, 'para_2')).toBe(
      'In these Regulations—\n“plastic” means a material consisting of a polymer;\n“single-use plastic item” means an item made wholly or partly from plastic that is not designed to be reused.',
    )
    expect(diagnostics.some((diagnostic) => diagnostic.ruleId === 'duplicate-number')).toBe(false)
  })

  it('ends the conclusions at the signature’s date: the explanatory note is an attachment', () => {
    expect(all(document, 'conclusions').map((node) => plainText(node as never))).toEqual([
      'Jane Example\nParliamentary Under Secretary of State\nDepartment for Environment, Food and Rural Affairs\n2nd March 2031',
    ])
    const attachments = all(document, 'attachment') as {name?: string}[]
    expect(attachments.map((node) => node.name)).toEqual(['explanatoryNote'])
    expect(plainText(attachments[0] as never)).toContain('These Regulations restrict the supply')
  })
})

import {type Document, plainText} from '@clausewise/model'
import {describe, expect, it} from 'vitest'
import {fromText} from '../src/index.js'
import {eIds, textOf} from './genre-support.js'
import {all} from './support.js'

// Probes of the genre (see genre-support.ts): acts of parliaments of the Commonwealth (Kenya,
// Nigeria, India, Jamaica) as their PDF extractions print them, written for these tests (titles,
// names, numbers and dates invented). Expectations worked out by hand.

/** Each attachment: its name, then its preface's lines. */
function prefaces(document: Document): (string | undefined)[][] {
  return (all(document, 'attachment') as unknown as {name?: string; children: {type: string}[]}[]).map(
    (attachment) => {
      const preface = attachment.children.find((child) => child.type === 'preface')
      return [
        attachment.name,
        ...(preface ? all(preface as never, 'p').map((p) => plainText(p as never)) : []),
      ]
    },
  )
}

describe('an act’s schedules numbered in words: `FIRST SCHEDULE`, `THE SECOND SCHEDULE`, `THE SCHEDULE`, and the reference under them', () => {
  const act = (...schedules: string[][]) =>
    [
      'THE EXAMPLE FEES ACT, 2031',
      'The Parliament of Kenya enacts:',
      '1. This Act may be cited as the Example Fees Act, 2031.',
      '2. The fees payable are set out in the First Schedule.',
      ...schedules.flat(),
    ].join('\n\n')

  it('reads `FIRST SCHEDULE` / `(s. 2)` and `THE SECOND SCHEDULE` / `(Section 2)` as schedules, the reference a line of the preface', () => {
    const {document} = fromText(
      act(
        ['FIRST SCHEDULE', '(s. 2)', 'FEES', '1. A fee of ten units.'],
        ['THE SECOND SCHEDULE', '(Section 2)', 'EXEMPTIONS', '1. A charity.'],
      ),
    )
    expect(prefaces(document)).toEqual([
      ['schedule', 'FIRST SCHEDULE FEES', '(s. 2)'],
      ['schedule', 'THE SECOND SCHEDULE EXEMPTIONS', '(Section 2)'],
    ])
    expect(eIds(document)).toEqual([
      'preamble__formula_1',
      'para_1',
      'para_2',
      'att_1__para_1',
      'att_2__para_1',
    ])
  })

  it('reads a sole `THE SCHEDULE` over `[Section 2.]` as a schedule', () => {
    const {document} = fromText(act(['THE SCHEDULE', '[Section 2.]', 'FEES', '1. A fee of ten units.']))
    expect(prefaces(document)).toEqual([['schedule', 'THE SCHEDULE FEES', '[Section 2.]']])
  })
})

describe('an act’s sections that open with their first subsection: `3. (1) …` / `(2) …`', () => {
  it('reads the subsections as points of the section, as `1.—(1)`, not `(2)` as a section of its own; `1. (a) …` stays whole', () => {
    const {document, diagnostics} = fromText(
      [
        'THE EXAMPLE BOARD ACT, 2031',
        'The Parliament of Kenya enacts:',
        '1. This Act may be cited as the Example Board Act, 2031.',
        '2. (1) There is established a Board to be known as the Example Board.',
        '(2) The Board shall be a body corporate.',
        '3. The Board shall keep records.',
      ].join('\n\n'),
    )
    expect(eIds(document)).toEqual([
      'preamble__formula_1',
      'para_1',
      'para_2',
      'para_2__list_1__point_1',
      'para_2__list_1__point_2',
      'para_3',
    ])
    expect(textOf(document, 'para_2__list_1__point_1')).toBe(
      'There is established a Board to be known as the Example Board.',
    )
    expect(diagnostics.some((diagnostic) => diagnostic.ruleId === 'duplicate-number')).toBe(false)
    // A section whose text opens with `(a)` stays whole.
    const {document: lettered} = fromText(
      [
        'The Parliament of Kenya enacts:',
        '1. (a) fees are payable as the Schedule provides; and',
        '2. The fees are due yearly.',
      ].join('\n\n'),
    )
    expect(eIds(lettered)).toEqual(['preamble__formula_1', 'para_1', 'para_2'])
    expect(textOf(lettered, 'para_1')).toBe('(a) fees are payable as the Schedule provides; and')
  })
})

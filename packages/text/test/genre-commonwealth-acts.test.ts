import {type Document, plainText} from '@clausewise/model'
import {describe, expect, it} from 'vitest'
import {fromText} from '../src/index.js'
import {eIds} from './genre-support.js'
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

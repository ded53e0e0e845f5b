import {clauses, type Document, ownText, plainText} from '@clausewise/model'
import {describe, expect, it} from 'vitest'
import {fromText} from '../src/index.js'
import {eIds, textOf} from './genre-support.js'

// Probes of the genre (see genre-support.ts): expectations written by hand from each text. The texts
// are short, too short for the layout to be told from them: each names its layout, as a caller may.

/** The heading of the unit with an eId, as plain text. */
function headingOf(document: Document, eId: string): string | undefined {
  const unit = clauses(document).find((node) => node.eId === eId)
  const heading =
    unit && 'children' in unit ? unit.children.find((child) => child.type === 'heading') : undefined
  return heading && plainText(heading)
}

/** A PDF extraction in single spacing: each line ends with a space, a line holding one space between paragraphs. */
function singleSpaced(paragraphs: string[][]): string {
  return paragraphs.map((lines) => lines.map((line) => `${line} `).join('\n')).join('\n \n')
}

// An omnibus resolution whose section II is headed by the full title of an instrument: 44 words,
// wrapped over four lines, with no sentence's end.
const omnibus = [
  ['The General Assembly,'],
  ['Recalling its previous resolutions on sustainable fisheries,'],
  ['I'],
  ['Achieving sustainable fisheries'],
  [
    '1. Reaffirms the importance that it attaches to the long-term conservation and',
    'sustainable use of the living marine resources of the world’s oceans and seas;',
  ],
  [
    '2. Calls upon States to give due priority to the implementation of the Code of',
    'Conduct for Responsible Fisheries;',
  ],
  ['II'],
  [
    'Implementation of the 1995 Agreement for the Implementation of the Provisions',
    'of the United Nations Convention on the Law of the Sea of 10 December 1982',
    'relating to the Conservation and Management of Straddling Fish Stocks and',
    'Highly Migratory Fish Stocks and of the Related Instruments Adopted Thereafter',
  ],
  ['3. Welcomes the most recent accessions to the Agreement;'],
  ['4. Urges States Parties to the Agreement to harmonize their national measures.'],
]

describe('an omnibus resolution whose section heading names an instrument by its full title', () => {
  const heading =
    'Implementation of the 1995 Agreement for the Implementation of the Provisions of the United Nations Convention on the Law of the Sea of 10 December 1982 relating to the Conservation and Management of Straddling Fish Stocks and Highly Migratory Fish Stocks and of the Related Instruments Adopted Thereafter'
  const expected = [
    'preamble__formula_1',
    'preamble__recitals_1__recital_1',
    'sec_I',
    'sec_I__para_1',
    'sec_I__para_2',
    'sec_II',
    'sec_II__para_3',
    'sec_II__para_4',
  ]

  it('takes the heading of 44 words for section II where it joins the number’s block', () => {
    // The number and its heading are one block here: no blank line after `II`.
    const paragraphs = omnibus.slice()
    paragraphs.splice(6, 2, ['II', ...omnibus[7]!])
    const {document} = fromText(singleSpaced(paragraphs), {layout: 'single-spaced'})
    expect(eIds(document)).toEqual(expected)
    expect(headingOf(document, 'sec_II')).toBe(heading)
  })

  it('takes it where it is a block of its own after the number', () => {
    const {document} = fromText(singleSpaced(omnibus), {layout: 'single-spaced'})
    expect(eIds(document)).toEqual(expected)
    expect(headingOf(document, 'sec_II')).toBe(heading)
  })
})

describe('a budget resolution whose sections repeat recitals before their paragraphs', () => {
  const text = singleSpaced([
    ['The General Assembly,'],
    ['I'],
    [
      'Conditions of service and compensation for officials other than Secretariat',
      'officials: members of the International Court of Justice and judges and',
      'prosecutors of the special tribunals established by the Assembly',
    ],
    ['Recalling its resolution 37/240 of 21 December 1982,'],
    ['Having considered the report of the Secretary-General,'],
    ['1. Takes note of the report of the Secretary-General;'],
    ['2. Requests the Secretary-General to report to it at its next session;'],
    ['II'],
    ['Request for a subvention to the Special Tribunal'],
    ['Recalling its resolution 58/284 of 8 April 2004,'],
    ['1. Takes note of the report of the Secretary-General;'],
    [
      '2. Authorizes the Secretary-General to enter into commitments in an amount not to',
      'exceed 1,000,000 dollars.',
    ],
    ['III'],
    ['Requests the Secretary-General to keep the matter under review;'],
  ])

  it('heads each section with the block after its number (31 words for I) and keeps its recitals as its introduction', () => {
    const {document} = fromText(text, {layout: 'single-spaced'})
    expect(eIds(document)).toEqual([
      'preamble__formula_1',
      'sec_I',
      'sec_I__para_1',
      'sec_I__para_2',
      'sec_II',
      'sec_II__para_1',
      'sec_II__para_2',
      'sec_III',
      'sec_III__para_1',
    ])
    expect(headingOf(document, 'sec_I')).toBe(
      'Conditions of service and compensation for officials other than Secretariat officials: members of the International Court of Justice and judges and prosecutors of the special tribunals established by the Assembly',
    )
    // A short heading may open with a verb’s form.
    expect(headingOf(document, 'sec_II')).toBe('Request for a subvention to the Special Tribunal')
    expect(textOf(document, 'sec_II')).toBe(
      'Request for a subvention to the Special Tribunal\nRecalling its resolution 58/284 of 8 April 2004,',
    )
  })

  it('keeps a clause after a number alone a clause: it opens with a verb and ends with a stop', () => {
    const {document} = fromText(text, {layout: 'single-spaced'})
    expect(headingOf(document, 'sec_III')).toBeUndefined()
    expect(textOf(document, 'sec_III__para_1')).toBe(
      'Requests the Secretary-General to keep the matter under review;',
    )
  })
})

describe('a heading first in a part that has its own heading', () => {
  it('is a cross-heading over the part’s first paragraphs, not an unnumbered paragraph', () => {
    const {document} = fromText(
      singleSpaced([
        ['The General Assembly,'],
        ['Having considered the proposed programme budget,'],
        ['1. Reaffirms its role in administrative and budgetary matters;'],
        ['Part XIV'],
        ['Staff assessment'],
        ['Income section 2', 'General income'],
        ['2. Notes the variance between the general income and the approved estimates;'],
        ['3. Decides to increase the interest income under income section 2.'],
      ]),
      {layout: 'single-spaced'},
    )
    expect(eIds(document)).toEqual([
      'preamble__formula_1',
      'preamble__recitals_1__recital_1',
      'para_1',
      'part_XIV',
      'part_XIV__hcontainer_1',
      'part_XIV__para_2',
      'part_XIV__para_3',
    ])
    expect(headingOf(document, 'part_XIV__hcontainer_1')).toBe('Income section 2 General income')
  })
})

describe('a text of several resolutions, A and B, each with its own formula', () => {
  const text = singleSpaced([
    ['United Nations common system'],
    ['A'],
    ['The General Assembly,'],
    ['Recalling its resolution 44/198 of 21 December 1989,'],
    ['1. Takes note of the report of the Commission;'],
    ['2. Requests the Commission to report to it at its next session;'],
    ['I'],
    ['Conditions of service of staff in the Professional category'],
    ['A.'],
    ['Base/floor salary scale'],
    ['Approves the revised base/floor salary scale;'],
    ['B'],
    ['Income estimates for the year'],
    ['The General Assembly'],
    ['Resolves that:'],
    ['1. Estimates of income totalling 312,000,000 dollars are approved;'],
    ['2. The income from staff assessment shall be credited to the Tax Equalization Fund.'],
  ])

  it('opens resolution B at its letter, above the sections, its formula and operative words its introduction', () => {
    const {document} = fromText(text, {layout: 'single-spaced'})
    expect(eIds(document)).toEqual([
      'preamble__formula_1',
      'preamble__recitals_1__recital_1',
      'para_1',
      'para_2',
      'sec_I',
      'sec_I__subsec_A',
      'sec_I__subsec_A__para_1',
      'hcontainer_B',
      'hcontainer_B__para_1',
      'hcontainer_B__para_2',
    ])
    expect(headingOf(document, 'hcontainer_B')).toBe('Income estimates for the year')
    expect(textOf(document, 'hcontainer_B')).toBe(
      'Income estimates for the year\nThe General Assembly\nResolves that:',
    )
  })

  it('keeps a letter alone that no formula follows a subsection, as `A.` is', () => {
    const {document} = fromText(
      singleSpaced([
        ['The General Assembly,'],
        ['Recalling its resolution 44/198 of 21 December 1989,'],
        ['I'],
        ['Conditions of service'],
        ['A'],
        ['Base/floor salary scale'],
        ['1. Approves the revised base/floor salary scale;'],
        ['B'],
        ['Margin'],
        ['2. Reaffirms the range of 110 to 120 for the margin.'],
      ]),
      {layout: 'single-spaced'},
    )
    expect(eIds(document)).toEqual([
      'preamble__formula_1',
      'preamble__recitals_1__recital_1',
      'sec_I',
      'sec_I__subsec_A',
      'sec_I__subsec_A__para_1',
      'sec_I__subsec_B',
      'sec_I__subsec_B__para_2',
    ])
  })
})

describe('an outcome document whose paragraph runs on after a break, past a full stop', () => {
  // A page break between two sentences of paragraph 111 leaves a blank line where the page's foot and
  // head were taken out: the second sentence opens like a paragraph of its own.
  it('keeps the sentence after the break in paragraph 111: numbering that runs on to 112 leaves no room for one more', () => {
    const {document} = fromText(
      singleSpaced([
        ['The General Assembly,'],
        ['1. Adopts the following outcome document:'],
        ['110. We acknowledge the work of the International Telecommunication Union;'],
        [
          '111. We reaffirm our commitment to the framework of action lines. We recognize the value',
          'that many Governments have attributed to this framework.',
        ],
        ['We call upon action line facilitators to ensure close alignment with the 2030 Agenda.'],
        ['112. We request the action line facilitators to report on progress.'],
      ]),
      {layout: 'single-spaced'},
    )
    expect(eIds(document).slice(-3)).toEqual(['para_110', 'para_111', 'para_112'])
    expect(textOf(document, 'para_111')).toBe(
      'We reaffirm our commitment to the framework of action lines. We recognize the value that many Governments have attributed to this framework.\nWe call upon action line facilitators to ensure close alignment with the 2030 Agenda.',
    )
  })

  it('still reads an unnumbered paragraph where the numbering does not run on (1, then 3)', () => {
    const {document} = fromText(
      singleSpaced([
        ['The General Assembly,'],
        ['Recalling its resolution 70/1,'],
        ['1. Decides to convene a high-level meeting;'],
        ['Decides also to include the item in the provisional agenda of its next session;'],
        ['3. Requests the Secretary-General to report to it.'],
      ]),
      {layout: 'single-spaced'},
    )
    const paragraphs = clauses(document).filter((node) => node.type === 'paragraph')
    expect(paragraphs.map((node) => ownText(node))).toEqual([
      'Decides to convene a high-level meeting;',
      'Decides also to include the item in the provisional agenda of its next session;',
      'Requests the Secretary-General to report to it.',
    ])
  })
})

describe('a budget resolution with a staffing table, one cell a line as PDF extraction gives it', () => {
  // A row's grade and number may come on one line, as pdftotext gives cells that stand close.
  // A row's grade and number may come on one line, as pdftotext gives cells that stand close.
  const table = (caption: string, posts: string[][]): string[][] => [
    [caption],
    ['Action', 'Title of post', 'Category/level', 'Number', ...posts.flat(), 'Total net change'],
  ]
  // The paragraphs fill their lines, as a page does: what the cells are short against.
  const text = singleSpaced([
    ['The General Assembly,'],
    [
      'Recalling its resolution 79/253 of 24 December 2024 on the United Nations pension system',
      'and its earlier resolutions on the administrative expenses of the Pension Fund,',
    ],
    [
      '1. Takes note of the report of the United Nations Joint Staff Pension Board on the work',
      'of its seventy-second session and of the related report of the Advisory Committee on',
      'Administrative and Budgetary Questions;',
    ],
    ['2. Approves the changes to the staffing table as set out in the table below:'],
    ...table('A. Secretariat of the Pension Board', [
      ['Establishment', 'Programme Management Officer', 'P-4 1'],
      ['Reclassification', 'Team Assistant', 'GS (OL) 1'],
    ]),
    ...table('B. Pension Administration', [
      ['Establishment', 'Accounting Assistant', 'GS (OL) 2'],
      ['Conversion', 'Training Officer', 'P-3 1'],
    ]),
    [
      '3. Also approves the estimates of 156,944,800 United States dollars for the administration',
      'of the Fund for the coming year, and authorizes the Pension Board to supplement the',
      'voluntary contributions to the Emergency Fund by an amount not to exceed 112,500 dollars.',
    ],
  ])

  it('keeps the table, captions and cells, in the paragraph that introduces it: no subsections A and B', () => {
    const {document} = fromText(text, {layout: 'single-spaced'})
    expect(eIds(document)).toEqual([
      'preamble__formula_1',
      'preamble__recitals_1__recital_1',
      'para_1',
      'para_2',
      'para_3',
    ])
    expect(textOf(document, 'para_2')).toBe(
      [
        'Approves the changes to the staffing table as set out in the table below:',
        'A. Secretariat of the Pension Board',
        'Action Title of post Category/level Number Establishment Programme Management Officer P-4 1 Reclassification Team Assistant GS (OL) 1 Total net change',
        'B. Pension Administration',
        'Action Title of post Category/level Number Establishment Accounting Assistant GS (OL) 2 Conversion Training Officer P-3 1 Total net change',
      ].join('\n'),
    )
  })

  it('keeps lettered subsections of prose after a colon what they are', () => {
    const {document} = fromText(
      singleSpaced([
        ['The General Assembly,'],
        ['1. Decides on the following measures:'],
        ['A. Pension Administration'],
        ['2. Requests the Pension Administration to report on its client services;'],
        ['B. Investment Management'],
        ['3. Requests the Office to diversify the investments of the Fund.'],
      ]),
      {layout: 'single-spaced'},
    )
    expect(eIds(document)).toEqual([
      'preamble__formula_1',
      'para_1',
      'subsec_A',
      'subsec_A__para_2',
      'subsec_B',
      'subsec_B__para_3',
    ])
  })
})

describe('an annex of guidelines in single spacing: section headings with no blank line before their paragraphs', () => {
  it('opens each section at its number, its heading wrapped or not, and its first paragraph at the next number', () => {
    const {document} = fromText(
      singleSpaced([
        ['The General Assembly,'],
        ['1. Adopts the guidelines annexed to the present resolution.'],
        [
          'I.',
          'General principles',
          '1.',
          'All products offered to consumers should be safe under normal or reasonably foreseeable',
          'conditions of use.',
        ],
        [
          'II.',
          'Product safety regulation and standards',
          '2.',
          'Member States should empower the relevant authorities to develop laws, rules and',
          'standards for the safety of products.',
        ],
        [
          'III.',
          'Responsibilities of relevant authorities responsible for consumer product',
          'safety and market surveillance',
          '3.',
          'Member States should make information on unsafe products publicly available.',
        ],
      ]),
      {layout: 'single-spaced'},
    )
    const sections = clauses(document).filter((node) => node.type === 'hcontainer')
    expect(sections.map((node) => headingOf(document, node.eId))).toEqual([
      'General principles',
      'Product safety regulation and standards',
      'Responsibilities of relevant authorities responsible for consumer product safety and market surveillance',
    ])
    expect(
      clauses(document)
        .filter((node) => node.type === 'paragraph')
        .map((node) => ownText(node).slice(0, 22)),
    ).toEqual([
      'Adopts the guidelines ',
      'All products offered t',
      'Member States should e',
      'Member States should m',
    ])
  })

  it('opens a subsection at its letter right under the section’s heading', () => {
    const {document} = fromText(
      singleSpaced([
        ['The General Assembly,'],
        ['1. Endorses the outcome document annexed to the present resolution.'],
        ['II.', 'Action areas', 'A.', 'Domestic public resources'],
        ['2. Public resources, policies and plans will be at the heart of our efforts.'],
      ]),
      {layout: 'single-spaced'},
    )
    expect(eIds(document).slice(-3)).toEqual(['sec_II', 'sec_II__subsec_A', 'sec_II__subsec_A__para_2'])
    expect(headingOf(document, 'sec_II')).toBe('Action areas')
    expect(headingOf(document, 'sec_II__subsec_A')).toBe('Domestic public resources')
  })
})

describe('recitals that end `; and`, as legislatures write them', () => {
  it('opens a recital at each `Whereas`, the one before ending `; and`', () => {
    const {document} = fromText(
      singleSpaced([
        ['The Senate,'],
        [
          'Whereas drowning is a leading cause of unintentional injury death for',
          'children between the ages of 1 and 4;',
          'Whereas water safety education can reduce the risk of drowning; and',
          'Whereas community organizations provide swimming lessons and water',
          'safety programs across the country,',
        ],
        ['1. Supports the designation of May as National Water Safety Month.'],
      ]),
      {layout: 'single-spaced'},
    )
    const recitals = clauses(document).filter((node) => node.type === 'recital')
    expect(recitals.map((node) => ownText(node).slice(0, 24))).toEqual([
      'Whereas drowning is a le',
      'Whereas water safety edu',
      'Whereas community organi',
    ])
  })
})

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

/** The text of the top-level preface's blocks, a long title marked as such. */
function prefaceLines(document: Document): string[] {
  const preface = document.children.find((node) => node.type === 'preface')
  if (!preface || !('children' in preface)) return []
  return (preface.children as {type: string}[]).map((block) =>
    block.type === 'longTitle' ? `longTitle: ${plainText(block as never)}` : plainText(block as never),
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

  it('takes the reference in brackets out of the heading’s line (`FIRST SCHEDULE [s. 2(2)]`, `SCHEDULE (s. 2)`)', () => {
    const {document} = fromText(
      act(
        ['FIRST SCHEDULE [s. 2(2)]', 'FEES', '1. A fee of ten units.'],
        ['SECOND SCHEDULE (s. 2)', 'EXEMPTIONS', '1. A charity.'],
      ),
    )
    expect(prefaces(document)).toEqual([
      ['schedule', 'FIRST SCHEDULE FEES', '[s. 2(2)]'],
      ['schedule', 'SECOND SCHEDULE EXEMPTIONS', '(s. 2)'],
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

describe('a Kenyan act: arrangement of sections, long title, `ENACTED by …, as follows—`, `FIRST SCHEDULE` / `(s. 3)`', () => {
  const text = [
    'THE COASTAL DATA ACT, 2031',
    'ARRANGEMENT OF SECTIONS',
    'Section',
    '1—Short title.',
    '2—Interpretation.',
    '3—Establishment of the Board.',
    '4—Functions of the Board.',
    'FIRST SCHEDULE—Members of the Board',
    'SECOND SCHEDULE—Conduct of meetings',
    'AN ACT of Parliament to provide for the collection of coastal data, and for connected purposes',
    'ENACTED by the Parliament of Kenya, as follows—',
    '1. This Act may be cited as the Coastal Data Act, 2031.',
    '2. In this Act, unless the context otherwise requires—',
    '"Board" means the Coastal Data Board established under section 3;',
    '"data" means records of tides, currents and shorelines.',
    '3. (1) There is established a Board to be known as the Coastal Data Board.',
    '(2) The Board shall consist of the members set out in the First Schedule.',
    '4. The Board shall collect and publish coastal data.',
    'FIRST SCHEDULE',
    '(s. 3)',
    'MEMBERS OF THE BOARD',
    '1. The chairperson appointed by the Cabinet Secretary.',
    '2. Four other members.',
    'SECOND SCHEDULE',
    '(s. 4)',
    'CONDUCT OF MEETINGS',
    '1. The Board shall meet at least four times a year.',
    '2. Five members shall form a quorum.',
  ].join('\n')
  const {document, diagnostics} = fromText(text)

  it('reads each schedule numbered in words as an attachment named `schedule`, its `(s. 3)` a line of its preface', () => {
    expect(prefaces(document)).toEqual([
      ['schedule', 'FIRST SCHEDULE MEMBERS OF THE BOARD', '(s. 3)'],
      ['schedule', 'SECOND SCHEDULE CONDUCT OF MEETINGS', '(s. 4)'],
    ])
    expect(eIds(document).filter((eId) => eId.startsWith('att_'))).toEqual([
      'att_1__para_1',
      'att_1__para_2',
      'att_2__para_1',
      'att_2__para_2',
    ])
    expect(diagnostics.some((diagnostic) => diagnostic.ruleId === 'duplicate-number')).toBe(false)
  })

  it('keeps the arrangement of sections in the preface, as its lines, not as clauses', () => {
    expect(prefaceLines(document)).toEqual([
      'THE COASTAL DATA ACT, 2031',
      'ARRANGEMENT OF SECTIONS',
      'Section',
      '1—Short title.',
      '2—Interpretation.',
      '3—Establishment of the Board.',
      '4—Functions of the Board.',
      'FIRST SCHEDULE—Members of the Board',
      'SECOND SCHEDULE—Conduct of meetings',
      'longTitle: AN ACT of Parliament to provide for the collection of coastal data, and for connected purposes',
    ])
    expect(all(document, 'recital')).toHaveLength(0)
  })

  it('reads the long title as the preface’s `longTitle`, `ENACTED by …` as the enacting formula, the sections with their subsections as the body', () => {
    expect(all(document, 'formula').map((node) => plainText(node as never))).toEqual([
      'ENACTED by the Parliament of Kenya, as follows—',
    ])
    expect(eIds(document).filter((eId) => !eId.startsWith('att_'))).toEqual([
      'preamble__formula_1',
      'para_1',
      'para_2',
      'para_3',
      'para_3__list_1__point_1',
      'para_3__list_1__point_2',
      'para_4',
    ])
    expect(textOf(document, 'para_3__list_1__point_1')).toBe(
      'There is established a Board to be known as the Coastal Data Board.',
    )
    expect(textOf(document, 'para_3__list_1__point_2')).toBe(
      'The Board shall consist of the members set out in the First Schedule.',
    )
  })
})

describe('an Indian act as a PDF prints it: `THE SCHEDULE` / `[See section 3]`, `BE it enacted … as follows:—`', () => {
  const text = [
    'THE RIVER GAUGES ACT, 2031',
    'ARRANGEMENT OF SECTIONS',
    'SECTIONS',
    '1. Short title and commencement.',
    '2. Definitions.',
    '3. Duty to keep gauges.',
    'THE SCHEDULE.',
    'THE RIVER GAUGES ACT, 2031',
    '[3rd March, 2031.]',
    'An Act to provide for the keeping of river gauges and for matters connected',
    'therewith.',
    'BE it enacted by Parliament in the Eighty-second Year of the Republic as',
    'follows:—',
    '1. (1) This Act may be called the River Gauges Act, 2031.',
    '(2) It shall come into force on such date as the Government may, by',
    'notification, appoint.',
    '2. In this Act, "gauge" means an instrument that measures the level of a',
    'river.',
    '3. Every owner of a weir shall keep the gauges listed in the Schedule.',
    'THE SCHEDULE',
    '[See section 3]',
    'GAUGES',
    '1. A staff gauge.',
    '2. A float gauge.',
  ].join('\n\n')
  const {document} = fromText(text.replace(/\n\n(?=therewith|follows|notification|river\.)/g, '\n'))

  it('reads the sole `THE SCHEDULE` as an attachment, `[See section 3]` a line of its preface', () => {
    expect(prefaces(document)).toEqual([['schedule', 'THE SCHEDULE GAUGES', '[See section 3]']])
  })

  it('reads the numbered lines of the arrangement as preface lines, the sections as the body', () => {
    const lines = prefaceLines(document)
    expect(lines.slice(0, 4)).toEqual([
      'THE RIVER GAUGES ACT, 2031',
      'ARRANGEMENT OF SECTIONS',
      'SECTIONS',
      '1. Short title and commencement.',
    ])
    expect(lines.at(-1)).toBe(
      'longTitle: An Act to provide for the keeping of river gauges and for matters connected therewith.',
    )
    expect(all(document, 'formula').map((node) => plainText(node as never))).toEqual([
      'BE it enacted by Parliament in the Eighty-second Year of the Republic as follows:—',
    ])
    expect(eIds(document)).toEqual([
      'preamble__formula_1',
      'para_1',
      'para_1__list_1__point_1',
      'para_1__list_1__point_2',
      'para_2',
      'para_3',
      'att_1__para_1',
      'att_1__para_2',
    ])
  })
})

describe('a Nigerian or Jamaican act: `BE IT ENACTED … as follows:-`, `SCHEDULE` / `[Section 1 (2).]`', () => {
  it('reads `BE IT ENACTED by … as follows:-` as the enacting formula and a `[Section 1 (2).]` under `SCHEDULE` as the reference', () => {
    const {document} = fromText(
      [
        'COASTAL DATA ACT, 2031',
        'AN ACT TO PROVIDE FOR THE ESTABLISHMENT OF THE COASTAL DATA BOARD AND FOR RELATED MATTERS',
        'BE IT ENACTED by the National Assembly of the Federal Republic of Nigeria as follows:-',
        '1. (1) There is established a body to be known as the Coastal Data Board.',
        '(2) The Board shall be a body corporate.',
        '2. This Act may be cited as the Coastal Data Act, 2031.',
        'SCHEDULE',
        '[Section 1 (2).]',
        'Proceedings of the Board',
        '1. The Board shall meet at least twice a year.',
      ].join('\n\n'),
    )
    expect(all(document, 'formula').map((node) => plainText(node as never))).toEqual([
      'BE IT ENACTED by the National Assembly of the Federal Republic of Nigeria as follows:-',
    ])
    expect(all(document, 'longTitle').map((node) => plainText(node as never))).toEqual([
      'AN ACT TO PROVIDE FOR THE ESTABLISHMENT OF THE COASTAL DATA BOARD AND FOR RELATED MATTERS',
    ])
    expect(prefaces(document)).toEqual([
      ['schedule', 'SCHEDULE Proceedings of the Board', '[Section 1 (2).]'],
    ])
    expect(eIds(document)).toEqual([
      'preamble__formula_1',
      'para_1',
      'para_1__list_1__point_1',
      'para_1__list_1__point_2',
      'para_2',
      'att_1__para_1',
    ])
  })

  it('ends the front matter at the long title where a consolidated act prints no enacting formula (`[1st January, 2031.]` under it)', () => {
    const {document} = fromText(
      [
        'THE HARBOUR PILOTS ACT',
        'ARRANGEMENT OF SECTIONS',
        '1. Short title.',
        '2. Licences.',
        'AN ACT to make provision for the licensing of harbour pilots.',
        '[1st January, 2031.]',
        '1. This Act may be cited as the Harbour Pilots Act.',
        '2. No person shall act as a pilot without a licence.',
      ].join('\n\n'),
    )
    expect(prefaceLines(document)).toEqual([
      'THE HARBOUR PILOTS ACT',
      'ARRANGEMENT OF SECTIONS',
      '1. Short title.',
      '2. Licences.',
      'longTitle: AN ACT to make provision for the licensing of harbour pilots.',
      '[1st January, 2031.]',
    ])
    expect(eIds(document)).toEqual(['para_1', 'para_2'])
    expect(textOf(document, 'para_2')).toBe('No person shall act as a pilot without a licence.')
  })

  it('leaves a section whose text opens with `(a)` whole, and reads no schedule in a line `First Schedule.` that ends a sentence', () => {
    const {document} = fromText(
      [
        'AN ACT to provide for fees.',
        'ENACTED by the Parliament of Kenya, as follows—',
        '1. (a) fees are payable as the First Schedule provides; and',
        '2. The fees are set out in the',
        'First Schedule.',
      ].join('\n'),
    )
    expect(all(document, 'attachment')).toHaveLength(0)
    expect(eIds(document).filter((eId) => eId.startsWith('para_'))).toEqual(['para_1', 'para_2'])
    expect(textOf(document, 'para_1')).toBe('(a) fees are payable as the First Schedule provides; and')
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

describe('an act’s number line under or over its title: `No. 3 of 2031`, `Act No. 12 of 2031`, `ACT 1021`, `Act 14 of 2031`', () => {
  /** The act's number and title as read: FRBR number, `docNumber`s, `docTitle`s. */
  const numbered = (...lines: string[]) => {
    const {document} = fromText(
      [
        ...lines,
        'ENACTED by the Parliament, as follows—',
        '1. This Act may be cited as the Example Act.',
      ].join('\n\n'),
    )
    return {
      number: document.meta.frbr.number,
      docNumber: all(document, 'docNumber').map((node) => plainText(node as never)),
      docTitle: all(document, 'docTitle').map((node) => plainText(node as never)),
      clauses: eIds(document),
    }
  }

  it('reads the number line under the title as the docNumber, the title staying the title', () => {
    expect(
      numbered('THE EXAMPLE FEES ACT, 2031', 'No. 3 of 2031', 'AN ACT of Parliament to provide for fees.'),
    ).toEqual({
      number: '3',
      docNumber: ['No. 3 of 2031'],
      docTitle: ['THE EXAMPLE FEES ACT, 2031'],
      clauses: ['preamble__formula_1', 'para_1'],
    })
    expect(
      numbered('THE EXAMPLE FEES ACT, 2031', 'Act No. 12 of 2031', 'An Act to provide for fees.'),
    ).toMatchObject({
      number: '12',
      docNumber: ['Act No. 12 of 2031'],
      docTitle: ['THE EXAMPLE FEES ACT, 2031'],
    })
    expect(
      numbered('THE EXAMPLE FEES ACT, 2031', 'Act 14 of 2031', 'An Act to provide for fees.'),
    ).toMatchObject({
      number: '14',
      docNumber: ['Act 14 of 2031'],
    })
  })

  it('reads a number in one series over the title (`ACT 1021`), the title under it, and none in a sentence or a title', () => {
    expect(numbered('ACT 1021', 'THE EXAMPLE FEES ACT, 2031', 'AN ACT to provide for fees.')).toEqual({
      number: '1021',
      docNumber: ['ACT 1021'],
      docTitle: ['THE EXAMPLE FEES ACT, 2031'],
      clauses: ['preamble__formula_1', 'para_1'],
    })
    // No number in a sentence that cites one, nor in a title that prints it.
    expect(
      numbered('THE EXAMPLE FEES ACT, 2031', 'Repeals Act No. 12 of 2030.', 'AN ACT to provide for fees.')
        .docNumber,
    ).toEqual([])
    expect(numbered('ACT 1021 OF THE PARLIAMENT', 'AN ACT to provide for fees.').docNumber).toEqual([])
  })
})

describe('an act’s dates of assent and commencement in its front matter: `[Date of Assent: …]`, `Assented to …`, `[12th March 2031]`, `Date of commencement: …`', () => {
  /** The preface's lines with their dates marked (`docDate`/`date` and the ISO date), the act's date, its clauses. */
  const dated = (text: string) => {
    const {document} = fromText(text)
    const preface = document.children.find((node) => node.type === 'preface')
    const marked = preface
      ? (all(preface as never, 'inline') as unknown as {element: string; attributes: {date: string}}[]).map(
          (node) => `${node.element} ${node.attributes.date} ${plainText(node as never)}`,
        )
      : []
    return {marked, date: document.meta.frbr.date, lines: prefaceLines(document), clauses: eIds(document)}
  }

  it('reads a Kenyan act’s dates under its number as the preface’s, the assent the act’s date, single-spaced too', () => {
    const lines = [
      'THE EXAMPLE FEES ACT, 2031',
      'No. 3 of 2031',
      '[Date of Assent: 12th March, 2031]',
      'Date of commencement: 1st April, 2031',
      'AN ACT of Parliament to provide for the fees payable to the county governments and for',
      'connected purposes',
      'ENACTED by the Parliament of Kenya, as follows—',
      '1. This Act may be cited as the Example Fees Act, 2031, and shall come into operation',
      'on the date of commencement.',
      '2. The fees are set out in the First Schedule.',
    ]
    const expected = {
      marked: ['docDate 2031-03-12 12th March, 2031', 'date 2031-04-01 1st April, 2031'],
      date: '2031-03-12',
      lines: [
        'THE EXAMPLE FEES ACT, 2031',
        'No. 3 of 2031',
        '[Date of Assent: 12th March, 2031]',
        'Date of commencement: 1st April, 2031',
        'longTitle: AN ACT of Parliament to provide for the fees payable to the county governments and for connected purposes',
      ],
      clauses: ['preamble__formula_1', 'para_1', 'para_2'],
    }
    expect(dated(lines.join('\n'))).toEqual(expected)
    expect(dated(lines.join('\n\n').replace(/(for|operation)\n\n(?=connected|on)/g, '$1\n'))).toEqual(
      expected,
    )
  })

  it('reads the date of assent under the long title as front matter where no known formula follows (`DATE OF ASSENT: …`, `PASSED by Parliament …:`)', () => {
    const head = [
      'ACT 1021',
      'THE EXAMPLE FEES ACT, 2031',
      'AN ACT to provide for fees and for related matters.',
    ]
    const body = ['1. This Act may be cited as the Example Fees Act, 2031.', '2. The fees are due yearly.']
    const passed = dated(
      [
        ...head,
        'DATE OF ASSENT: 12th March, 2031.',
        'PASSED by Parliament and assented to by the President:',
        ...body,
      ].join('\n\n'),
    )
    expect(passed).toMatchObject({
      marked: ['docDate 2031-03-12 12th March, 2031'],
      date: '2031-03-12',
      clauses: ['preamble__formula_1', 'para_1', 'para_2'],
    })
    expect(passed.lines.at(-1)).toBe('DATE OF ASSENT: 12th March, 2031.')
    // No formula at all: the long title and the date under it still end the front matter.
    const bare = dated([...head, 'DATE OF ASSENT: 12th March, 2031.', ...body].join('\n\n'))
    expect(bare.clauses).toEqual(['para_1', 'para_2'])
    expect(bare.lines.at(-1)).toBe('DATE OF ASSENT: 12th March, 2031.')
  })

  it('reads `[Assented to 12 March 2031]` and a date alone in brackets (`[12th March 2031]`) under the long title as the act’s date', () => {
    expect(
      dated(
        [
          'Example Fees Act 2031',
          'No. 12, 2031',
          'An Act to provide for fees, and for related purposes',
          '[Assented to 12 March 2031]',
          '1. This Act may be cited as the Example Fees Act 2031.',
        ].join('\n\n'),
      ),
    ).toMatchObject({marked: ['docDate 2031-03-12 12 March 2031'], date: '2031-03-12', clauses: ['para_1']})
    expect(
      dated(
        [
          'THE EXAMPLE FEES ACT, 2031',
          'AN ACT to provide for fees.',
          '[12th March 2031]',
          '1. This Act may be cited as the Example Fees Act, 2031.',
        ].join('\n\n'),
      ),
    ).toMatchObject({marked: ['docDate 2031-03-12 12th March 2031'], date: '2031-03-12', clauses: ['para_1']})
  })

  it('keeps a commencement put otherwise than by a date in the front matter, under a number line `Act No. 5`', () => {
    const {document} = fromText(
      [
        'THE EXAMPLE FEES ACT, 2031',
        'Act No. 5',
        'AN ACT to provide for fees.',
        'Date of Commencement: See section 1.',
        '1. This Act may be cited as the Example Fees Act, 2031, and comes into force on such date as the Minister may appoint.',
        '2. Fees are due yearly.',
      ].join('\n\n'),
    )
    expect(prefaceLines(document)).toEqual([
      'THE EXAMPLE FEES ACT, 2031',
      'Act No. 5',
      'longTitle: AN ACT to provide for fees.',
      'Date of Commencement: See section 1.',
    ])
    expect(document.meta.frbr.number).toBe('5')
    expect(eIds(document)).toEqual(['para_1', 'para_2'])
  })

  it('takes no commencement for the act’s date (it marks it a `date`)', () => {
    const {date, marked} = dated(
      [
        'THE EXAMPLE FEES ACT, 2031',
        'Date of commencement: 1st April, 2031',
        'AN ACT to provide for fees.',
        '1. This Act may be cited as the Example Fees Act, 2031.',
      ].join('\n\n'),
    )
    expect(marked).toEqual(['date 2031-04-01 1st April, 2031'])
    expect(date).toBe('')
  })
})

describe('an act’s schedule headings: `Schedule 1—Amendments`, `SCHEDULE 1 — FEES`, `FIRST` / `SCHEDULE` wrapped', () => {
  const head = [
    'THE EXAMPLE FEES ACT, 2031',
    'AN ACT of Parliament to provide for fees.',
    'ENACTED by the Parliament of Kenya, as follows—',
    '1. This Act may be cited as the Example Fees Act, 2031, and shall come into operation on the',
    'date of its publication in the Gazette.',
  ]

  it('reads an Australian heading with its title after an unspaced dash as the schedule’s title, the line under it its text', () => {
    const {document} = fromText(
      [
        'Example Fees Act 2031',
        'No. 12, 2031',
        'An Act to provide for fees, and for related purposes',
        'The Parliament of Australia enacts:',
        '1. This Act is the Example Fees Act 2031.',
        '2. Legislation that is specified in a Schedule to this Act is amended as set out in the items in that Schedule.',
        'Schedule 1—Amendments',
        'Example Charges Act 2030',
        '1. Omit "ten units", substitute "twenty units".',
      ].join('\n\n'),
    )
    expect(prefaces(document)).toEqual([['schedule', 'Schedule 1—Amendments']])
    expect(plainText(all(document, 'attachment')[0] as never)).toContain('Example Charges Act 2030')
    expect(eIds(document).filter((eId) => !eId.startsWith('att_'))).toEqual([
      'preamble__formula_1',
      'para_1',
      'para_2',
    ])
  })

  it('reads `SCHEDULE 1 — FEES` on one line as a schedule, its number and title its title', () => {
    const {document} = fromText(
      [
        ...head,
        '2. The fees payable are set out in Schedule 1 and the exemptions in Schedule 2.',
        'SCHEDULE 1 — FEES',
        '1. A fee of ten units.',
        'SCHEDULE 2 – EXEMPTIONS',
        '1. A charity.',
      ].join('\n'),
    )
    expect(prefaces(document)).toEqual([
      ['schedule', 'SCHEDULE 1 — FEES'],
      ['schedule', 'SCHEDULE 2 – EXEMPTIONS'],
    ])
    expect(eIds(document)).toEqual([
      'preamble__formula_1',
      'para_1',
      'para_2',
      'att_1__para_1',
      'att_2__para_1',
    ])
  })

  it('joins a heading wrapped over two lines (`FIRST` / `SCHEDULE`), and opens none where a sentence wraps inside `the First` / `Schedule.`', () => {
    const {document} = fromText(
      [
        ...head,
        '2. The fees payable under this Act are those set out in the First',
        'Schedule.',
        '3. The fees are payable yearly to the Board established under section 4 of the Example Act and',
        'shall be accounted for in the Second',
        'SCHEDULE.',
        'FIRST',
        'SCHEDULE',
        '(s. 2)',
        'FEES',
        '1. A fee of ten units.',
        'SECOND',
        'SCHEDULE',
        '(s. 3)',
        'ACCOUNTS',
        '1. The accounts shall be kept.',
      ].join('\n'),
    )
    expect(prefaces(document)).toEqual([
      ['schedule', 'FIRST SCHEDULE FEES', '(s. 2)'],
      ['schedule', 'SECOND SCHEDULE ACCOUNTS', '(s. 3)'],
    ])
    expect(textOf(document, 'para_2')).toBe(
      'The fees payable under this Act are those set out in the First Schedule.',
    )
    expect(textOf(document, 'para_3')).toBe(
      'The fees are payable yearly to the Board established under section 4 of the Example Act and shall be accounted for in the Second SCHEDULE.',
    )
    expect(all(document, 'conclusions')).toHaveLength(0)
    expect(eIds(document)).toEqual([
      'preamble__formula_1',
      'para_1',
      'para_2',
      'para_3',
      'att_1__para_1',
      'att_2__para_1',
    ])
  })
  it('reads the heading’s two lines as one where blank lines part them, and the sentence cut inside `the First` / `Schedule.` as one clause', () => {
    const {document} = fromText(
      [
        ...head,
        '2. The fees payable under this Act are those set out in the First',
        'Schedule.',
        'FIRST',
        'SCHEDULE',
        '(s. 2)',
        'FEES',
        '1. A fee of ten units.',
      ].join('\n\n'),
    )
    expect(prefaces(document)).toEqual([['schedule', 'FIRST SCHEDULE FEES', '(s. 2)']])
    expect(all(document, 'conclusions')).toHaveLength(0)
    expect(textOf(document, 'para_2')).toBe(
      'The fees payable under this Act are those set out in the First\nSchedule.',
    )
  })
})

describe('an act’s sections headed by margin notes: beside the first lines (`pdftotext -layout`) or over the number', () => {
  /** Each section: its number, heading and text. */
  const sections = (document: Document) =>
    (all(document, 'paragraph') as unknown as {eId: string; children: {type: string}[]}[])
      .filter((paragraph) => /^para_\d+$/.test(paragraph.eId))
      .map((paragraph) => {
        const heading = paragraph.children.find((child) => child.type === 'heading')
        const content = paragraph.children.find((child) => child.type === 'content')
        return [
          paragraph.eId,
          heading ? plainText(heading as never) : undefined,
          content ? plainText(content as never).replace(/\n/g, ' ') : undefined,
        ]
      })
  const head = [
    '                          THE EXAMPLE FEES ACT, 2031',
    '',
    '                       AN ACT of Parliament to provide for fees.',
    '',
    '          ENACTED by the Parliament of Kenya, as follows—',
    '',
  ]

  it('lifts the notes printed at the left of the sections’ lines into their headings, the notes wrapped over lines too, no word lost', () => {
    const {document} = fromText(
      [
        ...head,
        'Short title.         1. This Act may be cited as the Example Fees Act, 2031, and shall',
        '                     come into operation on the date of its publication.',
        '',
        'Establishment        2. (1) There is established a Board to be known as the Fees',
        'of the Board.        Board.',
        '                     (2) The Board shall be a body corporate.',
        '',
        'Power of the Board   3. The Board may fix the fees payable under this Act and',
        'to fix fees.         publish them in the Gazette.',
        '',
        'Fees payable.        4. The fees payable are set out in the First Schedule.',
      ].join('\n'),
    )
    expect(sections(document)).toEqual([
      [
        'para_1',
        'Short title.',
        'This Act may be cited as the Example Fees Act, 2031, and shall come into operation on the date of its publication.',
      ],
      ['para_2', 'Establishment of the Board.', undefined],
      [
        'para_3',
        'Power of the Board to fix fees.',
        'The Board may fix the fees payable under this Act and publish them in the Gazette.',
      ],
      ['para_4', 'Fees payable.', 'The fees payable are set out in the First Schedule.'],
    ])
    expect(textOf(document, 'para_2__list_1__point_1')).toBe(
      'There is established a Board to be known as the Fees Board.',
    )
    expect(eIds(document)).toEqual([
      'preamble__formula_1',
      'para_1',
      'para_2',
      'para_2__list_1__point_1',
      'para_2__list_1__point_2',
      'para_3',
      'para_4',
    ])
  })

  it('lifts a note whose wrapped line stands alone, or beside a subsection’s text set further in, on a page with its number and furniture', () => {
    const {document} = fromText(
      [
        '                    THE EXAMPLE FEES ACT, 2031',
        '',
        '                           No. 3 of 2031',
        '',
        'AN ACT of Parliament to provide for the fees payable to the county governments',
        'and for connected purposes',
        '',
        'ENACTED by the Parliament of Kenya, as follows—',
        '',
        'Short title and          1. This Act may be cited as the Example Fees Act, 2031.',
        'commencement.',
        '',
        'Establishment of the     2. (1) There is established a Board to be known as the',
        'Fees Board.                 Fees Board.',
        '                         (2) The Board shall be a body corporate with perpetual',
        '                         succession and a common seal.',
        '',
        'Power to make            3. The Cabinet Secretary may make regulations for the',
        'regulations.             better carrying into effect of this Act.',
        '                                                                          1',
        '\f',
      ].join('\n'),
    )
    expect(sections(document)).toEqual([
      ['para_1', 'Short title and commencement.', 'This Act may be cited as the Example Fees Act, 2031.'],
      ['para_2', 'Establishment of the Fees Board.', undefined],
      [
        'para_3',
        'Power to make regulations.',
        'The Cabinet Secretary may make regulations for the better carrying into effect of this Act.',
      ],
    ])
    expect(textOf(document, 'para_2__list_1__point_1')).toBe(
      'There is established a Board to be known as the Fees Board.',
    )
    expect(textOf(document, 'para_2__list_1__point_2')).toBe(
      'The Board shall be a body corporate with perpetual succession and a common seal.',
    )
  })

  it('tells the notes by the act’s own sections, not a schedule’s items, nor the arrangement of sections', () => {
    const {document} = fromText(
      [
        'THE EXAMPLE FEES ACT, 2031',
        'ARRANGEMENT OF SECTIONS',
        '1. Short title.',
        '2. Fees payable.',
        'AN ACT of Parliament to provide for fees.',
        'ENACTED by the Parliament of Kenya, as follows—',
        'Short title.',
        '1. This Act may be cited as the Example Fees Act, 2031.',
        'Fees payable.',
        '2. The fees payable are set out in the Schedule.',
        'SCHEDULE',
        '(s. 2)',
        'FEES',
        '1. A licence.',
        '2. A permit.',
        '3. A certificate.',
        '4. A renewal.',
        '5. A copy.',
      ].join('\n'),
    )
    expect(sections(document)).toEqual([
      ['para_1', 'Short title.', 'This Act may be cited as the Example Fees Act, 2031.'],
      ['para_2', 'Fees payable.', 'The fees payable are set out in the Schedule.'],
    ])
  })

  it('reads a note on its own line over the section’s number as its heading, in single spacing and one paragraph a line, and none in a sentence’s last words or a table’s columns', () => {
    const lines = [
      'THE EXAMPLE FEES ACT, 2031',
      'AN ACT of Parliament to provide for fees.',
      'ENACTED by the Parliament of Kenya, as follows—',
      'Short title.',
      '1. This Act may be cited as the Example Fees Act, 2031.',
      'Establishment of the Board.',
      '2. (1) There is established a Board to be known as the Fees Board.',
      '(2) The Board shall be a body corporate.',
      'Fees payable.',
      '3. The fees payable are set out in the First Schedule.',
    ]
    const expected = [
      ['para_1', 'Short title.', 'This Act may be cited as the Example Fees Act, 2031.'],
      ['para_2', 'Establishment of the Board.', undefined],
      ['para_3', 'Fees payable.', 'The fees payable are set out in the First Schedule.'],
    ]
    expect(sections(fromText(lines.join('\n')).document)).toEqual(expected)
    expect(sections(fromText(lines.join('\n\n')).document)).toEqual(expected)
    // No heading in a sentence's last words over a section (`… set out in the First` / `Schedule.`).
    const {document} = fromText(
      [
        'ENACTED by the Parliament of Kenya, as follows—',
        '1. The fees payable under this Act are those set out in the First',
        'Schedule.',
        '2. Fees are due yearly.',
      ].join('\n'),
    )
    expect(all(document, 'heading')).toHaveLength(0)
    expect(eIds(document)).toEqual(['preamble__formula_1', 'para_1', 'para_2'])
    expect(textOf(document, 'para_1')).toContain('Schedule.')
    // Columns of a table whose second column is numbered are no margin notes.
    const table = fromText(
      [
        'ENACTED by the Parliament of Kenya, as follows—',
        '',
        '1. The fees are as follows:',
        '',
        'Item            Fee',
        'Licence         10. units a year',
        'Permit          5. units a month',
        '2. Fees are due yearly.',
      ].join('\n'),
    ).document
    expect(all(table, 'heading')).toHaveLength(0)
    expect(plainText(table)).toContain('Licence 10. units a year')
  })
})

describe('a long title whose head stands alone on its line: `AN ACT` / `To provide for …`', () => {
  it('reads both lines as one long title of the preface, no title nor recital, under the number line and a commencement', () => {
    const {document} = fromText(
      [
        'Example Fees Act 14 of 2031',
        'Act 14 of 2031',
        'Date of commencement: 1 April 2031',
        'AN ACT',
        'To provide for fees; and to provide for matters connected therewith.',
        'BE IT ENACTED by the Parliament of the Republic of South Africa, as follows:—',
        '1. This Act is called the Example Fees Act, 2031.',
        '2. The fees are set out in the Schedule.',
      ].join('\n'),
    )
    expect(prefaceLines(document)).toEqual([
      'Example Fees Act 14 of 2031',
      'Act 14 of 2031',
      'Date of commencement: 1 April 2031',
      'longTitle: AN ACT\nTo provide for fees; and to provide for matters connected therewith.',
    ])
    expect(all(document, 'docTitle')).toHaveLength(0)
    expect(all(document, 'recital')).toHaveLength(0)
    expect(eIds(document)).toEqual(['preamble__formula_1', 'para_1', 'para_2'])
  })
})

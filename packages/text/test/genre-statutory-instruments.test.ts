import {plainText} from '@clausewise/model'
import {describe, expect, it} from 'vitest'
import {fromText} from '../src/index.js'
import {eIds, furniture, textOf} from './genre-support.js'
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

describe('a United Kingdom statutory instrument’s schedules: `SCHEDULE 1`, its reference line (`Regulation 2`) and title', () => {
  const head = [
    'STATUTORY INSTRUMENTS',
    '2031 No. 789',
    'ENVIRONMENTAL PROTECTION, ENGLAND',
    'The Example Packaging Regulations 2031',
    'Made 3rd March 2031',
    'Coming into force 1st April 2031',
    'The Secretary of State, in exercise of the powers conferred by section 140 of the Environmental Protection Act 1990, makes the following Regulations:',
    'Citation and commencement',
    '1. These Regulations may be cited as the Example Packaging Regulations 2031.',
    'Exemptions',
    '2. Regulation 3 does not apply to the items listed in Schedule 1.',
    'Prohibition of supply',
    '3.—(1) A person must not supply a packaged item in the course of a business.',
    '(2) Schedule 2 has effect.',
    'John Example',
    'Parliamentary Under Secretary of State',
    'Department for Environment, Food and Rural Affairs',
    '2nd March 2031',
  ]
  const schedules = (first: string[], second: string[]) => [
    ...first,
    'Exempt items',
    '1. An item supplied for medical purposes.',
    '2. An item supplied for research.',
    ...second,
    'Enforcement',
    'PART 1',
    'Notices',
    '1. An officer may serve a notice.',
    '2. A notice must be in writing.',
    'EXPLANATORY NOTE',
    '(This note is not part of the Regulations)',
    'These Regulations restrict the supply of packaged items in England.',
  ]
  /** Each attachment: its name, then its preface's lines. */
  const prefaces = (document: ReturnType<typeof fromText>['document']) =>
    (all(document, 'attachment') as unknown as {name?: string; children: {type: string}[]}[]).map(
      (attachment) => {
        const preface = attachment.children.find((child) => child.type === 'preface')
        return [
          attachment.name,
          ...(preface ? all(preface as never, 'p').map((p) => plainText(p as never)) : []),
        ]
      },
    )

  it('reads each schedule as an attachment after the signature: the heading and its title line its title, the reference a line of its own', () => {
    const {document} = fromText(
      [...head, ...schedules(['SCHEDULE 1', 'Regulation 2'], ['SCHEDULE 2', 'Regulation 3'])].join('\n'),
    )
    expect(prefaces(document)).toEqual([
      ['schedule', 'SCHEDULE 1 Exempt items', 'Regulation 2'],
      ['schedule', 'SCHEDULE 2 Enforcement', 'Regulation 3'],
      ['explanatoryNote', 'EXPLANATORY NOTE (This note is not part of the Regulations)'],
    ])
    expect(all(document, 'docTitle').map((node) => plainText(node as never))).toContain(
      'SCHEDULE 1 Exempt items',
    )
    // The regulations keep their own paragraphs only; the schedules' are their own.
    expect(eIds(document).filter((eId) => eId.startsWith('para_'))).toEqual([
      'para_1',
      'para_2',
      'para_3',
      'para_3__list_1__point_1',
      'para_3__list_1__point_2',
    ])
    expect(eIds(document).filter((eId) => eId.startsWith('att_'))).toEqual([
      'att_1__para_1',
      'att_1__para_2',
      'att_2__part_1',
      'att_2__part_1__para_1',
      'att_2__part_1__para_2',
      'att_3__para_1',
    ])
    expect(textOf(document, 'para_3__list_1__point_2')).toBe('Schedule 2 has effect.')
    expect(all(document, 'conclusions').map((node) => plainText(node as never))).toEqual([
      'John Example\nParliamentary Under Secretary of State\nDepartment for Environment, Food and Rural Affairs\n2nd March 2031',
    ])
  })

  it('takes the reference out of the heading’s line where print sets it at the right margin (`SCHEDULE 1   Regulation 2`)', () => {
    const {document} = fromText(
      [
        ...head,
        ...schedules(
          ['                    SCHEDULE 1                              Regulation 2'],
          ['                    SCHEDULE 2                              Regulation 3'],
        ),
      ].join('\n'),
    )
    expect(prefaces(document).slice(0, 2)).toEqual([
      ['schedule', 'SCHEDULE 1 Exempt items', 'Regulation 2'],
      ['schedule', 'SCHEDULE 2 Enforcement', 'Regulation 3'],
    ])
    expect(eIds(document).filter((eId) => eId.startsWith('para_'))).toHaveLength(5)
  })

  it('reads an order’s sole `SCHEDULE` over `Article 2` as its attachment, not as an article, right after the last article', () => {
    const {document} = fromText(
      [
        'STATUTORY INSTRUMENTS',
        '2031 No. 456',
        'ROAD TRAFFIC',
        'The Speed Limits (Example Road) Order 2031',
        'Made 4th May 2031',
        'The Secretary of State, in exercise of the powers conferred by section 14 of the Road Traffic Regulation Act 1984, makes the following Order:',
        '1. This Order may be cited as the Speed Limits (Example Road) Order 2031.',
        '2. No person may drive on the roads in the Schedule at more than 30 miles per hour.',
        'SCHEDULE',
        'Article 2',
        'Roads subject to the restriction',
        '1. Example Road between its junctions with Main Street and High Street.',
        '2. Mill Lane.',
      ].join('\n'),
    )
    expect(prefaces(document)).toEqual([
      ['schedule', 'SCHEDULE Roads subject to the restriction', 'Article 2'],
    ])
    expect(eIds(document)).toEqual([
      'preamble__formula_1',
      'para_1',
      'para_2',
      'att_1__para_1',
      'att_1__para_2',
    ])
  })

  it('leaves a schedule an amending instrument inserts, in quotation marks, to the regulation that inserts it', () => {
    const {document} = fromText(
      [
        'STATUTORY INSTRUMENTS',
        '2031 No. 88',
        'The Example Fees (Amendment) Regulations 2031',
        'Made 4th May 2031',
        'The Secretary of State makes the following Regulations:',
        '1. These Regulations may be cited as the Example Fees (Amendment) Regulations 2031.',
        '2. For Schedule 2 to the Example Fees Regulations 2030 substitute—',
        '“SCHEDULE 2',
        'Regulation 3',
        'Fees',
        'A fee of ten units.”',
        '3. Regulation 4 is revoked.',
      ].join('\n'),
    )
    expect(all(document, 'attachment')).toHaveLength(0)
    expect(eIds(document)).toEqual(['preamble__formula_1', 'para_1', 'para_2', 'para_3'])
    expect(textOf(document, 'para_2')).toContain('“SCHEDULE 2')
  })

  it('leaves a sentence that opens with `Schedule 2` to the regulation it is part of', () => {
    const {document} = fromText(
      [
        'STATUTORY INSTRUMENTS',
        '2031 No. 77',
        'The Example Fees Regulations 2031',
        'Made 4th May 2031',
        'The Secretary of State makes the following Regulations:',
        '1. These Regulations may be cited as the Example Fees Regulations 2031.',
        '2. The fees are those of the Schedule.',
        'Schedule 2 has effect.',
        '3. A fee is payable on application.',
      ].join('\n'),
    )
    expect(all(document, 'attachment')).toHaveLength(0)
    expect(eIds(document)).toEqual(['preamble__formula_1', 'para_1', 'para_2', 'para_3'])
    expect(textOf(document, 'para_2')).toBe('The fees are those of the Schedule.\nSchedule 2 has effect.')
  })
})

describe('a United Kingdom statutory instrument as plain pdftotext gives its PDF: leaders, lettered notes, the explanatory note', () => {
  // The Queen's Printer letters the notes at a page's foot (`(a) 1988 c. 52.`), their markers fused
  // to the words they note (`… Act 1988(a).`), and sets leaders between `Made` and its date, which
  // the extraction prints as dashes on lines of their own.
  const text = [
    'STATUTORY INSTRUMENTS',
    '',
    '2031 No. 418',
    '',
    'ROAD TRAFFIC',
    '',
    'The Motor Vehicles (Example) (Amendment) Regulations 2031',
    '',
    'Made',
    '',
    '-',
    '',
    '-',
    '',
    '-',
    '',
    '26th March 2031',
    '',
    'Coming into force',
    '',
    '- - - -',
    '',
    '21st April 2031',
    '',
    'The Secretary of State makes these Regulations in exercise of the powers conferred by section 89(3) of the Road Traffic Act 1988(a).',
    '',
    'Citation and commencement',
    '1. These Regulations may be cited as the Motor Vehicles (Example) (Amendment) Regulations 2031.',
    '',
    'Amendment of the Motor Vehicles (Example) Regulations 1999',
    '2.—(1) The Motor Vehicles (Example) Regulations 1999(b) are amended as follows.',
    '(2) Omit regulation 41(4).',
    '',
    '(a) 1988 c. 52.',
    '(b) S.I. 1999/2864.',
    '\f2',
    '',
    'Signed by authority of the Secretary of State for Transport',
    '',
    'Jane Example',
    'Parliamentary Under Secretary of State',
    '',
    'EXPLANATORY NOTE',
    '(This note is not part of the Regulations)',
    'These Regulations amend the Motor Vehicles (Example) Regulations 1999.',
    '\f',
  ].join('\n')
  const {document, diagnostics} = fromText(text)

  it('lifts the lettered notes at the page’s foot and places each at its fused marker', () => {
    const notes = all(document, 'authorialNote') as unknown as {marker: string}[]
    expect(notes.map((note) => [note.marker, plainText(note as never)])).toEqual([
      ['(a)', '1988 c. 52.'],
      ['(b)', 'S.I. 1999/2864.'],
    ])
    expect(plainText(document)).not.toMatch(/1988\(a\)|1999\(b\)/)
    // No point lettered (a) or (b): the notes are no points (regulation 2's `(1)`, `(2)` are).
    expect(eIds(document).filter((eId) => /point_[ab]$/.test(eId))).toEqual([])
  })

  it('takes the leaders out of the front matter', () => {
    const preface = document.children.find((node) => node.type === 'preface')!
    expect(plainText(preface)).not.toMatch(/^-/m)
    expect(furniture(diagnostics)).toEqual(['-\n\n-\n\n-', '- - - -', '2'])
  })

  it('reads the explanatory note under its heading and bracketed line as an attachment', () => {
    const attachments = all(document, 'attachment') as {name?: string}[]
    expect(attachments.map((node) => node.name)).toEqual(['explanatoryNote'])
    expect(plainText(attachments[0] as never)).toContain('These Regulations amend')
    const conclusions = document.children.find((node) => node.type === 'conclusions')
    expect(conclusions && plainText(conclusions)).not.toContain('EXPLANATORY NOTE')
  })

  it('lifts the notes above the page’s number at its foot', () => {
    const foot = text.replace('(b) S.I. 1999/2864.\n\f2\n', '(b) S.I. 1999/2864.\n\n2\n\f\n')
    const notes = all(fromText(foot).document, 'authorialNote') as unknown as {marker: string}[]
    expect(notes.map((note) => note.marker)).toEqual(['(a)', '(b)'])
  })

  it('keeps the points that end a page, where the text above holds no fused markers of theirs', () => {
    const points = fromText(
      [
        'The Secretary of State makes these Regulations in exercise of the powers conferred by section 89(3) of the Road Traffic Act 1988.',
        '',
        '1. In regulation 3(a), these Regulations apply to—',
        '',
        '(a) vehicles of category B.',
        '(b) vehicles of category C.',
        '\f2',
        '',
        '2. These Regulations come into force on 21st April 2031.',
      ].join('\n'),
    ).document
    expect(all(points, 'authorialNote')).toHaveLength(0)
    expect(plainText(points)).toContain('vehicles of category B.')
  })
})

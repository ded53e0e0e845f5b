import {plainText} from '@clausewise/model'
import {describe, expect, it} from 'vitest'
import {fromText} from '../src/index.js'
import {meetings} from './meetings.js'
import {all, document} from './support.js'

describe('fromText with the English profile', () => {
  const {document: decision, diagnostics} = fromText(document('osce-decision.en.txt'), {meetings})
  const rules = diagnostics.map((diagnostic) => diagnostic.ruleId)

  it('detects English and reads the meeting, number, title and formula', () => {
    expect(decision.meta.language).toBe('en')
    expect(decision.meta.meeting).toEqual({
      day: 'Second day',
      name: 'Twenty-fourth Meeting',
      symbol: 'MC(24)',
      journal: '2',
      agendaItem: '7',
      place: 'Vienna',
    })
    expect(plainText(all(decision, 'docNumber')[0] as never)).toBe('DECISION No. 3/17')
    expect(plainText(all(decision, 'docTitle')[0] as never)).toBe(
      'STRENGTHENING EFFORTS TO PREVENT TRAFFICKING IN HUMAN BEINGS',
    )
    expect(plainText(all(decision, 'formula')[0] as never)).toBe('The Ministerial Council,')
  })

  it('takes page furniture out and keeps its exact text in diagnostics', () => {
    const furniture = diagnostics
      .filter((diagnostic) => diagnostic.ruleId === 'page-furniture')
      .map((diagnostic) => diagnostic.text)
    expect(furniture).toEqual(['MC.DEC/3/17/Corr.1', '- 2 -', 'Page 2 of 3', 'Page 3 of 3'])
    const place = diagnostics.find((diagnostic) => diagnostic.ruleId === 'page-furniture')?.place
    expect(place && 'start' in place ? place.start.line : 0).toBe(1)
    expect(plainText(decision, {notes: true})).not.toContain('Page 2')
  })

  it('reads recitals, rejoining a split superscript, a hyphenated word, and a sentence cut by a note', () => {
    const recitals = all(decision, 'recital').map((node) => plainText(node as never))
    expect(recitals).toHaveLength(3)
    expect(recitals[1]).toBe(
      'Recalling the challenges of the 21st century and the prevention measures agreed by the participating States in their co-operation with civil society,',
    )
    expect(recitals[2]).toBe(
      'Deeply concerned by the persistence of trafficking in children, which is a grave violation of their rights and of the Convention on the Rights of the Child and its Optional Protocols,',
    )
    expect(rules).toContain('hyphen-rejoined')
    expect(rules).toContain('hyphen-kept')
    expect(rules).toContain('page-break-joined')
  })

  it('places a footnote whose marker survived where the marker stood', () => {
    const recital = all(decision, 'recital')[2]!
    const p = (recital.children as {children: {type: string; marker?: string; eId?: string}[]}[])[0]!
    const types = p.children.map((child) => child.type)
    expect(types).toEqual(['text', 'authorialNote', 'text'])
    expect(p.children[1]).toMatchObject({
      marker: '2',
      eId: 'preamble__recitals_1__recital_3__authorialNote_1',
    })
    expect(plainText(p.children[1] as never)).toBe('United Nations, Treaty Series, vol. 1577, No. 27531.')
  })

  it('reads a note that goes on over a line starting with a number', () => {
    const note = all(decision, 'authorialNote').find((node) => node.marker === '1')!
    expect(plainText(note as never)).toBe(
      'Includes a correction made at the linguistic conformity session held on 2 February 2018.',
    )
    expect(decision.meta.lifecycle.map((event) => [event.type, event.date, event.symbol])).toEqual([
      ['generation', '2017-12-08', undefined],
      ['amendment', '2018-02-02', undefined],
    ])
  })

  it('reads paragraphs, points (a) and (b) after a page break, and the statement', () => {
    expect(all(decision, 'num').map((node) => node.value)).toEqual(['1.', '2.', '(a)', '(b)', '3.'])
    const attachment = all(decision, 'attachment')[0]!
    expect(attachment.author).toBe('delegation-russian-federation')
    expect(decision.meta.references[0]).toEqual({
      type: 'person',
      eId: 'delegation-russian-federation',
      showAs: 'Delegation of the Russian Federation',
      href: '/ontology/person/osce/delegation.russianFederation',
    })
    expect(plainText(all(attachment, 'docTitle')[0] as never)).toBe(
      'INTERPRETATIVE STATEMENT UNDER PARAGRAPH IV.1(A)6 OF THE RULES OF PROCEDURE OF THE ORGANIZATION FOR SECURITY AND CO-OPERATION IN EUROPE',
    )
    expect(all(attachment, 'paragraph')).toHaveLength(2)
  })

  it('reads a UN-style resolution', () => {
    const {document: resolution} = fromText(document('un-resolution.en.txt'), {language: 'en'})
    expect(resolution.name).toBe('resolution')
    expect(resolution.meta.frbr).toMatchObject({country: 'un', subtype: 'resolution', number: '72/999'})
    expect(resolution.meta.symbol).toBe('A/RES/72/999')
    expect(all(resolution, 'recital')).toHaveLength(3)
    const paragraphs = all(resolution, 'paragraph').map((node) => plainText(node as never))
    expect(paragraphs).toEqual([
      '1. Urges Member States to intensify their efforts to ensure inclusive education;',
      '2. Requests the Secretary-General to report to it at its seventy-fifth session on the implementation of the present resolution.',
    ])
  })
})

describe('fromText with footnotes past 999', () => {
  // A long report: ten paragraphs a page, each with its own footnote, the notes under a separator
  // at the page's foot; numbering runs past three digits on the 101st page.
  const lines = ['The General Assembly,', ' ', 'Recalling its earlier resolutions on the matter,', ' ']
  let marker = 0
  for (let page = 0; page < 101; page++) {
    const notes: string[] = []
    for (let line = 0; line < 10; line++) {
      marker++
      lines.push(
        `${marker}. Requests a report on the rivers,${marker} to be considered at a later session;`,
        ' ',
      )
      notes.push(`${marker} See document A/C.2/${marker}/Add.1, annex.`, ' ')
    }
    lines.push('__________________ ', ' ', ...notes, '\f')
  }
  const {document: report} = fromText(lines.join('\n'), {language: 'en'})

  it('lifts note 1000 and after as notes of their own, each at its marker', () => {
    const paragraphs = all(report, 'paragraph')
    expect(paragraphs).toHaveLength(1010)
    paragraphs.forEach((paragraph, index) => {
      const notes = all(paragraph, 'authorialNote')
      expect(notes.map((note) => note.marker)).toEqual([String(index + 1)])
      expect(plainText(notes[0] as never)).toBe(`See document A/C.2/${index + 1}/Add.1, annex.`)
      expect(plainText(paragraph as never)).toBe(
        `${index + 1}. Requests a report on the rivers, to be considered at a later session;`,
      )
    })
  })

  it('takes a year at a line start for no note: only the number that follows the last note', () => {
    const text = [
      'The General Assembly,',
      ' ',
      '1. Recalls the report of the Commission,1 adopted in Geneva;',
      ' ',
      '__________________ ',
      ' ',
      '1 A/79/10, chap. II, adopted on 3 May',
      '2024 at the 3rd meeting of the Commission.',
    ].join('\n')
    const notes = all(fromText(text, {language: 'en'}).document, 'authorialNote')
    expect(notes.map((note) => plainText(note as never))).toEqual([
      'A/79/10, chap. II, adopted on 3 May 2024 at the 3rd meeting of the Commission.',
    ])
  })
})

describe('fromText on a number wrapped to the start of a line', () => {
  const wrapped = (lineStart: string) =>
    [
      'The General Assembly,',
      '',
      'Recalling its resolution 70/1 of 25 September 2015 on the work of the International Labour',
      'Organization and its conventions on domestic workers and on the worst forms of child labour,',
      '',
      'Noting with concern that many States have not yet ratified the conventions of the Organization',
      'on the protection of workers at sea and of fishers, and that their work remains dangerous,',
      '',
      `1. Decides to act on the ratification of the Work in Fishing Convention, 2007 ${lineStart}`,
      '188) and of the other conventions of the International Labour Organization on the matter, and',
      'invites States to report on their progress;',
      '',
      '2. Requests the Secretary-General to report to it at its next session on the implementation of',
      'the present resolution.',
      '',
    ].join('\n')
  const eIds = (text: string) =>
    all(fromText(text).document, 'paragraph').map((paragraph) => String(paragraph.eId))

  it('reads `188)` that closes a parenthesis the line before opened as that line’s text, not a paragraph', () => {
    const {document: decision} = fromText(wrapped('(No.'))
    expect(eIds(wrapped('(No.'))).toEqual(['para_1', 'para_2'])
    expect(plainText(all(decision, 'paragraph')[0] as never)).toContain(
      'Convention, 2007 (No. 188) and of the',
    )
  })

  it('still starts a paragraph at such a number after a sentence with no parenthesis left open', () => {
    expect(eIds(wrapped('(No. 188) and of other conventions.'))).toEqual(['para_1', 'para_188', 'para_2'])
  })

  const numbered = (wrappedNumber: string) =>
    [
      'The General Assembly,',
      '',
      '11. Welcomes the report of the Secretary-General on the work of the Organization in the field.',
      '',
      '12. Decides to consider the matter at its next session, as recommended in the report of the',
      `Committee on its work in the field of the environment and of social development. ${wrappedNumber}`,
      'It is understood that the Committee reports on the implementation of the present resolution.',
      '',
      '13. Requests the Secretary-General to report to it at its next session.',
    ].join('\n')

  it('reads a number that goes back in the numbering, with no break before it, as the text’s own', () => {
    // Wrapped PDF text, where paragraph breaks mark paragraphs (a short text reads as web text otherwise).
    const text = numbered('The').replace('development. The\nIt', 'development.\n4. It')
    const {document: decision} = fromText(text, {layout: 'single-spaced'})
    expect(all(decision, 'paragraph').map((paragraph) => String(paragraph.eId))).toEqual([
      'para_11',
      'para_12',
      'para_13',
    ])
    expect(plainText(all(decision, 'paragraph')[1] as never)).toContain('development. 4. It is understood')
  })

  it('still starts a paragraph, without a break, at the next number or a restart at 1', () => {
    const at = (number: string) =>
      all(
        fromText(numbered('The').replace('development. The\nIt', `development.\n${number}. It`), {
          layout: 'single-spaced',
        }).document,
        'paragraph',
      ).map((paragraph) => String(paragraph.eId))
    expect(at('13')).toEqual(['para_11', 'para_12', 'para_13', 'para_13-2'])
    expect(at('1')).toEqual(['para_11', 'para_12', 'para_1', 'para_13'])
  })
})

describe('fromText on items numbered `1)` inside a numbered paragraph', () => {
  it('numbers `1)` items apart from `1.` paragraphs: the paragraph after seven items is still one', () => {
    const items = [1, 2, 3, 4, 5, 6, 7].map(
      (number) => `${number}) to act on the matter in the field ${number};`,
    )
    const text = [
      'The General Assembly,',
      '',
      '4. Welcomes the report of the Secretary-General on the work of the Organization in the field.',
      '',
      '5. Urges Member States:',
      ...items,
      '6. Requests the Secretary-General to report to it at its next session on the implementation.',
      '',
      '7. Decides to remain seized of the matter.',
    ].join('\n')
    const paragraphs = all(fromText(text, {layout: 'single-spaced'}).document, 'paragraph')
    const openings = paragraphs.map((paragraph) => plainText(paragraph as never).slice(0, 12))
    expect(openings).toContain('6. Requests ')
    expect(openings).toContain('7. Decides t')
  })
})

describe('fromText on a wrapped line that opens with an article', () => {
  it('reads `The Hague from 15 to 19 May 2023,` as the recital’s text, not a formula', () => {
    const text = [
      'The General Assembly,',
      '',
      'Recalling the decisions of the Conference of the States Parties at its session held in',
      'The Hague from 15 to 19 May 2023,',
      '',
      'Noting the efforts of the Organization,',
      '',
      '1. Decides to remain seized of the matter.',
    ].join('\n')
    const {document: decision} = fromText(text, {layout: 'single-spaced'})
    const recitals = all(decision, 'recital').map((recital) => plainText(recital as never))
    expect(recitals).toEqual([
      'Recalling the decisions of the Conference of the States Parties at its session held in The Hague from 15 to 19 May 2023,',
      'Noting the efforts of the Organization,',
    ])
  })
})

describe('fromText on copyright lines', () => {
  const text = (line: string) =>
    [
      'The General Assembly,',
      '',
      'Recalling the Berne Convention for the Protection of Literary and Artistic Works and the WIPO',
      line,
      '',
      '1. Decides to remain seized of the matter.',
      '',
    ].join('\n')
  const furniture = (line: string) =>
    fromText(text(line), {layout: 'single-spaced'})
      .diagnostics.filter((diagnostic) => diagnostic.ruleId === 'page-furniture')
      .map((diagnostic) => diagnostic.text?.trim())

  it('takes a copyright line out as furniture', () => {
    for (const line of [
      '© 2024 United Nations',
      'Copyright © 2023 Council of Europe',
      'Copyright 2021',
      '(c) 2019 OAS',
    ])
      expect(furniture(line)).toEqual([line])
  })

  it('keeps a wrapped line that opens with the word copyright as the sentence’s text', () => {
    for (const line of [
      'copyright and related rights of authors,',
      'Copyright Treaty, adopted in Geneva in 1996,',
    ]) {
      expect(furniture(line)).toEqual([])
      const recital = all(fromText(text(line), {layout: 'single-spaced'}).document, 'recital')[0]
      expect(plainText(recital as never)).toContain(`the WIPO ${line}`)
    }
  })
})

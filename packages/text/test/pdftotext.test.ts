import {type Document, ownText} from '@clausewise/model'
import {describe, expect, it} from 'vitest'
import {fromText} from '../src/index.js'
import {clausesOf, notesIn, numOf, read, truthOf} from './pdftotext-support.js'
import {expectedWords, modelWords} from './support.js'

// Invented decisions typeset by a word processor and extracted by poppler's pdftotext, with and
// without `-layout` (see fixtures/pdftotext/README.md): notes at a page's foot with no rule or blank
// line above them, note numbers set against the note's word, labels alone on their line.

describe.each([
  ['inv-en', 'layout'],
  ['inv-en', 'plain'],
  ['inv-en', 'raw'],
  ['inv-fr', 'layout'],
  ['inv-fr', 'plain'],
  ['inv-fr', 'raw'],
  ['inv-en-raised', 'plain'],
  ['inv-en-raised', 'layout'],
  ['inv-en-raised', 'raw'],
  ['inv-fr-raised', 'plain'],
  ['inv-fr-raised', 'layout'],
  ['inv-fr-raised', 'raw'],
  ['inv-en-long', 'layout'],
  ['inv-en-long', 'plain'],
  ['inv-en-long', 'raw'],
  ['inv-en-moved', 'layout'],
  ['inv-en-moved', 'plain'],
  ['inv-en-moved', 'raw'],
])('pdftotext: %s, %s', (name, mode) => {
  const truth = truthOf(name)
  const {document} = fromText(read(`${name}.${mode}.txt`))
  const clauses = clausesOf(document)

  it('reads every recital, paragraph and point, with its number', () => {
    expect(clauses.map((node) => ({type: node.type, num: numOf(node)}))).toEqual(truth.clauses)
  })

  it('lifts every footnote out of the text and places it in its clause', () => {
    const placed = clauses.flatMap((node, index) => notesIn(node).map((text) => ({text, clause: index})))
    expect(placed).toEqual(truth.notes.filter((note) => note.clause >= 0))
    for (const node of clauses) {
      const text = ownText(node)
      for (const note of truth.notes) expect(text).not.toContain(note.text.slice(0, 30))
    }
  })

  it('keeps every word, less page furniture, plus reported repairs', () => {
    const text = read(`${name}.${mode}.txt`)
    const {document: model, diagnostics} = fromText(text)
    expect(modelWords(model)).toEqual(expectedWords(text, diagnostics))
  })

  it('keeps page marks and running heads out of the clauses', () => {
    for (const node of clauses) expect(ownText(node)).not.toMatch(/\d+\/\d+\s*$|^-\d+-|A\/RES\/|MC\.DEC\//)
  })
})

describe('pdftotext: the number and its corrigendum note', () => {
  it.each(['inv-fr.layout', 'inv-fr.plain', 'inv-fr.raw', 'inv-fr-raised.plain'])(
    '%s: the note on the number dates the correction',
    (name) => {
      const {document} = fromText(read(`${name}.txt`))
      expect(document.meta.frbr.number).toBe('4/30')
      expect(document.meta.lifecycle.map((event) => event.date)).toEqual(['2031-03-14'])
    },
  )
})

describe('pdftotext: the rules on their own', () => {
  const head = 'The General Assembly,\n\nRecalling its resolutions,\n\n'

  it.each([undefined, 'single-spaced'] as const)(
    'joins a label alone on its line to the text after a blank line (layout: %s)',
    (layout) => {
      const text = `${head}1.\n\nTakes note of the report;\n\n2.\n\nRequests a report.\n`
      const {document} = fromText(text, layout ? {layout} : {})
      expect(clausesOf(document).map((node) => [numOf(node), ownText(node)])).toEqual([
        [undefined, 'Recalling its resolutions,'],
        ['1.', 'Takes note of the report;'],
        ['2.', 'Requests a report.'],
      ])
    },
  )

  it('leaves a year that ends a wrapped sentence where it is', () => {
    const text = `${head}1. Sets the target that every country has a plan by\n2030.\n\nStrengthen governance\n\n2. Requests a report.\n`
    const {document} = fromText(text, {layout: 'single-spaced'})
    const texts = clausesOf(document).map((node) => ownText(node))
    expect(texts).toContain('Sets the target that every country has a plan by 2030.')
    expect(texts.some((value) => value.startsWith('2030'))).toBe(false)
  })

  it('takes a number fallen onto its own line at a page foot for a note, with no blank line above', () => {
    const text = `${head}1. Takes note of the report of the Commission,1 and of its\nrecommendations, which\n1\n The report of the Commission, A/91/17.\n                      1/2\n\fare welcome;\n2. Requests a report.\n`
    const {document} = fromText(text, {layout: 'single-spaced'})
    expect(clausesOf(document).flatMap((node) => notesIn(node))).toEqual([
      'The report of the Commission, A/91/17.',
    ])
    for (const node of clausesOf(document)) expect(ownText(node)).not.toContain('A/91/17')
  })

  it('puts punctuation that fell onto a line of its own after a superscript back on its line', () => {
    const text = `${head}1. Takes note of the report of the Commission2\n, and of its recommendations;\n2. Requests a report.\n`
    const {document} = fromText(text, {layout: 'single-spaced'})
    expect(clausesOf(document).map((node) => ownText(node))).toEqual([
      'Recalling its resolutions,',
      'Takes note of the report of the Commission2, and of its recommendations;',
      'Requests a report.',
    ])
  })

  it('reads a note marker fused to a short number only where the document prints the number without it', () => {
    const page = (number: string, head: string): string =>
      `${head}\nDECISION No ${number}\nCOASTAL DATA\nThe Council,\nRecalling its decisions,\n1. Decides to act.\n1Includes a correction made on 14 March 2031.\n                 1/1\n\f`
    const options = {layout: 'single-spaced'} as const
    // The running head prints `4/30`: `4/301` is 4/30 and note 1.
    const fused = fromText(page('4/301', '                            MC.DEC/4/30/Corr.1'), options)
    expect(fused.document.meta.frbr.number).toBe('4/30')
    // Nothing prints `4/30`: the number is as printed, and the note goes to it with a warning.
    const kept = fromText(page('4/301', ''), options)
    expect(kept.document.meta.frbr.number).toBe('4/301')
    expect(kept.diagnostics.map((message) => message.ruleId)).toContain('footnote-reattached')
  })

  it('takes a number set against a capital at a page foot for a note only in sequence', () => {
    const page = (body: string, foot: string): string => `${body}\n${foot}\n                      1/2\n\f`
    const noted = fromText(
      `${head}${page('1. Takes note of the report of the Commission,1 and of its\nrecommendations;', '1Official Records, Supplement No. 17.')}2. Requests a report.\n`,
    )
    expect(clausesOf(noted.document).flatMap((node) => notesIn(node))).toEqual([
      'Official Records, Supplement No. 17.',
    ])
    // `5G` is no note 5 where no note came before: it stays the clause's text.
    const plain = fromText(
      `${head}${page('1. Takes note of the report of the Commission on networks and of its', '5G Networks, a report.')}2. Requests a report.\n`,
    )
    expect(clausesOf(plain.document).flatMap((node) => notesIn(node))).toEqual([])
    expect(ownText(clausesOf(plain.document)[1]!)).toContain('5G Networks, a report.')
  })
})

describe('pdftotext: note numbers printed after the note (plain mode, raised numbers)', () => {
  const head = 'The General Assembly,\n\nRecalling its resolutions,\n\n'
  const options = {layout: 'single-spaced'} as const
  const notesOf = (document: Document): string[] => clausesOf(document).flatMap((node) => notesIn(node))

  it('reads a number on the line after its note, the note under the text with no blank line', () => {
    // The note is set smaller than the text: its full line holds more than the text's.
    const text = `${head}1. Takes note of the report of the Commission on the coastal data,1 and of\nthe recommendations of the regional centres on the data of the coastal\nStates, which it welcomes;\nSee the report of the Commission on its third session, and the views of the regional centres, paras. 4\nto 9.\n1\n\n                      1/2\n\f2. Requests a report.\n`
    const {document} = fromText(text, options)
    expect(notesOf(document)).toEqual([
      'See the report of the Commission on its third session, and the views of the regional centres, paras. 4 to 9.',
    ])
    expect(clausesOf(document).map((node) => ownText(node))).toEqual([
      'Recalling its resolutions,',
      'Takes note of the report of the Commission on the coastal data, and of the recommendations of the regional centres on the data of the coastal States, which it welcomes;',
      'Requests a report.',
    ])
  })

  it('leaves in the text a line above the note that is two of its lines joined (a rejoined hyphenated word)', () => {
    const joined =
      'the recommendations of the regional centres on the data of the coastal States and of the working group on its methods, which it welcomes;'
    const text = `${head}1. Takes note of the report of the Commission on the coastal data,1 and of\n${joined}\nSee the report of the Commission on its third session, and the views of the regional centres, paras. 4\nto 9.\n1\n\n                      1/2\n\f2. Requests a report.\n`
    const {document} = fromText(text, options)
    expect(notesOf(document)).toEqual([
      'See the report of the Commission on its third session, and the views of the regional centres, paras. 4 to 9.',
    ])
    expect(ownText(clausesOf(document)[1]!)).toContain('which it welcomes;')
  })

  it('reads numbers printed past a blank line after their notes, furniture after the last', () => {
    const text = `${head}1. Takes note of the report of the Commission,1 and of the recommendations\nof the regional centres,2 which it\nOfficial Records, Supplement No. 17.\n\n1\n\nIbid., chap. II.\n\n2\n\n31-04417\n\n1/2\n\fwelcomes;\n2. Requests a report.\n`
    const {document} = fromText(text, options)
    expect(notesOf(document)).toEqual(['Official Records, Supplement No. 17.', 'Ibid., chap. II.'])
    expect(ownText(clausesOf(document)[1]!)).toBe(
      'Takes note of the report of the Commission, and of the recommendations of the regional centres, which it welcomes;',
    )
  })

  it('takes no page number alone at a page foot for a note', () => {
    // Each page ends with its number; the text prints `2` against a word (`group,2`), and the notes
    // so far end with 1: the `2` that ends the second page is its number all the same.
    const text = `${head}1. Takes note of the report of the Commission,1 and of the\nrecommendations of its working group,2 which it welcomes;\nOfficial Records, Supplement No. 17.\n\n1\n\n1\n\f2. Requests a report of the Secretary-General on\nthe recommendations.\n\n2\n\f3. Decides to remain seized of the matter.\n\n3\n`
    const {document} = fromText(text, options)
    expect(notesOf(document)).toEqual(['Official Records, Supplement No. 17.'])
    expect(clausesOf(document).map((node) => ownText(node))).toContain(
      'Requests a report of the Secretary-General on the recommendations.',
    )
  })

  it('takes no number after a line for a note when the text prints it against no word', () => {
    const text = `${head}1. Takes note of the report of the Commission and of its\nrecommendations.\n\n1\n\n31-04417\n\f2. Requests a report.\n`
    const {document} = fromText(text, options)
    expect(notesOf(document)).toEqual([])
    expect(ownText(clausesOf(document)[1]!)).toContain('recommendations.')
  })
})

describe('pdftotext: note numbers raised on lines of their own (-layout, -raw)', () => {
  const head = 'The General Assembly,\n\nRecalling its resolutions,\n\n'
  const options = {layout: 'single-spaced'} as const
  const notesBy = (document: Document): string[][] => clausesOf(document).map((node) => notesIn(node))

  it("-raw: reads each number before its note at the margin, the text above it the clause's", () => {
    // The page's text stops mid-sentence right above the first number, and the note opens in lower case.
    const text = `${head}1. Takes note of the report of the Commission,1\nand of the recommendations of its working group,2 and invites it to strengthen\n1\nhttps://example.org/coastal-data/.\n2\nIbid., chap. II. See also the report of the working group on its third session and the views of\nthe regional centres, paras. 4 to 9.\n31-04417 1/2\n\fthe regional centres;\n2. Requests a report.\n`
    const {document} = fromText(text, options)
    expect(notesBy(document)).toEqual([
      [],
      [
        'https://example.org/coastal-data/.',
        'Ibid., chap. II. See also the report of the working group on its third session and the views of the regional centres, paras. 4 to 9.',
      ],
      [],
    ])
    expect(ownText(clausesOf(document)[1]!)).toBe(
      'Takes note of the report of the Commission, and of the recommendations of its working group, and invites it to strengthen the regional centres;',
    )
  })

  it("-layout: reads a number printed after its note's first line, the line after it going on in lower case", () => {
    const text = `${head}1.     Takes note of the report of the Commission,1 and of the recommendations of\n       its working group,2 which it welcomes;\n\n1\n Official Records, Supplement No. 17.\nIbid., chap. II. See also the report of the working group on its third session and the views of the\n2\n\nregional centres, paras. 4 to 9.\n                      31-04417   1/2\n\f2.     Requests a report.\n`
    const {document} = fromText(text, options)
    expect(notesBy(document)).toEqual([
      [],
      [
        'Official Records, Supplement No. 17.',
        'Ibid., chap. II. See also the report of the working group on its third session and the views of the regional centres, paras. 4 to 9.',
      ],
      [],
    ])
  })

  it("-layout: gives a number that follows a one-line note that line, when the next note's first line is the only one left to it", () => {
    const text = `${head}1.     Takes note of the report of the Commission,1 and of the recommendations of\n       its working group,2 which it welcomes;\n\n Official Records, Supplement No. 17.\n1\n Ibid., chap. II. See also the report of the working group on its third session and the views of the\n2\n\nregional centres, paras. 4 to 9.\n                      31-04417   1/2\n\f2.     Requests a report.\n`
    const {document} = fromText(text, options)
    expect(notesBy(document)[1]).toEqual([
      'Official Records, Supplement No. 17.',
      'Ibid., chap. II. See also the report of the working group on its third session and the views of the regional centres, paras. 4 to 9.',
    ])
    expect(ownText(clausesOf(document)[1]!)).toBe(
      'Takes note of the report of the Commission, and of the recommendations of its working group, which it welcomes;',
    )
  })

  it('takes no number followed only by furniture and the next number for one printed before its note', () => {
    // Plain pdftotext prints raised numbers after their notes: `2` below `Ibid.` is its number.
    const text = `${head}1. Takes note of the report of the Commission,1 and of the recommendations\nof the regional centres,2 which it welcomes;\nOfficial Records, Supplement No. 17.\n\n1\n\nIbid., chap. II.\n\n2\n\n31-04417\n\n1/2\n\f2. Requests a report.\n`
    const {document} = fromText(text, options)
    expect(notesBy(document)[1]).toEqual(['Official Records, Supplement No. 17.', 'Ibid., chap. II.'])
  })
})

describe('pdftotext: long notes a word processor moves or splits across pages', () => {
  const head = 'The General Assembly,\n\nRecalling its resolutions,\n\n'
  const options = {layout: 'single-spaced'} as const
  const notesBy = (document: Document): string[][] => clausesOf(document).map((node) => notesIn(node))

  it("anchors a note printed on the page after its marker, its marker before that page's notes", () => {
    // The marker `group,2` ends the first page, with no room left for its note under it.
    const text = `${head}1. Takes note of the report of the Commission,1 and of the recommendations\nof its working group,2\n\n1Official Records, Supplement No. 17.\n                      1/2\n\fwhich it welcomes;\n2. Requests a report,3 in particular on data.\n\n2Ibid., chap. II.\n3Ibid., chap. III.\n                      2/2\n`
    const {document, diagnostics} = fromText(text, options)
    expect(notesBy(document)).toEqual([
      [],
      ['Official Records, Supplement No. 17.', 'Ibid., chap. II.'],
      ['Ibid., chap. III.'],
    ])
    expect(diagnostics.map((message) => message.ruleId)).not.toContain('footnote-reattached')
  })

  it('puts the end of a note carried onto the next page back on its note', () => {
    const text = `${head}1. Takes note of the report of the Commission,1 and of the recommendations of\nits working group, which it welcomes;\n\n1Official Records, Supplement No. 17. See also the views of the\n                      1/2\n\f2. Requests a report,2 in particular on data.\n\nregional centres, paras. 4 to 9.\n2Ibid., chap. II.\n                      2/2\n`
    const {document} = fromText(text, options)
    expect(notesBy(document)).toEqual([
      [],
      ['Official Records, Supplement No. 17. See also the views of the regional centres, paras. 4 to 9.'],
      ['Ibid., chap. II.'],
    ])
    expect(ownText(clausesOf(document)[2]!)).toBe('Requests a report, in particular on data.')
  })

  it('-raw: puts the end of a note carried onto the next page back on its note, no blank line above it', () => {
    const text = `${head}1. Takes note of the report of the Commission,1 and of the recommendations of\nits working group, which it welcomes;\n1Official Records, Supplement No. 17. See also the views of the\n31-04417 1/2\n\f2. Requests a report,2 in particular on data;\nregional centres, paras. 4 to 9.\n2Ibid., chap. II.\n31-04417 2/2\n`
    const {document} = fromText(text, options)
    expect(notesBy(document)).toEqual([
      [],
      ['Official Records, Supplement No. 17. See also the views of the regional centres, paras. 4 to 9.'],
      ['Ibid., chap. II.'],
    ])
    expect(ownText(clausesOf(document)[2]!)).toBe('Requests a report, in particular on data;')
  })

  it('-raw: leaves a line under text that stops short of its sentence in the text', () => {
    const text = `${head}1. Takes note of the report of the Commission,1 and of the recommendations of\nits working group, which it welcomes;\n1Official Records, Supplement No. 17. See also the views of the\n31-04417 1/2\n\f2. Requests a report,2 in particular on\nregional centres and their data.\n2Ibid., chap. II.\n31-04417 2/2\n`
    const {document} = fromText(text, options)
    expect(notesBy(document)[1]).toEqual(['Official Records, Supplement No. 17. See also the views of the'])
    expect(ownText(clausesOf(document)[2]!)).toBe(
      'Requests a report, in particular on regional centres and their data.',
    )
  })

  it('carries the end of a note onto the next page only: a page without notes between ends it', () => {
    const text = `${head}1. Takes note of the report of the Commission,1 and of the recommendations of\nits working group, which it welcomes;\n\n1Official Records, Supplement No. 17. See also the views of the\n                      1/3\n\f2. Requests a report in particular on data.\n                      2/3\n\f3. Decides to act,2 in particular on data.\n\nregional centres, paras. 4 to 9.\n2Ibid., chap. II.\n                      3/3\n`
    const {document} = fromText(text, options)
    expect(notesBy(document).flat()).toEqual([
      'Official Records, Supplement No. 17. See also the views of the',
      'Ibid., chap. II.',
    ])
  })

  it("leaves a paragraph above a page's notes in the text when the note before ended its sentence", () => {
    const text = `${head}1. Takes note of the report of the Commission,1 and of the recommendations of\nits working group, which it welcomes;\n\n1Official Records, Supplement No. 17.\n                      1/2\n\f2. Requests a report,2 in particular on data.\n\nDecides to remain seized of the matter.\n2Ibid., chap. II.\n                      2/2\n`
    const {document} = fromText(text, options)
    expect(notesBy(document).flat()).toEqual(['Official Records, Supplement No. 17.', 'Ibid., chap. II.'])
    expect(
      clausesOf(document)
        .map((node) => ownText(node))
        .join(' '),
    ).toContain('Decides to remain seized of the matter.')
  })
})

describe('pdftotext: page breaks', () => {
  it.each(['inv-en', 'inv-fr'])(
    '%s, layout: a join is reported at a page break, never at an indented line',
    (name) => {
      const text = read(`${name}.layout.txt`)
      const lines = text.split('\n')
      const joins = fromText(text).diagnostics.filter((message) => message.ruleId === 'page-break-joined')
      // Each join spans a page break: from the sentence's last line on one page to its next line on
      // the next, a form feed between.
      for (const join of joins) {
        const place = join.place && 'start' in join.place ? join.place : undefined
        expect(place).toBeDefined()
        expect(lines.slice(place!.start.line - 1, place!.end.line).join('\n')).toContain('\f')
      }
      const breaks = lines.filter((line) => line.includes('\f')).length
      expect(joins.length).toBeGreaterThan(0)
      expect(joins.length).toBeLessThanOrEqual(breaks)
    },
  )
})

describe('pdftotext: a page set in two columns', () => {
  const truth = truthOf('inv-en-columns')

  it('warns that -layout printed the columns side by side, once, from the first line', () => {
    const text = read('inv-en-columns.layout.txt')
    const warnings = fromText(text).diagnostics.filter((message) => message.ruleId === 'columns-side-by-side')
    expect(warnings).toHaveLength(1)
    expect(warnings[0]!.fatal).toBe(false)
    const place = warnings[0]!.place && 'start' in warnings[0]!.place ? warnings[0]!.place : undefined
    expect(place?.start.line).toBe(1)
    expect(place?.end.line).toBeGreaterThan(text.split('\n').length - 10)
  })

  it('reads the -raw extraction of the same PDF exactly, with no such warning', () => {
    const {document, diagnostics} = fromText(read('inv-en-columns.raw.txt'))
    expect(clausesOf(document).map((node) => ({type: node.type, num: numOf(node)}))).toEqual(truth.clauses)
    expect(diagnostics.map((message) => message.ruleId)).not.toContain('columns-side-by-side')
  })

  it('gives no such warning for any single-column extraction', () => {
    for (const name of ['inv-en', 'inv-fr'])
      for (const mode of ['layout', 'plain', 'raw']) {
        const {diagnostics} = fromText(read(`${name}.${mode}.txt`))
        expect(diagnostics.map((message) => message.ruleId)).not.toContain('columns-side-by-side')
      }
  })
})

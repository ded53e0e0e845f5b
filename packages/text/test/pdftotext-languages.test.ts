import {type Document, type Nodes, ownText} from '@clausewise/model'
import {describe, expect, it} from 'vitest'
import {fromText} from '../src/index.js'
import {clausesOf, notesIn, numOf, read, specOf, truthOf} from './pdftotext-support.js'
import {expectedWords, modelWords} from './support.js'

// One invented decision in each language, as the General Assembly prints its resolutions (the head
// line with the adoption date, the session and number before the title, the meeting line at the
// end) and as the OSCE prints its decisions (number and title in capitals, the body's formula),
// typeset by a word processor and extracted with `pdftotext -layout` (see
// fixtures/pdftotext/languages/README.md). Each must read as the English one does.

/** The first node of a type in a document, in document order. */
function first(document: Document, type: string): Nodes | undefined {
  const visit = (node: Nodes): Nodes | undefined => {
    if (node.type === type) return node
    if ('children' in node && Array.isArray(node.children))
      for (const child of node.children as Nodes[]) {
        const found = typeof child === 'object' ? visit(child) : undefined
        if (found) return found
      }
    return undefined
  }
  for (const child of document.children) {
    const found = visit(child as Nodes)
    if (found) return found
  }
  return undefined
}

const textOf = (node: Nodes | undefined): string | undefined =>
  node && ownText(node).replace(/\s+/g, ' ').trim()

/** Every text of a node, the clauses inside it included, white space made single. */
function allText(node: Nodes): string {
  const parts: string[] = []
  const walk = (child: Nodes): void => {
    if (child.type === 'text') parts.push(child.value)
    else if ('children' in child && Array.isArray(child.children))
      for (const inner of child.children as Nodes[]) if (typeof inner === 'object') walk(inner)
  }
  walk(node)
  return parts.join(' ').replace(/\s+/g, ' ')
}

const languages = {ga: ['en', 'fr', 'es', 'de', 'it', 'pt', 'ru'], osce: ['en', 'fr', 'es', 'de', 'it', 'ru']}
const fixtures = Object.entries(languages).flatMap(([shape, codes]) =>
  codes.map((code) => [`languages/${shape}-${code}`, shape, code] as const),
)

describe.each(fixtures)('pdftotext -layout: %s', (name, shape, code) => {
  const spec = specOf(name)
  const truth = truthOf(name)
  const text = read(`${name}.layout.txt`)
  const {document, diagnostics} = fromText(text)
  const clauses = clausesOf(document)
  const heads = spec.blocks.filter(([kind]) => kind === 'title').map(([, value]) => value)
  const formula = spec.blocks.find(([kind]) => kind === 'formula')![1]

  it('detects its language', () => {
    expect(document.meta.language).toBe(code)
  })

  it('reads every recital and paragraph, with its number', () => {
    expect(clauses.map((node) => ({type: node.type, num: numOf(node)}))).toEqual(truth.clauses)
  })

  it('places every footnote in its clause, and no note text in a clause', () => {
    const placed = clauses.flatMap((node, index) =>
      notesIn(node).map((note) => ({text: note, clause: index})),
    )
    expect(placed).toEqual(truth.notes)
    for (const node of clauses)
      for (const note of truth.notes) expect(ownText(node)).not.toContain(note.text.slice(0, 30))
  })

  it('keeps every word, less page furniture, plus reported repairs', () => {
    expect(modelWords(document)).toEqual(expectedWords(text, diagnostics))
  })

  it('reads the formula as the formula', () => {
    expect(textOf(first(document, 'formula'))).toBe(formula)
  })

  if (shape === 'ga') {
    it('reads the number and title, the adoption date and the meeting line', () => {
      // `84/123. Regional cooperation …`: the number, a space, the title.
      const line = heads[2]!
      const [number, title] = [line.slice(0, line.indexOf(' ')), line.slice(line.indexOf(' ') + 1)]
      expect(textOf(first(document, 'docNumber'))).toBe(number)
      expect(textOf(first(document, 'docTitle'))).toBe(title)
      expect(document.meta.frbr.number).toBe('84/123')
      expect(document.meta.frbr.date).toBe('2029-12-12')
      expect(document.meta.body?.eId).toBe('un-ga')
      const meeting = spec.blocks.filter(([kind]) => kind === 'plain').map(([, value]) => value)
      expect(textOf(first(document, 'conclusions'))).toBe(meeting.join(' '))
      expect(ownText(clauses[clauses.length - 1]!)).not.toContain(meeting[0])
    })
  } else {
    it('reads the number, the title and the body', () => {
      expect(textOf(first(document, 'docNumber'))).toBe(heads[0])
      expect(textOf(first(document, 'docTitle'))).toBe(heads[1])
      expect(document.meta.frbr.number).toBe('4/30')
      expect(document.meta.body?.eId).toBe('osce-mc')
    })
  }
})

// A Security Council resolution: its number and adoption line, a paragraph that introduces lettered
// points, and an annex set right under the last paragraph, its heading and title each on a line of
// their own and its text under them with no blank line between. With `-layout` and without (plain
// pdftotext prints the second page's hanging number `4.` above the page's running head).
const councils = ['en', 'fr', 'es', 'de', 'it', 'pt', 'ru'].flatMap((code) =>
  ['layout', 'plain'].map((mode) => [code, mode] as const),
)

describe.each(councils)('pdftotext: languages/sc-%s, %s', (code, mode) => {
  const name = `languages/sc-${code}`
  const spec = specOf(name)
  const truth = truthOf(name)
  const text = read(`${name}.${mode}.txt`)
  const {document, diagnostics} = fromText(text)
  const main = clausesOf({
    ...document,
    children: document.children.filter((child) => child.type !== 'attachments'),
  })
  const titles = spec.blocks.filter(([kind]) => kind === 'title').map(([, value]) => value)

  it('reads the recitals, the paragraphs and the points of the resolution, with their numbers', () => {
    expect(main.map((node) => ({type: node.type, num: numOf(node)}))).toEqual(truth.clauses)
  })

  it('places every footnote in its clause', () => {
    const placed = main.flatMap((node, index) => notesIn(node).map((note) => ({text: note, clause: index})))
    expect(placed).toEqual(truth.notes)
  })

  it('reads the number, the adoption date and the body', () => {
    expect(textOf(first(document, 'docNumber'))).toBe(titles[0])
    expect(document.meta.frbr.number).toBe('2999 (2031)')
    expect(document.meta.frbr.date).toBe('2031-12-12')
    expect(document.meta.body?.eId).toBe('un-sc')
  })

  it('makes the annex an attachment, its heading and title its title, its text its body', () => {
    const attachment = first(document, 'attachment')
    expect(attachment && 'name' in attachment ? attachment.name : undefined).toBe('annex')
    expect(textOf(first({...document, children: [attachment!]} as Document, 'docTitle'))).toBe(
      `${titles[1]} ${titles[2]}`,
    )
    const annex = allText(attachment!)
    for (const [kind, value] of spec.blocks) if (kind === 'plain') expect(annex).toContain(value.slice(0, 40))
    expect(ownText(main[main.length - 1]!)).not.toContain(titles[1])
  })

  it('keeps every word, less page furniture, plus reported repairs', () => {
    expect(modelWords(document)).toEqual(expectedWords(text, diagnostics))
  })
})

// A Main Committee's draft resolution under the cover UN documents print: two columns (`United
// Nations` and the symbol, the body and the distribution, date, language and original language), the
// session, committee and agenda item with its title, the sponsors' line, the title and the formula.
// With `-layout` the columns stand side by side on a line; without it, the blank lines between the
// cover, the sponsors and the title are gone.
const drafts = ['en', 'fr', 'es', 'ru'].flatMap((code) =>
  ['layout', 'plain'].map((mode) => [code, mode] as const),
)

describe.each(drafts)('pdftotext: languages/draft-%s, %s', (code, mode) => {
  const name = `languages/draft-${code}`
  const spec = specOf(name)
  const truth = truthOf(name)
  const text = read(`${name}.${mode}.txt`)
  const {document, diagnostics} = fromText(text)
  const clauses = clausesOf(document)
  const block = (kind: string): string => spec.blocks.find(([each]) => each === kind)![1]
  const preface = document.children.find((child) => child.type === 'preface')
  const cover = spec.blocks.find(([kind]) => kind === 'cover')![1] as unknown as string[][]

  it('takes the cover out as page furniture, its two columns too', () => {
    const front = preface ? allText(preface) : ''
    for (const line of [
      ...cover.flat().flatMap((cell) => cell.split('\n')),
      ...spec.blocks
        .filter(([kind]) => kind === 'tight')
        .slice(0, 3)
        .map(([, value]) => value),
    ])
      if (line) expect(front).not.toContain(line)
  })

  it('reads the title under the sponsors, and keeps their line in the preface', () => {
    expect(textOf(first(document, 'docTitle'))).toBe(block('title'))
    expect(allText(preface!)).toContain(block('spaced'))
    expect(document.meta.frbr.number).toBe('A/C.2/84/L.5')
  })

  it('reads the formula, the recitals and the paragraphs', () => {
    expect(textOf(first(document, 'formula'))).toBe(block('formula'))
    expect(clauses.map((node) => ({type: node.type, num: numOf(node)}))).toEqual(truth.clauses)
    expect(
      clauses.flatMap((node, index) => notesIn(node).map((note) => ({text: note, clause: index}))),
    ).toEqual(truth.notes)
  })

  it('keeps every word, less page furniture, plus reported repairs', () => {
    expect(modelWords(document)).toEqual(expectedWords(text, diagnostics))
  })
})

// Council conclusions under a Council of the EU cover (two columns: the Council's name and the place
// and date, the original language, the document's number, the interinstitutional file), on a page of
// its own, each page's foot two lines (the number, the drafter's initials and the page; the
// directorate and the language code), which `-layout` sets side by side with white space between.
describe.each(['layout', 'plain', 'raw'])('pdftotext: languages/council-en, %s', (mode) => {
  const name = 'languages/council-en'
  const spec = specOf(name)
  const truth = truthOf(name)
  const text = read(`${name}.${mode}.txt`)
  const {document, diagnostics} = fromText(text)
  const clauses = clausesOf(document)
  const cover = spec.blocks.find(([kind]) => kind === 'cover')![1] as unknown as string[][]
  const coverLines = cover
    .flat()
    .flatMap((cell) => cell.split('\n'))
    .filter((line) => line !== '')

  it('reads the formula, the paragraphs and their notes', () => {
    expect(textOf(first(document, 'formula'))).toBe('THE COUNCIL OF THE EUROPEAN UNION,')
    expect(clauses.map((node) => ({type: node.type, num: numOf(node)}))).toEqual(truth.clauses)
    expect(
      clauses.flatMap((node, index) => notesIn(node).map((note) => ({text: note, clause: index}))),
    ).toEqual(truth.notes)
  })

  it('keeps the cover and the pages’ feet out of the clauses and notes, and records the number', () => {
    for (const node of clauses) {
      const own = allText(node)
      expect(own).not.toMatch(/7123\/31|AB\/cd|LIFE\.5|\bEN\b/)
      for (const line of coverLines) expect(own).not.toContain(line)
    }
    expect(document.meta.symbol).toBe('7123/31')
  })

  it('keeps every word, less page furniture, plus reported repairs', () => {
    expect(modelWords(document)).toEqual(expectedWords(text, diagnostics))
  })
})

describe('pdftotext -layout: a Council of the EU cover and feet, cells side by side', () => {
  const text = read('languages/council-en.layout.txt')
  const {document} = fromText(text)
  const preface = document.children.find((child) => child.type === 'preface')

  it('takes the cover out as page furniture, its two columns on one line too', () => {
    const front = preface ? allText(preface) : ''
    for (const line of [
      'Council of the',
      'European Union',
      'Brussels, 14 March 2031',
      '(OR. en)',
      'Interinstitutional File',
      '2031/0123(NLE)',
    ])
      expect(front).not.toContain(line)
    expect(front).toContain('Council conclusions on mental health')
  })
})

// The same decisions extracted with `pdftotext -nopgbrk` (no form feed between pages): the page marks
// (`29-12345   1/3`, `1/3`, `-1-`) say where each page ends, so the notes at its foot, which no rule
// parts from the text, and its running head are found as with form feeds.
describe.each([
  ['ga-en', '-layout -nopgbrk'],
  ['ga-ru', '-nopgbrk'],
  ['osce-de', '-layout -nopgbrk'],
])('pdftotext %s, %s', (code) => {
  const name = `languages/${code}`
  const truth = truthOf(name)
  const text = read(`${name}.nopgbrk.txt`)
  const {document, diagnostics} = fromText(text)
  const clauses = clausesOf(document)

  it('reads every recital and paragraph, and places every footnote in its clause', () => {
    expect(clauses.map((node) => ({type: node.type, num: numOf(node)}))).toEqual(truth.clauses)
    const placed = clauses.flatMap((node, index) =>
      notesIn(node).map((note) => ({text: note, clause: index})),
    )
    expect(placed).toEqual(truth.notes)
  })

  it('keeps page marks and running heads out of the clauses, and every word', () => {
    for (const node of clauses) expect(allText(node)).not.toMatch(/\d+\/3\b|-\d-|A\/RES\/84|MC\.DEC/)
    expect(modelWords(document)).toEqual(expectedWords(text, diagnostics))
  })
})

describe('pages without form feeds', () => {
  const page = (mark: string, body: string): string =>
    `${body}\n1Official Records, Supplement No. 17.\n                        ${mark}\n                                   A/RES/84/9\n`
  const head =
    'The General Assembly,\n\nRecalling its resolutions,\n1. Takes note of the report of the Commission,1 and of its work;\n'
  // Where the marks tell no pages, a text this short is read as web text unless told.
  const single = {layout: 'single-spaced'} as const

  it('are where page marks number the pages in order', () => {
    // Told from the marks alone, as form feeds tell a PDF's pages: no option needed.
    const {document, diagnostics} = fromText(
      `${page('1/2', head)}2. Requests a report.\n                        2/2\n`,
    )
    expect(diagnostics.find((message) => message.ruleId === 'layout-detected')?.reason).toContain(
      '2 pages numbered in order',
    )
    expect(clausesOf(document).flatMap((node) => notesIn(node))).toEqual([
      'Official Records, Supplement No. 17.',
    ])
  })

  it('are only where the marks number every page in order', () => {
    const text = (first: string, second: string): string =>
      `The General Assembly,\n\nRecalling its resolutions,\n1. Takes note of the report of the Commission on its third session and of the\n                        ${first}\n                                   A/RES/84/9\nrecommendations it makes to the Council;\n2. Requests a report.\n                        ${second}\n`
    const ruleIds = (first: string, second: string): string[] =>
      fromText(text(first, second), single)
        .diagnostics.filter(
          (message) => message.ruleId === 'page-break-joined' || message.ruleId === 'page-furniture',
        )
        .map((message) => message.ruleId)
        .sort()
    // `1/2`, `2/2`: a page ends at the first mark; its foot and the next head are furniture, and the
    // sentence goes on across the page.
    expect(ruleIds('1/2', '2/2')).toEqual(['page-break-joined', 'page-furniture', 'page-furniture'])
    // `1/3`, `3/3` skip a page: no page is inferred.
    expect(ruleIds('1/3', '3/3')).toEqual([])
  })
})

describe('a cover block with the document’s own lines at both ends', () => {
  it('takes out its cover lines only, not the title under them (plain pdftotext of a WHA resolution)', () => {
    const text =
      'SEVENTY-NINTH WORLD HEALTH ASSEMBLY\nAgenda item 15.2\n30 May 2026\nCoastal health data\n\nWHA79.12\n\nThe Seventy-ninth World Health Assembly,\nRecalling resolution WHA72.1 on primary health care;\n1. URGES Member States to strengthen their programmes on coastal health data;\n2. REQUESTS the Director-General to report on progress.\n'
    const {document, diagnostics} = fromText(text, {layout: 'single-spaced'})
    const furniture = diagnostics
      .filter((message) => message.ruleId === 'page-furniture')
      .map((message) => message.text)
    expect(furniture).toEqual(['Agenda item 15.2'])
    const preface = document.children.find((child) => child.type === 'preface')!
    expect(allText(preface)).toContain('Coastal health data')
    expect(document.meta.frbr.number).toBe('WHA79.12')
  })
})

describe('a formula in a language without articles', () => {
  it('is a body named bare before a listed recital opener (Russian)', () => {
    const text =
      'РЕШЕНИЕ № 12/30\n\nИсполнительный совет,\n\nссылаясь на свое решение 3/29,\n\n1. постановляет продлить мандат.\n'
    const {document} = fromText(text, {language: 'ru'})
    expect(textOf(first(document, 'formula'))).toBe('Исполнительный совет,')
    expect(clausesOf(document).map((node) => node.type)).toEqual(['recital', 'paragraph'])
  })

  it('is not a capitalised line before a clause that no listed opener opens', () => {
    const text = 'РЕШЕНИЕ № 12/30\n\nИсполнительный совет,\n\n1. постановляет продлить мандат.\n'
    const {document} = fromText(text, {language: 'ru'})
    expect(first(document, 'formula')).toBeUndefined()
  })
})

describe('single spacing with no blank line between paragraphs', () => {
  const head =
    'The Security Council,\n\nRecalling its resolutions,\n1. Decides to remain actively seized of the matter.\n'
  const annexOf = (text: string) => {
    const {document} = fromText(text, {layout: 'single-spaced'})
    const attachment = first(document, 'attachment')!
    const title = textOf(first({...document, children: [attachment]} as Document, 'docTitle'))
    return {title, paragraphs: clausesOf({...document, children: [attachment]} as Document).map(allText)}
  }

  it('ends an annex title under its heading where a line opens with a capital, unless the title runs on', () => {
    const text = `${head}Annex\nFinancing of the International Residual Mechanism for\nCriminal Tribunals\nThe panel shall review the data and report to the Council on everything that it finds.\n`
    expect(annexOf(text)).toEqual({
      title: 'Annex Financing of the International Residual Mechanism for Criminal Tribunals',
      paragraphs: ['The panel shall review the data and report to the Council on everything that it finds.'],
    })
  })

  it('ends a paragraph at a line that ends a sentence short of the measure', () => {
    const text = `${head}Annex\nTerms of reference\nThe panel shall review the data and report to the Council on everything that it finds\nthere.\nIt shall also report to the General Assembly on everything that it finds there and elsewhere.\n`
    expect(annexOf(text).paragraphs).toEqual([
      'The panel shall review the data and report to the Council on everything that it finds there.',
      'It shall also report to the General Assembly on everything that it finds there and elsewhere.',
    ])
  })

  it('does not end one inside a printed line that the layout cut at a word broken at its end', () => {
    // The two lines are joined at `sea-` / `based` into one long line, which is cut where `Requests`
    // opens a clause inside it: `… coastal communities.` is no printed line's end.
    const text = `${head}Annex\nTerms of reference\nThe panel shall review the data and report to the Council on everything it finds\nabout coastal communities. Requests the panel to report to the Council on the sea-\nbased approaches to the protection of the coastal ecosystems and on everything else.\n`
    expect(annexOf(text).paragraphs).toHaveLength(1)
  })
})

// The General Assembly resolutions set in single spacing with no space after a paragraph. Plain
// pdftotext (no `-layout`) reads each hanging number (`1.` and a tab) as a block of its own: it
// prints a page's numbers in a run before their texts (`2.` … `11.` above the running head in
// English, `2.` … `10.` in German, where the first paragraph's sentence goes on under the run), or
// one after the page's other text (`3.` under the meeting lines in French, `11.` in German, with no
// blank line before it). In Spanish each number stands alone above its text.
describe.each(
  ['en', 'fr', 'es', 'de'].flatMap((code) => ['plain', 'layout'].map((mode) => [code, mode] as const)),
)('pdftotext: languages/ga-%s-tight, %s', (code, mode) => {
  const name = `languages/ga-${code}-tight`
  const truth = truthOf(name)
  const text = read(`${name}.${mode}.txt`)
  const {document, diagnostics} = fromText(text)
  const clauses = clausesOf(document)

  it('gives each paragraph its number, and reads no paragraph without text', () => {
    expect(clauses.map((node) => ({type: node.type, num: numOf(node)}))).toEqual(truth.clauses)
    for (const node of clauses) expect(allText(node).trim().length).toBeGreaterThan(40)
    const rejoined = diagnostics.filter((message) => message.ruleId === 'number-rejoined').length
    expect(rejoined).toBe(mode === 'layout' ? 0 : ({en: 10, fr: 1, es: 0, de: 10} as const)[code])
  })

  it('places every footnote in its clause, and keeps every word', () => {
    const placed = clauses.flatMap((node, index) =>
      notesIn(node).map((note) => ({text: note, clause: index})),
    )
    expect(placed).toEqual(truth.notes)
    expect(modelWords(document)).toEqual(expectedWords(text, diagnostics))
  })
})

describe('paragraph numbers printed apart from their texts', () => {
  const head = 'The General Assembly,\n\nRecalling its resolutions,\n1.\nDecides to act;\n'
  const numbered = (text: string) =>
    clausesOf(fromText(text, {layout: 'single-spaced'}).document)
      .filter((node) => node.type === 'paragraph')
      .map((node) => `${numOf(node) ?? '-'} ${allText(node).trim().slice(0, 12)}`)

  it('gives a run of numbers to the texts under it, in order', () => {
    expect(
      numbered(
        `${head}2.\n\n3.\n\nInvites donors to fund it;\nUrges States to act;\n4.\nDecides to remain seized.\n`,
      ),
    ).toEqual(['1. Decides to a', '2. Invites dono', '3. Urges States', '4. Decides to r'])
  })

  it('goes on with the paragraph before a run whose sentence runs on, and takes a number from a block’s end', () => {
    expect(
      numbered(
        `${head}2. Invites donors to fund the\n3.\n\n4.\n\ntrust fund;\nUrges States to act;\nRequests a report;\nCalls for a review;\n6. Decides to remain seized.\n52nd plenary meeting\n12 December 2029\n5.\n`,
      ),
    ).toEqual([
      '1. Decides to a',
      '2. Invites dono',
      '3. Urges States',
      '4. Requests a r',
      '5. Calls for a ',
      '6. Decides to r',
    ])
  })

  it('leaves them where the texts between the numbered paragraphs are not as many as the numbers', () => {
    // Three texts for two numbers: which of them has none is not known.
    expect(
      numbered(
        `${head}2.\n\n3.\n\nInvites donors to fund it;\nUrges States to act;\nRequests a report;\n4.\nDecides to remain seized.\n`,
      ),
    ).toEqual([
      '1. Decides to a',
      '2. ',
      '3. ',
      '- Invites dono',
      '- Urges States',
      '- Requests a r',
      '4. Decides to r',
    ])
  })
})

// A World Health Assembly resolution: the Assembly's name, the resolution's number and the agenda item
// side by side (a cover's row: `pdftotext -layout` prints them on one line, far apart), the date and the
// title, each on a line of its own with no blank line between them.
describe.each([
  ['en', 'layout'],
  ['fr', 'layout'],
  ['fr', 'plain'],
] as const)('pdftotext: languages/wha-%s, %s', (code, mode) => {
  const name = `languages/wha-${code}`
  const spec = specOf(name)
  const truth = truthOf(name)
  const text = read(`${name}.${mode}.txt`)
  const {document, diagnostics} = fromText(text)
  const [number, item] = (spec.blocks.find(([kind]) => kind === 'cover')![1] as unknown as string[][])[0]!
  const [assembly, title] = spec.blocks.filter(([kind]) => kind === 'title').map(([, value]) => value)
  const date = spec.blocks.find(([kind]) => kind === 'plain')![1]

  it('reads the number, the title and the date, and takes the agenda item out as furniture', () => {
    expect(textOf(first(document, 'docNumber'))).toBe(number)
    expect(textOf(first(document, 'docTitle'))).toBe(title)
    expect(document.meta.frbr.number).toBe('WHA84.12')
    expect(document.meta.frbr.date).toBe('2031-05-28')
    const furniture = diagnostics
      .filter((message) => message.ruleId === 'page-furniture')
      .map((message) => message.text)
    expect(furniture).toContain(item)
    const preface = allText(document.children.find((child) => child.type === 'preface')!)
    expect(preface).toContain(assembly)
    expect(preface).toContain(date)
    expect(preface).not.toContain(item)
  })

  it('reads the formula, the recitals and the paragraphs, and keeps every word', () => {
    expect(clausesOf(document).map((node) => ({type: node.type, num: numOf(node)}))).toEqual(truth.clauses)
    expect(modelWords(document)).toEqual(expectedWords(text, diagnostics))
  })
})

// Plain pdftotext prints the English resolution's number first, above the Assembly's name and the
// agenda item: the number is the document's own line, and the cover under it is read as one (the name
// and the agenda item, page furniture with their places, as a body's name over its session is).
describe('pdftotext: languages/wha-en, plain', () => {
  const name = 'languages/wha-en'
  const spec = specOf(name)
  const text = read(`${name}.plain.txt`)
  const {document, diagnostics} = fromText(text)
  const [number, item] = (spec.blocks.find(([kind]) => kind === 'cover')![1] as unknown as string[][])[0]!
  const [assembly, title] = spec.blocks.filter(([kind]) => kind === 'title').map(([, value]) => value)

  it('reads the number above the cover, the title and the date; the cover under the number is furniture', () => {
    expect(textOf(first(document, 'docNumber'))).toBe(number)
    expect(textOf(first(document, 'docTitle'))).toBe(title)
    expect(document.meta.frbr.date).toBe('2031-05-28')
    const furniture = diagnostics
      .filter((message) => message.ruleId === 'page-furniture')
      .map((message) => message.text)
    expect(furniture[0]).toBe(`${assembly}\n${item}`)
  })

  it('reads the formula, the recitals and the paragraphs, and keeps every word', () => {
    expect(clausesOf(document).map((node) => ({type: node.type, num: numOf(node)}))).toEqual(
      truthOf(name).clauses,
    )
    expect(modelWords(document)).toEqual(expectedWords(text, diagnostics))
  })
})

describe('a cover cell beside a line of the document’s own (pdftotext -layout)', () => {
  const body =
    '\nThe Eighty-fourth World Health Assembly,\nRecalling resolution WHA72.1 on primary health care;\n1. URGES Member States to strengthen their programmes;\n2. REQUESTS the Director-General to report on progress.\n'
  const read = (head: string) => {
    const {document, diagnostics} = fromText(head + body, {layout: 'single-spaced'})
    return {
      number: textOf(first(document, 'docNumber')),
      title: textOf(first(document, 'docTitle')),
      furniture: diagnostics
        .filter((message) => message.ruleId === 'page-furniture')
        .map((message) => message.text),
    }
  }

  it.each([
    ['after it', 'WHA84.12                              Agenda item 12.3'],
    ['before it', 'Agenda item 12.3                              WHA84.12'],
  ])('is taken out, %s, and the line is the rest', (_, row) => {
    expect(
      read(
        `          EIGHTY-FOURTH WORLD HEALTH ASSEMBLY\n${row}\n28 May 2031\n          Coastal health data\n`,
      ),
    ).toEqual({
      number: 'WHA84.12',
      title: 'Coastal health data',
      furniture: ['Agenda item 12.3'],
    })
  })

  it('is not taken where no cell is a cover’s', () => {
    const {furniture} = read(
      '          EIGHTY-FOURTH WORLD HEALTH ASSEMBLY\nWHA84.12                              28 May 2031\n          Coastal health data\n',
    )
    expect(furniture).toEqual([])
  })

  it('parts the title from a date alone above it, not from a date inside it', () => {
    expect(read('WHA84.12\n28 May 2031\nCoastal health data\n').title).toBe('Coastal health data')
    expect(read('WHA84.12\nCoastal health data for 2031 and\nbeyond\n').title).toBe(
      'Coastal health data for 2031 and beyond',
    )
  })
})

// A resolution with an annex of unnumbered paragraphs set in single spacing with a first-line indent and
// no blank line between them (`pdftotext -layout` keeps the indent in spaces). Some paragraphs end with
// a sentence close to the measure; some hold a sentence that ends at a printed line's end, the next
// sentence opening the next line at the margin.
describe.each(['en', 'fr', 'es', 'de'])('pdftotext -layout: languages/annex-%s', (code) => {
  const name = `languages/annex-${code}`
  const spec = specOf(name)
  const text = read(`${name}.layout.txt`)
  const {document, diagnostics} = fromText(text)
  const attachment = first(document, 'attachment')!
  const titles = spec.blocks.filter(([kind]) => kind === 'title').map(([, value]) => value)

  it('reads each paragraph of the annex apart, and no sentence of one apart from it', () => {
    const paragraphs = clausesOf({...document, children: [attachment]} as Document).map((node) =>
      allText(node).trim().replace(/- /g, '-'),
    )
    expect(paragraphs).toEqual(spec.blocks.filter(([kind]) => kind === 'indent').map(([, value]) => value))
    expect(textOf(first({...document, children: [attachment]} as Document, 'docTitle'))).toBe(
      `${titles.at(-2)} ${titles.at(-1)}`,
    )
  })

  it('keeps every word', () => {
    expect(modelWords(document)).toEqual(expectedWords(text, diagnostics))
  })
})

describe('a first-line indent in single spacing (pdftotext -layout)', () => {
  const head =
    'The Security Council,\n\nRecalling its resolutions,\n1. Decides to remain actively seized of the matter.\n'
  const annexOf = (body: string) => {
    const {document} = fromText(`${head}Annex\nTerms of reference\n${body}`, {layout: 'single-spaced'})
    const attachment = first(document, 'attachment')!
    return clausesOf({...document, children: [attachment]} as Document).map(allText)
  }
  const full = 'The panel shall review the data and report to the Council on everything that it finds.'
  const next = 'It shall report to the General Assembly on everything it finds there and elsewhere.'

  it('starts a paragraph after a full line that ends a sentence', () => {
    expect(annexOf(`      ${full}\n${next}\n      It shall also report to the General Assembly.\n`)).toEqual([
      `${full} ${next}`,
      'It shall also report to the General Assembly.',
    ])
    // Without the indent, the full line goes on into the next (the limit the indent lifts).
    expect(annexOf(`      ${full}\n${next}\nIt shall also report to the General Assembly.\n`)).toHaveLength(1)
  })

  it('does not start one at a line that opens at the margin, nor under a numbered paragraph’s label', () => {
    expect(
      annexOf(
        `      The panel shall review the data and\nreport to the Council on everything that it finds there.\nIt shall also report to the General Assembly on it.\n`,
      ),
    ).toHaveLength(1)
    const {document} = fromText(
      `${head}2.    Requests the panel to review the data and report to the Council on everything.\n      It shall also report to the General Assembly.\n`,
      {layout: 'single-spaced'},
    )
    expect(clausesOf(document).map((node) => numOf(node) ?? '-')).toEqual(['-', '1.', '2.'])
  })
})

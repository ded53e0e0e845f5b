import {readdirSync, readFileSync} from 'node:fs'
import {type Diagnostic, type Document, plainText} from '@clausewise/model'
import {describe, expect, it} from 'vitest'
import {fromText} from '../src/index.js'
import {all, expectedWords, modelWords} from './support.js'

// The layout acceptance of the reader on the development corpus: the 587 UN General Assembly texts
// PDF-extracted by PyMuPDF (../shared/corpus/un-ga-bulk) and the 49 texts of ../shared/corpus/text.
const folder = (name: string) => new URL(`../../../../shared/corpus/${name}/`, import.meta.url)
const bulkFolder = folder('un-ga-bulk')
const index = JSON.parse(readFileSync(new URL('index.json', bulkFolder), 'utf8')) as {
  symbol: string
  file: string
}[]

interface Read {
  name: string
  symbol?: string
  text: string
  document: Document
  diagnostics: Diagnostic[]
}

const bulk: Read[] = index.map(({symbol, file}) => {
  const text = readFileSync(new URL(file, bulkFolder), 'utf8')
  return {name: file, symbol, text, ...fromText(text)}
})
const others: Read[] = readdirSync(folder('text'))
  .filter((name) => name.endsWith('.txt'))
  .map((name) => {
    const text = readFileSync(new URL(name, folder('text')), 'utf8')
    return {name, text, ...fromText(text)}
  })

/** A footnote block as PDF extractions print it: a rule, then (after blank lines) a marker and text. */
const footnoteBlock = /^_{5,} *\n(?: *\n){0,2}(?:\d{1,3}|\*{1,3}) +\S/m

const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

describe('fromText on the bulk UN General Assembly texts', () => {
  it('reads all 587 as single-spaced PDF extractions', () => {
    const kinds = bulk.map((read) => read.diagnostics.find((d) => d.ruleId === 'layout-detected')?.text)
    expect(bulk).toHaveLength(587)
    expect(new Set(kinds)).toEqual(new Set(['single-spaced']))
  })

  it('keeps no running head and no job-number footer in the text of any document', () => {
    const leaks: string[] = []
    for (const read of bulk) {
      const symbol = literal(read.symbol!)
      const furniture = new RegExp(
        `${symbol}\\s*\\d{1,3}/\\d{1,3}\\b|\\b\\d{1,3}/\\d{1,3}\\s*${symbol}|\\b\\d{2}-\\d{5}\\b`,
      )
      const text = plainText(read.document, {notes: true})
      const found = furniture.exec(text)
      if (found) leaks.push(`${read.name}: ${found[0]}`)
    }
    expect(leaks).toEqual([])
  })

  it('finds the notes of at least 95 % of the texts that have a footnote block, and places 95 % of notes', () => {
    const withBlock = bulk.filter((read) => footnoteBlock.test(read.text))
    const found = withBlock.filter((read) => all(read.document, 'authorialNote').length > 0)
    expect(withBlock.length).toBeGreaterThan(500)
    expect(found.length / withBlock.length).toBeGreaterThanOrEqual(0.95)
    const notes = bulk.reduce((sum, read) => sum + all(read.document, 'authorialNote').length, 0)
    const placed = bulk.reduce(
      (sum, read) => sum + read.diagnostics.filter((d) => d.ruleId === 'footnote-anchored').length,
      0,
    )
    expect(placed / notes).toBeGreaterThanOrEqual(0.95)
  })

  it('never reads a footnote as a recital', () => {
    const notes = bulk.flatMap((read) =>
      all(read.document, 'recital').filter((recital) =>
        /^(?:\d{1,3}|\*{1,3}) {1,2}\p{Lu}/u.test(plainText(recital as never)),
      ),
    )
    expect(notes).toEqual([])
  })
})

/** The same page as another extractor prints it: its job number and page mark at the foot. */
function marksAtFoot(page: string): string {
  const lines = page.split('\n')
  const marks = lines.slice(0, 8).filter((line) => /^\d{2}-\d{5} *$|^\d{1,3}\/\d{1,3} *$/.test(line))
  return [...lines.filter((line) => !marks.includes(line)), ...marks].join('\n')
}

const extractions: [string, (text: string) => string][] = [
  // pdftotext: pages parted by form feeds, blank lines empty, no trailing spaces, no drawn rules.
  [
    'form feeds, empty blank lines, no rules',
    (text) =>
      text
        .split('\n')
        .filter((line) => !/^_{5,}/.test(line))
        .map((line) => (line === '' ? '\f' : line.trimEnd()))
        .join('\n'),
  ],
  ['running feet at the page foot', (text) => text.split('\n\n').map(marksAtFoot).join('\n\n')],
]

describe('fromText on the bulk texts as other extractors print them', () => {
  const counts = (document: Document) =>
    ['authorialNote', 'recital', 'paragraph', 'point'].map((type) => all(document, type).length)
  const sample = bulk.filter((_, index) => index % 20 === 0)
  for (const [name, extract] of extractions) {
    it(`reads the same structure and notes, and no furniture, with ${name}`, () => {
      const differ: string[] = []
      for (const read of sample) {
        const {document} = fromText(extract(read.text))
        if (counts(document).join() !== counts(read.document).join()) differ.push(read.name)
        if (/\b\d{2}-\d{5}\b/.test(plainText(document, {notes: true})))
          differ.push(`${read.name}: job number`)
      }
      expect(sample.length).toBeGreaterThan(25)
      expect(differ).toEqual([])
    })
  }
})

describe('fromText on the whole development corpus', () => {
  for (const [name, reads] of [
    ['bulk', bulk],
    ['text', others],
  ] as const) {
    it(`loses no word of the ${name} texts: words in = words in the model + reported furniture`, () => {
      const lost: string[] = []
      for (const read of reads) {
        const got = modelWords(read.document)
        const expected = expectedWords(read.text, read.diagnostics)
        const differ = [...new Set([...got.keys(), ...expected.keys()])].filter(
          (word) => (got.get(word) ?? 0) !== (expected.get(word) ?? 0),
        )
        if (differ.length > 0) lost.push(`${read.name}: ${differ.slice(0, 5).join(' ')}`)
      }
      expect(lost).toEqual([])
    })
  }

  it('reports every piece of page furniture with its exact text and position', () => {
    for (const read of [...bulk, ...others]) {
      for (const diagnostic of read.diagnostics) {
        if (diagnostic.ruleId !== 'page-furniture') continue
        const place = diagnostic.place
        expect(place && 'start' in place).toBe(true)
        if (!place || !('start' in place) || !place.end) continue
        expect(read.text.slice(place.start.offset, place.end.offset)).toBe(diagnostic.text)
      }
    }
  })
})

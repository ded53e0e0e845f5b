import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {fromAkn} from '@clausewise/akn'
import {diff} from '@clausewise/diff'
import {fromMarkdown} from '@clausewise/markdown'
import {
  clauses,
  type Document,
  decisionShape,
  ownText,
  plainText,
  removePositions,
  visit,
} from '@clausewise/model'
import {fromText} from '@clausewise/text'
import {strFromU8, unzipSync} from 'fflate'
import {describe, expect, it} from 'vitest'
import {fromDocx, toDocx, toDocxRedline} from '../src/index.js'

const root = join(import.meta.dirname, '..', '..', '..')
const drafts = ['mc-dec-7-17.draft-1.md', 'mc-dec-7-17.draft-2.md', 'mc-dec-7-17.draft-3.md'].map(
  (name) => fromMarkdown(readFileSync(join(root, 'examples', 'drafts', name), 'utf8')).document,
)
const osce = ['mc-dec-6-17.fr.txt', 'mc-dec-7-17.fr.txt'].map(
  (name) => fromText(readFileSync(join(root, '..', 'shared', 'corpus', 'osce', name), 'utf8')).document,
)

/** Each clause's kind, number and own text, in order. */
function clauseTexts(document: Document): string[] {
  return clauses(document).map((clause) => {
    const num = (clause.children as {type: string; value?: string}[]).find((child) => child.type === 'num')
    return `${clause.type} ${clause.type === 'authorialNote' ? clause.marker : (num?.value ?? '')} ${ownText(clause)}`
  })
}

function comparable(document: Document): unknown {
  const {meta: _meta, ...rest} = removePositions(document)
  return rest
}

describe('toDocxRedline', () => {
  for (const [label, [oldDocument, newDocument]] of [
    ['the example drafts 1 → 2', [drafts[0], drafts[1]] as [Document, Document]],
    ['the example drafts 2 → 3', [drafts[1], drafts[2]] as [Document, Document]],
    ['6/17 → 7/17', osce as [Document, Document]],
  ] as const) {
    it(`${label}: accepting every change gives the new document, rejecting every change the old one`, () => {
      const redline = toDocxRedline(diff(oldDocument, newDocument), newDocument, oldDocument)
      const accepted = fromDocx(redline, {trackedChanges: 'accept'}).document
      const rejected = fromDocx(redline, {trackedChanges: 'reject'}).document
      expect(comparable(accepted)).toEqual(comparable(newDocument))
      expect(comparable(rejected)).toEqual(comparable(oldDocument))
    })

    it(`${label}, without the old document: accepting gives the new document, rejecting the old clauses`, () => {
      const redline = toDocxRedline(diff(oldDocument, newDocument), newDocument)
      const accepted = fromDocx(redline, {trackedChanges: 'accept'}).document
      const rejected = fromDocx(redline, {trackedChanges: 'reject'}).document
      expect(comparable(accepted)).toEqual(comparable(newDocument))
      expect(clauseTexts(rejected)).toEqual(clauseTexts(oldDocument))
    })
  }
})

describe('toDocxRedline: AKN documents outside the decision shape', () => {
  // Versions whose structure differs (units inserted, deleted, moved): the redline writes their
  // decision shape (`decisionShape`): an item of a block list, a row or a unit below a paragraph as
  // text of the unit that holds it, and a change to one as that unit's paragraphs, whole. (Versions
  // that differ in their words only keep their structure in frames: see below.)
  const akn = (name: string): Document =>
    fromAkn(readFileSync(join(root, '..', 'shared', 'corpus', 'akn', name), 'utf8')).document
  const words = (document: Document): string[] =>
    plainText(document, {notes: true}).split(/\s+/).filter(Boolean)
  for (const [label, oldName, newName, exact] of [
    [
      'a by-law, 2015 → 2017',
      'openbylaws-akn2-za-cpt-ombudsman-eng-2015-07-03.xml',
      'openbylaws-akn2-za-cpt-ombudsman-eng-2017-02-10.xml',
      true,
    ],
    [
      'two debates',
      'akn2-mx-camara-debate-2010-01-26.xml',
      'sinar-nonamespace-selangor-dun-debate-2020-07-16.xml',
      true,
    ],
    // Its title line holds more than the title: a block of text marked word by word, where a line
    // break that became a space and a note reference (markup without words) are not marked.
    [
      'a decree, 1993 → as amended in 2006',
      'akn2-sv-decreto-604-1993.xml',
      'akn2-sv-decreto-604-1993-at-2006-01-20.xml',
      false,
    ],
  ] as const) {
    it(`${label}: accepting every change gives the new document as Word holds it, rejecting the old one`, () => {
      const [oldDocument, newDocument] = [akn(oldName), akn(newName)]
      const redline = toDocxRedline(diff(oldDocument, newDocument), newDocument, oldDocument, {
        summary: false,
      })
      const accepted = fromDocx(redline, {trackedChanges: 'accept'}).document
      const rejected = fromDocx(redline, {trackedChanges: 'reject'}).document
      const [newWritten, oldWritten] = [
        fromDocx(toDocx(decisionShape(newDocument))).document,
        fromDocx(toDocx(decisionShape(oldDocument))).document,
      ]
      expect(words(accepted)).toEqual(words(newWritten))
      expect(words(rejected)).toEqual(words(oldWritten))
      if (exact) {
        expect(comparable(accepted)).toEqual(comparable(newWritten))
        expect(comparable(rejected)).toEqual(comparable(oldWritten))
      }
    })
  }
})

describe('toDocxRedline: documents outside the decision shape, edited in place', () => {
  // Two versions of an act, a judgment or a debate that differ in their words: the redline keeps
  // the documents' own structure in the frame convention, as `toDocx` writes it, so that accepting
  // every change reads as `toDocx` of the new version and rejecting every change as that of the old.
  const akn = (name: string): Document =>
    fromAkn(readFileSync(join(root, '..', 'shared', 'corpus', 'akn', name), 'utf8')).document

  /** A copy with words changed in every fifth text that holds `the` (or `de`), and one word added. */
  function edited(document: Document): Document {
    const copy = JSON.parse(JSON.stringify(document)) as Document
    let seen = 0
    visit(copy, (node) => {
      if (node.type !== 'text') return undefined
      const word = / the /.test(node.value) ? ' the ' : / de /.test(node.value) ? ' de ' : undefined
      if (word && seen++ % 5 === 2) node.value = node.value.replace(word, ' this very ')
      return undefined
    })
    return copy
  }

  for (const [label, name] of [
    ['a by-law with block lists', 'openbylaws-akn2-za-cpt-ombudsman-eng-2015-07-03.xml'],
    ['a by-law with tables', 'openbylaws-za-cpt-community-fire-safety-2002-akn3.xml'],
    ['a judgment', 'akn2-judgement-appeal-18-2007.xml'],
    ['a debate', 'akn2-mx-camara-debate-2010-01-26.xml'],
  ] as const) {
    it(`${label}: accepting every change reads as toDocx of the new version, rejecting as that of the old`, () => {
      const oldDocument = akn(name)
      const newDocument = edited(oldDocument)
      const comparison = diff(oldDocument, newDocument)
      expect(comparison.clauses.some((group) => group.change === 'modified')).toBe(true)
      const redline = toDocxRedline(comparison, newDocument, oldDocument)
      const accepted = fromDocx(redline, {trackedChanges: 'accept'}).document
      const rejected = fromDocx(redline, {trackedChanges: 'reject'}).document
      expect(comparable(accepted)).toEqual(comparable(fromDocx(toDocx(newDocument)).document))
      expect(comparable(rejected)).toEqual(comparable(fromDocx(toDocx(oldDocument)).document))
      // The structure is the documents' own, not the decision's: the same clause kinds as the source.
      const kinds = (document: Document) => clauses(document).map((clause) => clause.type)
      expect(kinds(accepted)).toEqual(kinds(fromDocx(toDocx(newDocument)).document))
      expect(documentXml(redline)).toContain('<w:ins ')
      expect(documentXml(redline)).toContain('<w:del ')
    })
  }
})

/** The XML of the redline's document part. */
function documentXml(bytes: Uint8Array): string {
  return strFromU8(unzipSync(bytes)['word/document.xml']!)
}

describe('toDocxRedline: marks', () => {
  const [draft1, draft2, draft3] = drafts as [Document, Document, Document]

  it('attributes every change to the author and date given, and leaves the date out by default', () => {
    const comparison = diff(draft1, draft2)
    const dated = documentXml(
      toDocxRedline(comparison, draft2, draft1, {author: 'Secretariat', date: '2018-02-02'}),
    )
    const ins = [...dated.matchAll(/<w:(?:ins|del|moveFrom|moveTo) [^>]*>/g)].map((match) => match[0])
    expect(ins.length).toBeGreaterThan(5)
    for (const mark of ins) expect(mark).toMatch(/w:author="Secretariat" w:date="2018-02-02"/)
    const plain = documentXml(toDocxRedline(comparison, draft2, draft1))
    expect(plain).toContain('w:author="clausewise"')
    expect(plain).not.toContain('w:date=')
    expect(toDocxRedline(comparison, draft2, draft1)).toEqual(toDocxRedline(comparison, draft2, draft1))
  })

  it('writes a moved clause as a move, both ends named alike and their ranges closed', () => {
    const xml = documentXml(toDocxRedline(diff(draft1, draft2), draft2, draft1))
    const names = (end: 'moveFrom' | 'moveTo') =>
      [...xml.matchAll(new RegExp(`<w:${end}RangeStart [^>]*w:name="([^"]+)"`, 'g'))].map((match) => match[1])
    expect(names('moveFrom')).toEqual(['move1'])
    expect(names('moveTo')).toEqual(['move1'])
    for (const end of ['moveFrom', 'moveTo']) {
      const id = new RegExp(`<w:${end}RangeStart w:id="(\\d+)"`).exec(xml)![1]
      expect(xml).toContain(`<w:${end}RangeEnd w:id="${id}"/>`)
    }
    // The same clause at both ends: its text, numbers aside.
    const text = (end: 'moveFrom' | 'moveTo', element: string) =>
      [
        ...xml
          .slice(xml.indexOf(`<w:${end}RangeStart`), xml.indexOf(`<w:${end}RangeEnd`))
          .matchAll(new RegExp(`<${element} xml:space="preserve">([^<]*)<`, 'g')),
      ]
        .map((match) => match[1])
        .slice(1)
        .join('')
    expect(text('moveFrom', 'w:delText').length).toBeGreaterThan(50)
    expect(text('moveFrom', 'w:delText')).toBe(text('moveTo', 'w:t'))
  })

  it('replaces changed words whole and marks renumbering as a change of the number', () => {
    const xml = documentXml(toDocxRedline(diff(draft2, draft3), draft3, draft2))
    const deleted = [...xml.matchAll(/<w:delText xml:space="preserve">([^<]*)</g)].map((match) => match[1]!)
    const inserted = [
      ...xml.matchAll(/<w:ins [^>]*><w:r>(?:<w:rPr>.*?<\/w:rPr>)?<w:t xml:space="preserve">([^<]*)</g),
    ].map((match) => match[1]!)
    // Every deleted or inserted piece starts and ends at a word boundary of its text.
    for (const piece of [...deleted, ...inserted]) expect(piece, piece).not.toMatch(/^\p{L}{1,2}$/u)
    expect(xml).toMatch(
      /<w:rStyle w:val="CWNumber"\/><\/w:rPr><w:delText xml:space="preserve">\d+\.<\/w:delText>/,
    )
  })

  it('writes the changes of an ignored kind as plain new text', () => {
    const comparison = diff(draft2, draft3)
    const all = fromDocx(toDocxRedline(comparison, draft3, draft2), {trackedChanges: 'reject'}).document
    const quiet = fromDocx(
      toDocxRedline(comparison, draft3, draft2, {ignore: ['typography', 'case', 'punctuation', 'number']}),
      {
        trackedChanges: 'reject',
      },
    ).document
    // Rejecting every change gives the old text but for the kinds left unmarked.
    expect(clauseTexts(all)).toEqual(clauseTexts(draft2))
    expect(clauseTexts(quiet)).not.toEqual(clauseTexts(draft2))
    expect(clauseTexts(quiet).length).toBe(clauseTexts(draft2).length)
  })

  it('opens with a summary page unless asked not to, in the document’s language', () => {
    const comparison = diff(draft1, draft2)
    const xml = documentXml(toDocxRedline(comparison, draft2, draft1))
    expect(xml).toContain('Résumé des modifications')
    expect(xml).toContain('<w:tblStyle w:val="CWSummaryTable"/>')
    const bare = documentXml(toDocxRedline(comparison, draft2, draft1, {summary: false}))
    expect(bare).not.toContain('Résumé des modifications')
    expect(documentXml(toDocxRedline(comparison, draft2, draft1, {locale: 'en'}))).toContain(
      'Summary of changes',
    )
  })

  it('refuses a comparison of another document and a date that is not one', () => {
    const comparison = diff(draft1, draft2)
    expect(() => toDocxRedline(comparison, osce[1]!)).toThrow(/not in the new document/)
    expect(() => toDocxRedline(comparison, draft2, draft1, {date: 'yesterday'})).toThrow(/ISO 8601/)
  })
})

import {execFileSync} from 'node:child_process'
import {mkdirSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {fromAkn, toAkn} from '@clausewise/akn'
import {diff} from '@clausewise/diff'
import {
  acceptCriticMarkup,
  fromMarkdown,
  rejectCriticMarkup,
  toCriticMarkup,
  toMarkdown,
} from '@clausewise/markdown'
import {type Document, removePositions} from '@clausewise/model'
import {fromText} from '@clausewise/text'
import {describe, expect, test} from 'vitest'
import {expectValidComparison} from './support/comparison-schema.js'

const corpus = new URL('../../shared/corpus/osce/', import.meta.url)
const drafts = new URL('../examples/drafts/', import.meta.url)
const output = new URL('./output/akn/', import.meta.url)
const schema = new URL('../../shared/akn-schema/akomantoso30.xsd', import.meta.url)
const aknExamples = new URL('../../shared/akn-schema/examples/', import.meta.url)

/**
 * What the Markdown convention carries of a document read from AKN: its text, structure, eIds and
 * the model's metadata fields. What the AKN reader keeps only to write AKN back as it came (the
 * source's attributes, its identification, metadata parts and references the model does not
 * interpret, attached documents' own metadata) is left out of the comparison.
 */
function carried(document: Document): Document {
  const skipped = new Set(['attributes', 'identification', 'kept', 'partAttributes', 'documentAttributes'])
  return JSON.parse(
    JSON.stringify(removePositions(document), function (this: {type?: string}, key, value) {
      if (skipped.has(key)) return undefined
      if (key === 'meta' && (this.type === 'attachment' || this.type === 'component')) return undefined
      if (key === 'references' && Array.isArray(value)) {
        return value.filter((item: {type: string}) => item.type !== 'reference')
      }
      if (key === 'lifecycle' && Array.isArray(value)) {
        return value.map(({source: _source, ...event}: {source?: string}) => event)
      }
      return value
    }),
  ) as Document
}

describe('Markdown and the corpus', () => {
  for (const name of ['mc-dec-6-17', 'mc-dec-7-17']) {
    test(`${name}: text → Markdown → model is the model read from the text`, () => {
      const {document} = fromText(readFileSync(new URL(`${name}.fr.txt`, corpus), 'utf8'))
      const markdown = toMarkdown(document)
      const read = fromMarkdown(markdown)
      expect(read.diagnostics).toEqual([])
      expect(removePositions(read.document)).toEqual(removePositions(document))
    })
  }

  for (const name of ['mc-dec-6-17', 'mc-dec-7-17']) {
    test(`${name}: AKN → Markdown → model is the model read from the AKN`, () => {
      const {document: fromCorpus} = fromText(readFileSync(new URL(`${name}.fr.txt`, corpus), 'utf8'))
      const {document} = fromAkn(toAkn(fromCorpus))
      expect(removePositions(fromMarkdown(toMarkdown(document)).document)).toEqual(removePositions(document))
    })
  }

  for (const name of readdirSync(aknExamples).filter((file) => file.endsWith('.xml'))) {
    test(`${name}: AKN from a third party → Markdown → model is the model read from the AKN`, () => {
      const {document} = fromAkn(readFileSync(new URL(name, aknExamples), 'utf8'))
      const read = fromMarkdown(toMarkdown(document))
      expect(read.diagnostics).toEqual([])
      expect(carried(read.document)).toEqual(carried(document))
    })
  }

  test('the act keeps its units, headings, long title and source eIds in Markdown', () => {
    const {document} = fromAkn(readFileSync(new URL('act-au-wet-tropics.xml', aknExamples), 'utf8'))
    const markdown = toMarkdown(document, {frontMatter: false})
    expect(markdown).toContain(
      '<!-- clausewise: part eId="chp_seq1_pt_1" heading="chp_seq1_pt_1_heading_seq1" -->\n\n#### Part 1 — First Part\n',
    )
    expect(markdown).toContain('<!-- clausewise: container type="body" eId="body" -->')
    expect(markdown).toContain('<!-- clausewise: longTitle eId="#long_title" -->\n\nAn Act relating')
  })

  for (const draft of ['draft-1', 'draft-2']) {
    test(`mc-dec-7-17.${draft}.md converts to valid AKN`, () => {
      const {document} = fromMarkdown(readFileSync(new URL(`mc-dec-7-17.${draft}.md`, drafts), 'utf8'))
      mkdirSync(output, {recursive: true})
      const file = new URL(`${draft}.xml`, output).pathname
      writeFileSync(file, toAkn(document))
      expect(() =>
        execFileSync('xmllint', ['--noout', '--schema', schema.pathname, file], {stdio: 'pipe'}),
      ).not.toThrow()
      expect(removePositions(fromMarkdown(toMarkdown(document)).document)).toEqual(removePositions(document))
    })
  }

  test('the redline of draft 1 → draft 2 accepts to draft 2 and rejects to draft 1', () => {
    const read = (draft: string) =>
      fromMarkdown(readFileSync(new URL(`mc-dec-7-17.${draft}.md`, drafts), 'utf8')).document
    const comparison = diff(read('draft-1'), read('draft-2'))
    expectValidComparison(comparison)
    const redline = toCriticMarkup(comparison, {headings: false}).slice(0, -1)
    const unescapeMarkdown = (text: string) =>
      text.replace(
        /\\([!-/:-@[-`{-~])|&#(\d+);/g,
        (_all, escaped: string | undefined, code: string | undefined) =>
          escaped ?? String.fromCharCode(Number(code)),
      )
    const line = (num: string | undefined, text: string) => [num, text].filter((part) => part).join(' ')
    const newSide = comparison.clauses
      .filter((group) => group.new.length > 0)
      .map((group) => line(group.newNum, group.newText))
    const oldSide = comparison.clauses
      .filter((group) => group.old.length > 0)
      .sort((left, right) => (left.oldIndex ?? 0) - (right.oldIndex ?? 0))
      .map((group) => line(group.oldNum, group.oldText))
    expect(acceptCriticMarkup(redline).split('\n\n').map(unescapeMarkdown)).toEqual(newSide)
    expect(rejectCriticMarkup(redline).split('\n\n').map(unescapeMarkdown)).toEqual(oldSide)
    expect(redline).toContain('{++c) ')
  })
})

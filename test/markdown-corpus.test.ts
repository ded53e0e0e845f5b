import {execFileSync} from 'node:child_process'
import {mkdirSync, readFileSync, writeFileSync} from 'node:fs'
import {fromAkn, toAkn} from '@clausewise/akn'
import {fromMarkdown, toMarkdown} from '@clausewise/markdown'
import {removePositions} from '@clausewise/model'
import {fromText} from '@clausewise/text'
import {describe, expect, test} from 'vitest'

const corpus = new URL('../../shared/corpus/osce/', import.meta.url)
const drafts = new URL('../examples/drafts/', import.meta.url)
const output = new URL('./output/akn/', import.meta.url)
const schema = new URL('../../shared/akn-schema/akomantoso30.xsd', import.meta.url)

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
})

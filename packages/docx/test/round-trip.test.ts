import {readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {fromAkn} from '@clausewise/akn'
import {fromMarkdown} from '@clausewise/markdown'
import {type Document, removePositions} from '@clausewise/model'
import {fromText} from '@clausewise/text'
import {describe, expect, it} from 'vitest'
import {fromDocx, toDocx} from '../src/index.js'

const root = join(import.meta.dirname, '..', '..', '..')
const corpus = join(root, '..', 'shared', 'corpus')

/** A document without what a .docx does not keep: positions and the metadata the text does not show. */
function comparable(document: Document): unknown {
  const copy = removePositions(document) as Document & {meta?: unknown}
  delete copy.meta
  return copy
}

function roundTrip(document: Document): {back: Document; diagnostics: unknown[]} {
  const {document: back, diagnostics} = fromDocx(toDocx(document))
  return {back, diagnostics}
}

describe('toDocx then fromDocx', () => {
  it('gives back the example drafts exactly', () => {
    for (const name of ['mc-dec-7-17.draft-1.md', 'mc-dec-7-17.draft-2.md']) {
      const {document} = fromMarkdown(readFileSync(join(root, 'examples', 'drafts', name), 'utf8'))
      const {back, diagnostics} = roundTrip(document)
      expect(comparable(back), name).toEqual(comparable(document))
      expect(diagnostics, name).toEqual([])
      expect(back.meta.symbol).toBe(document.meta.symbol)
      expect(back.meta.frbr.number).toBe(document.meta.frbr.number)
      expect(back.meta.language).toBe(document.meta.language)
    }
  })

  it('gives back the OSCE decisions read from text exactly', () => {
    for (const name of readdirSync(join(corpus, 'osce'))) {
      const {document} = fromText(readFileSync(join(corpus, 'osce', name), 'utf8'))
      const {back} = roundTrip(document)
      expect(comparable(back), name).toEqual(comparable(document))
    }
  })

  it('gives back the Markdown corpus exactly', () => {
    for (const name of readdirSync(join(corpus, 'markdown')).filter((file) => file.endsWith('.md') && file !== 'README.md')) {
      const {document} = fromMarkdown(readFileSync(join(corpus, 'markdown', name), 'utf8'))
      const {back} = roundTrip(document)
      expect(comparable(back), name).toEqual(comparable(document))
    }
  })
})

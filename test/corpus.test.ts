import {existsSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {fromAkn, toAkn} from '@clausewise/akn'
import {removePositions} from '@clausewise/model'
import {fromText} from '@clausewise/text'
import {describe, expect, it} from 'vitest'
import {meetings} from '../packages/text/test/meetings.js'
import {validateAkn} from './support/xsd.js'

// The AKN of both corpus decisions, read from their PDF-extracted text, is a fixture that was read line
// by line; `UPDATE=1 pnpm test` rewrites it, and a rewritten fixture is read again before it is committed.
const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const corpus = join(root, '..', 'shared', 'corpus', 'osce')
const output = join(root, 'test', 'output', 'akn', 'corpus')

for (const name of ['mc-dec-7-17.fr', 'mc-dec-6-17.fr']) {
  describe(name, () => {
    const text = readFileSync(join(corpus, `${name}.txt`), 'utf8')
    // The caller's calendar of the decisions' meeting dates the adoption and the cut-short corrigendum.
    const {document} = fromText(text, {meetings})
    const xml = toAkn(document)
    const fixture = join(root, 'test', 'fixtures', 'corpus', `${name}.xml`)

    it('gives the reviewed AKN fixture', () => {
      mkdirSync(output, {recursive: true})
      writeFileSync(join(output, `${name}.xml`), xml)
      if (process.env.UPDATE) writeFileSync(fixture, xml)
      expect(existsSync(fixture), `missing fixture ${fixture}`).toBe(true)
      expect(xml).toBe(readFileSync(fixture, 'utf8'))
    })

    it('gives AKN that validates against the schema', async () => {
      expect(await validateAkn(xml, `${name}.xml`)).toEqual([])
    })

    it('reads back from its AKN to the same model', () => {
      expect(removePositions(fromAkn(xml).document)).toEqual(removePositions(document))
    })
  })
}

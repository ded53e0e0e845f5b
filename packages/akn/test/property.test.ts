import {fileURLToPath} from 'node:url'
import {type Document, removePositions} from '@clausewise/model'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {fromAkn, toAkn} from '../src/index.js'
import {writeAndValidate} from './xmllint.js'

// The generator lives in the root `test/support/` (shared with other packages), outside this package's
// TypeScript project: load it by a computed specifier and state its type here.
const generator = fileURLToPath(new URL('../../../test/support/arbitrary-document.ts', import.meta.url))
const {arbitraryDocument} = (await import(/* @vite-ignore */ generator)) as {
  arbitraryDocument: () => fc.Arbitrary<Document>
}

describe('toAkn and fromAkn', () => {
  it('give back every generated document (model → XML → model)', () => {
    fc.assert(
      fc.property(arbitraryDocument(), (document) => {
        const xml = toAkn(document)
        const result = fromAkn(xml)
        expect(removePositions(result.document)).toEqual(document)
        expect(result.diagnostics).toEqual([])
      }),
      {numRuns: 200},
    )
  })

  it('give back every generated document without indentation too', () => {
    fc.assert(
      fc.property(arbitraryDocument(), (document) => {
        expect(removePositions(fromAkn(toAkn(document, {indent: false})).document)).toEqual(document)
      }),
      {numRuns: 50},
    )
  })

  it('write generated documents that validate against the AKN 3.0 schema', () => {
    const samples = fc.sample(arbitraryDocument(), {numRuns: 20, seed: 20171208})
    for (const [index, document] of samples.entries()) {
      expect(writeAndValidate(`property-${index + 1}.xml`, toAkn(document))).toBe('')
    }
  })
})

import {readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {removePositions} from '@clausewise/model'
import {describe, expect, it} from 'vitest'
import {fromAkn, toAkn} from '../src/index.js'
import {wordsOf} from './words.js'
import {corpusFolder, schemaErrors, writeAndValidate} from './xmllint.js'

const files = readdirSync(corpusFolder).filter((name) => name.endsWith('.xml'))

describe('fromAkn and toAkn on the AKN corpus', () => {
  it('has the corpus', () => {
    expect(files.length).toBe(16)
  })

  for (const name of files) {
    describe(name, () => {
      const input = readFileSync(join(corpusFolder, name), 'utf8')
      const first = fromAkn(input)
      const output = toAkn(first.document)

      it('writes AKN with no more schema errors than it read (none when it read none)', () => {
        const before = schemaErrors(input).length
        const after = before === 0 ? writeAndValidate(join('corpus-akn', name), output) : schemaErrors(output)
        if (before === 0) expect(after).toBe('')
        else expect(after.length).toBeLessThanOrEqual(before)
      })

      it('writes the same words in the same order', () => {
        expect(wordsOf(output)).toEqual(wordsOf(input))
      })

      it('reads its own output back to the same document, and a JSON copy writes the same XML', () => {
        const second = fromAkn(output)
        expect(removePositions(second.document)).toEqual(removePositions(first.document))
        // Kept elements are reported again (information); nothing needs repair any more.
        expect(second.diagnostics.filter((diagnostic) => diagnostic.fatal !== undefined)).toEqual([])
        expect(toAkn(JSON.parse(JSON.stringify(first.document)))).toBe(output)
      })
    })
  }
})

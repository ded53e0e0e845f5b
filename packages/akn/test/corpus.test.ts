import {readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {clauses, removePositions} from '@clausewise/model'
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
        if (before === 0) {
          expect(writeAndValidate(join('corpus-akn', name), output)).toBe('')
          return
        }
        const after = schemaErrors(output)
        expect(after.length).toBeLessThanOrEqual(before)
        // Output made valid from invalid input (AKN 2.0, drafts): CI validates it again.
        if (after.length === 0) expect(writeAndValidate(join('corpus-akn', name), output)).toBe('')
      })

      it('warns of a namespace other than AKN 3.0 and of identifiers read as eIds, and leaves no clause without an eId', () => {
        const namespace = /<[\w:]*akomaNtoso[^>]*xmlns(?::\w+)?="([^"]*)"/.exec(input)?.[1] ?? ''
        const warned = first.diagnostics.some((diagnostic) => diagnostic.ruleId === 'akn-namespace')
        expect(warned).toBe(namespace !== 'http://docs.oasis-open.org/legaldocml/ns/akn/3.0')
        const legacy = /<[\w:]+[^>]*\s(?:xml:)?id="/.test(input)
        expect(first.diagnostics.some((diagnostic) => /`id`/.test(diagnostic.reason))).toBe(legacy)
        expect(output).not.toContain('eId=""')
        for (const clause of clauses(first.document)) expect(clause.eId, clause.type).not.toBe('')
      })

      it('writes the same words in the same order', () => {
        expect(wordsOf(output)).toEqual(wordsOf(input))
      })

      it('reads its own output back to the same document, and a JSON copy writes the same XML', () => {
        const second = fromAkn(output)
        expect(removePositions(second.document)).toEqual(removePositions(first.document))
        // Kept elements are reported again (information); nothing needs repair any more. Only what
        // the input held outside AKN 3.0 (kept as it came) is warned of again, as it was the first time.
        const warned = (diagnostics: typeof first.diagnostics) =>
          diagnostics.filter((diagnostic) => diagnostic.fatal !== undefined)
        const kept = warned(first.diagnostics).filter((diagnostic) => diagnostic.ruleId === 'not-akn-element')
        expect(warned(second.diagnostics).map((diagnostic) => diagnostic.reason)).toEqual(
          kept.map((diagnostic) => diagnostic.reason),
        )
        expect(toAkn(JSON.parse(JSON.stringify(first.document)))).toBe(output)
      })
    })
  }
})

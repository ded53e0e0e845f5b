import {plainText} from '@clausewise/model'
import {describe, expect, it} from 'vitest'
import {fromText} from '../src/index.js'
import {eIds, furniture} from './genre-support.js'
import {all} from './support.js'

// Probes of the genre (see genre-support.ts): official gazettes, parliaments' bulletins and the
// front and end matter of decisions (mastheads, job numbers, signatures), written for these tests.
// Expectations worked out by hand from each text.

describe("capitals that are words: the pronoun `I`, a signatory's initial", () => {
  it('reads `I request …` as a sentence, not as paragraph I', () => {
    const text = [
      'STATEMENT BY THE DELEGATION OF NORWAY',
      '',
      'Norway welcomes the adoption of the decision on the extension of the mandate.',
      '',
      'I request that this statement be attached to the decision and included in the journal.',
    ].join('\n')
    const {document} = fromText(text)
    expect(all(document, 'num').map((node) => node.value)).not.toContain('I')
    expect(plainText(document)).toContain('I request that this statement be attached')
  })

  it('reads `P. DUPONT` under the office that signs as a name, not as paragraph P.', () => {
    const text = [
      'Loi relative aux registres publics',
      '',
      'Article 1er. La présente loi règle une matière visée à l’article 74 de la Constitution.',
      '',
      'Art. 2. La présente loi entre en vigueur le jour de sa publication.',
      '',
      'Par le Roi :',
      'Le Ministre de l’Intérieur,',
      'P. DUPONT',
      '',
      'Le Ministre des Finances,',
      'M. LAMBERT',
    ].join('\n')
    const {document, diagnostics} = fromText(text)
    expect(all(document, 'num').map((node) => String(node.value).trim())).toEqual(['Article 1er.', 'Art. 2.'])
    expect(eIds(document)).toEqual(['art_1', 'art_2'])
    expect(diagnostics.some((diagnostic) => diagnostic.ruleId === 'duplicate-number')).toBe(false)
    expect(plainText(document)).toContain('P. DUPONT')
    expect(plainText(document)).toContain('M. LAMBERT')
    expect(furniture(diagnostics)).toEqual([])
  })
})

import {describe, expect, it} from 'vitest'
import type {ClauseItem} from '../src/flatten.js'
import {sharesMostClauses} from '../src/versions.js'

/** Clause items holding only what `sharesMostClauses` reads: their normalised texts. */
const items = (...texts: string[]): ClauseItem[] => texts.map((normalized) => ({normalized}) as ClauseItem)

describe('sharesMostClauses: when documents are versions of one text', () => {
  it('says so of a draft and its resolution, most clauses the same word for word', () => {
    const draft = items('the general assembly,', 'recalling a,', 'recalling b,', 'decides c;', 'requests d.')
    const adopted = items(
      'the general assembly,',
      'recalling a,',
      'recalling b,',
      'decides c;',
      'requests e.',
    )
    expect(sharesMostClauses([draft, adopted])).toBe(true)
  })

  it('says not of two short decisions of one body that share their formula and one standard clause', () => {
    // Two of three clauses shared is more than half, but two clauses are what any two decisions of a
    // body share: three at least make versions.
    const first = items('the council,', 'decides to act on x.', 'decides to remain seized of the matter.')
    const second = items('the council,', 'decides to act on y.', 'decides to remain seized of the matter.')
    expect(sharesMostClauses([first, second])).toBe(false)
  })

  it('says not of documents that share less than half', () => {
    const first = items('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h')
    const second = items('a', 'b', 'c', 'x', 'y', 'z', 'w', 'v')
    expect(sharesMostClauses([first, second])).toBe(false)
  })
})

import {describe, expect, it} from 'vitest'
import {identityOf, sameWork, workKey} from '../src/identity.js'
import {decision} from './decision.js'

describe('sameWork', () => {
  it('takes a text that lost its adoption date and a dated draft of it for versions of one work', () => {
    const undated = decision({recitals: ['Réaffirmant,']})
    const dated = decision({recitals: ['Réaffirmant,']})
    undated.meta.frbr.date = ''
    expect(sameWork(undated, dated)).toBe(true)
  })

  it('tells different decisions apart by their number', () => {
    expect(sameWork(decision({work: '6/17'}), decision({work: '7/17'}))).toBe(false)
    expect(workKey(decision({work: '6/17'}))).toContain('6/17')
  })
})

describe('identityOf', () => {
  it('names each attached statement by its heading and author line, as printed', async () => {
    const {readFileSync} = await import('node:fs')
    const {fromText} = await import('@clausewise/text')
    const text = readFileSync(
      new URL('../../../../shared/corpus/osce/mc-dec-6-17.fr.txt', import.meta.url),
      'utf8',
    )
    const identity = identityOf(fromText(text).document)
    expect(identity.attachments).toHaveLength(1)
    expect(identity.attachments?.[0]?.title).toMatch(
      /^DÉCLARATION INTERPRÉTATIVE AU TITRE DU PARAGRAPHE IV\.1 A\) 6/,
    )
    expect(identity.attachments?.[0]?.author).toBe(
      'Faite par la délégation du Canada (également au nom des États-Unis d’Amérique) :',
    )
    expect(identityOf(decision({})).attachments).toBeUndefined()
  })
})

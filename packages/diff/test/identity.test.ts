import {describe, expect, it} from 'vitest'
import {sameWork, workKey} from '../src/identity.js'
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

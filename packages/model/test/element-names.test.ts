import {describe, expect, it} from 'vitest'
import {
  assignEIds,
  comparisonUnits,
  type Document,
  debateSectionNames,
  documentPartTypes,
  emptyMeta,
  hierarchyNames,
  isHierarchyName,
} from '../src/index.js'

describe('the shared AKN element name lists', () => {
  it('are frozen and name each element once', () => {
    for (const list of [hierarchyNames, debateSectionNames, documentPartTypes]) {
      expect(Object.isFrozen(list)).toBe(true)
      expect(new Set(list).size).toBe(list.length)
    }
  })

  it('tell hierarchical elements and debate sections from other names', () => {
    expect([...hierarchyNames, ...debateSectionNames].every(isHierarchyName)).toBe(true)
    expect(['paragraph', 'point', 'list', 'mainBody', 'hcontainer', 'p'].some(isHierarchyName)).toBe(false)
  })

  it('list the parts in the order AKN writes them, bodies before attachments and components', () => {
    expect(documentPartTypes.indexOf('preface')).toBeLessThan(documentPartTypes.indexOf('preamble'))
    expect(documentPartTypes.slice(-3)).toEqual(['conclusions', 'attachments', 'components'])
  })

  it('number notes by the part that holds them, for every part that holds text', () => {
    const note = {
      type: 'authorialNote',
      eId: '',
      marker: '1',
      children: [{type: 'p', children: [{type: 'text', value: 'A note.'}]}],
    }
    const document = {
      type: 'document',
      meta: emptyMeta(),
      children: [
        {type: 'conclusions', children: [{type: 'p', children: [{type: 'text', value: 'Done.'}, note]}]},
      ],
    } as unknown as Document
    assignEIds(document)
    expect(note.eId).toBe('conclusions__authorialNote_1')
    expect(comparisonUnits(document).map((unit) => unit.section)).toContain('conclusions')
  })
})

import {describe, expect, it} from 'vitest'
import {ownString, ownStrings} from '../src/index.js'

describe('ownString and ownStrings', () => {
  it('keep every string equal, at any depth, in objects and arrays, and an object reached twice', () => {
    const source = `${'Recalling its resolution 70/1, '.repeat(20)}and`
    const note = {type: 'text', value: source.slice(10, 60)}
    const tree = {
      type: 'document',
      children: [{type: 'p', children: [note, {type: 'text', value: source.slice(0, 5)}]}],
      meta: {notes: [note], title: source.slice(0, 30), count: 3, none: null},
      list: ['short', source.slice(31, 80)],
    }
    const copy = structuredClone(tree)
    expect(ownStrings(tree)).toBe(tree)
    expect(tree).toEqual(copy)
    expect(ownString(source)).toBe(source)
    expect(ownString('')).toBe('')
  })

  it('walks a deep tree without recursion', () => {
    let deep: Record<string, unknown> = {value: 'x'.repeat(20)}
    for (let depth = 0; depth < 200_000; depth++) deep = {child: deep}
    expect(() => ownStrings(deep)).not.toThrow()
  })
})

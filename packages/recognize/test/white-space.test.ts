import type {Inline} from '@clausewise/model'
import {describe, expect, it} from 'vitest'
import {collapseSpaces, isSpace} from '../src/index.js'
import {headText} from '../src/inline.js'

const text = (value: string): Inline[] => [{type: 'text', value}]

describe('headText', () => {
  it('makes a run of any white space of `\\s` one space, and keeps every other character', () => {
    for (let code = 0; code < 0x10000; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue
      const character = String.fromCharCode(code)
      const double = headText(text(`a${character}${character}b`))
      if (/\s/.test(character)) {
        expect(double, code.toString(16)).toBe('a b')
      } else {
        expect(double, code.toString(16)).toBe(`a${character}${character}b`)
      }
    }
  })

  it('reads at most the limit, whatever the nodes holding the text', () => {
    const long = 'word '.repeat(200)
    expect(headText(text(long))).toBe(long.slice(0, 400))
    expect(headText([{type: 'b', children: text(long)}, ...text(long)])).toBe(long.slice(0, 400))
    expect(headText(text(`${'x'.repeat(399)} y`))).toBe(`${'x'.repeat(399)} `)
    expect(headText([...text('x'.repeat(400)), ...text(' y')])).toBe('x'.repeat(400))
    expect(headText(text('a  b'), 2)).toBe('a')
  })
})

describe('collapseSpaces', () => {
  it('closes up a text with a white space other than the space, or two spaces, and leaves the others', () => {
    for (let code = 0; code < 0x10000; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue
      const character = String.fromCharCode(code)
      const space = isSpace(code)
      expect(collapseSpaces(`a${character}b`), code.toString(16)).toBe(
        space && code !== 32 ? 'a b' : `a${character}b`,
      )
      expect(collapseSpaces(`a${character}${character}b`), code.toString(16)).toBe(
        space ? 'a b' : `a${character}${character}b`,
      )
      // Once closing up is due, every run of white space of `\s` becomes one space.
      expect(collapseSpaces(`a  ${character}b`), code.toString(16)).toBe(
        /\s/.test(character) || space ? 'a b' : `a ${character}b`,
      )
    }
  })
})

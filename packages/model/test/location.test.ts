import {describe, expect, it} from 'vitest'
import {ClausewiseError, createLocator, formatPlace} from '../src/index.js'

describe('createLocator', () => {
  it('turns offsets into 1-based lines and columns over LF, CRLF and CR', () => {
    const locator = createLocator('ab\ncd\r\nef\rg')
    expect(locator.point(0)).toEqual({line: 1, column: 1, offset: 0})
    expect(locator.point(4)).toEqual({line: 2, column: 2, offset: 4})
    expect(locator.point(7)).toEqual({line: 3, column: 1, offset: 7})
    expect(locator.point(10)).toEqual({line: 4, column: 1, offset: 10})
    expect(locator.position(3, 5)).toEqual({
      start: {line: 2, column: 1, offset: 3},
      end: {line: 2, column: 3, offset: 5},
    })
  })

  it('clamps offsets outside the source', () => {
    expect(createLocator('abc').point(99)).toEqual({line: 1, column: 4, offset: 3})
  })
})

describe('ClausewiseError', () => {
  it('carries a code and names the place in its message', () => {
    const error = new ClausewiseError('xml-doctype', 'DOCTYPE is not allowed', {line: 2, column: 5})
    expect(error.code).toBe('xml-doctype')
    expect(error.message).toBe('2:5: DOCTYPE is not allowed')
    expect(error).toBeInstanceOf(Error)
    expect(formatPlace({start: {line: 1, column: 1}, end: {line: 1, column: 4}})).toBe('1:1-1:4')
  })
})

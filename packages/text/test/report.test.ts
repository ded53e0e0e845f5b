import {describe, expect, it} from 'vitest'
import {splitLines} from '../src/layout/split-lines.js'
import {createReporter} from '../src/report.js'

describe('createReporter', () => {
  it('places every offset as it does without line starts, given those of splitLines', () => {
    const texts = [
      '',
      '\n',
      '\r\n',
      'a',
      'a\n',
      'a\n\n',
      'a\r',
      '\r\r\n',
      'a\n\nb',
      'Recalling,\r\n\r\n1. Decides;\rand\n  (a) so\n',
      '\n\n\nlast',
    ]
    for (const text of texts) {
      const plain = createReporter(text)
      const given = createReporter(text, splitLines(text).starts)
      for (let start = -1; start <= text.length + 1; start++) {
        for (const end of [start, text.length + 2]) {
          expect(given.position(start, end)).toEqual(plain.position(start, end))
        }
      }
    }
  })
})

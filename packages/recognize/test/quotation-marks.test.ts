import {describe, expect, it} from 'vitest'
import {marksOf, quotationBalance} from '../src/quotation-marks.js'

describe('quotationBalance with double marks', () => {
  it('closes a low mark’s quotation with the high mark, as German and Czech print them (`„…“`)', () => {
    expect(
      quotationBalance('das Wort „Messstelle“ durch das Wort „Probenahmestelle“ ersetzt', 'double'),
    ).toBe(0)
    expect(quotationBalance('„(4) Die zuständige Behörde kann Ausnahmen zulassen.“', 'double')).toBe(0)
    expect(quotationBalance('folgender Absatz 4 angefügt: „(4) Die Behörde', 'double')).toBe(1)
  })

  it('closes it with `”` too (Polish `„…”`), and still opens one with `“` in English', () => {
    expect(quotationBalance('wyraz „organ” zastępuje się', 'double')).toBe(0)
    expect(quotationBalance('the words “competent authority”', 'double')).toBe(0)
    expect(quotationBalance('the following: “(4) The authority', 'double')).toBe(1)
    // A high mark after a low quotation closed opens one again.
    expect(quotationBalance('„a“ and “b', 'double')).toBe(1)
  })

  it('takes `„` for double marks', () => {
    expect(marksOf('„')).toBe('double')
  })
})

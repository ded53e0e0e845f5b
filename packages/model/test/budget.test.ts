import {describe, expect, it} from 'vitest'
import {
  codePointLabel,
  defaultLimits,
  formatDiagnostic,
  invisibleCharacters,
  replaceXmlForbidden,
  resolveLimits,
  xmlForbiddenCharacters,
} from '../src/index.js'

describe('invisibleCharacters', () => {
  it('finds bidi controls, zero-width and other format characters with their offsets', () => {
    const found = invisibleCharacters('1\u202E000\u200Bx\u2066y')
    expect(found.map((item) => [item.index, item.label])).toEqual([
      [1, 'U+202E'],
      [5, 'U+200B'],
      [7, 'U+2066'],
    ])
  })

  it('leaves the soft hyphen and ordinary text alone', () => {
    expect(invisibleCharacters('bien\u00ADêtre, État’s «x»')).toEqual([])
  })

  it('is linear: a megabyte of controls is found in one pass', () => {
    const text = '\u202Ea'.repeat(500_000)
    expect(invisibleCharacters(text)).toHaveLength(500_000)
  })
})

describe('xmlForbiddenCharacters and replaceXmlForbidden', () => {
  it('finds C0 controls, U+FFFE, U+FFFF and lone surrogates, but tab, line ends and pairs', () => {
    const text = 'a\u0000b\tc\nd\re\u001Ff\uFFFEg\uFFFFh\uD800i\uDC00j\uD83D\uDE00k'
    expect(xmlForbiddenCharacters(text).map((item) => [item.index, item.label])).toEqual([
      [1, 'U+0000'],
      [9, 'U+001F'],
      [11, 'U+FFFE'],
      [13, 'U+FFFF'],
      [15, 'U+D800'],
      [17, 'U+DC00'],
    ])
  })

  it('replaces each one code unit for one, keeping the characters asked for', () => {
    const text = 'a\u0001b\fc\uDC00'
    const clean = replaceXmlForbidden(text, '\f')
    expect(clean).toBe('a\uFFFDb\fc\uFFFD')
    expect(clean).toHaveLength(text.length)
    expect(replaceXmlForbidden('plain text')).toBe('plain text')
  })

  it('is linear: a megabyte of controls is found in one pass', () => {
    expect(xmlForbiddenCharacters('\u0001a'.repeat(500_000))).toHaveLength(500_000)
  })
})

describe('codePointLabel', () => {
  it('writes U+ and at least four hex digits', () => {
    expect(codePointLabel(0x200b)).toBe('U+200B')
    expect(codePointLabel(0x1d173)).toBe('U+1D173')
  })
})

describe('resolveLimits', () => {
  it('takes the caller’s positive values and the defaults for the rest', () => {
    expect(resolveLimits({maxDepth: 10, maxNodes: -1})).toEqual({...defaultLimits, maxDepth: 10})
  })
})

describe('formatDiagnostic', () => {
  it('writes file:line:column: severity: reason [rule] on one line', () => {
    const diagnostic = {
      reason: 'Footnote 1\nreattached',
      ruleId: 'footnote-reattached',
      source: '@clausewise/text',
      fatal: false,
      place: {start: {line: 3, column: 2, offset: 9}, end: {line: 4, column: 1, offset: 20}},
    }
    expect(formatDiagnostic(diagnostic, 'a.txt')).toBe(
      'a.txt:3:2: warning: Footnote 1 reattached [footnote-reattached]',
    )
    expect(formatDiagnostic({reason: 'x', ruleId: 'r', source: 's', fatal: true})).toBe('error: x [r]')
    expect(formatDiagnostic({reason: 'x', ruleId: 'r', source: 's'}, 'f')).toBe('f: info: x [r]')
  })
})

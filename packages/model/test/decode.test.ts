import {describe, expect, it} from 'vitest'
import {binaryFormat, ClausewiseError, decodeText} from '../src/index.js'

const utf8 = (text: string) => new TextEncoder().encode(text)
const text = 'Décision n° 7/17\n\n1. Prie l’Organisation « d’agir » ;\n'

function utf16(value: string, littleEndian: boolean, mark: boolean): Uint8Array {
  const bytes = new Uint8Array((value.length + (mark ? 1 : 0)) * 2)
  const view = new DataView(bytes.buffer)
  let offset = 0
  if (mark) {
    view.setUint16(0, 0xfeff, littleEndian)
    offset = 2
  }
  for (let index = 0; index < value.length; index++)
    view.setUint16(offset + index * 2, value.charCodeAt(index), littleEndian)
  return bytes
}

function utf32(value: string, littleEndian: boolean): Uint8Array {
  const points = [0xfeff, ...[...value].map((character) => character.codePointAt(0)!)]
  const bytes = new Uint8Array(points.length * 4)
  for (const [index, point] of points.entries())
    new DataView(bytes.buffer).setUint32(index * 4, point, littleEndian)
  return bytes
}

// Windows-1252 bytes of a text, derived from the decoder itself, so that the test holds no table (the
// letters in front keep the six control characters among the 224 bytes under the binary threshold).
function windows1252(value: string): Uint8Array {
  const high = Array.from({length: 224}, (_, index) => 0x20 + index)
  const decoded = decodeText(Uint8Array.from([...utf8('a'.repeat(1000)), ...high]), {
    encoding: 'windows-1252',
  })
  const byCharacter = new Map(
    [...decoded.text.slice(1000)].map((character, index) => [character, high[index]!]),
  )
  byCharacter.set('\n', 0x0a)
  return Uint8Array.from([...value].map((character) => byCharacter.get(character)!))
}

function notText(run: () => unknown): string {
  try {
    run()
  } catch (error) {
    expect(error).toBeInstanceOf(ClausewiseError)
    expect((error as ClausewiseError).code).toBe('not-text')
    return (error as Error).message
  }
  throw new Error('expected a not-text error')
}

describe('decodeText', () => {
  it('reads UTF-8 with no diagnostic, and an empty input as empty text', () => {
    expect(decodeText(utf8(text))).toEqual({text, encoding: 'utf-8', diagnostics: []})
    expect(decodeText(new Uint8Array())).toEqual({text: '', encoding: 'utf-8', diagnostics: []})
  })

  it('follows a byte-order mark: UTF-8, UTF-16 and UTF-32 in both byte orders', () => {
    const cases: [Uint8Array, string][] = [
      [Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8(text)]), 'utf-8'],
      [utf16(text, true, true), 'utf-16le'],
      [utf16(text, false, true), 'utf-16be'],
      [utf32(text, true), 'utf-32le'],
      [utf32(text, false), 'utf-32be'],
    ]
    for (const [bytes, encoding] of cases) {
      const result = decodeText(bytes)
      expect(result.text, encoding).toBe(text)
      expect(result.encoding).toBe(encoding)
      expect(result.diagnostics.map((diagnostic) => [diagnostic.ruleId, diagnostic.fatal])).toEqual([
        ['byte-order-mark', undefined],
      ])
    }
  })

  it('recognises UTF-16 without a mark by its zero bytes, with a warning', () => {
    const result = decodeText(utf16(text, true, false))
    expect(result.text).toBe(text)
    expect(result.encoding).toBe('utf-16le')
    expect(result.diagnostics[0]).toMatchObject({ruleId: 'encoding-guessed', fatal: false})
    expect(decodeText(utf16(text, false, false)).encoding).toBe('utf-16be')
  })

  it('reads 8-bit text as Windows-1252 with a warning naming the first byte that is not UTF-8', () => {
    const result = decodeText(windows1252(text))
    expect(result.text).toBe(text)
    expect(result.encoding).toBe('windows-1252')
    expect(result.diagnostics).toHaveLength(1)
    expect(result.diagnostics[0]).toMatchObject({
      ruleId: 'encoding-guessed',
      fatal: false,
      place: {line: 1, column: 2},
    })
    expect(result.diagnostics[0]!.reason).toContain('0xE9')
  })

  it('keeps mostly valid UTF-8 as UTF-8 and reports each replaced byte', () => {
    const bytes = Uint8Array.from([...utf8('État\n'), 0xff, ...utf8(' Décidé'), 0xc3])
    const result = decodeText(bytes)
    expect(result.encoding).toBe('utf-8')
    expect(result.text).toBe('État\n\uFFFD Décidé\uFFFD')
    expect(result.diagnostics).toEqual([
      expect.objectContaining({
        ruleId: 'invalid-encoding',
        fatal: false,
        place: {line: 2, column: 1, offset: 5},
      }),
    ])
    expect(result.diagnostics[0]!.reason).toContain('2 invalid bytes')
  })

  it('decodes the encoding asked for, and says when its bytes do not fit it', () => {
    expect(decodeText(Uint8Array.from([0xa4]), {encoding: 'iso-8859-15'}).text).toBe('€')
    expect(decodeText(Uint8Array.from([0x92]), {encoding: 'latin1'}).text).toBe('’')
    const bad = decodeText(Uint8Array.from([0x41, 0xff]), {encoding: 'utf-8'})
    expect(bad.text).toBe('A\uFFFD')
    expect(bad.diagnostics[0]).toMatchObject({ruleId: 'invalid-encoding', place: {line: 1, column: 2}})
    expect(() => decodeText(utf8('x'), {encoding: 'klingon'})).toThrow(/unknown encoding `klingon`/)
  })

  it('refuses files that announce a binary format, naming it', () => {
    expect(notText(() => decodeText(Uint8Array.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0])))).toBe(
      'not a text file (looks like an ELF executable)',
    )
    expect(notText(() => decodeText(utf8('%PDF-1.7\n%âãÏÓ\n')))).toContain('a PDF document')
    const docx = Uint8Array.from([
      0x50,
      0x4b,
      0x03,
      0x04,
      ...new Array(26).fill(0),
      ...utf8('word/document.xml'),
    ])
    expect(notText(() => decodeText(docx))).toContain('a Word document (.docx)')
  })

  it('refuses NUL bytes and control characters as binary data, also in the encoding asked for', () => {
    expect(notText(() => decodeText(Uint8Array.from([0x41, 0x00, 0x00, 0x42, 0x43])))).toContain(
      'NUL byte at byte 1',
    )
    expect(notText(() => decodeText(utf8('ab\u0001c'.repeat(50))))).toContain('control characters')
    expect(notText(() => decodeText(Uint8Array.from([0x41, 0x00]), {encoding: 'windows-1252'}))).toContain(
      'NUL',
    )
  })

  it('keeps a text with a stray control character (readers report it)', () => {
    const long = `${'Décide de poursuivre. '.repeat(20)}\u0007`
    expect(decodeText(utf8(long)).text).toBe(long)
    expect(decodeText(utf8('\u001B[31mrouge\u001B[0m')).text).toBe('\u001B[31mrouge\u001B[0m')
  })

  it('refuses input longer than maxLength bytes', () => {
    expect(() => decodeText(utf8('abcd'), {maxLength: 3})).toThrow(
      expect.objectContaining({code: 'input-too-large'}),
    )
  })

  it('refuses random bytes whatever their seed', () => {
    let seed = 7
    for (let round = 0; round < 20; round++) {
      const bytes = new Uint8Array(4096).map(() => {
        seed = (seed * 1103515245 + 12345) % 2 ** 31
        return seed >>> 23
      })
      notText(() => decodeText(bytes))
    }
  })
})

describe('binaryFormat', () => {
  it('names the format of known signatures and nothing for text', () => {
    expect(binaryFormat(utf8('%PDF-1.4'))).toEqual({format: 'pdf', description: 'a PDF document'})
    expect(binaryFormat(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0, 0]))?.format).toBe('zip')
    expect(binaryFormat(utf8('MZ is a text that starts like an executable'))).toBeUndefined()
    expect(binaryFormat(utf8(text))).toBeUndefined()
  })
})

import {type Diagnostic, xmlForbiddenCharacters} from '@clausewise/model'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {fromText} from '../src/index.js'

/** Every string in a value (the model, its metadata), however deep. */
function strings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value)
  else if (value && typeof value === 'object') for (const item of Object.values(value)) strings(item, out)
  return out
}

/** Where a diagnostic starts. */
function start(diagnostic: Diagnostic): {line?: number | undefined; column?: number | undefined} {
  const place = diagnostic.place
  return place && 'start' in place ? place.start : (place ?? {})
}

function check(text: string, language?: string) {
  const result = fromText(text, language ? {language} : {})
  expect(result.document.type).toBe('document')
  // Whatever the text, the model can be written as XML.
  expect(strings(result.document).filter((value) => xmlForbiddenCharacters(value).length > 0)).toEqual([])
  expect(Array.isArray(result.diagnostics)).toBe(true)
  expect(result.diagnostics.some((diagnostic) => diagnostic.ruleId === 'internal-error')).toBe(false)
  return result
}

describe('fromText on hostile input', () => {
  it('reads the empty text as an empty but valid document, and says so', () => {
    const {document, diagnostics} = check('')
    expect(document.children).toEqual([
      {
        type: 'mainBody',
        children: [
          {type: 'blockContainer', eId: 'mainBody__blockContainer_1', children: [{type: 'p', children: []}]},
        ],
      },
    ])
    expect(diagnostics.map((diagnostic) => diagnostic.ruleId)).toContain('empty-input')
  })

  it('reads binary bytes and lone surrogates', () => {
    const bytes = Array.from({length: 4096}, (_, index) => String.fromCharCode((index * 7919) % 65536)).join(
      '',
    )
    check(bytes)
    check('\ud800\udfff\ud800 \u0000\r\r\n\u2028 1.\n\no\n 2')
  })

  it('replaces the characters XML cannot store and reports each where it stood', () => {
    const {document, diagnostics} = check(
      'Decision\n\n1. Decides a\u0001b and c\uFFFE;\f\n2. Asks\u000bd\ud800.\n',
      'en',
    )
    const found = diagnostics.filter((diagnostic) => diagnostic.ruleId === 'forbidden-character')
    expect(
      found.map((diagnostic) => [start(diagnostic).line, start(diagnostic).column, diagnostic.text]),
    ).toEqual([
      [3, 13, 'U+0001'],
      [3, 21, 'U+FFFE'],
      [4, 10, 'U+D800'],
    ])
    const words = strings(document).join(' ')
    expect(words).toContain('a\uFFFDb and c\uFFFD;')
    expect(words).toContain('Asks d\uFFFD.')
  })

  it('reads 10 MB on one line', () => {
    const {document} = check(`${'Réaffirmant la traite des êtres humains, '.repeat(250_000)}`, 'fr')
    expect(document.children.length).toBeGreaterThan(0)
  })

  it('reads 100,000 lines of `1.` as 100,000 paragraphs, reporting the repeat', () => {
    const {document, diagnostics} = check('1.\n'.repeat(100_000), 'fr')
    expect(diagnostics.some((diagnostic) => diagnostic.ruleId === 'duplicate-number')).toBe(true)
    const mainBody = document.children.find((child) => child.type === 'mainBody')
    expect(mainBody?.children).toHaveLength(100_000)
  })

  it('reads 100,000 footnote separators and markers', () => {
    check('texte\n1\n suite\n                    \n1 Note.\n'.repeat(20_000), 'fr')
    check('n\no\n'.repeat(50_000), 'fr')
  })

  it('never throws on random Unicode', () => {
    fc.assert(
      fc.property(fc.string({unit: 'grapheme', maxLength: 400}), (text) => {
        check(text)
      }),
      {numRuns: 300},
    )
  })

  it('never throws on random lines made of the genre’s pieces', () => {
    const piece = fc.constantFrom(
      '',
      ' ',
      '                    ',
      '1 Comprend une correction',
      'n',
      'o',
      ' 7/17',
      '1.',
      'a)',
      '(b)',
      'DÉCISION N',
      'Le Conseil ministériel,',
      'Réaffirmant',
      'Demande aux États participants :',
      'DÉCLARATION INTERPRÉTATIVE',
      'Faite par la délégation de la Fédération de Russie :',
      '- 2 -',
      'MC.DEC/7/17',
      'pré-',
      'venir',
      '«',
      '»',
      'CM(24), journal n',
    )
    fc.assert(
      fc.property(fc.array(piece, {maxLength: 60}), (lines) => {
        check(lines.join('\n'))
        check(lines.join('\n'), 'en')
      }),
      {numRuns: 300},
    )
  })
})

describe('fromText limits', () => {
  it('throws `input-too-large` past maxLength, and reads up to it', () => {
    expect(() => fromText('The General Assembly,', {maxLength: 10})).toThrow(
      expect.objectContaining({code: 'input-too-large'}),
    )
    expect(fromText('0123456789', {maxLength: 10}).document.type).toBe('document')
  })
})

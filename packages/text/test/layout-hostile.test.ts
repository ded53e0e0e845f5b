import {ClausewiseError, type Diagnostic, plainText} from '@clausewise/model'
import {describe, expect, it} from 'vitest'
import {fromText} from '../src/index.js'
import {all} from './support.js'

// Hostile shapes of the layout stage, generated here at sizes that run fast; each checks a clean
// outcome and output bounded by the input (the growth of time with size is in
// bench/hostile-shapes.mjs, never asserted here).

/** Total characters the diagnostics carry (reasons and texts). */
function diagnosticSize(diagnostics: Diagnostic[]): number {
  return diagnostics.reduce(
    (sum, diagnostic) => sum + diagnostic.reason.length + (diagnostic.text?.length ?? 0),
    0,
  )
}

describe('fromText on hostile layouts', () => {
  it('joins 80,000 hyphen-wrapped lines with one bounded report per line end', () => {
    const text = 'Reaffirming an-\n'.repeat(80_000)
    const {document, diagnostics} = fromText(text, {language: 'en', layout: 'single-spaced'})
    const joins = diagnostics.filter((d) => d.ruleId === 'hyphen-kept' || d.ruleId === 'hyphen-rejoined')
    expect(joins).toHaveLength(79_999)
    for (const join of joins) expect(join.text!.length).toBeLessThanOrEqual(203)
    expect(diagnosticSize(diagnostics)).toBeLessThan(text.length * 8)
    expect(plainText(document).length).toBeLessThan(text.length)
  })

  it('quotes at most 100 characters of each piece of a word broken at a line end', () => {
    const text = `${'a'.repeat(50_000)}-\n${'b'.repeat(50_000)} end.\n`
    const {diagnostics} = fromText(text, {language: 'en', layout: 'single-spaced'})
    const join = diagnostics.find((d) => d.ruleId.startsWith('hyphen-'))!
    expect(join.text).toBe(`${'a'.repeat(100)}-\n${'b'.repeat(100)}`)
    expect(join.reason.length).toBeLessThan(200)
  })

  it('throws input-too-large past maxLength, and reads a text at the limit', () => {
    const text = 'The General Assembly,\n'.repeat(100)
    expect(() => fromText(text, {maxLength: text.length - 1})).toThrow(ClausewiseError)
    expect(() => fromText(text, {maxLength: 10})).toThrow(expect.objectContaining({code: 'input-too-large'}))
    expect(fromText(text, {maxLength: text.length}).document.type).toBe('document')
  })

  it('reports invisible characters with their place, a thousand one by one and the rest counted', () => {
    const {diagnostics} = fromText('1. Decides to pay \u202E0001\u202C dollars;\n', {language: 'en'})
    const found = diagnostics.filter((d) => d.ruleId === 'invisible-character')
    expect(found.map((d) => d.text)).toEqual(['U+202E', 'U+202C'])
    expect(found[0]!.fatal).toBe(false)
    expect(found[0]!.place).toMatchObject({start: {line: 1, column: 19, offset: 18}})
    const many = fromText(`Text ${'\u200B'.repeat(5000)}\n`, {language: 'en'}).diagnostics
    const reported = many.filter((d) => d.ruleId === 'invisible-character')
    expect(reported).toHaveLength(1001)
    expect(reported[1000]!.reason).toContain('4000 more')
  })

  it('anchors 999 notes in order among 90,000 bare numbers', () => {
    const numbers = Array.from({length: 100}, (_, index) => index + 1).join(' ')
    const body = Array.from({length: 999}, (_, index) => `Recalling ${numbers} and the text,${index + 1}`)
    const notes = Array.from({length: 999}, (_, index) => `${index + 1} A note.`)
    const text = `${body.join('\n')}\n__________\n\n${notes.join('\n\n')}\n`
    const {document, diagnostics} = fromText(text, {language: 'en', layout: 'single-spaced'})
    expect(all(document, 'authorialNote')).toHaveLength(999)
    const anchored = diagnostics.filter((d) => d.ruleId === 'footnote-anchored')
    expect(anchored).toHaveLength(999)
    // Each at the number fused to the end of its line, none at a number standing apart.
    for (const [index, diagnostic] of anchored.entries()) {
      expect(diagnostic.place).toMatchObject({start: {line: index + 1}})
    }
  })

  it('reads 5,000 pages of running heads and footnote blocks', () => {
    const page = (number: number) =>
      `A/RES/1/1 \nA running title\n \n24-12345\n${number}/5000 \n \nRecalling the text of page ${number},1\n__________\n \n1 A note.\n`
    const text = Array.from({length: 5000}, (_, index) => page(index + 1)).join('\n')
    const {document, diagnostics} = fromText(text, {language: 'en'})
    expect(plainText(document)).not.toMatch(/24-12345|A running title|\/5000/)
    expect(all(document, 'authorialNote')).toHaveLength(5000)
    expect(diagnostics.filter((d) => d.ruleId === 'page-furniture')).toHaveLength(5000)
  })

  it('reads a one-line dump of 100,000 sentences', () => {
    const text = 'Decides to act. '.repeat(100_000)
    const {document, diagnostics} = fromText(text, {language: 'en'})
    expect(diagnostics.find((d) => d.ruleId === 'layout-detected')?.text).toBe('one-line')
    expect(plainText(document).length).toBeGreaterThan(text.length / 2)
  })

  it('reads every layout of the same pieces without throwing', () => {
    const pieces = [
      '1.',
      '(a)',
      ' ',
      '',
      '____',
      '1 A note.',
      '*',
      '* A note.',
      'A/RES/1/1',
      '2/3',
      'Top',
      'word-',
      '\f',
    ]
    for (const layout of ['double-spaced', 'single-spaced', 'web', 'one-line'] as const) {
      for (let seed = 0; seed < 200; seed++) {
        const lines = Array.from({length: 30}, (_, index) => pieces[(seed * 7 + index * 13) % pieces.length])
        const {document} = fromText(lines.join('\n'), {language: 'en', layout})
        expect(document.type).toBe('document')
      }
    }
  })
})

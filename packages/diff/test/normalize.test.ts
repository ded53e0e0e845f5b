import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {normalizeText} from '../src/normalize.js'

/** The normalisation as a chain of replacements: the definition the one-pass version must match. */
function reference(text: string, lowercase = true): string {
  const typography: Record<string, string> = {
    '\u2018': "'",
    '\u2019': "'",
    '\u02BC': "'",
    '\u201A': "'",
    '\u2039': '"',
    '\u203A': '"',
    '\u00AB': '"',
    '\u00BB': '"',
    '\u201C': '"',
    '\u201D': '"',
    '\u201E': '"',
    '\u2010': '-',
    '\u2011': '-',
    '\u2012': '-',
    '\u2013': '-',
    '\u2014': '-',
    '\u2212': '-',
    '\u2026': '...',
    '\u00BA': 'o',
  }
  const nfc = text.normalize('NFC')
  return (lowercase ? nfc.toLowerCase() : nfc)
    .replace(
      /[\u2018\u2019\u02BC\u201A\u2039\u203A\u00AB\u00BB\u201C\u201D\u201E\u2010-\u2014\u2212\u2026\u00BA]/g,
      (character) => typography[character] ?? character,
    )
    .replace(/\s{2,}|[^\S ]/g, ' ')
    .replace(/ (?=[;:?!,.")])/g, '')
    .replace(/(["(]) /g, '$1')
    .trim()
}

describe('normalizeText', () => {
  it('folds case, typography and spacing', () => {
    expect(normalizeText('Demande  aux États participants\u00A0:')).toBe('demande aux états participants:')
    expect(normalizeText(' « Plan d’action » (2003) … ')).toBe('"plan d\'action"(2003)...')
    expect(normalizeText('Cafe\u0301 nº 3', false)).toBe('Café no 3')
  })

  it('matches the chain of replacements it stands for (property)', () => {
    const piece = fc.constantFrom(
      'a',
      'É',
      'e\u0301',
      ' ',
      '  ',
      '\n',
      '\t',
      '\u00A0',
      '\u202F',
      '\u2028',
      '"',
      '(',
      ')',
      ';',
      ':',
      ',',
      '.',
      '?',
      '!',
      '«',
      '»',
      '“',
      '”',
      '’',
      '—',
      '…',
      'º',
      'x',
    )
    fc.assert(
      fc.property(fc.array(piece, {maxLength: 24}), fc.boolean(), (parts, lowercase) => {
        const text = parts.join('')
        expect(normalizeText(text, lowercase)).toBe(reference(text, lowercase))
      }),
      {numRuns: 3000},
    )
  })

  it('lowercases Latin-1 text, spaces and folded typography in one pass as the chain does (property)', () => {
    // Texts of the one-pass way (every character Latin-1, a space or a folded variant), with now and
    // then a character that sends the text the general way (C1 control, dotted capital I, combining
    // accent, Greek, an astral character).
    const piece = fc.oneof(
      {
        weight: 12,
        arbitrary: fc.constantFrom(
          'a',
          'Z',
          'À',
          'É',
          'Þ',
          '×',
          'ß',
          'ÿ',
          'µ',
          'º',
          '«',
          '»',
          '\u00AD',
          ' ',
          '\n',
          '\u00A0',
          '\u2000',
          '\u3000',
          '\uFEFF',
          '"',
          '(',
          ')',
          ';',
          '.',
          '’',
          '—',
          '…',
          '\u0001',
        ),
      },
      {weight: 1, arbitrary: fc.constantFrom('\u0085', 'İ', 'e\u0301', 'Σ', '\u{1F600}')},
    )
    fc.assert(
      fc.property(fc.array(piece, {maxLength: 24}), (parts) => {
        const text = parts.join('')
        expect(normalizeText(text)).toBe(reference(text))
      }),
      {numRuns: 3000},
    )
  })

  it('lowercases every Latin-1 character as toLowerCase does', () => {
    for (let code = 0; code < 0x100; code++) {
      const character = String.fromCharCode(code)
      expect(normalizeText(`x${character}y`)).toBe(reference(`x${character}y`))
    }
  })
})

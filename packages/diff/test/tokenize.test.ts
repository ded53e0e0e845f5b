import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {classifyChange, isWordToken} from '../src/classify.js'
import {tokenize} from '../src/index.js'
import {normalizeText} from '../src/normalize.js'
import {wordCount} from '../src/tokenize.js'

const words = (text: string) => tokenize(text).filter((token) => token.trim() !== '')

describe('tokenize', () => {
  it('splits a French elided article with its apostrophe, straight or curly, the same way', () => {
    expect(tokenize("l'exploitation")).toEqual(["l'", 'exploitation'])
    expect(tokenize('l’exploitation')).toEqual(['l’', 'exploitation'])
    expect(words('qu’il lorsqu’elle jusqu’au d’être')).toEqual([
      'qu’',
      'il',
      'lorsqu’',
      'elle',
      'jusqu’',
      'au',
      'd’',
      'être',
    ])
  })

  it('keeps aujourd’hui and English contractions whole', () => {
    expect(tokenize("aujourd'hui")).toEqual(["aujourd'hui"])
    expect(tokenize('aujourd’hui')).toEqual(['aujourd’hui'])
    expect(words("don't the State's")).toEqual(["don't", 'the', "State's"])
  })

  it('keeps no-break spaces as whitespace tokens before ; : ? ! and inside guillemets', () => {
    expect(tokenize('participants\u00A0:')).toEqual(['participants', '\u00A0', ':'])
    expect(tokenize('fait\u202F;')).toEqual(['fait', '\u202F', ';'])
    expect(tokenize('«\u00A0OSCE\u00A0»')).toEqual(['«', '\u00A0', 'OSCE', '\u00A0', '»'])
    expect(tokenize('quoi ?!')).toEqual(['quoi', ' ', '?', '!'])
  })

  it('keeps numbers and references as one token', () => {
    expect(words('la Décision nº 13/04/Corr.1 sur')).toEqual(['la', 'Décision', 'nº', '13/04/Corr.1', 'sur'])
    expect(words('MC.DEC/7/17/Corr.1')).toEqual(['MC.DEC/7/17/Corr.1'])
    expect(words('du paragraphe IV.1 A) 6 des Règles')).toEqual([
      'du',
      'paragraphe',
      'IV.1 A) 6',
      'des',
      'Règles',
    ])
    expect(words('du paragraphe IV. 1A) 6 des')).toEqual(['du', 'paragraphe', 'IV. 1A) 6', 'des'])
    expect(words('1,5 million et 2.3')).toEqual(['1,5', 'million', 'et', '2.3'])
  })

  it('keeps hyphenated words whole and ends sentences at the period', () => {
    expect(words('bien-être et/ou États-Unis.')).toEqual(['bien-être', 'et/ou', 'États-Unis', '.'])
    expect(words('de l’OSCE. Le')).toEqual(['de', 'l’', 'OSCE', '.', 'Le'])
  })

  it('collapses a whitespace run into one token and splits punctuation one mark at a time', () => {
    expect(tokenize('a  \n b,;')).toEqual(['a', '  \n ', 'b', ',', ';'])
  })

  it('gives the text back when the tokens are joined (property)', () => {
    fc.assert(
      fc.property(fc.string({unit: 'grapheme', maxLength: 200}), (text) => {
        expect(tokenize(text).join('')).toBe(text)
      }),
    )
    fc.assert(
      fc.property(
        fc.array(
          fc.constantFrom(
            'l',
            '’',
            "'",
            'IV',
            '.',
            '1',
            ' ',
            'A',
            ')',
            '\u00A0',
            '/',
            '-',
            ',',
            'é',
            '«',
            '6',
          ),
          {
            maxLength: 40,
          },
        ),
        (parts) => {
          const text = parts.join('')
          expect(tokenize(text).join('')).toBe(text)
        },
      ),
    )
  })
})

describe('scans over token offsets', () => {
  // The definitions the scans replace: a list of token strings, filtered.
  const isSpaceToken = (token: string) => /^\s/u.test(token) || token.charCodeAt(0) === 0xfeff
  const listedWords = (text: string) => tokenize(text).filter(isWordToken)
  const listedKind = (text: string) => {
    const tokens = tokenize(text)
    if (tokens.every((token) => isSpaceToken(token))) return 'whitespace'
    const found = listedWords(text)
    if (found.length === 0) return 'punctuation'
    return found.every((word) => /[0-9]/.test(word)) ? 'number' : 'wording'
  }
  const texts = fc.oneof(
    fc.string({unit: 'grapheme', maxLength: 120}),
    fc
      .array(
        fc.constantFrom(
          'l',
          '’',
          'IV',
          '.',
          '1',
          ' ',
          'A',
          ')',
          '\u00A0',
          '/',
          '-',
          ',',
          'é',
          '«',
          '6',
          '😀',
          '\n',
        ),
        {
          maxLength: 40,
        },
      )
      .map((parts) => parts.join('')),
  )

  it('counts the words tokenize finds (property)', () => {
    expect(wordCount('l’Additif de 2013 ;')).toBe(4)
    fc.assert(
      fc.property(texts, (text) => {
        expect(wordCount(text)).toBe(listedWords(text).length)
      }),
    )
  })

  it('tells a change of punctuation from one of words as the listed words say (property)', () => {
    // The definition the scan replaces: the word tokens of the folded texts listed, joined and compared.
    const listed = (text: string) => listedWords(normalizeText(text, false).toLowerCase()).join(' ')
    const sameListed = (a: string, b: string) => listed(a) === listed(b)
    expect(classifyChange('le chien, noir', 'le chien noir ;')).toBe('punctuation')
    fc.assert(
      fc.property(texts, texts, (deleted, inserted) => {
        const plain = [...(deleted + inserted)].every((character) => !/\p{Cf}/u.test(character))
        fc.pre(plain && deleted !== '' && inserted !== '')
        const kind = classifyChange(deleted, inserted)
        if (kind === 'punctuation') expect(sameListed(deleted, inserted)).toBe(true)
        if (kind === 'number' || kind === 'wording') expect(sameListed(deleted, inserted)).toBe(false)
      }),
    )
  })

  it('classifies a change that only deletes or only inserts as its tokens say (property)', () => {
    expect(classifyChange('', ' \u00A0')).toBe('whitespace')
    expect(classifyChange(', ;', '')).toBe('punctuation')
    expect(classifyChange('', '2013 13/04')).toBe('number')
    expect(classifyChange('', 'le 12')).toBe('wording')
    fc.assert(
      fc.property(texts, (text) => {
        const plain = [...text].every((character) => !/\p{Cf}/u.test(character) || character === '\u00AD')
        fc.pre(plain)
        expect(classifyChange(text, '')).toBe(listedKind(text))
        expect(classifyChange('', text)).toBe(listedKind(text))
      }),
    )
  })
})

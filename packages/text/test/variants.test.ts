import {removePositions} from '@clausewise/model'
import {describe, expect, it} from 'vitest'
import {fromText} from '../src/index.js'
import {all, corpus} from './support.js'

const counts = (text: string) => {
  const {document} = fromText(text)
  return Object.fromEntries(
    ['recital', 'paragraph', 'point', 'authorialNote', 'attachment'].map((type) => [
      type,
      all(document, type).length,
    ]),
  )
}

describe('extraction variants of MC.DEC/7/17 read as the plain text', () => {
  const plain = corpus('mc-dec-7-17.fr.txt')
  const expected = removePositions(fromText(plain).document)
  const variants: [string, string][] = [
    ['Unicode NFD', plain.normalize('NFD')],
    ['one trailing space on every text line', plain.replace(/(\S[^\n]*)$/gmu, '$1 ')],
    ['every blank line a single space', plain.replace(/^[ ]*$/gmu, ' ')],
    ['two trailing spaces on every line', plain.replaceAll('\n', '  \n')],
  ]
  for (const [name, text] of variants) {
    it(`reads the same document from ${name}`, () => {
      expect(text).not.toBe(plain)
      expect(counts(text)).toEqual(counts(plain))
      expect(removePositions(fromText(text).document)).toEqual(expected)
    })
  }

  it('counts 15 recitals, 2 points, 1 note and 1 attachment in the plain text', () => {
    expect(counts(plain)).toMatchObject({recital: 15, point: 2, authorialNote: 1, attachment: 1})
  })

  it('reports NFC normalisation, with positions on the source lines', () => {
    const {document, diagnostics} = fromText(plain.normalize('NFD'))
    expect(diagnostics.map((diagnostic) => diagnostic.ruleId)).toContain('text-normalized')
    expect(document.meta.symbol).toBe('MC.DEC/7/17')
    const lines = (tree: unknown) =>
      all(tree, 'recital').map((node) => (node.position as {start: {line: number}}).start.line)
    expect(lines(document)).toHaveLength(15)
    expect(lines(document)).toEqual(lines(fromText(plain).document))
  })

  it('detects the language of a long text to normalise from its start, as of any text', () => {
    const long = `${plain}\n\n${'Annexe. '.repeat(12_000)}`.normalize('NFD')
    const detected = (text: string) =>
      fromText(text).diagnostics.find((diagnostic) => diagnostic.ruleId === 'language-detected')?.reason
    expect(detected(long)).toMatch(/^Language detected: fr /)
    expect(detected(long)).toBe(detected(long.normalize('NFC')))
    // A start of blank lines longer than what is sampled: no language, and a warning (the text is not blank).
    const late = `${'\n'.repeat(70_000)}${plain}`
    for (const text of [late, late.normalize('NFD')]) {
      const ruleIds = fromText(text).diagnostics.map((diagnostic) => diagnostic.ruleId)
      expect(ruleIds).toContain('language-unknown')
    }
  })

  it('normalises the one line that needs it, and reports nothing for text that is NFC already', () => {
    const one = plain.replace('é', 'e\u0301')
    expect(one).not.toBe(plain)
    const read = fromText(one)
    expect(read.diagnostics.map((diagnostic) => diagnostic.ruleId)).toContain('text-normalized')
    expect(removePositions(read.document)).toEqual(expected)
    const rules = (text: string) => fromText(text).diagnostics.map((diagnostic) => diagnostic.ruleId)
    expect(rules(plain)).not.toContain('text-normalized')
    expect(
      rules('Совет Безопасности,\n\n1. Постановляет продолжать заниматься этим вопросом.'),
    ).not.toContain('text-normalized')
  })
  it('normalises every line that needs it, first and last too, whatever the line ends', () => {
    // The lines to normalise are found in the whole text, one search from line to line.
    const lines = plain.split('\n')
    const last = lines.length - 1 - [...lines].reverse().findIndex((line) => line.includes('é'))
    const marked = lines.map((line, index) =>
      index === 0 || index === last || index % 7 === 0 ? `${line.replaceAll('é', 'e\u0301')}` : line,
    )
    for (const end of ['\n', '\r\n', '\r']) {
      const text = `e\u0301${marked.join(end)}`
      const read = fromText(text)
      expect(read.diagnostics.map((diagnostic) => diagnostic.ruleId)).toContain('text-normalized')
      expect(removePositions(read.document)).toEqual(
        removePositions(fromText(text.normalize('NFC')).document),
      )
    }
  })
})

describe('layout of web text whose clauses open in lower case', () => {
  // An act copied from a web page: one paragraph per line, a blank line after each, a title broken
  // by hand over short lines, and citations that open in lower case after lines ending in a comma.
  const web = [
    'DÉCISION DU CONSEIL',
    'du 10 mars 2025',
    'relative à la position à prendre au nom de l’Union',
    'LE CONSEIL DE L’UNION EUROPÉENNE,',
    'vu le traité sur le fonctionnement de l’Union européenne, et notamment son article 218,',
    'vu la proposition de la Commission européenne,',
    'considérant ce qui suit:',
    '(1) L’accord a été conclu en 2020.',
    '(2) Il convient d’établir la position de l’Union.',
    'A ADOPTÉ LA PRÉSENTE DÉCISION:',
    'Article premier',
    'La position à prendre au nom de l’Union est celle figurant à l’annexe.',
  ].join('\n\n')

  it('is read as web text, each line a paragraph: no citation runs into the next', () => {
    const {document, diagnostics} = fromText(web, {language: 'fr'})
    const layout = diagnostics.find((diagnostic) => diagnostic.ruleId === 'layout-detected')
    expect(layout?.text).toBe('web')
    // Two citations and two recitals; `considérant ce qui suit:` introduces the recitals, as `Whereas:` does.
    expect(all(document, 'recital')).toHaveLength(4)
    expect(all(document, 'formula')).toHaveLength(2)
  })
})

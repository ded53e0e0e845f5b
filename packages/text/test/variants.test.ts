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
})

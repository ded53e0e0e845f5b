import {clauses, type Document, plainText, visit} from '@clausewise/model'
import {describe, expect, test} from 'vitest'
import {fromMarkdown} from '../src/index.js'
import {sliceOf} from '../src/read/context.js'

const words = (text: string): string[] => text.match(/[\p{L}\p{N}]+/gu) ?? []

function allText(document: Document): string {
  const parts = [plainText(document)]
  visit(document, (node) => {
    if (node.type === 'authorialNote') parts.push(plainText(node))
  })
  return parts.join(' ')
}

function clauseTexts(markdown: string): string[] {
  return clauses(fromMarkdown(markdown).document).map((clause) => plainText(clause))
}

describe('fromMarkdown keeps every word', () => {
  test('bare URLs, e-mail addresses and www hosts stay in the text', () => {
    const markdown = [
      'Le Conseil ministériel,',
      '',
      'Rappelant https://www.osce.org/fr/mc/7-17 et http://example.com/a?b=c#d,',
      '',
      '1. Décide de publier le texte sur https://www.osce.org/fr/mc/7-17 ;',
      '2. Invite à écrire à info@osce.org ou mailto:secretariat@osce.org ;',
      '3. Renvoie à www.example.org et www.osce.org/odihr[^1].',
      '',
      '[^1]: Voir https://www.osce.org/odihr et contact@odihr.pl.',
    ].join('\n')
    const {document, diagnostics} = fromMarkdown(markdown)
    const kept = allText(document)
    for (const word of words(markdown.replace('[^1]:', ''))) expect(kept).toContain(word)
    expect(kept).toContain('sur https://www.osce.org/fr/mc/7-17 ;')
    expect(kept).toContain('à info@osce.org ou mailto:secretariat@osce.org ;')
    expect(kept).toContain('www.example.org et www.osce.org/odihr')
    expect(diagnostics).toEqual([])
  })

  test('a megabyte of www hosts reads as text', () => {
    const markdown = 'www.a.com '.repeat(100_000)
    expect(plainText(fromMarkdown(markdown).document)).toBe(markdown.trimEnd())
  })

  test('two drafts differing only in a URL differ in clause text', () => {
    const draft = (url: string) => `Le Conseil ministériel,\n\n1. Décide de publier le texte sur ${url} ;\n`
    const old = clauseTexts(draft('https://www.osce.org/fr/mc/7-17'))
    const changed = clauseTexts(draft('https://www.osce.org/fr/mc/8-17'))
    expect(old).toHaveLength(changed.length)
    expect(old.at(-1)).toBe('1. Décide de publier le texte sur https://www.osce.org/fr/mc/7-17 ;')
    expect(changed.at(-1)).toBe('1. Décide de publier le texte sur https://www.osce.org/fr/mc/8-17 ;')
    expect(changed.slice(0, -1)).toEqual(old.slice(0, -1))
  })

  test("a node without a position gives its descendants' text, not nothing", () => {
    const node = {
      type: 'link',
      url: 'http://x',
      children: [
        {type: 'text', value: 'http://'},
        {type: 'emphasis', children: [{type: 'text', value: 'x'}]},
      ],
    }
    expect(sliceOf({source: 'unrelated'}, node)).toBe('http://x')
  })
})

import {fromAkn, toAkn} from '@clausewise/akn'
import {diff} from '@clausewise/diff'
import {toHtmlRedline} from '@clausewise/html'
import {fromMarkdown, toMarkdownRedline} from '@clausewise/markdown'
import type {Diagnostic, Document} from '@clausewise/model'
import {fromText} from '@clausewise/text'
import {describe, expect, it} from 'vitest'

// Issue 16's forged redline: a right-to-left override (U+202E) makes `0001` display as `1000`, so a
// redline that showed the text raw would read `~~100~~ 1000` while the stored amount is `0001`
// reversed. Every reader must report it, every redline must show it, and it must count as a change.

const override = '\u202E'
const oldText = '1. Approves a budget of 100 units;\n\n2. Requests a report.\n'
const newText = `1. Approves a budget of ${override}0001 units;\n\n2. Requests a report.\n`

function reported(diagnostics: Diagnostic[]): Diagnostic[] {
  return diagnostics.filter((diagnostic) => diagnostic.ruleId === 'invisible-character')
}

const readers: Record<string, (text: string) => {document: Document; diagnostics: Diagnostic[]}> = {
  text: (text) => fromText(`Decision\n\n${text}`, {language: 'en'}),
  markdown: (text) => fromMarkdown(`# Decision\n\n${text}`),
  akn: (text) => fromAkn(toAkn(fromText(`Decision\n\n${text}`, {language: 'en'}).document)),
}

describe('a bidi override in a clause (the forged redline)', () => {
  for (const [name, read] of Object.entries(readers)) {
    it(`is reported by the ${name} reader, as a change by the differ, and shown in both redlines`, () => {
      const before = read(oldText)
      const after = read(newText)
      expect(reported(before.diagnostics)).toEqual([])
      const found = reported(after.diagnostics)
      expect(found).toHaveLength(1)
      expect(found[0]!.text ?? found[0]!.reason).toContain('U+202E')

      const comparison = diff(before.document, after.document)
      const changed = comparison.clauses.filter((group) => group.change !== 'unchanged')
      expect(changed).toHaveLength(1)
      const inserted = changed[0]!.changes.filter((change) => change.op === 'insert')
      expect(inserted.map((change) => change.text).join('')).toContain(override)
      expect(inserted.every((change) => change.kind === 'wording')).toBe(true)

      const html = toHtmlRedline(comparison)
      expect(html).not.toContain(override)
      expect(html).toContain('⟨U+202E⟩')

      // CriticMarkup keeps the character in its mark (accepting the marks must give the stored text)
      // and names it in a comment beside it.
      const critic = toMarkdownRedline(comparison, before.document, after.document)
      expect(critic).toMatch(/U\+202E/)
    })
  }
})

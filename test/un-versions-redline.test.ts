import {readFileSync} from 'node:fs'
import {diff} from '@clausewise/diff'
import {toHtmlRedline} from '@clausewise/html'
import {acceptCriticMarkup, fromMarkdown, rejectCriticMarkup, toMarkdownRedline} from '@clausewise/markdown'
import {type Document, removePositions} from '@clausewise/model'
import {fromText} from '@clausewise/text'
import {describe, expect, it} from 'vitest'

// The redlines of real UN General Assembly version pairs (../shared/corpus/text/, "Pairs and series
// for the differ"), as a drafter reads them: the Markdown (CriticMarkup) and HTML renderings of one
// comparison. Expected values come from reading the two texts side by side, not from the output.
const corpus = new URL('../../shared/corpus/text/', import.meta.url)
const read = (name: string): Document =>
  fromText(readFileSync(new URL(`${name}.en.txt`, corpus), 'utf8')).document

const wmdDraft = read('un-ga-a-c1-80-l22-wmd-terrorists-draft')
const wmd2024 = read('un-ga-res-79-42-wmd-terrorists')
const wmd2025 = read('un-ga-res-80-41-wmd-terrorists')
const irmctDraft = read('un-ga-a-c5-80-l13-irmct-draft')
const irmct = read('un-ga-res-80-239-irmct')

/** Every CriticMarkup substitution of a redline, as `old ~> new`. */
const substitutions = (redline: string): string[] =>
  [...redline.matchAll(/\{~~(.*?)~>(.*?)~~\}/g)].map((match) => `${match[1]} ~> ${match[2]}`)

describe('CriticMarkup redline of real version pairs', () => {
  it('replaces a changed word whole: a hyphen printed non-breaking marks the whole word', () => {
    const redline = toMarkdownRedline(diff(wmdDraft, wmd2025), wmdDraft, wmd2025)
    // Recitals 4, 5 and 18 print `non-proliferation` with U+2011: three whole-word substitutions.
    const hyphens = substitutions(redline).filter((line) => line.startsWith('non'))
    expect(hyphens).toEqual(Array(3).fill('non-proliferation ~> non\u2011proliferation'))
    expect(redline).not.toMatch(/non\{~~/)
  })

  it('marks the front matter field by field: the symbol is one substitution, the rest stays', () => {
    const redline = toMarkdownRedline(diff(wmdDraft, wmd2025), wmdDraft, wmd2025)
    expect(redline).toContain('\nsymbol: {~~A/C.1/80/L.22~>A/RES/80/41~~}\n')
    // Fields both versions hold alike are not marked.
    expect(redline).toContain('\n  showAs: United Nations General Assembly\n')
    expect(redline.startsWith('---\n')).toBe(true)
  })

  it('fills the draft’s placeholder symbol word by word, not inside the symbol', () => {
    const redline = toMarkdownRedline(diff(irmctDraft, irmct), irmctDraft, irmct)
    // Paragraph 7: `its resolution 80/____ of __ December 2025` → `80/243 of 30 December 2025`, one
    // substitution over the short `of` between the two filled blanks, as the comparison has it.
    expect(substitutions(redline)).toContain('80/\\_\\_\\_\\_ of \\_\\_ ~> 80/243 of 30')
    expect(redline).toContain('{++section XIV of ++}its resolution')
    // Points (a) and (b) name the Mechanism by its short name: a substitution in each, no point
    // deleted and inserted whole.
    expect(
      substitutions(redline).filter(
        (line) => line === 'International Residual Mechanism for Criminal Tribunals ~> Mechanism',
      ),
    ).toHaveLength(2)
    expect(redline).not.toMatch(/\{--- \(a\)/)
  })

  it('marks a reworded sentence as one substitution, not an alternation around `, à` and `du`', () => {
    // Code civil art. 21-2, 1998 → 2003, second paragraph: everything after `Le délai` but the final
    // full stop is new wording.
    const markdown = new URL('../../shared/corpus/markdown/', import.meta.url)
    const article = (version: string) =>
      fromMarkdown(readFileSync(new URL(`fr-code-civil-article-21-2.${version}.md`, markdown), 'utf8'))
        .document
    const [old, next] = [article('v2-1998-09-01'), article('v3-2003-11-27')]
    const line = toMarkdownRedline(diff(old, next), old, next)
      .split('\n')
      .find((candidate) => candidate.includes('Le délai'))!
    expect(line).toMatch(
      /^- Le délai \{~~d'un an est supprimé .* sont satisfaites~>de communauté de vie .* du mariage~~\}\.$/,
    )
  })

  it('accepts to the new text and rejects to the old, front matter included', () => {
    for (const [old, next] of [
      [wmdDraft, wmd2025],
      [irmctDraft, irmct],
      [wmd2024, wmd2025],
    ] as const) {
      const redline = toMarkdownRedline(diff(old, next), old, next)
      // Each version as the redline writes it, without marks: the redline of it against itself.
      const plain = (document: Document) =>
        removePositions(
          fromMarkdown(toMarkdownRedline(diff(document, document), document, document)).document,
        )
      expect(toMarkdownRedline(diff(next, next), next, next)).not.toMatch(/\{(\+\+|--|~~)/)
      expect(removePositions(fromMarkdown(acceptCriticMarkup(redline)).document)).toEqual(plain(next))
      expect(removePositions(fromMarkdown(rejectCriticMarkup(redline)).document)).toEqual(plain(old))
    }
  })
})

describe('HTML redline of real version pairs', () => {
  it('says the adoption date once, in the adoption row, and names the row for what it holds', () => {
    const comparison = diff(wmd2024, wmd2025)
    // 79/42 was adopted on 2 December 2024, 80/41 on 1 December 2025: the expression date is the
    // adoption's, so the lifecycle change says it and no separate date change repeats it.
    expect(comparison.metadata.map((change) => change.field)).toEqual(['number', 'symbol', 'lifecycle'])
    const page = toHtmlRedline(comparison)
    expect(page).toContain('<th scope="row">Adoption and corrigenda</th>')
    expect(page).toContain('December 1, 2025 adoption')
    expect(page).not.toContain('adoption adoption')
    expect(page).not.toContain('<th scope="row">Corrigendum</th>')
  })
})

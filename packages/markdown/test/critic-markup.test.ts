import {readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {diff} from '@clausewise/diff'
import {ClausewiseError, type Document, type Position, removePositions} from '@clausewise/model'
import fc from 'fast-check'
import {describe, expect, test} from 'vitest'
import {acceptCriticMarkup, fromMarkdown, rejectCriticMarkup, toMarkdownRedline} from '../src/index.js'

const generator = fileURLToPath(new URL('../../../test/support/arbitrary-document.ts', import.meta.url))
const {arbitraryDocument} = (await import(/* @vite-ignore */ generator)) as {
  arbitraryDocument: () => fc.Arbitrary<Document>
}

const drafts = new URL('../../../examples/drafts/', import.meta.url)
const draft = (name: string) =>
  fromMarkdown(readFileSync(new URL(`mc-dec-7-17.${name}.md`, drafts), 'utf8')).document

/** The redline of two documents, and what accepting and rejecting it read back as. */
function resolved(old: Document, next: Document) {
  const redline = toMarkdownRedline(diff(old, next), old, next)
  return {
    redline,
    accepted: removePositions(fromMarkdown(acceptCriticMarkup(redline)).document),
    rejected: removePositions(fromMarkdown(rejectCriticMarkup(redline)).document),
  }
}

describe('toMarkdownRedline', () => {
  test('accepts to the new draft and rejects to the old, front matter, notes, points and statement included', () => {
    const [one, two] = [draft('draft-1'), draft('draft-2')]
    const {redline, accepted, rejected} = resolved(one, two)
    expect(accepted).toEqual(removePositions(two))
    expect(rejected).toEqual(removePositions(one))
    // Word changes in place, inside the Markdown of the draft.
    expect(redline).toContain('{~~Profondément alarmé~>Vivement préoccupé~~} par la persistance')
    expect(redline).toContain('# Décision n^o^ 7/17[^1]')
    // The inserted point, the inserted recital: whole blocks.
    expect(redline).toMatch(/\n {3}\{\+\+- c\) L’échange de bonnes pratiques/)
  })

  test('names moves and renumbering in comments, in the document’s language', () => {
    const {redline} = resolved(draft('draft-1'), draft('draft-2'))
    expect(redline).toContain('{>> déplacé au paragraphe 8 <<}')
    expect(redline).toContain('{>> déplacé du paragraphe 7 <<}')
    expect(redline).toContain('{>> renuméroté 8 → 7 <<}')
    const english = toMarkdownRedline(
      diff(draft('draft-1'), draft('draft-2')),
      draft('draft-1'),
      draft('draft-2'),
      {
        language: 'en',
      },
    )
    expect(english).toContain('{>> moved to paragraph 8 <<}')
  })

  test('keeps the guarantee on random decisions and their edits', () => {
    fc.assert(
      fc.property(arbitraryDocument(), arbitraryDocument(), (old, next) => {
        const {accepted, rejected} = resolved(old, next)
        expect(accepted).toEqual(removePositions(next))
        expect(rejected).toEqual(removePositions(old))
      }),
      {numRuns: 25},
    )
  })

  test('shows an invisible character with its code point, and keeps it in the text', () => {
    const old = fromMarkdown('Le Conseil ministériel,\n\n1. Fixe le seuil à 1000 ;\n').document
    const next = fromMarkdown('Le Conseil ministériel,\n\n1. Fixe le seuil à \u202E0001 ;\n').document
    const {redline, accepted, rejected} = resolved(old, next)
    expect(redline).toContain('{>>U+202E<<}')
    expect(accepted).toEqual(removePositions(next))
    expect(rejected).toEqual(removePositions(old))
  })

  test('writes a shuffle of many clauses in work linear in their number: each block once', () => {
    const count = 400
    const items = Array.from({length: count}, (_, index) => `${index + 1}. Clause ${index} ;`)
    const shuffled = [...items].sort(
      (left, right) =>
        ((left.length * 7919 + left.charCodeAt(9)) % 13) - ((right.length * 7919 + right.charCodeAt(9)) % 13),
    )
    const old = fromMarkdown(`Le Conseil,\n\n${items.join('\n')}\n`).document
    const next = fromMarkdown(`Le Conseil,\n\n${shuffled.join('\n')}\n`).document
    const {redline, accepted, rejected} = resolved(old, next)
    expect(accepted).toEqual(removePositions(next))
    expect(rejected).toEqual(removePositions(old))
    // Every clause's text is written once or twice (kept, or deleted and inserted): never more.
    expect(redline.split('Clause ').length - 1).toBeLessThanOrEqual(2 * count)
  })

  test('marks a table row by row: a changed cell in place, a row inserted or deleted whole', () => {
    const table = (rows: string[]) =>
      fromMarkdown(
        ['## Article 3 — Dues', '', '| Class | Annual dues |', '|---|---:|', ...rows, ''].join('\n'),
      ).document
    const one = table(['| Regular | €20 |', '| Student | €5 |', '| Senior | €10 |'])
    const two = table(['| Regular | €25 |', '| Student | €5 |', '| Family | €40 |'])
    const {redline, accepted, rejected} = resolved(one, two)
    expect(accepted).toEqual(removePositions(two))
    expect(rejected).toEqual(removePositions(one))
    expect(redline).toContain('| Regular | €{~~20~>25~~} |\n')
    expect(redline).toContain('| Student | €5 |\n')
    expect(redline).not.toContain('{--| Student')
    expect(redline).toContain('| {~~Senior~>Family~~} | €{~~10~>40~~} |')
  })

  test('refuses a comparison that is not of the documents given', () => {
    const one = draft('draft-1')
    const other = fromMarkdown('Le Conseil,\n\n1. Décide ;\n').document
    expect(() => toMarkdownRedline(diff(one, one), other, other)).toThrow(ClausewiseError)
  })
})

describe('acceptCriticMarkup and rejectCriticMarkup', () => {
  test('resolve each kind of mark and leave escaped marks alone', () => {
    const text = 'a {++b++} {--c--} {~~d~>e~~}{>> note <<} \\{++f++}'
    expect(acceptCriticMarkup(text)).toBe('a b  e \\{++f++}')
    expect(rejectCriticMarkup(text)).toBe('a  c d \\{++f++}')
  })

  test('treat a mark left open at the end of a line as text', () => {
    expect(acceptCriticMarkup('{++a\nb++}')).toBe('{++a\nb++}')
  })

  test('drop a line a mark held whole (a table row), not a block’s other lines', () => {
    const block = '| a | b |\n| - | - |\n{--| c | d |--}\n{++| e | f |++}\n| g | h |'
    expect(acceptCriticMarkup(block)).toBe('| a | b |\n| - | - |\n| e | f |\n| g | h |')
    expect(rejectCriticMarkup(block)).toBe('| a | b |\n| - | - |\n| c | d |\n| g | h |')
  })

  test('drop a block left empty with its blank line, and keep the final line ending', () => {
    expect(acceptCriticMarkup('a\n\n{--b--}\n')).toBe('a\n')
    expect(rejectCriticMarkup('a\n\n{++b++}\n\n   {++c++}\n')).toBe('a\n')
    expect(rejectCriticMarkup('a\n\n{--b--}\n')).toBe('a\n\nb\n')
  })
})

describe('fromMarkdown on a draft holding CriticMarkup', () => {
  test('warns once, at the first mark, with the count, and points to resolving it first', () => {
    const markdown = 'Le texte.\n\n1. Le {~~vieux~>nouveau~~} texte {++ajout++}{>> note <<}.\n'
    const found = fromMarkdown(markdown).diagnostics.filter(
      (diagnostic) => diagnostic.ruleId === 'critic-markup',
    )
    expect(
      found.map((diagnostic) => [
        diagnostic.reason,
        (diagnostic.place as Position | undefined)?.start.offset,
      ]),
    ).toEqual([
      [
        '3 CriticMarkup marks read as text: resolve them first (`acceptCriticMarkup` or `rejectCriticMarkup`) to read one version',
        markdown.indexOf('{~~'),
      ],
    ])
    const resolvedOnce = fromMarkdown(acceptCriticMarkup(markdown)).diagnostics
    expect(resolvedOnce.some((diagnostic) => diagnostic.ruleId === 'critic-markup')).toBe(false)
  })

  test('says nothing of braces that are no mark, nor of a mark left open across lines', () => {
    const markdown = 'Set {a, b} and {++ open\nclosed ++} and {--}.\n'
    expect(
      fromMarkdown(markdown).diagnostics.some((diagnostic) => diagnostic.ruleId === 'critic-markup'),
    ).toBe(false)
  })
})

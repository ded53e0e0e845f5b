import {readdirSync} from 'node:fs'
import {toAkn, toAknRedline} from '@clausewise/akn'
import {type Comparison, diff} from '@clausewise/diff'
import {toHtml, toHtmlRedline} from '@clausewise/html'
import {acceptCriticMarkup, rejectCriticMarkup, toCriticMarkup, toMarkdown} from '@clausewise/markdown'
import {ClausewiseError, type Document, emptyMeta, plainText} from '@clausewise/model'
import {describe, expect, it} from 'vitest'
import {read, versions} from './support/akn-versions.js'
import {validateAkn} from './support/xsd.js'

/** Words inserted and deleted by a comparison, in order. */
const edits = (comparison: Comparison): string[] =>
  comparison.clauses.flatMap((group) =>
    group.changes
      .filter((change) => change.op !== 'equal')
      .map((change) => `${change.op}:${change.text.trim()}`),
  )

describe('redlines of every AKN document type', () => {
  for (const [type, make] of Object.entries(versions)) {
    describe(type, () => {
      const [before, after, headings] = make()
      const comparison = diff(before, after)

      it('finds the changes', () => {
        expect(edits(comparison).length).toBeGreaterThan(0)
        if (type === 'judgment') {
          expect(edits(comparison)).toEqual(
            expect.arrayContaining(['delete:reproducing', 'insert:quoting', 'delete:no', 'insert:some']),
          )
          expect(
            comparison.clauses.filter((group) => group.change === 'deleted').map((group) => group.oldText),
          ).toEqual([expect.stringMatching(/^\s*Counsel contended that the omission/)])
        }
        if (type === 'debate') {
          expect(edits(comparison)).toEqual(expect.arrayContaining(['delete:Hay', 'insert:No hay']))
          expect(
            comparison.clauses.filter((group) => group.change === 'deleted').map((group) => group.kind),
          ).toEqual(['speech'])
        }
        if (type === 'collection') {
          expect(edits(comparison)).toEqual(expect.arrayContaining(['delete:have taken', 'insert:took']))
          const deleted = comparison.clauses.filter((group) => group.change === 'deleted')
          expect(deleted.map((group) => [group.kind, group.section, group.component])).toEqual([
            ['recital', 'component', 4],
          ])
        }
      })

      it('HTML: the redline shows the changes and the hierarchy’s headings', () => {
        const html = toHtmlRedline(comparison)
        for (const heading of headings) expect(html).toContain(heading)
        expect(html).toContain('<ins')
        expect(html).toContain('<del')
      })

      it('CriticMarkup: accepting gives the new words, rejecting the old ones', () => {
        const critic = toCriticMarkup(comparison)
        expect(critic).toMatch(/\{\+\+|\{~~|\{--/)
        const accepted = acceptCriticMarkup(critic).replace(/\s+/g, ' ')
        const rejected = rejectCriticMarkup(critic).replace(/\s+/g, ' ')
        for (const group of comparison.clauses) {
          for (const change of group.changes) {
            const words = change.text.split(/\s+/).filter((word) => /^[\p{L}\p{N}]{3,}$/u.test(word))
            for (const word of words.slice(0, 3)) {
              if (change.op === 'insert') expect(accepted).toContain(word)
              if (change.op === 'delete') expect(rejected).toContain(word)
            }
          }
        }
        for (const heading of headings.filter((line) => !line.startsWith('section'))) {
          expect(critic.replace(/\\/g, '')).toContain(heading)
        }
      })

      it('AKN: the redline marks every change, keeps deleted clauses, records them as textualMods, and validates when the new version does', async () => {
        const xml = toAknRedline(comparison, after)
        const words = edits(comparison)
        for (const word of words.filter((edit) => edit.startsWith('insert:')).map((edit) => edit.slice(7))) {
          expect(xml).toContain(word.split(/\s+/)[0])
        }
        for (const group of comparison.clauses.filter((candidate) => candidate.change === 'deleted')) {
          const first = group.oldText.split('\n').find((line) => line.trim() !== '')!
          expect(xml.replace(/\s+/g, ' ')).toContain(first.replace(/\s+/g, ' ').trim().slice(0, 40))
        }
        expect(xml).toContain('<textualMod ')
        expect(xml).toContain('name="oldVersion"')
        const before = await validateAkn(toAkn(after), `${type}-new.xml`)
        expect(await validateAkn(xml, `${type}-redline.xml`)).toHaveLength(before.length)
      })
    })
  }
})

/** A statement of `count` paragraphs numbered 1., 2., … with the given texts. */
function statement(texts: string[]): Document {
  return {
    type: 'document',
    documentType: 'statement',
    name: 'decision',
    meta: emptyMeta('en'),
    children: [
      {
        type: 'mainBody',
        children: texts.map((text, index) => ({
          type: 'paragraph' as const,
          eId: `para_${index + 1}`,
          children: [
            {type: 'num' as const, value: `${index + 1}.`},
            {
              type: 'content' as const,
              children: [{type: 'p' as const, children: [{type: 'text' as const, value: text}]}],
            },
          ],
        })),
      },
    ],
  }
}

const sentence = (index: number): string =>
  `Clause ${index} asks the participating States to report on measure ${index} and its results.`

describe('toAknRedline, beyond one document type', () => {
  it('records moves and renumbering in textualMods and still validates', async () => {
    const before = statement([sentence(1), sentence(2), sentence(3), sentence(4)])
    const after = statement([sentence(1), sentence(3), sentence(2), 'A new paragraph.', sentence(4)])
    const comparison = diff(before, after)
    expect(comparison.clauses.some((group) => group.moved)).toBe(true)
    expect(comparison.clauses.some((group) => group.renumbered)).toBe(true)
    const xml = toAknRedline(comparison, after)
    expect(xml).toMatch(/<textualMod eId="[^"]+" type="renumbering" refersTo="#clausewise-moved">/)
    expect(xml).toMatch(/<textualMod eId="[^"]+" type="renumbering">/)
    expect(xml).toMatch(/<textualMod eId="[^"]+" type="insertion">/)
    expect(xml).toContain('<previous href="')
    expect(await validateAkn(xml, 'redline-moves.xml')).toEqual([])
  })

  it('never loses clauses deleted against an empty document', async () => {
    const before = statement([sentence(1), sentence(2)])
    const after: Document = {...statement([]), children: []}
    const xml = toAknRedline(diff(before, after), after)
    expect(xml).toContain(sentence(1))
    expect(xml).toContain(sentence(2))
    expect(await validateAkn(xml, 'redline-empty.xml')).toEqual([])
  })

  it('places 2,000 shuffled, deleted and inserted clauses, each where it belongs', () => {
    const count = 2000
    const texts = Array.from({length: count}, (_, index) => sentence(index + 1))
    const kept = texts.filter((_, index) => index % 3 !== 0)
    // A fixed shuffle: every fifth pair swapped.
    for (let index = 0; index + 1 < kept.length; index += 5)
      [kept[index], kept[index + 1]] = [kept[index + 1]!, kept[index]!]
    const xml = toAknRedline(diff(statement(texts), statement(kept)), statement(kept))
    for (let index = 0; index < count; index += 3) expect(xml).toContain(`<del eId=`)
    const deleted = texts.filter((_, index) => index % 3 === 0)
    for (const text of deleted) expect(xml).toContain(text)
  })

  it('refuses to work without the new document, with a ClausewiseError', () => {
    const comparison = diff(statement([sentence(1)]), statement([sentence(2)]))
    let error: unknown
    try {
      ;(toAknRedline as (comparison: Comparison) => string)(comparison)
    } catch (caught) {
      error = caught
    }
    expect(error).toBeInstanceOf(ClausewiseError)
    expect((error as ClausewiseError).code).toBe('invalid-document')
  })
})

describe('documents of every AKN type in HTML and Markdown', () => {
  const corpus = new URL('../../shared/corpus/akn/', import.meta.url)
  for (const name of readdirSync(corpus).filter((file) => file.endsWith('.xml'))) {
    it(`${name}: every word is on the page and in the Markdown`, () => {
      const document = read(name)
      const html = toHtml(document)
      const markdown = toMarkdown(document)
      const words = new Set(
        plainText(document)
          .split(/\s+/)
          .filter((word) => /^\p{L}{4,}$/u.test(word)),
      )
      expect([...words].filter((word) => !html.includes(word))).toEqual([])
      expect([...words].filter((word) => !markdown.includes(word))).toEqual([])
    })
  }
})

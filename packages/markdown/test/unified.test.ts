import {readFileSync} from 'node:fs'
import {ClausewiseError, type Document} from '@clausewise/model'
import type {Nodes, Root} from 'mdast'
import remarkParse from 'remark-parse'
import remarkStringify from 'remark-stringify'
import {type Plugin, unified} from 'unified'
import {describe, expect, test} from 'vitest'
import {
  clausewiseToMdast,
  fromMarkdown,
  remarkClausewise,
  remarkClausewiseSyntax,
  toMarkdown,
  toMdast,
} from '../src/index.js'

const drafts = new URL('../../../examples/drafts/', import.meta.url)
const draft = (name: string) => readFileSync(new URL(name, drafts), 'utf8')

/** A third-party draft (read by the one recognition) and one of our convention's, with raw HTML. */
const samples: Record<string, string> = {
  'draft 1 of decision 7/17': draft('mc-dec-7-17.draft-1.md'),
  'draft 2 of decision 7/17': draft('mc-dec-7-17.draft-2.md'),
  'a third-party draft resolution': [
    'Draft 2 — 14 March 2024',
    '',
    '# Strengthening cooperation online',
    '',
    'The General Assembly,',
    '',
    '*Recalling* its resolution 70/1[^1],',
    '',
    '1. Urges all States:',
    '   1. to protect children;',
    '   2. to cooperate <b>closely</b>;',
    '',
    'Decides to remain seized of the matter.',
    '',
    '[^1]: Of 25 September 2015.',
    '',
  ].join('\n'),
  'a draft with front matter, a directive and forbidden characters': [
    '---',
    'language: fr',
    'symbol: MC.DEC/7/17',
    '---',
    '',
    '# Décision n^o^ 7/17',
    '',
    'Le Conseil ministériel,',
    '',
    '<!-- clausewise: recital -->',
    'Décide\u0001 ceci,',
    '',
    '1. Demande ;',
    '',
  ].join('\n'),
}

const reader = unified().use(remarkParse).use(remarkClausewiseSyntax).use(remarkClausewise)

describe('remarkClausewise: mdast → model in a pipeline of your own', () => {
  for (const [name, markdown] of Object.entries(samples)) {
    test(`${name}: the pipeline’s result is what fromMarkdown reads`, async () => {
      const file = await reader.process(markdown)
      expect(file.result).toEqual(fromMarkdown(markdown))
      expect(reader.processSync(markdown).result).toEqual(fromMarkdown(markdown))
    })
  }

  test('every diagnostic is also a message of the file, with its place, rule, source and kind', () => {
    const markdown = samples['a third-party draft resolution']!
    const file = reader.processSync(markdown)
    const {diagnostics} = file.result
    expect(diagnostics.map((diagnostic) => diagnostic.ruleId)).toContain('raw-html')
    expect(file.messages).toHaveLength(diagnostics.length)
    const html = file.messages.find((message) => message.ruleId === 'raw-html')!
    expect(html).toMatchObject({source: '@clausewise/markdown', fatal: false, line: 11, column: 20})
    expect(markdown.split('\n')[html.line! - 1]!.slice(html.column! - 1)).toMatch(/^<b>/)
    for (const [index, diagnostic] of diagnostics.entries())
      expect(file.messages[index]).toMatchObject({
        reason: diagnostic.reason,
        ruleId: diagnostic.ruleId,
        fatal: diagnostic.fatal,
      })
  })

  test('a transform of your own runs between the parser and the reader', () => {
    const shout: Plugin<[], Root> = () => (tree) => {
      const stack: Nodes[] = [tree]
      while (stack.length > 0) {
        const node = stack.pop()!
        if (node.type === 'text') node.value = node.value.toUpperCase()
        if ('children' in node) stack.push(...node.children)
      }
    }
    const processor = unified().use(remarkParse).use(remarkClausewiseSyntax).use(shout).use(remarkClausewise)
    const {document} = processor.processSync('Le Conseil,\n\nDécide de agir.\n').result
    expect(JSON.stringify(document)).toContain('"value":"LE CONSEIL,"')
  })

  test('stringify without the file the tree was parsed from is refused', () => {
    const tree = reader.parse('Le Conseil,\n\n1. Décide ;\n')
    expect(() => reader.stringify(tree)).toThrow(ClausewiseError)
    expect(reader.stringify(tree, 'Le Conseil,\n\n1. Décide ;\n').document.type).toBe('document')
  })
})

describe('clausewiseToMdast: model → mdast, for remark-stringify', () => {
  const writer = unified().use(clausewiseToMdast).use(remarkStringify)
  const write = (document: Document) => writer.stringify(writer.runSync(document))

  for (const [name, markdown] of Object.entries(samples)) {
    test(`${name}: remark-stringify writes what toMarkdown writes`, () => {
      const {document} = fromMarkdown(markdown)
      expect(write(document)).toBe(toMarkdown(document))
      expect(writer.runSync(document)).toEqual(toMdast(document))
      const bare = unified().use(clausewiseToMdast, {frontMatter: false}).use(remarkStringify)
      expect(bare.stringify(bare.runSync(document))).toBe(toMarkdown(document, {frontMatter: false}))
    })
  }

  test('a document whose language is unknown is written with its language, as toMarkdown writes it', () => {
    const {document} = fromMarkdown('Le Conseil,\n\n1. Décide ;\n')
    document.meta.language = 'und'
    expect(write(document)).toBe(toMarkdown(document))
    expect(write(document)).toContain('language: und')
  })

  test('the whole way round: model → Markdown → model', async () => {
    const {document} = fromMarkdown(samples['draft 1 of decision 7/17']!)
    const file = await reader.process(write(document))
    expect(file.result.document).toEqual(fromMarkdown(toMarkdown(document)).document)
  })
})

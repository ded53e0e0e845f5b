import {toAkn} from '@clausewise/akn'
import {ClausewiseError, characterReportLimit, type Document, plainText, visit} from '@clausewise/model'
import {describe, expect, test} from 'vitest'
import {fromMarkdown, toMarkdown} from '../src/index.js'
import {pushAll, pushReversed} from '../src/push.js'

// Hostile inputs, generated here at modest sizes: each test checks a bound on the work or the output
// and that nothing is lost; how time grows with size is measured by `bench/markdown.mjs`, not here.

function depth(node: unknown): number {
  let deepest = 0
  const stack: [unknown, number][] = [[node, 0]]
  while (stack.length > 0) {
    const [current, level] = stack.pop()!
    deepest = Math.max(deepest, level)
    const children = (current as {children?: unknown[]}).children
    if (children) for (const child of children) stack.push([child, level + 1])
  }
  return deepest
}

function rules(markdown: string, options = {}): string[] {
  return fromMarkdown(markdown, options).diagnostics.map((diagnostic) => diagnostic.ruleId)
}

/** Every character of the words of a text (letters and digits), in order, as the model holds them. */
function letters(text: string): string {
  return text.replace(/[^\p{L}\p{N}]/gu, '')
}

function allText(document: Document): string {
  const parts = [plainText(document)]
  visit(document, (node) => {
    if (node.type === 'authorialNote') parts.push(plainText(node))
    return undefined
  })
  return parts.join('')
}

describe('fromMarkdown refuses what it cannot read', () => {
  test('throws input-too-large past maxLength, invalid-option for a non-string', () => {
    expect(() => fromMarkdown('x'.repeat(11), {maxLength: 10})).toThrow(ClausewiseError)
    try {
      fromMarkdown('x'.repeat(11), {maxLength: 10})
    } catch (error) {
      expect((error as ClausewiseError).code).toBe('input-too-large')
    }
    expect(() => fromMarkdown(42 as unknown as string)).toThrow(/string/)
  })

  test('throws too-many-nodes past maxNodes', () => {
    expect(() => fromMarkdown('- a\n'.repeat(50), {maxNodes: 100})).toThrow(
      expect.objectContaining({code: 'too-many-nodes'}),
    )
    expect(fromMarkdown('- a\n'.repeat(10), {maxNodes: 100}).document.type).toBe('document')
  })
})

describe('fromMarkdown bounds nesting', () => {
  test('opens no container past the bounds: 20,000 nested quotes or list items are text there', () => {
    for (const marker of ['>', '- ', '1. ', '* ']) {
      const {document, diagnostics} = fromMarkdown(`${marker.repeat(20_000)}x`)
      expect(diagnostics.some((diagnostic) => diagnostic.ruleId === 'too-deep')).toBe(true)
      expect(depth(document)).toBeLessThan(400)
      expect(allText(document)).toContain('x')
    }
  })

  test('reads nesting up to maxDepth as structure, and one level more as text', () => {
    const nested = (levels: number) =>
      Array.from({length: levels}, (_, index) => `${' '.repeat(index * 2)}- x`).join('\n')
    expect(rules(nested(10), {maxDepth: 10})).not.toContain('too-deep')
    expect(rules(nested(11), {maxDepth: 10})).toContain('too-deep')
    // Containers stacked on one line are bounded too: four bullets, or 64 containers.
    expect(rules(`${'- '.repeat(4)}x`)).not.toContain('too-deep')
    expect(rules(`${'- '.repeat(5)}x`)).toContain('too-deep')
    expect(rules(`${'> '.repeat(64)}x`)).not.toContain('too-deep')
    expect(rules(`${'> '.repeat(65)}x`)).toContain('too-deep')
  })
})

describe('fromMarkdown bounds the work of quadratic constructs', () => {
  test('reads a paragraph of many markers: markup up to its budget, the rest as text, every word kept', () => {
    const few = fromMarkdown(`Le Conseil,\n\n${'*a* [b](c) _d_ [^1] '.repeat(200)}\n\n[^1]: Note.\n`)
    expect(
      few.diagnostics.filter(
        (diagnostic) => diagnostic.ruleId !== 'footnote-reused' && diagnostic.ruleId !== 'recital-guessed',
      ),
    ).toEqual([])
    expect(JSON.stringify(few.document)).toContain('"type":"i"')
    // Openers that no closer matches make each closer scan the whole paragraph: past the budget they
    // are text. Markers that pair up (`[a] `, `a**b*`) cost little and stay markup.
    for (const unit of ['*a_', ']', '[a] ', 'x[^a] ', '~a', 'a**b*']) {
      const line = unit.repeat(3000)
      const {document, diagnostics} = fromMarkdown(`Le Conseil,\n\n${line}\n\n[^a]: Note.\n`)
      const found = diagnostics.map((diagnostic) => diagnostic.ruleId)
      if (unit === '*a_' || unit === ']') expect(found).toContain('too-many-markers')
      expect(found.filter((rule) => rule === 'footnote-reused').length).toBeLessThanOrEqual(1)
      // A footnote call's label is not text (the call is the note).
      expect(letters(allText(document))).toContain(letters(line.replace(/\[\^a\]/g, '')))
    }
  })

  test('reads setext headings as CommonMark does, without a limit', () => {
    const {document, diagnostics} = fromMarkdown('Titre\n=====\n\nTexte.\n\n'.repeat(2000))
    expect(diagnostics).toEqual([])
    expect(allText(document).split('Titre').length - 1).toBe(2000)
  })

  test('reads many lazy lines of a list item or a quote as one paragraph', () => {
    for (const opening of ['- a\n', '> a\n', '1. a\n']) {
      const {document, diagnostics} = fromMarkdown(`${opening}${'mot\n'.repeat(5000)}`)
      expect(diagnostics.filter((diagnostic) => diagnostic.ruleId !== 'blockquote-unwrapped')).toEqual([])
      expect(allText(document).split('mot').length - 1).toBe(5000)
    }
  })

  test('reads list items that close nested lists, past a budget as new lists, every word kept', () => {
    for (const unit of ['- - x\n', '- > x\n', '- a\n  - b\n']) {
      const markdown = unit.repeat(3000)
      const {document} = fromMarkdown(markdown)
      expect(letters(allText(document))).toBe(letters(markdown))
    }
  })
})

describe('fromMarkdown keeps footnotes and front matter bounded', () => {
  test('refers to a footnote called again rather than copying it (output linear in the input)', () => {
    const definitions = Array.from(
      {length: 30},
      (_, index) => `[^${index}]: Note ${index}[^${index + 1}][^${index + 1}]`,
    )
    const markdown = `Le Conseil,[^0]\n\n${definitions.join('\n\n')}\n\n[^30]: Fin.\n`
    const {document, diagnostics} = fromMarkdown(markdown)
    expect(JSON.stringify(document).length).toBeLessThan(50 * markdown.length)
    expect(diagnostics.filter((diagnostic) => diagnostic.ruleId === 'footnote-reused')).toHaveLength(30)
    const refs: string[] = []
    visit(document, (node) => {
      if (node.type === 'noteRef') refs.push(node.href)
      return undefined
    })
    expect(refs).toHaveLength(30)
    expect(refs.every((href) => href.startsWith('preamble__formula_1__authorialNote_'))).toBe(true)
  })

  test('keeps self-referencing footnotes as text', () => {
    expect(rules('Texte[^a].\n\n[^a]: Voir[^a].\n')).toContain('footnote-cycle')
  })

  test('does not read front matter past its key and alias bounds', () => {
    const keys = `---\n${Array.from({length: 1500}, (_, index) => `k${index}: v`).join('\n')}\n---\n\nLe Conseil,\n`
    const read = fromMarkdown(keys)
    expect(read.diagnostics.map((diagnostic) => diagnostic.reason)).toContain(
      'Front matter has more than 1000 keys: not read',
    )
    expect(read.document.children[0]?.type).toBe('preamble')
    const aliases = `---\ncorrigenda: [&s {date: 2018-02-02, kind: correction}, ${Array.from({length: 200}, () => '*s').join(', ')}]\n---\n`
    expect(fromMarkdown(aliases).diagnostics.map((diagnostic) => diagnostic.reason)).toContain(
      'Front matter has more than 100 aliases: not read',
    )
    expect(rules(aliases, {maxFrontMatterAliases: 500})).not.toContain('front-matter')
  })

  test('reads a draft opening with `---` that is not YAML metadata as Markdown: nothing vanishes', () => {
    const markdown = '---\n# Décision n^o^ 7/17\n\nLe Conseil ministériel,\n\n1. Décide ;\n---\n'
    const {document, diagnostics} = fromMarkdown(markdown)
    expect(diagnostics.map((diagnostic) => diagnostic.ruleId)).toContain('front-matter')
    const text = allText(document)
    for (const words of ['Décision no 7/17', 'Le Conseil ministériel,', 'Décide ;'])
      expect(text).toContain(words)
  })

  test('reports YAML problems in one line each', () => {
    const {diagnostics} = fromMarkdown('---\nsymbol: x\nsymbol: y\n: : [\n  bad\n---\n\nLe Conseil,\n')
    expect(diagnostics.length).toBeGreaterThan(0)
    for (const diagnostic of diagnostics) expect(diagnostic.reason).not.toMatch(/\n/)
  })

  test('does not let front matter pollute prototypes', () => {
    const {document} = fromMarkdown(
      '---\n__proto__:\n  polluted: true\nmeeting:\n  __proto__:\n    polluted: true\n---\n\nx\n',
    )
    expect(({} as {polluted?: boolean}).polluted).toBeUndefined()
    expect(document.meta.language).toBe('und')
  })
})

describe('fromMarkdown on dangerous content', () => {
  test('keeps script tags and javascript: links as text', () => {
    const {document} = fromMarkdown(
      '<script>alert(1)</script>\n\n[x](javascript:alert(1)) <img src=x onerror=alert(1)>\n',
    )
    const json = JSON.stringify(document)
    expect(json).not.toContain('"href":"javascript')
    expect(json).toContain('<script>alert(1)</script>')
  })

  test('reports invisible characters with their code point and place', () => {
    const {diagnostics} = fromMarkdown('Le Conseil,\n\n1. Fixe le seuil à 100\u202E0 ;\n')
    const found = diagnostics.filter((diagnostic) => diagnostic.ruleId === 'invisible-character')
    expect(found).toHaveLength(1)
    expect(found[0]?.reason).toContain('U+202E')
    expect(found[0]?.place).toMatchObject({start: {line: 3, column: 23}})
  })

  test('reports a thousand invisible characters one by one and counts the rest', () => {
    const found = fromMarkdown(`x${'\u200B'.repeat(characterReportLimit + 50)}`).diagnostics.filter(
      (diagnostic) => diagnostic.ruleId === 'invisible-character',
    )
    expect(characterReportLimit).toBe(1000)
    expect(found).toHaveLength(1001)
    expect(found[1000]?.reason).toMatch(/^50 more invisible characters, from U\+200B on/)
  })

  test('replaces each character XML 1.0 forbids with U+FFFD and reports it where it stood', () => {
    // A C0 control, U+FFFF, a lone high and a lone low surrogate; a tab and a surrogate pair are kept.
    const markdown = 'Le Conseil,\n\n1. Décide\u0001 de\tx \uFFFF ;\n\n2. Prie \uD800 et \uDC00 ; 😀\n'
    const {document, diagnostics} = fromMarkdown(markdown)
    const found = diagnostics.filter((diagnostic) => diagnostic.ruleId === 'forbidden-character')
    const starts = found.map((diagnostic) =>
      diagnostic.place && 'start' in diagnostic.place ? diagnostic.place.start : undefined,
    )
    expect(starts.map((start) => [start?.line, start?.column])).toEqual([
      [3, 10],
      [3, 17],
      [5, 9],
      [5, 14],
    ])
    expect(found.map((diagnostic) => diagnostic.reason.slice(10, 16))).toEqual([
      'U+0001',
      'U+FFFF',
      'U+D800',
      'U+DC00',
    ])
    const text = plainText(document)
    expect(text).toContain('Décide\uFFFD de\tx \uFFFF'.replace('\uFFFF', '\uFFFD'))
    expect(text).toContain('Prie \uFFFD et \uFFFD ; 😀')
    // Nothing XML cannot carry is left: the AKN is written, and the Markdown reads back the same.
    expect(toAkn(document)).toContain('Prie \uFFFD et \uFFFD ; 😀')
    expect(
      fromMarkdown(toMarkdown(document)).diagnostics.map((diagnostic) => diagnostic.ruleId),
    ).not.toContain('forbidden-character')
  })

  test('reports a thousand forbidden characters one by one and counts the rest', () => {
    const {document, diagnostics} = fromMarkdown(`x${'\u0002'.repeat(1050)}y`)
    const found = diagnostics.filter((diagnostic) => diagnostic.ruleId === 'forbidden-character')
    expect(found).toHaveLength(1001)
    expect(found[1000]?.reason).toMatch(/^50 more characters XML cannot store/)
    expect(plainText(document)).toContain(`x${'\uFFFD'.repeat(1050)}y`)
  })
})

describe('long lists are appended without spreading them as arguments', () => {
  test('pushAll and pushReversed take a million items (a spread overflows the call stack)', () => {
    const items = Array.from({length: 1_000_000}, (_, index) => index)
    expect(() => [].push(...(items as never[]))).toThrow(RangeError)
    const all: number[] = [-1]
    pushAll(all, items)
    expect(all).toHaveLength(1_000_001)
    expect(all[1_000_000]).toBe(999_999)
    const reversed: number[] = []
    pushReversed(reversed, items)
    expect(reversed[0]).toBe(999_999)
    expect(reversed.at(-1)).toBe(0)
  })
})

describe('a draft without an operative part', () => {
  for (const [name, markdown] of [
    ['an empty draft', ''],
    ['a draft of a formula and a recital only', 'The Council,\n\nRecalling its decision.\n'],
  ]) {
    test(`${name} is read as it stands and written as AKN with the empty mainBody AKN requires`, () => {
      const {document} = fromMarkdown(markdown!)
      expect(document.children.map((child) => child.type)).not.toContain('mainBody')
      expect(toAkn(document)).toMatch(
        /<mainBody>\s*<blockContainer>\s*<p\/>\s*<\/blockContainer>\s*<\/mainBody>/,
      )
    })
  }
})

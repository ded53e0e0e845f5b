import {type Document, plainText} from '@clausewise/model'
import {describe, expect, test} from 'vitest'
import {fromMarkdown} from '../src/index.js'
import {maximumLineDepth, maximumMarkers, maximumStackedLines, maximumUnderlines} from '../src/parse.js'

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

function recitalTexts(document: Document): string[] {
  const preamble = document.children.find((child) => child.type === 'preamble')
  const recitals = preamble?.children.find((child) => child.type === 'recitals')
  return recitals?.type === 'recitals' ? recitals.children.map((recital) => plainText(recital)) : []
}

describe('fromMarkdown on hostile input', () => {
  test('caps 100,000 nested block quotes with a diagnostic', () => {
    const {document, diagnostics} = fromMarkdown(`${'>'.repeat(100_000)} x`)
    expect(diagnostics.some((diagnostic) => diagnostic.ruleId === 'too-deep')).toBe(true)
    expect(document.children.length).toBeGreaterThan(0)
  })

  test('caps 100,000 nested list items with a diagnostic', () => {
    for (const marker of ['- ', '1. ', '* ']) {
      const {document, diagnostics} = fromMarkdown(`${marker.repeat(100_000)}x`)
      expect(diagnostics.some((diagnostic) => diagnostic.ruleId === 'too-deep')).toBe(true)
      expect(depth(document)).toBeLessThan(400)
    }
  })

  test('reads nesting up to the limit as structure', () => {
    const {diagnostics} = fromMarkdown(`${'- '.repeat(maximumLineDepth)}x`)
    expect(
      diagnostics.some(
        (diagnostic) => diagnostic.ruleId === 'too-deep' && diagnostic.reason.startsWith('Nesting'),
      ),
    ).toBe(false)
    const over = fromMarkdown(`${'- '.repeat(maximumLineDepth + 1)}x`)
    expect(over.diagnostics.some((diagnostic) => diagnostic.reason.startsWith('Nesting'))).toBe(true)
  })

  test('reads lists nested by indentation without overflowing', () => {
    // 1,000 levels take a megabyte of indentation; micromark reads it in seconds (see the README).
    const lines = Array.from({length: 1000}, (_, index) => `${' '.repeat(index * 2)}- x`)
    const {diagnostics} = fromMarkdown(lines.join('\n'))
    expect(diagnostics.some((diagnostic) => diagnostic.ruleId === 'too-deep')).toBe(true)
  }, 60_000)

  test('reads a paragraph with as many markers as allowed as Markdown, one more as plain text', () => {
    const atLimit = fromMarkdown(`Le Conseil,\n\n${'*a* '.repeat(maximumMarkers / 2)}`)
    expect(atLimit.diagnostics.map((diagnostic) => diagnostic.ruleId)).not.toContain('too-many-markers')
    expect(JSON.stringify(atLimit.document)).toContain('"type":"i"')
    // One marker more (an unclosed `[`): every marker of the paragraph is text, and no character is lost.
    const line = `${'*a* '.repeat(maximumMarkers / 2)}[_b_ \\* <c> \`d\` ~e~`
    const past = fromMarkdown(`Le Conseil,\n\n${line}\n\nRappelant *f*,\n`)
    expect(past.diagnostics.filter((diagnostic) => diagnostic.ruleId === 'too-many-markers')).toEqual([
      expect.objectContaining({place: expect.objectContaining({start: expect.objectContaining({line: 3})})}),
    ])
    const recitals = recitalTexts(past.document)
    expect(recitals[0]).toBe(line.replace('\\*', '*'))
    expect(JSON.stringify(past.document.children[0])).toContain(
      '"type":"i","children":[{"type":"text","value":"f"',
    )
  })

  test('reads a megabyte of mixed unclosed markers as plain text', () => {
    const line = '*a_['.repeat(250_000)
    const {document, diagnostics} = fromMarkdown(`Le Conseil,\n\n${line}\n`)
    expect(diagnostics.map((diagnostic) => diagnostic.ruleId)).toEqual(['too-many-markers'])
    expect(recitalTexts(document)).toEqual([line])
  }, 60_000)

  test('keeps noncharacters of the source when it reads a paragraph as plain text', () => {
    const line = `\uFDD2\uFDD5 ${'*a_['.repeat(100)} \\^`
    const {document, diagnostics} = fromMarkdown(`Le Conseil,\n\n${line}\n`)
    expect(diagnostics.map((diagnostic) => diagnostic.ruleId)).toEqual(['too-many-markers'])
    expect(recitalTexts(document)).toEqual([line.replace('\\^', '^')])
  })

  test('leaves front matter, directives and definition labels alone; a call in plain text is text', () => {
    const hostile = '*a_'.repeat(maximumMarkers)
    const {document, diagnostics} = fromMarkdown(
      `---\nsymbol: "*_[x"\n---\n\n<!-- clausewise: recital -->\nLe *Conseil*,[^1] ${hostile}\n\n[^1]: Note ${hostile}\n`,
    )
    expect(document.meta.symbol).toBe('*_[x')
    expect(diagnostics.map((diagnostic) => diagnostic.ruleId)).toContain('too-many-markers')
    // The definition is still one (its paragraph is not read into the decision); its call is text.
    expect(diagnostics.map((diagnostic) => diagnostic.ruleId)).toContain('footnote-unused')
    expect(recitalTexts(document)).toEqual([`Le *Conseil*,[^1] ${hostile}`])
    expect(JSON.stringify(document)).not.toContain('authorialNote')
  })

  test('counts closing brackets as markers: runs of `]` and `[a]` read as plain text', () => {
    for (const line of [']'.repeat(40_000), '[a] '.repeat(20_000).trimEnd()]) {
      const {document, diagnostics} = fromMarkdown(`Le Conseil,\n\n${line}\n`)
      expect(diagnostics.map((diagnostic) => diagnostic.ruleId)).toEqual(['too-many-markers'])
      expect(recitalTexts(document)).toEqual([line])
    }
    // Links and footnote calls count two markers each (`[` and `]`).
    const links = (count: number) => `Le Conseil,\n\n${'[a](b) '.repeat(count)}\n`
    expect(fromMarkdown(links(maximumMarkers / 2)).diagnostics).toEqual([])
    expect(fromMarkdown(links(maximumMarkers / 2 + 1)).diagnostics.map((d) => d.ruleId)).toEqual([
      'too-many-markers',
    ])
  })

  test('reads footnote calls of an over-marked paragraph as text', () => {
    const calls = 'x[^a] '.repeat(maximumMarkers).trimEnd()
    const {document, diagnostics} = fromMarkdown(`Le Conseil,\n\n${calls}\n\n[^a]: Note.\n`)
    expect(diagnostics.map((diagnostic) => diagnostic.ruleId)).toEqual([
      'too-many-markers',
      'footnote-unused',
    ])
    expect(recitalTexts(document)).toEqual([calls])
    expect(JSON.stringify(document)).not.toContain('authorialNote')
  })

  test('reads setext heading underlines up to a limit, then as text', () => {
    const headings = (count: number) => 'Titre\n=====\n\nRappelant,\n---\n'.repeat(count / 2)
    const atLimit = fromMarkdown(headings(maximumUnderlines))
    expect(atLimit.diagnostics.map((diagnostic) => diagnostic.ruleId)).not.toContain('too-many-underlines')
    const past = fromMarkdown(`${headings(maximumUnderlines)}Le Conseil,\n> ===\n`)
    expect(past.diagnostics.filter((diagnostic) => diagnostic.ruleId === 'too-many-underlines')).toEqual([
      expect.objectContaining({
        place: expect.objectContaining({
          start: expect.objectContaining({line: (maximumUnderlines / 2) * 5 + 2}),
        }),
      }),
    ])
    expect(plainText(past.document)).toContain('Le Conseil,\n===')
    // Text kept, read in linear time (160 KB of `a` / `=` lines).
    const many = fromMarkdown('a\n=\n'.repeat(40_000))
    expect(many.diagnostics.map((diagnostic) => diagnostic.ruleId)).toContain('too-many-underlines')
    expect(plainText(many.document).split('=').length - 1).toBeGreaterThanOrEqual(40_000 - maximumUnderlines)
  })

  test('reads list items that open another container on their first line, up to a limit', () => {
    const lines = (count: number) => '- - x\n'.repeat(count)
    const atLimit = fromMarkdown(lines(maximumStackedLines))
    expect(atLimit.diagnostics).toEqual([])
    const past = fromMarkdown(lines(maximumStackedLines + 1))
    expect(past.diagnostics.map((diagnostic) => diagnostic.ruleId)).toEqual(['too-many-markers'])
    expect(past.diagnostics[0]?.place).toEqual(
      expect.objectContaining({start: expect.objectContaining({line: maximumStackedLines + 1})}),
    )
    const body = past.document.children[0]
    const last = body?.type === 'mainBody' ? body.children.at(-1) : undefined
    expect(last && plainText(last)).toBe('- x')
    const first = body?.type === 'mainBody' ? body.children[0] : undefined
    expect(first && 'children' in first && first.children?.some((child) => child.type === 'list')).toBe(true)
  })

  test('reads a 10 MB paragraph', () => {
    const {document} = fromMarkdown(`Le Conseil,\n\n${'mot '.repeat(2_500_000)}`)
    const preamble = document.children[0]
    expect(preamble?.type).toBe('preamble')
  }, 60_000)

  test('keeps script tags and javascript: links as text', () => {
    const {document} = fromMarkdown(
      '<script>alert(1)</script>\n\n[x](javascript:alert(1)) <img src=x onerror=alert(1)>\n',
    )
    const json = JSON.stringify(document)
    expect(json).not.toContain('"href":"javascript')
    expect(json).toContain('<script>alert(1)</script>')
  })

  test('does not let front matter pollute prototypes', () => {
    const {document} = fromMarkdown(
      '---\n__proto__:\n  polluted: true\nmeeting:\n  __proto__:\n    polluted: true\n---\n\nx\n',
    )
    expect(({} as {polluted?: boolean}).polluted).toBeUndefined()
    expect(document.meta.language).toBe('und')
  })

  test('reports invalid front matter and reads on', () => {
    const {document, diagnostics} = fromMarkdown('---\n: : [\n---\n\nLe Conseil,\n')
    expect(diagnostics.map((diagnostic) => diagnostic.ruleId)).toContain('front-matter')
    expect(document.children[0]?.type).toBe('preamble')
  })

  test('keeps self-referencing footnotes as text', () => {
    const {diagnostics} = fromMarkdown('Texte[^a].\n\n[^a]: Voir[^a].\n')
    expect(diagnostics.map((diagnostic) => diagnostic.ruleId)).toContain('footnote-cycle')
  })
})

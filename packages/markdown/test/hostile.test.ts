import {describe, expect, test} from 'vitest'
import {fromMarkdown} from '../src/index.js'
import {maximumLineDepth} from '../src/parse.js'

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

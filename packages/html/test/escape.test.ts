import type {Comparison, MultiComparison} from '@clausewise/model'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {safeUrl} from '../src/escape.js'
import {
  escapeHtml,
  toHtml,
  toHtmlFragment,
  toHtmlMultiComparison,
  toHtmlRedline,
  toHtmlRedlineFragment,
} from '../src/index.js'
import {navigationScript} from '../src/script.js'
import {hostileComparison, multiComparison} from './fixtures/comparison.js'
import {frenchDecision} from './fixtures/document.js'
import {dangers} from './fixtures/scan.js'

const corpus = [
  '<script>window.__pwned=1</script>',
  '<img src=x onerror="window.__pwned=1">',
  '" onload="window.__pwned=1',
  "' onmouseover='window.__pwned=1",
  '<svg onload=alert(1)>',
  '<a href="javascript:alert(1)">x</a>',
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  ' java\tscript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  '&amp',
  '&#x',
  '&#60;script&#62;',
  '&lt;script&gt;',
  '\u202Eevil\u202C',
  '\u2066isolate\u2069 \u202Aembed',
  ']]>',
  '</textarea><script>alert(1)</script>',
  '</style><script>alert(1)</script>',
  '</title><script>alert(1)</script>',
  '<!-- comment -->',
  '<iframe srcdoc="<script>alert(1)</script>">',
  '__proto__',
  'constructor',
  '\u0000nul',
  'x'.repeat(10) + '<'.repeat(5),
]

/** A comparison where every string from input is hostile, including identity, ids and fields. */
function hostile(text: string): Comparison {
  const comparison = hostileComparison(text)
  return {
    ...comparison,
    old: {...comparison.old, label: text, symbol: text, language: text},
    new: {...comparison.new, label: text, expression: text, language: text},
    clauses: comparison.clauses.map((group, index) => ({
      ...group,
      id: text,
      movedFrom: text,
      kind: text as 'paragraph',
      newNum: text,
      // Edits, marks and kinds from input too: a cascade or swap named by hostile ids.
      edit: {type: index % 2 === 0 ? 'cascade' : 'swap', id: text, cause: text},
      changes: group.changes.map((change) =>
        change.op === 'equal'
          ? change
          : {...change, kind: 'formatting' as const, marks: [text as 'i', 'ref']},
      ),
    })),
    metadata: [
      ...comparison.metadata,
      {field: text as 'title', old: text, new: text},
      {field: 'heading', attachment: 1, old: text, new: text},
      {field: 'lifecycle', old: text, new: `${text}\n2018-02-02 ${text}`},
    ],
  }
}

function hostileMulti(text: string): MultiComparison {
  const multi = multiComparison()
  return {
    ...multi,
    documents: multi.documents.map((document) => ({...document, label: text, language: text})),
    groups: multi.groups.map((group) => ({
      ...group,
      id: text,
      members: group.members.map((member) => ({...member, eId: text, num: text, text})),
    })),
  }
}

function renderAll(text: string): string[] {
  const comparison = hostile(text)
  const document = frenchDecision(text)
  return [
    toHtml(document),
    toHtml(document, {title: text}),
    toHtmlFragment(document),
    toHtmlRedline(comparison),
    toHtmlRedline(comparison, {layout: 'side-by-side', title: text}),
    toHtmlRedline(comparison, {hide: ['wording']}),
    toHtmlRedlineFragment(comparison),
    toHtmlRedlineFragment(comparison, {layout: 'side-by-side'}),
    toHtmlMultiComparison(hostileMulti(text)),
    toHtmlMultiComparison(hostileMulti(text), {title: text}),
    // escapeHtml alone keeps bidi controls (it escapes, it does not edit): check it in text.
    `<p class="${escapeHtml(text.replace(/[\u202a-\u202e\u2066-\u2069]/g, ''))}">${escapeHtml(text)}</p>`,
  ]
}

describe('escapeHtml', () => {
  it('escapes the five characters that matter', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
    )
  })

  it('leaves other text alone, broken entities included', () => {
    expect(escapeHtml('Décision nº 7/17 — l’OSCE')).toBe('Décision nº 7/17 — l’OSCE')
    expect(escapeHtml('&amp &#x')).toBe('&amp;amp &amp;#x')
  })
})

describe('safeUrl', () => {
  it('allows fragments, root-relative paths, http, https and mailto', () => {
    for (const url of [
      '#para_5',
      '/akn/osce/statement/decision/2017-12-08/mc-7-17',
      'https://www.osce.org/',
      'HTTP://x.org',
      'mailto:a@b.org',
    ]) {
      expect(safeUrl(url)).toBe(url)
    }
  })

  it('drops every other scheme, protocol-relative URLs and URLs with control characters', () => {
    for (const url of [
      'javascript:alert(1)',
      'JAVASCRIPT:x',
      'java\tscript:x',
      'java\nscript:x',
      'data:text/html,x',
      'vbscript:x',
      '//evil.example/',
      '/\\evil.example',
      'file:///etc/passwd',
      '',
      'relative/path',
    ]) {
      expect(safeUrl(url)).toBeUndefined()
    }
  })
})

describe('injection corpus', () => {
  for (const text of corpus) {
    it(`shows ${JSON.stringify(text)} as text through every public function`, () => {
      for (const html of renderAll(text)) {
        expect(dangers(html, navigationScript)).toEqual([])
      }
    })
  }

  it('keeps the hostile text visible, escaped', () => {
    const html = toHtmlRedline(hostile('<img src=x onerror="window.__pwned=1">'))
    expect(html).toContain('&lt;img src=x onerror=&quot;window.__pwned=1&quot;&gt;')
  })

  it('shows bidi controls as visible markers with their code point, in text and attribute values', () => {
    const html = toHtmlRedline(hostile('\u202Eevil'))
    expect(html).toContain('<bdi><span class="invisible-character">⟨U+202E⟩</span>evil</bdi>')
    expect(html).not.toContain('\u202E')
    expect(dangers(html, navigationScript)).toEqual([])
  })

  it('holds for arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({unit: 'binary', maxLength: 40}), (text) => {
        for (const html of renderAll(text)) expect(dangers(html, navigationScript)).toEqual([])
      }),
      {numRuns: 60},
    )
  })
})

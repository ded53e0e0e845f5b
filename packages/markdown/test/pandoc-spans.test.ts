import {plainText} from '@clausewise/model'
import {describe, expect, it} from 'vitest'
import {fromMarkdown} from '../src/index.js'
import {pandocSpans, withoutHeadingAttributes} from '../src/read/pandoc-spans.js'

// Word documents converted by Pandoc carry bracketed spans: track changes, underline, small capitals,
// comments, and attribute blocks on headings.

describe('Pandoc spans', () => {
  it('reads track changes as del and ins, underline as u, and other classes as their text', () => {
    const {document, diagnostics} = fromMarkdown(
      [
        '*The Board*,',
        '',
        '1\\. *Requests* the Director to [submit]{.deletion author="S" date="2026-10-02T10:15:00Z"}[present]{.insertion author="S"} a [progress]{.underline} report to the [Working Group]{.smallcaps};[]{.comment-start id="0" author="A"}Can we say "annual"?[]{.comment-end id="0"}',
        '',
      ].join('\n'),
    )
    const json = JSON.stringify(document)
    expect(json).toContain('{"type":"del","children":[{"type":"text","value":"submit"}]}')
    expect(json).toContain('{"type":"ins","children":[{"type":"text","value":"present"}]}')
    expect(json).toContain('{"type":"u","children":[{"type":"text","value":"progress"}]}')
    const text = plainText(document)
    expect(text).toContain('to the Working Group;')
    expect(text).not.toContain('{')
    expect(text).not.toContain('annual')
    expect(diagnostics.map((diagnostic) => diagnostic.ruleId)).toContain('pandoc-comment')
  })

  it('leaves brackets that are no span as text', () => {
    expect(pandocSpans('see [1]{x} and [a]b')).toBeUndefined()
    expect(pandocSpans('[a]{b}')).toBeUndefined()
    expect(pandocSpans('[[a]{.underline}')?.content).toEqual([
      {type: 'text', value: '['},
      {type: 'u', children: [{type: 'text', value: 'a'}]},
    ])
  })

  it('reads hostile runs of brackets as what they are', () => {
    // No attribute block is ever closed: no span.
    expect(pandocSpans('[a]{.'.repeat(50_000))).toBeUndefined()
    // Only the last bracket opens the (empty) span: the others stay text.
    const many = pandocSpans(`${'['.repeat(100_000)}]{.x}`)
    expect(many?.content).toEqual([{type: 'text', value: '['.repeat(99_999)}])
  })

  it('takes the attribute block off a heading', () => {
    expect(withoutHeadingAttributes([{type: 'text', value: 'Annex {#annex .unnumbered}'}])).toEqual([
      {type: 'text', value: 'Annex'},
    ])
    expect(withoutHeadingAttributes([{type: 'text', value: 'Costs {in USD}'}])).toEqual([
      {type: 'text', value: 'Costs {in USD}'},
    ])
    const {document} = fromMarkdown('*The Board*,\n\n1. *Decides* to act.\n\n# Annex {#annex}\n\nText.\n')
    expect(plainText(document)).not.toContain('{#annex}')
  })
})

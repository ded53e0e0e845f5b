import {type Document, type Nodes, plainText} from '@clausewise/model'
import {describe, expect, it} from 'vitest'
import {fromMarkdown} from '../src/index.js'

// A block quote after an amending clause (`… to read as follows:` then `> **Article 5**`) holds the
// text the clause quotes: it opens no unit, numbers no clause and takes none of the paragraphs after it.

/** Each clause of the body: its type, eId and text. */
function clauses(document: Document): string[] {
  const lines: string[] = []
  const stack: Nodes[] = [...(document.children as Nodes[])].reverse()
  while (stack.length > 0) {
    const node = stack.pop()!
    if (node.type === 'paragraph' || node.type === 'point' || node.type === 'hcontainer')
      lines.push(`${node.type} ${node.eId}: ${plainText(node).replace(/\s+/gu, ' ')}`)
    else if ('children' in node && Array.isArray(node.children))
      stack.push(...([...node.children] as Nodes[]).reverse())
  }
  return lines
}

describe('block quotes', () => {
  it('reads a quote inside a list item as the item’s text, with its emphasis', () => {
    const {document, diagnostics} = fromMarkdown(
      [
        '*The Assembly*,',
        '',
        '1. *Decides* to replace paragraph 3 with the following text:',
        '',
        '    > "3. *Requests* the Secretary-General to report;"',
        '',
        '2. *Decides also* that the amendment takes effect.',
        '',
      ].join('\n'),
    )
    expect(clauses(document)).toEqual([
      'paragraph para_1: 1. Decides to replace paragraph 3 with the following text: "3. Requests the Secretary-General to report;"',
      'paragraph para_2: 2. Decides also that the amendment takes effect.',
    ])
    expect(JSON.stringify(document)).not.toContain('> ')
    expect(JSON.stringify(document)).toContain('{"type":"i","children":[{"type":"text","value":"Requests"')
    expect(diagnostics.map((diagnostic) => diagnostic.ruleId)).not.toContain('unsupported-block')
  })

  it('reads a quote after a list as the last item’s quoted text, not as units or clauses', () => {
    const {document} = fromMarkdown(
      [
        '*The Assembly*,',
        '',
        '1. *Decides* to amend article 5 to read as follows:',
        '',
        '> **Article 5**',
        '>',
        '> 1. The Council shall have fifteen members.',
        '>',
        '> 2. Each member shall have one representative.',
        '',
        '2. *Decides also* that the amendment takes effect.',
        '',
      ].join('\n'),
    )
    expect(clauses(document)).toEqual([
      'paragraph para_1: 1. Decides to amend article 5 to read as follows: Article 5 1. The Council shall have fifteen members. 2. Each member shall have one representative.',
      'paragraph para_2: 2. Decides also that the amendment takes effect.',
    ])
  })

  it('reads the quote the same way in a draft of the convention (a party link)', () => {
    const {document} = fromMarkdown(
      [
        'The [Council](party:council),',
        '',
        '1. *Decides* to amend article 5 to read as follows:',
        '',
        '> ## Article 5',
        '>',
        '> 1. The Council shall have fifteen members.',
        '',
        '2. *Decides also* that the amendment takes effect.',
        '',
      ].join('\n'),
    )
    expect(clauses(document)).toEqual([
      'paragraph para_1: 1. Decides to amend article 5 to read as follows: Article 5 1. The Council shall have fifteen members.',
      'paragraph para_2: 2. Decides also that the amendment takes effect.',
    ])
  })
})

describe('numbers typed in bold', () => {
  it('takes `**2.**` and `**(a)**` as the numbers, leaving none of them in the text', () => {
    const {document} = fromMarkdown(
      [
        '*The Council*,',
        '',
        '**1.** *Decides* to establish a working group;',
        '',
        '**2.** *Requests* the working group to report:',
        '',
        '**(a)** on its methods;',
        '',
        '**(b)** on its budget;',
        '',
        '**3.** *Decides* to remain seized of the matter.',
        '',
      ].join('\n'),
    )
    expect(clauses(document)).toEqual([
      'paragraph para_1: 1. Decides to establish a working group;',
      'paragraph para_2: 2. Requests the working group to report: (a) on its methods; (b) on its budget;',
      'paragraph para_3: 3. Decides to remain seized of the matter.',
    ])
    expect(JSON.stringify(document)).not.toContain('"type":"b"')
  })
})

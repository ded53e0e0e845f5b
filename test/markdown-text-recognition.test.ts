import {fromMarkdown} from '@clausewise/markdown'
import {type Document, isClause, type Nodes, plainText, removePositions, visit} from '@clausewise/model'
import {fromText} from '@clausewise/text'
import {describe, expect, test} from 'vitest'

// One clause recognition for every reader: a draft of unnumbered paragraphs reads the same whether it
// comes as Markdown or as plain text (formula, recitals and operative paragraphs by the profile's words).

/** The formula, recitals and clauses of a document, in order, with their first words. */
function roles(document: Document): string[] {
  const found: string[] = []
  visit(document, (node: Nodes) => {
    if (node.type === 'formula' || node.type === 'recital' || isClause(node)) {
      found.push(`${node.type}: ${plainText(node).split(/\s+/).slice(0, 2).join(' ')}`)
      return false
    }
    return undefined
  })
  return found
}

const drafts = {
  en: [
    'The General Assembly,',
    'Recalling its resolution 70/1 of 25 September 2015,',
    'Deeply concerned by the growing risks that children face online,',
    'Underscoring the role of parents and of schools,',
    'Urges all States to protect children from every form of exploitation online;',
    'Also requests the Secretary-General to report on the implementation of the present resolution;',
    'Decides to remain seized of the matter.',
  ],
  fr: [
    'Le Conseil ministériel,',
    'Rappelant sa décision 7/17 sur la traite des êtres humains,',
    'Profondément préoccupé par la situation des enfants,',
    'Demande aux États participants de renforcer leur coopération ;',
    'Charge le Secrétaire général de faire rapport ;',
    'Décide de rester saisi de la question.',
  ],
}

describe('Markdown and plain text read a draft the same way', () => {
  test('numbered paragraphs and points: a Markdown list reads as the same numbered lines of text', () => {
    const text = [
      'The General Assembly,',
      'Recalling its resolution 70/1,',
      '1. Requests the Secretary-General to report on:',
      '(a) progress made;',
      '(b) obstacles met;',
      '2. Decides to remain seized of the matter.',
    ].join('\n\n')
    const markdown = text.replace('(a)', '   - (a)').replace('(b)', '   - (b)')
    const fromTheMarkdown = fromMarkdown(`${markdown}\n`).document
    expect(removePositions(fromTheMarkdown)).toEqual(
      removePositions(fromText(`${text}\n`, {language: 'en'}).document),
    )
    expect(roles(fromTheMarkdown)).toEqual([
      'formula: The General',
      'recital: Recalling its',
      'paragraph: 1. Requests',
      'paragraph: 2. Decides',
    ])
  })

  for (const [language, paragraphs] of Object.entries(drafts)) {
    test(`${language}: formula, recitals and unnumbered operative paragraphs`, () => {
      const text = `${paragraphs.join('\n\n')}\n`
      const fromTheMarkdown = fromMarkdown(text).document
      const fromTheText = fromText(text, {language}).document
      const markdown = roles(fromTheMarkdown)
      expect(markdown.filter((line) => line.startsWith('formula'))).toHaveLength(1)
      expect(markdown.filter((line) => line.startsWith('recital')).length).toBeGreaterThan(0)
      expect(markdown.filter((line) => line.startsWith('paragraph')).length).toBeGreaterThan(0)
      expect(markdown).toEqual(roles(fromTheText))
      // The same recognition: the same document, metadata and eIds included.
      expect(removePositions(fromTheMarkdown)).toEqual(removePositions(fromTheText))
    })
  }
})

import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {diff} from '@clausewise/diff'
import {fromMarkdown} from '@clausewise/markdown'
import {clauses, type Document, ownText, removePositions} from '@clausewise/model'
import {fromText} from '@clausewise/text'
import {describe, expect, it} from 'vitest'
import {fromDocx, toDocxRedline} from '../src/index.js'

const root = join(import.meta.dirname, '..', '..', '..')
const drafts = ['mc-dec-7-17.draft-1.md', 'mc-dec-7-17.draft-2.md'].map(
  (name) => fromMarkdown(readFileSync(join(root, 'examples', 'drafts', name), 'utf8')).document,
)
const osce = ['mc-dec-6-17.fr.txt', 'mc-dec-7-17.fr.txt'].map(
  (name) => fromText(readFileSync(join(root, '..', 'shared', 'corpus', 'osce', name), 'utf8')).document,
)

/** Each clause's kind, number and own text, in order. */
function clauseTexts(document: Document): string[] {
  return clauses(document).map((clause) => {
    const num = (clause.children as {type: string; value?: string}[]).find((child) => child.type === 'num')
    return `${clause.type} ${clause.type === 'authorialNote' ? clause.marker : (num?.value ?? '')} ${ownText(clause)}`
  })
}

function comparable(document: Document): unknown {
  const {meta: _meta, ...rest} = removePositions(document)
  return rest
}

describe('toDocxRedline', () => {
  for (const [label, [oldDocument, newDocument]] of [
    ['the example drafts', drafts as [Document, Document]],
    ['6/17 → 7/17', osce as [Document, Document]],
  ] as const) {
    it(`${label}: accepting every change gives the new document, rejecting every change the old one`, () => {
      const redline = toDocxRedline(diff(oldDocument, newDocument), newDocument, oldDocument)
      const accepted = fromDocx(redline, {trackedChanges: 'accept'}).document
      const rejected = fromDocx(redline, {trackedChanges: 'reject'}).document
      expect(comparable(accepted)).toEqual(comparable(newDocument))
      expect(comparable(rejected)).toEqual(comparable(oldDocument))
    })

    it(`${label}, without the old document: accepting gives the new document, rejecting the old clauses`, () => {
      const redline = toDocxRedline(diff(oldDocument, newDocument), newDocument)
      const accepted = fromDocx(redline, {trackedChanges: 'accept'}).document
      const rejected = fromDocx(redline, {trackedChanges: 'reject'}).document
      expect(comparable(accepted)).toEqual(comparable(newDocument))
      expect(clauseTexts(rejected)).toEqual(clauseTexts(oldDocument))
    })
  }
})

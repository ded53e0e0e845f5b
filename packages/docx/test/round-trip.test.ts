import {readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {fromAkn, toAkn} from '@clausewise/akn'
import {fromMarkdown} from '@clausewise/markdown'
import {
  type Clause,
  clauses,
  type Document,
  emptyMeta,
  isClause,
  type Nodes,
  ownText,
  plainText,
  removePositions,
  visit,
} from '@clausewise/model'
import {fromText} from '@clausewise/text'
import {strFromU8, unzipSync} from 'fflate'
import {describe, expect, it} from 'vitest'
import {fromDocx, toDocx} from '../src/index.js'
import {schemaErrors} from './support/akn-schema.js'
import {blocks} from './support/blocks.js'

const root = join(import.meta.dirname, '..', '..', '..')
const corpus = join(root, '..', 'shared', 'corpus')

/** A document without what a .docx does not keep: positions and the metadata the text does not show. */
function comparable(document: Document): unknown {
  const {meta: _meta, ...rest} = removePositions(document)
  // Where one text node ends and the next begins is not something a .docx (or a reader) can see.
  visit(rest as Document, (node) => {
    if (!('children' in node)) return undefined
    const children = node.children as {type: string; value?: string}[]
    for (let index = children.length - 1; index > 0; index--) {
      const [left, right] = [children[index - 1]!, children[index]!]
      if (left.type === 'text' && right.type === 'text') {
        left.value += right.value!
        children.splice(index, 1)
      }
    }
    return undefined
  })
  return rest
}

/**
 * The structure of a document: each clause's type, unit name, number, own text and nesting, in
 * order. eIds kept from an AKN source and metadata are not part of it.
 */
function structure(document: Document): string[] {
  const depth = new Map<unknown, number>()
  visit(document, (node, parent) => {
    depth.set(node, (depth.get(parent) ?? 0) + (parent && isClause(parent as Clause) ? 1 : 0))
    return undefined
  })
  return clauses(document).map((clause: Clause) => {
    const num = (clause.children as {type: string; value?: string}[]).find((child) => child.type === 'num')
    const name = clause.type === 'hcontainer' ? clause.name : ''
    const marker = clause.type === 'authorialNote' ? clause.marker : (num?.value ?? '')
    return `${depth.get(clause)} ${clause.type} ${name} ${marker} ${ownText(clause)}`
  })
}

function roundTrip(document: Document): {back: Document; diagnostics: unknown[]} {
  const {document: back, diagnostics} = fromDocx(toDocx(document))
  return {back, diagnostics}
}

describe('toDocx then fromDocx', () => {
  it('gives back the example drafts exactly', () => {
    for (const name of ['mc-dec-7-17.draft-1.md', 'mc-dec-7-17.draft-2.md']) {
      const {document} = fromMarkdown(readFileSync(join(root, 'examples', 'drafts', name), 'utf8'))
      const {back, diagnostics} = roundTrip(document)
      expect(comparable(back), name).toEqual(comparable(document))
      expect(diagnostics, name).toEqual([])
      expect(back.meta.symbol).toBe(document.meta.symbol)
      expect(back.meta.frbr.number).toBe(document.meta.frbr.number)
      expect(back.meta.language).toBe(document.meta.language)
    }
  })

  it('gives back the OSCE decisions read from text exactly', () => {
    for (const name of readdirSync(join(corpus, 'osce'))) {
      const {document} = fromText(readFileSync(join(corpus, 'osce', name), 'utf8'))
      const {back} = roundTrip(document)
      expect(comparable(back), name).toEqual(comparable(document))
    }
  })

  it('gives back the decisions of the text corpus exactly', () => {
    const folder = join(corpus, 'text')
    for (const name of readdirSync(folder).filter((file) => file.endsWith('.txt'))) {
      const {document} = fromText(readFileSync(join(folder, name), 'utf8'))
      const {back} = roundTrip(document)
      expect(comparable(back), name).toEqual(comparable(document))
    }
  })

  it('gives back the structure of every AKN corpus document, its blocks and every word, as valid AKN', () => {
    // Word carries the decision's vocabulary in role styles; what lies outside it (a judgment's or a
    // debate's parts, block lists, tables, speeches, units below a paragraph) rides in frames.
    const folder = join(corpus, 'akn')
    const words = (document: Document) => plainText(document, {notes: true}).split(/\s+/).filter(Boolean)
    let read = 0
    let framed = 0
    for (const name of readdirSync(folder).filter((file) => file.endsWith('.xml'))) {
      const {document} = fromAkn(readFileSync(join(folder, name), 'utf8'))
      read++
      const bytes = toDocx(document)
      const custom = strFromU8(unzipSync(bytes)['docProps/custom.xml']!)
      if (custom.includes('clausewise.structure')) framed++
      // Word keeps 255 characters of a text property: longer kinds are split.
      for (const [, value] of custom.matchAll(/<vt:lpwstr>([^<]*)</g)) {
        expect(value!.replace(/&[a-z]+;/g, '_').length, name).toBeLessThanOrEqual(255)
      }
      const {document: back, diagnostics} = fromDocx(bytes)
      expect(structure(back), name).toEqual(structure(document))
      expect(blocks(back), name).toEqual(blocks(document))
      expect(words(back), name).toEqual(words(document))
      expect(back.documentType, name).toBe(document.documentType)
      expect(back.name, name).toBe(document.name)
      expect(
        diagnostics.map((diagnostic) => diagnostic.ruleId),
        name,
      ).not.toContain('table-flattened')
      // AKN written from what Word gave back has no schema error AKN written from the source has not
      // (the source's own: attributes 2.0 allowed, kept elements out of place).
      const errors = schemaErrors(toAkn(back))
      if (errors.length > 0)
        expect(schemaErrors(toAkn(document)), name).toEqual(expect.arrayContaining(errors))
    }
    expect(read).toBeGreaterThanOrEqual(16)
    // The two decisions in the decision's vocabulary are written in role styles, the others in frames.
    expect(framed).toBeGreaterThanOrEqual(14)
  })

  it('writes every inline node the model has: AKN inline elements with their markup, kept content as its words', () => {
    const text = (value: string): Nodes => ({type: 'text', value})
    const p = {
      type: 'p',
      children: [
        text('Decides that the '),
        {type: 'inline', element: 'term', children: [{type: 'b', children: [text('Fund')]}]},
        text(' ends on'),
        {type: 'marker', element: 'eol'},
        {type: 'inline', element: 'date', children: [text('1 May')]},
        text(': '),
        {
          type: 'subFlow',
          element: 'quotedStructure',
          children: [{type: 'p', children: [text('quoted words')]}],
        },
        {type: 'opaque', xml: {name: 'x:kept', children: ['kept words']}},
        text('.'),
      ],
    }
    const paragraph = {
      type: 'paragraph',
      eId: 'para_1',
      children: [
        {type: 'num', value: '1.'},
        {type: 'content', children: [p]},
      ],
    }
    const document = {
      type: 'document',
      documentType: 'statement',
      name: 'decision',
      meta: emptyMeta('eng'),
      children: [{type: 'mainBody', children: [paragraph]}],
    } as unknown as Document
    const {back} = roundTrip(document)
    const [clause] = clauses(back)
    expect(ownText(clause!)).toBe(ownText(paragraph as Clause))
    expect(ownText(clause!)).toBe('Decides that the Fund ends on\n1 May: quoted words\n\nkept words\n.')
    let bold = ''
    visit(back, (node) => {
      if (node.type === 'b') bold = ownText(node)
      return undefined
    })
    expect(bold).toBe('Fund')
  })

  it('gives back the Markdown corpus exactly', () => {
    for (const name of readdirSync(join(corpus, 'markdown')).filter(
      (file) => file.endsWith('.md') && file !== 'README.md',
    )) {
      const {document} = fromMarkdown(readFileSync(join(corpus, 'markdown', name), 'utf8'))
      const {back} = roundTrip(document)
      expect(comparable(back), name).toEqual(comparable(document))
    }
  })
})

import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {type ClauseGroup, type Comparison, removePositions} from '@clausewise/model'
import {describe, expect, it} from 'vitest'
import {fromAkn, toAknRedline} from '../src/index.js'
import {examplesFolder, writeAndValidate} from './xmllint.js'

const newDocument = () =>
  fromAkn(readFileSync(join(examplesFolder, 'decision-skeleton.xml'), 'utf8')).document

function group(
  partial: Partial<ClauseGroup> & Pick<ClauseGroup, 'kind' | 'old' | 'new' | 'changes'>,
): ClauseGroup {
  const newText = partial.changes
    .filter((change) => change.op !== 'delete')
    .map((change) => change.text)
    .join('')
  const oldText = partial.changes
    .filter((change) => change.op !== 'insert')
    .map((change) => change.text)
    .join('')
  return {
    id: 'g',
    change: 'modified',
    moved: false,
    renumbered: false,
    section: 'mainBody',
    depth: 0,
    similarity: 1,
    oldText,
    newText,
    ...partial,
  }
}

/** A comparison of these groups; the writer reads nothing else of it. */
function comparisonOf(clauses: ClauseGroup[]): Comparison {
  const identity = {expression: '/akn/x/statement/decision/2017-12-08/7-17/fra@', language: 'fr'}
  const changesByKind = {wording: 0, punctuation: 0, case: 0, typography: 0, whitespace: 0, number: 0}
  const counts = {
    unchanged: 0,
    modified: 0,
    inserted: 0,
    deleted: 0,
    split: 0,
    merged: 0,
    moved: 0,
    renumbered: 0,
  }
  return {
    schema: 'clausewise/comparison@1',
    old: identity,
    new: identity,
    clauses,
    metadata: [],
    stats: {...counts, changesByKind, wordsInserted: 0, wordsDeleted: 0},
  }
}

const recital2 = 'Profondément alarmé par la persistance de toutes les formes de traite des enfants,'
const para1 = 'Encourage la coopération entre les États participants ;'

describe('toAknRedline', () => {
  it('marks a replacement and an insertion inline, as the redline skeleton does', () => {
    const comparison = comparisonOf([
      group({
        kind: 'recital',
        old: ['preamble__recitals_1__recital_2'],
        new: ['preamble__recitals_1__recital_2'],
        changes: [
          {op: 'delete', text: 'Profondément alarmé', kind: 'wording'},
          {op: 'insert', text: 'Vivement préoccupé', kind: 'wording'},
          {op: 'equal', text: recital2.slice('Profondément alarmé'.length)},
        ],
      }),
      group({
        kind: 'paragraph',
        old: ['para_1'],
        new: ['para_1'],
        changes: [
          {op: 'equal', text: 'Encourage la coopération entre les États participants'},
          {op: 'insert', text: ', les organisations internationales et la société civile', kind: 'wording'},
          {op: 'equal', text: ' ;'},
        ],
      }),
    ])
    const document = newDocument()
    // The new text of the recital and paragraph is the text the runs give.
    const recitals = document.children[1]!
    expect(JSON.stringify(recitals)).toContain(recital2)
    const edited = structuredClone(document)
    const text = JSON.stringify(edited)
      .replace(recital2, `Vivement préoccupé${recital2.slice('Profondément alarmé'.length)}`)
      .replace(
        para1,
        'Encourage la coopération entre les États participants, les organisations internationales et la société civile ;',
      )
    const xml = toAknRedline(comparison, JSON.parse(text))
    expect(xml).toContain(
      '<p><del eId="preamble__recitals_1__recital_2__del_1">Profondément alarmé</del><ins eId="preamble__recitals_1__recital_2__ins_1">Vivement préoccupé</ins> par la persistance',
    )
    expect(xml).toContain(
      '<p>Encourage la coopération entre les États participants<ins eId="para_1__ins_1">, les organisations internationales et la société civile</ins> ;</p>',
    )
    expect(xml).toContain('<paragraph eId="para_5">')
    expect(writeAndValidate('redline-replacement.xml', xml)).toBe('')
  })

  it('writes a deleted paragraph as a paragraph of deleted text where it stood', () => {
    const comparison = comparisonOf([
      group({kind: 'paragraph', old: ['para_1'], new: ['para_1'], changes: [{op: 'equal', text: para1}]}),
      {
        ...group({
          kind: 'paragraph',
          old: ['para_3'],
          new: [],
          changes: [{op: 'delete', text: 'Prie le Secrétaire général ;'}],
        }),
        change: 'deleted',
        oldNum: '3.',
      },
      group({
        kind: 'paragraph',
        old: ['para_5'],
        new: ['para_5'],
        changes: [
          {
            op: 'equal',
            text: 'Demande aux États participants de renforcer la coopération, notamment par des mesures telles que :',
          },
        ],
      }),
    ])
    const xml = toAknRedline(comparison, newDocument())
    expect(xml).toMatch(
      /<paragraph eId="para_3">\s*<content>\s*<p><del eId="para_3__del_1">3\. Prie le Secrétaire général ;<\/del><\/p>\s*<\/content>\s*<\/paragraph>\s*<paragraph eId="para_5">/,
    )
    expect(writeAndValidate('redline-deleted-paragraph.xml', xml)).toBe('')
  })

  it('writes a deleted recital before the recital that follows it, under a fresh eId when its old one is taken', () => {
    const comparison = comparisonOf([
      {
        ...group({
          kind: 'recital',
          old: ['preamble__recitals_1__recital_2'],
          new: [],
          changes: [{op: 'delete', text: 'Rappelant « x » & <y>,'}],
        }),
        change: 'deleted',
      },
      group({
        kind: 'recital',
        old: ['preamble__recitals_1__recital_3'],
        new: ['preamble__recitals_1__recital_2'],
        changes: [{op: 'equal', text: recital2}],
      }),
    ])
    const xml = toAknRedline(comparison, newDocument())
    expect(xml).toContain(
      '<recital eId="preamble__recitals_1__recital_2-2">\n          <p><del eId="preamble__recitals_1__recital_2-2__del_1">Rappelant « x » &amp; &lt;y&gt;,</del></p>\n        </recital>\n        <recital eId="preamble__recitals_1__recital_2">',
    )
    expect(writeAndValidate('redline-deleted-recital.xml', xml)).toBe('')
  })

  it('marks changes in points and an inserted clause entirely', () => {
    const pointB = 'Un moyen d’échanger des informations par-delà les frontières ;'
    const comparison = comparisonOf([
      {
        ...group({
          kind: 'point',
          old: [],
          new: ['para_5__list_1__point_b'],
          changes: [{op: 'insert', text: pointB}],
        }),
        change: 'inserted',
        depth: 1,
      },
    ])
    const xml = toAknRedline(comparison, newDocument())
    expect(xml).toContain(`<p><ins eId="para_5__list_1__point_b__ins_1">${pointB}</ins></p>`)
    expect(writeAndValidate('redline-inserted-point.xml', xml)).toBe('')
  })

  it('refuses a comparison whose runs do not fit the document’s text', () => {
    const comparison = comparisonOf([
      group({
        kind: 'paragraph',
        old: ['para_1'],
        new: ['para_1'],
        changes: [{op: 'insert', text: 'Something else entirely'}],
      }),
    ])
    expect(() => toAknRedline(comparison, newDocument())).toThrowError(
      expect.objectContaining({name: 'ClausewiseError', code: 'comparison-mismatch'}),
    )
  })

  it('does not change the document it is given', () => {
    const document = newDocument()
    const before = JSON.stringify(document)
    toAknRedline(
      comparisonOf([
        group({
          kind: 'paragraph',
          old: ['para_1'],
          new: ['para_1'],
          changes: [{op: 'insert', text: para1}],
        }),
      ]),
      document,
    )
    expect(JSON.stringify(document)).toBe(before)
  })

  it('reads back as the new document plus ins and del nodes', () => {
    const comparison = comparisonOf([
      group({
        kind: 'paragraph',
        old: ['para_1'],
        new: ['para_1'],
        changes: [
          {op: 'delete', text: 'Prie'},
          {op: 'insert', text: 'Encourage'},
          {op: 'equal', text: para1.slice('Encourage'.length)},
        ],
      }),
    ])
    const read = removePositions(fromAkn(toAknRedline(comparison, newDocument())).document)
    const json = JSON.stringify(read)
    expect(json).toContain('"type":"del","eId":"para_1__del_1","children":[{"type":"text","value":"Prie"}')
    expect(json).toContain('"eId":"para_1__ins_1"')
  })
})

import {mkdirSync, readFileSync, writeFileSync} from 'node:fs'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {toAknRedline} from '@clausewise/akn'
import {diff} from '@clausewise/diff'
import {fromMarkdown, toCriticMarkup} from '@clausewise/markdown'
import {describe, expect, it} from 'vitest'
import {expectValidComparison} from './support/comparison-schema.js'
import {validateAkn} from './support/xsd.js'

// The example drafts differ by the five edits listed in examples/drafts/README.md; the differ must find
// exactly those, and every redline format must show them.
const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const read = (name: string) =>
  fromMarkdown(readFileSync(join(root, 'examples', 'drafts', `mc-dec-7-17.${name}.md`), 'utf8')).document
const draft1 = read('draft-1')
const draft2 = read('draft-2')
const comparison = diff(draft1, draft2)
expectValidComparison(comparison)

describe('diff of the example drafts', () => {
  it('finds exactly the five edits of the drafts README', () => {
    const reported = comparison.clauses
      .filter((group) => group.change !== 'unchanged' || group.moved || group.renumbered)
      .map((group) => [group.change, group.moved, group.renumbered, group.old, group.new])
    expect(reported).toEqual([
      // 5. the footnote reworded
      ['modified', false, false, ['preface__authorialNote_1'], ['preface__authorialNote_1']],
      // 1. recital 3 reworded
      ['modified', false, false, ['preamble__recitals_1__recital_3'], ['preamble__recitals_1__recital_3']],
      // 2. a recital inserted after recital 6 (the recitals after it are the same, not renumbered)
      ['inserted', false, false, [], ['preamble__recitals_1__recital_7']],
      // 4. point c) added to paragraph 5
      ['inserted', false, false, [], ['para_5__list_1__point_c']],
      // 3. paragraphs 7 and 8 swapped: one of them moved, both renumbered, neither modified
      ['unchanged', false, true, ['para_8'], ['para_7']],
      ['unchanged', true, true, ['para_7'], ['para_8']],
    ])
    expect(comparison.metadata).toEqual([])
  })

  it('marks whole words in the reworded clauses', () => {
    const changes = (eId: string) =>
      comparison.clauses
        .find((group) => group.new[0] === eId)!
        .changes.filter((change) => change.op !== 'equal')
        .map((change) => [change.op, change.text, change.kind])
    expect(changes('preamble__recitals_1__recital_3')).toEqual([
      ['delete', 'Profondément alarmé', 'wording'],
      ['insert', 'Vivement préoccupé', 'wording'],
      ['insert', ' et l’aggravation', 'wording'],
    ])
    expect(changes('preface__authorialNote_1')).toEqual([
      ['delete', 'une correction apportée', 'wording'],
      ['insert', 'des corrections apportées', 'wording'],
      ['insert', ' et publiées sous la cote MC.DEC/7/17/Corr.1', 'wording'],
    ])
  })

  it('counts what it found', () => {
    const {inserted, deleted, modified, moved, renumbered, split, merged} = comparison.stats
    expect({inserted, deleted, modified, moved, renumbered, split, merged}).toEqual({
      inserted: 2,
      deleted: 0,
      modified: 2,
      moved: 1,
      renumbered: 2,
      split: 0,
      merged: 0,
    })
  })

  it('reads the same the other way round, with inserts and deletes swapped', () => {
    const back = diff(draft2, draft1)
    expectValidComparison(back)
    expect(back.stats.deleted).toBe(comparison.stats.inserted)
    expect(back.stats.inserted).toBe(comparison.stats.deleted)
    expect(back.stats.modified).toBe(comparison.stats.modified)
  })
})

describe('redlines of the example drafts', () => {
  it('gives the reviewed CriticMarkup fixture', () => {
    const markdown = toCriticMarkup(comparison)
    const fixture = join(root, 'test', 'fixtures', 'redlines', 'drafts.md')
    if (process.env.UPDATE) {
      mkdirSync(dirname(fixture), {recursive: true})
      writeFileSync(fixture, markdown)
    }
    expect(markdown).toBe(readFileSync(fixture, 'utf8'))
  })

  it('gives an AKN redline that validates against the schema and marks every change', async () => {
    const xml = toAknRedline(comparison, draft2)
    const folder = join(root, 'test', 'output', 'akn', 'redlines')
    mkdirSync(folder, {recursive: true})
    writeFileSync(join(folder, 'drafts.xml'), xml)
    expect(await validateAkn(xml, 'drafts.xml')).toEqual([])
    expect(xml).toContain('<del eId="preamble__recitals_1__recital_3__del_1">Profondément alarmé</del>')
    expect(xml).toContain('<ins eId="preamble__recitals_1__recital_3__ins_1">Vivement préoccupé</ins>')
    expect(xml.match(/<ins /g)?.length).toBeGreaterThanOrEqual(5)
  })
})

// Draft 3 adds four cosmetic edits and a paragraph that renumbers the four after it
// (examples/drafts/README.md); draft 1 → draft 3 also has draft 2's swap.
describe('diff of draft 1 and draft 3: cosmetic edits, a cascade and a swap', () => {
  const draft3 = read('draft-3')
  const cosmetic = diff(draft2, draft3)
  const both = diff(draft1, draft3)
  expectValidComparison(cosmetic)
  expectValidComparison(both)

  it('classes each cosmetic edit and marks its paragraph cosmetic, not reworded', () => {
    const kinds = cosmetic.clauses
      .filter((group) => group.cosmetic)
      .map((group) => [group.new[0], group.changes.find((change) => change.op !== 'equal')?.kind])
    expect(kinds).toEqual([
      ['preamble__recitals_1__recital_1', 'formatting'],
      ['para_1', 'punctuation'],
      ['para_3', 'typography'],
      ['para_9', 'case'],
    ])
    expect(cosmetic.stats).toMatchObject({modified: 4, cosmetic: 4, inserted: 1})
    expect(cosmetic.stats.changesByKind).toMatchObject({wording: 0, typography: 1, case: 1, punctuation: 1})
  })

  it('makes the four renumbered paragraphs one cascade caused by the insertion', () => {
    const inserted = cosmetic.clauses.find((group) => group.change === 'inserted')!
    expect(inserted.new).toEqual(['para_10'])
    const cascade = cosmetic.clauses.filter((group) => group.edit?.type === 'cascade')
    expect(cascade.map((group) => `${group.oldNum}→${group.newNum}`)).toEqual([
      '10.→11.',
      '11.→12.',
      '12.→13.',
      '13.→14.',
    ])
    expect(new Set(cascade.map((group) => group.edit?.cause))).toEqual(new Set([inserted.id]))
    expect(cosmetic.stats.cascades).toBe(1)
  })

  it('keeps the swap of paragraphs 7 and 8 one edit beside the cascade', () => {
    const swap = both.clauses.filter((group) => group.edit?.type === 'swap')
    expect(swap.map((group) => [group.old[0], group.new[0]])).toEqual([
      ['para_8', 'para_7'],
      ['para_7', 'para_8'],
    ])
    expect(both.stats).toMatchObject({swaps: 1, cascades: 1, cosmetic: 4})
  })
})

describe('diff of a statement heading', () => {
  it('reports a changed heading of an attached statement as a metadata change', () => {
    const draft3 = readFileSync(join(root, 'examples', 'drafts', 'mc-dec-7-17.draft-3.md'), 'utf8')
    const renamed = draft3.replace('## Déclaration interprétative au titre', '## Déclaration faite au titre')
    const comparison = diff(fromMarkdown(draft3).document, fromMarkdown(renamed).document)
    expectValidComparison(comparison)
    expect(comparison.metadata.map((change) => [change.field, change.attachment])).toEqual([['heading', 1]])
    expect(
      comparison.metadata[0]!.changes!.filter((run) => run.op !== 'equal').map((run) => [run.op, run.text]),
    ).toEqual([
      ['delete', 'interprétative'],
      ['insert', 'faite'],
    ])
  })
})

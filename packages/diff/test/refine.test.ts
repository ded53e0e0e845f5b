import {type Document, findByEId, type Nodes, type P} from '@clausewise/model'
import {describe, expect, it} from 'vitest'
import {ordinalOf} from '../src/edits.js'
import type {Comparison} from '../src/index.js'
import {diff} from './checked.js'
import {decision} from './decision.js'

const recitals = [
  'Réaffirmant que la traite des êtres humains est un crime grave et odieux,',
  'Rappelant le Plan d’action de l’OSCE de 2003 pour lutter contre la traite des êtres humains,',
]
const paragraphs = [
  'Encourage la coopération entre les États participants et la société civile ;',
  'Demande aux États participants de renforcer la formation des agents des frontières ;',
  'Charge les structures exécutives de l’OSCE de continuer à aider les États participants ;',
  'Invite les partenaires pour la coopération à souscrire volontairement aux engagements ;',
  'Prie le Secrétaire général de faire rapport sur la mise en œuvre de la présente décision ;',
  'Décide de rester saisi de la question.',
]
const base = decision({recitals, paragraphs})

function group(comparison: Comparison, eId: string) {
  const found =
    comparison.clauses.find((item) => item.new.includes(eId)) ??
    comparison.clauses.find((item) => item.old.includes(eId))
  if (!found) throw new Error(`no group for ${eId}`)
  return found
}

/** The first `p` of a clause, to put formatting into a test decision. */
function firstP(document: Document, eId: string): P {
  let found: P | undefined
  const clause = findByEId(document, eId)!
  const stack: Nodes[] = [clause]
  while (stack.length > 0 && !found) {
    const node = stack.pop()!
    if (node.type === 'p') found = node
    else if ('children' in node && node.children) stack.push(...([...node.children] as Nodes[]).reverse())
  }
  return found!
}

describe('renumbering cascades', () => {
  it('marks the paragraphs an insertion renumbers as one cascade caused by the insertion', () => {
    const inserted = 'Décide de tenir une réunion spéciale sur la prévention en 2018 ;'
    const changed = decision({recitals, paragraphs: [paragraphs[0]!, inserted, ...paragraphs.slice(1)]})
    const comparison = diff(base, changed)
    const insertion = group(comparison, 'para_2')
    expect(insertion.change).toBe('inserted')
    const cascade = ['para_3', 'para_4', 'para_5', 'para_6', 'para_7'].map((eId) => group(comparison, eId))
    const first = cascade[0]!
    expect(first.old).toEqual(['para_2'])
    for (const member of cascade) {
      expect(member.edit).toEqual({type: 'cascade', id: first.id, cause: insertion.id})
      expect(member.renumbered).toBe(true)
    }
    expect(group(comparison, 'para_1').edit).toBeUndefined()
    expect(comparison.stats.cascades).toBe(1)
    expect(comparison.stats.renumbered).toBe(5)
  })

  it('marks the paragraphs a deletion renumbers, and leaves a single renumbering alone', () => {
    const deleted = diff(base, decision({recitals, paragraphs: [paragraphs[0]!, ...paragraphs.slice(2)]}))
    const removed = deleted.clauses.find((item) => item.change === 'deleted')!
    const after = deleted.clauses.filter((item) => item.edit?.type === 'cascade')
    expect(after.map((item) => `${item.oldNum}→${item.newNum}`)).toEqual(['3.→2.', '4.→3.', '5.→4.', '6.→5.'])
    expect(after.every((item) => item.edit?.cause === removed.id)).toBe(true)

    const last = diff(base, decision({recitals, paragraphs: paragraphs.slice(0, 4).concat(paragraphs[5]!)}))
    expect(last.clauses.filter((item) => item.renumbered)).toHaveLength(1)
    expect(last.clauses.some((item) => item.edit)).toBe(false)
    expect(last.stats.cascades).toBe(0)
  })
})

describe('swaps', () => {
  it('marks two neighbouring paragraphs that traded places and numbers as one swap', () => {
    const swapped = [...paragraphs]
    ;[swapped[2], swapped[3]] = [paragraphs[3]!, paragraphs[2]!]
    const comparison = diff(base, decision({recitals, paragraphs: swapped}))
    const a = group(comparison, 'para_3')
    const b = group(comparison, 'para_4')
    expect(a.old).toEqual(['para_4'])
    expect(b.old).toEqual(['para_3'])
    expect(a.edit).toEqual({type: 'swap', id: a.id})
    expect(b.edit).toEqual({type: 'swap', id: a.id})
    expect(comparison.stats.swaps).toBe(1)
    expect(comparison.stats.cascades).toBe(0)
    expect(comparison.clauses.filter((item) => item.edit)).toHaveLength(2)
  })

  it('does not call a clause moved far away a swap', () => {
    const moved = [paragraphs[4]!, ...paragraphs.slice(0, 4), paragraphs[5]!]
    const comparison = diff(base, decision({recitals, paragraphs: moved}))
    expect(comparison.clauses.some((item) => item.edit?.type === 'swap')).toBe(false)
  })
})

describe('cosmetic changes', () => {
  it('marks a paragraph whose only change is an apostrophe cosmetic, and counts it apart', () => {
    const changed = [...paragraphs]
    changed[2] = paragraphs[2]!.replace('l’OSCE', "l'OSCE")
    changed[1] = paragraphs[1]!.replace('renforcer', 'intensifier')
    const comparison = diff(base, decision({recitals, paragraphs: changed}))
    expect(group(comparison, 'para_3')).toMatchObject({change: 'modified', cosmetic: true})
    expect(group(comparison, 'para_2').cosmetic).toBeUndefined()
    expect(comparison.stats).toMatchObject({modified: 2, cosmetic: 1})
    expect(comparison.stats.changesByKind).toMatchObject({typography: 1, wording: 1})
  })

  it('counts the changes ignore folds away, by kind, so that a page can say so', () => {
    const changed = [...paragraphs]
    changed[2] = paragraphs[2]!.replace('l’OSCE', "l'OSCE")
    changed[3] = paragraphs[3]!.replace('Invite', 'INVITE')
    const comparison = diff(base, decision({recitals, paragraphs: changed}), {ignore: ['typography', 'case']})
    expect(comparison.stats.modified).toBe(0)
    expect(comparison.stats.ignored).toEqual({typography: 1, case: 1})
    expect(diff(base, base).stats.ignored).toBeUndefined()
  })

  it('does not count the text of whole inserted or deleted clauses as word changes', () => {
    const changed = decision({
      recitals,
      paragraphs: [...paragraphs.slice(0, 5), 'Décide de tenir une réunion en 2018 ;', paragraphs[5]!],
    })
    const comparison = diff(base, decision({recitals, paragraphs: paragraphs.slice(1)}))
    expect(comparison.stats.deleted).toBe(1)
    expect(comparison.stats.changesByKind.wording).toBe(0)
    expect(comparison.stats.wordsDeleted).toBeGreaterThan(5)
    const inserted = diff(base, changed)
    expect(inserted.stats.inserted).toBe(1)
    expect(Object.values(inserted.stats.changesByKind).every((count) => count === 0)).toBe(true)
  })
})

describe('formatting changes', () => {
  it('reports emphasis and a link added to the same words as formatting, filterable', () => {
    const changed = decision({recitals, paragraphs})
    const p = firstP(changed, 'para_2')
    // "Demande aux États participants de renforcer la formation …": emphasise "renforcer la formation".
    const text = (p.children[0] as {value: string}).value
    const start = text.indexOf('renforcer la formation')
    const end = start + 'renforcer la formation'.length
    p.children = [
      {type: 'text', value: text.slice(0, start)},
      {type: 'i', children: [{type: 'text', value: text.slice(start, end)}]},
      {type: 'text', value: text.slice(end)},
    ]
    const q = firstP(changed, 'para_1')
    const qText = (q.children[0] as {value: string}).value
    q.children = [
      {type: 'ref', href: 'https://example.org/osce', children: [{type: 'text', value: qText.slice(0, 9)}]},
      {type: 'text', value: qText.slice(9)},
    ]
    const comparison = diff(base, changed)
    const emphasis = group(comparison, 'para_2')
    expect(emphasis.change).toBe('modified')
    expect(emphasis.cosmetic).toBe(true)
    expect(emphasis.changes.filter((change) => change.op !== 'equal')).toEqual([
      {op: 'delete', text: 'renforcer la formation', kind: 'formatting', marks: []},
      {op: 'insert', text: 'renforcer la formation', kind: 'formatting', marks: ['i']},
    ])
    const side = (op: 'insert' | 'delete') =>
      emphasis.changes
        .filter((change) => change.op !== op)
        .map((change) => change.text)
        .join('')
    expect(side('insert')).toBe(emphasis.oldText)
    expect(side('delete')).toBe(emphasis.newText)
    const link = group(comparison, 'para_1')
    expect(link.changes.find((change) => change.op === 'insert')).toMatchObject({
      text: 'Encourage',
      kind: 'formatting',
      marks: ['ref'],
    })
    expect(comparison.stats.changesByKind.formatting).toBe(2)
    expect(comparison.stats.cosmetic).toBe(2)

    const ignored = diff(base, changed, {ignore: ['formatting']})
    expect(ignored.stats.modified).toBe(0)
    expect(group(ignored, 'para_2').change).toBe('unchanged')
  })

  it('counts a changed link target as a formatting change, and the same formatting as none', () => {
    const withLink = (href: string) => {
      const document = decision({recitals, paragraphs})
      const p = firstP(document, 'para_1')
      const text = (p.children[0] as {value: string}).value
      p.children = [
        {type: 'ref', href, children: [{type: 'text', value: text.slice(0, 9)}]},
        {type: 'text', value: text.slice(9)},
      ]
      return document
    }
    expect(diff(withLink('https://a.example'), withLink('https://a.example')).stats.modified).toBe(0)
    const moved = diff(withLink('https://a.example'), withLink('https://b.example'))
    expect(moved.stats.changesByKind.formatting).toBe(1)
  })
})

describe('invisible characters', () => {
  it('counts a bidi override added to a clause as a change that is never cosmetic nor ignored', () => {
    const changed = [...paragraphs]
    changed[0] = paragraphs[0]!.replace('coopération', 'coopé\u202Eration')
    changed[1] = paragraphs[1]!.replace('frontières', 'frontières\u200B')
    const comparison = diff(base, decision({recitals, paragraphs: changed}), {
      ignore: ['typography', 'whitespace', 'punctuation', 'case', 'formatting'],
    })
    for (const eId of ['para_1', 'para_2']) {
      const found = group(comparison, eId)
      expect(found.change, eId).toBe('modified')
      expect(found.cosmetic, eId).toBeUndefined()
      expect(found.changes.find((change) => change.op === 'insert')?.kind, eId).toBe('wording')
    }
    expect(comparison.stats.changesByKind.wording).toBe(2)
  })
})

describe('ordinalOf', () => {
  it('reads plain ordinals of paragraphs and points, and nothing else', () => {
    expect(['8.', 'c)', '(iv)', '12', '(b)', 'IV.1 A) 6', '5 bis'].map(ordinalOf)).toEqual([
      8,
      3,
      4,
      12,
      2,
      undefined,
      undefined,
    ])
  })
})

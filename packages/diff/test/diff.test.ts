import {findByEId, type Nodes} from '@clausewise/model'
import {describe, expect, it} from 'vitest'
import type {Comparison} from '../src/index.js'
import {diff} from './checked.js'
import {decision} from './decision.js'

/** One line per group: change, flags, old eIds → new eIds. */
function summary(comparison: Comparison): string[] {
  return comparison.clauses.map((group) => {
    const flags = [group.moved ? ' moved' : '', group.renumbered ? ' renumbered' : ''].join('')
    return `${group.change}${flags} ${group.old.join('+') || '-'} → ${group.new.join('+') || '-'}`
  })
}

/** The non-equal runs of a group, as `-text` and `+text` with their kind. */
function edits(comparison: Comparison, eId: string): string[] {
  const group = comparison.clauses.find((item) => item.new.includes(eId) || item.old.includes(eId))
  if (!group) throw new Error(`no group for ${eId}`)
  return group.changes
    .filter((change) => change.op !== 'equal')
    .map((change) => `${change.op === 'insert' ? '+' : '-'}${change.text} (${change.kind})`)
}

const recitals = [
  'Réaffirmant que la traite des êtres humains est un crime grave et odieux,',
  'Rappelant le Plan d’action de l’OSCE de 2003 pour lutter contre la traite des êtres humains,',
  'Notant avec préoccupation la persistance de la traite des enfants à des fins d’exploitation sexuelle,',
]
const paragraphs = [
  'Encourage la coopération entre les États participants et la société civile ;',
  'Demande aux États participants de renforcer la formation des agents des frontières ;',
  'Charge les structures exécutives de l’OSCE de continuer à aider les États participants ;',
  'Invite les partenaires pour la coopération à souscrire volontairement aux engagements.',
]
const base = decision({recitals, paragraphs})

describe('diff', () => {
  it('reports a document against itself as all unchanged', () => {
    const comparison = diff(base, base)
    expect(comparison.schema).toBe('clausewise/comparison@1')
    expect(
      comparison.clauses.every((group) => group.change === 'unchanged' && !group.moved && !group.renumbered),
    ).toBe(true)
    expect(comparison.clauses).toHaveLength(1 + recitals.length + paragraphs.length)
    expect(comparison.metadata).toEqual([])
    expect(comparison.stats.unchanged).toBe(8)
  })

  it('finds a modified clause and the words changed inside it', () => {
    const changed = decision({
      recitals,
      paragraphs: [
        paragraphs[0]!,
        paragraphs[1]!.replace('renforcer', 'intensifier'),
        paragraphs[2]!,
        paragraphs[3]!,
      ],
    })
    const comparison = diff(base, changed)
    expect(summary(comparison).filter((line) => !line.startsWith('unchanged'))).toEqual([
      'modified para_2 → para_2',
    ])
    expect(edits(comparison, 'para_2')).toEqual(['-renforcer (wording)', '+intensifier (wording)'])
    expect(comparison.stats.changesByKind.wording).toBe(1)
    expect(comparison.stats.wordsInserted).toBe(1)
  })

  it('renumbers the paragraphs after an inserted one instead of rewriting them', () => {
    const inserted = 'Décide de tenir une réunion spéciale sur la prévention en 2018 ;'
    const changed = decision({recitals, paragraphs: [paragraphs[0]!, inserted, ...paragraphs.slice(1)]})
    expect(summary(diff(base, changed))).toEqual([
      'unchanged preamble__formula_1 → preamble__formula_1',
      'unchanged preamble__recitals_1__recital_1 → preamble__recitals_1__recital_1',
      'unchanged preamble__recitals_1__recital_2 → preamble__recitals_1__recital_2',
      'unchanged preamble__recitals_1__recital_3 → preamble__recitals_1__recital_3',
      'unchanged para_1 → para_1',
      'inserted - → para_2',
      'unchanged renumbered para_2 → para_3',
      'unchanged renumbered para_3 → para_4',
      'unchanged renumbered para_4 → para_5',
    ])
  })

  it('reports a deleted clause where it stood, and swapping sides turns it into an insert', () => {
    const changed = decision({recitals, paragraphs: [paragraphs[0]!, paragraphs[2]!, paragraphs[3]!]})
    const forward = summary(diff(base, changed)).slice(4)
    expect(forward).toEqual([
      'unchanged para_1 → para_1',
      'deleted para_2 → -',
      'unchanged renumbered para_3 → para_2',
      'unchanged renumbered para_4 → para_3',
    ])
    const backward = summary(diff(changed, base)).slice(4)
    expect(backward).toEqual([
      'unchanged para_1 → para_1',
      'inserted - → para_2',
      'unchanged renumbered para_2 → para_3',
      'unchanged renumbered para_3 → para_4',
    ])
  })

  it('finds a moved clause, and a clause moved and modified at once', () => {
    const moved = decision({recitals: [recitals[1]!, recitals[2]!, recitals[0]!], paragraphs})
    const comparison = diff(base, moved)
    expect(summary(comparison).slice(1, 4)).toEqual([
      'unchanged preamble__recitals_1__recital_2 → preamble__recitals_1__recital_1',
      'unchanged preamble__recitals_1__recital_3 → preamble__recitals_1__recital_2',
      'unchanged moved preamble__recitals_1__recital_1 → preamble__recitals_1__recital_3',
    ])
    expect(comparison.clauses[3]!.movedFrom).toBe('g1')
    expect(comparison.stats.moved).toBe(1)

    const movedAndEdited = decision({
      recitals,
      paragraphs: [
        paragraphs[3]!.replace('volontairement', 'pleinement'),
        paragraphs[0]!,
        paragraphs[1]!,
        paragraphs[2]!,
      ],
    })
    const edited = diff(base, movedAndEdited)
    expect(summary(edited).slice(4)).toEqual([
      'modified moved renumbered para_4 → para_1',
      'unchanged renumbered para_1 → para_2',
      'unchanged renumbered para_2 → para_3',
      'unchanged renumbered para_3 → para_4',
    ])
    expect(edits(edited, 'para_4')).toEqual(['-volontairement (wording)', '+pleinement (wording)'])
  })

  it('finds a clause split into two and two clauses merged into one', () => {
    const split = decision({
      recitals,
      paragraphs: [
        paragraphs[0]!,
        'Demande aux États participants de renforcer la formation ;',
        'Demande en outre la formation des agents des frontières ;',
        paragraphs[2]!,
        paragraphs[3]!,
      ],
    })
    const comparison = diff(base, split)
    expect(summary(comparison).slice(5, 6)).toEqual(['split para_2 → para_2+para_3'])
    const group = comparison.clauses[5]!
    expect(group.newText).toBe(
      'Demande aux États participants de renforcer la formation ;\nDemande en outre la formation des agents des frontières ;',
    )
    expect(comparison.stats.split).toBe(1)

    const merged = diff(split, base)
    expect(summary(merged).slice(5, 6)).toEqual(['merged para_2+para_3 → para_2'])
    expect(merged.stats.merged).toBe(1)
  })

  it('finds a changed footnote as a clause of its own', () => {
    const noted = (note: string) =>
      decision({recitals: [{text: recitals[0]!, note}, recitals[1]!, recitals[2]!], paragraphs})
    const comparison = diff(
      noted('Comprend une correction apportée lors de la séance tenue le 2 février 2018.'),
      noted('Comprend des corrections apportées lors de la séance tenue le 2 février 2018.'),
    )
    const changed = comparison.clauses.filter((group) => group.change !== 'unchanged')
    expect(changed.map((group) => [group.kind, group.change, group.new[0], group.depth])).toEqual([
      ['authorialNote', 'modified', 'preamble__recitals_1__recital_1__authorialNote_1', 1],
    ])
    expect(edits(comparison, 'preamble__recitals_1__recital_1__authorialNote_1')).toEqual([
      '-une correction apportée (wording)',
      '+des corrections apportées (wording)',
    ])
  })

  it('reports number, title, symbol and corrigendum changes as metadata', () => {
    const adopted = decision({recitals, paragraphs, symbol: 'MC.DEC/7/17', title: 'Renforcement des efforts'})
    const corrected = decision({
      recitals,
      paragraphs,
      symbol: 'MC.DEC/7/17/Corr.1',
      number: 'Décision nº 7/17/Corr.1',
      title: 'Renforcement accru des efforts',
      lifecycle: [
        {
          eId: 'evnt_1',
          date: '2018-02-02',
          type: 'amendment',
          refersTo: 'linguisticConformity',
          symbol: 'MC.DEC/7/17/Corr.1',
        },
      ],
    })
    const comparison = diff(adopted, corrected)
    expect(comparison.metadata.map((change) => [change.field, change.old, change.new])).toEqual([
      ['number', 'Décision nº 7/17', 'Décision nº 7/17/Corr.1'],
      ['title', 'Renforcement des efforts', 'Renforcement accru des efforts'],
      ['symbol', 'MC.DEC/7/17', 'MC.DEC/7/17/Corr.1'],
      ['lifecycle', undefined, '2018-02-02 amendment linguisticConformity MC.DEC/7/17/Corr.1'],
    ])
    expect(comparison.metadata[0]!.changes?.filter((run) => run.op !== 'equal')).toEqual([
      {op: 'delete', text: '7/17', kind: 'number'},
      {op: 'insert', text: '7/17/Corr.1', kind: 'number'},
    ])
    expect(comparison.new.symbol).toBe('MC.DEC/7/17/Corr.1')
    expect(comparison.clauses.every((group) => group.change === 'unchanged')).toBe(true)
  })

  it('says an adoption date once, in the lifecycle, and still says it when the lifecycle change is ignored', () => {
    const adoption = (date: string) => ({
      eId: 'evnt_1',
      date,
      type: 'generation' as const,
      refersTo: 'adoption',
    })
    const draft = decision({recitals, paragraphs, lifecycle: [adoption('2025-12-01')]})
    const adopted = decision({recitals, paragraphs, lifecycle: [adoption('2025-12-04')]})
    draft.meta.frbr.expressionDate = '2025-12-01'
    adopted.meta.frbr.expressionDate = '2025-12-04'
    expect(diff(draft, adopted).metadata.map((change) => change.field)).toEqual(['lifecycle'])
    // With number changes ignored, the lifecycle's change (its date, a number) folds away: the date
    // change is what tells it then.
    expect(diff(draft, adopted, {ignore: ['number']}).metadata.map((change) => change.field)).toEqual([
      'date',
    ])
  })

  it('pairs a clause found away from its place only when it is clearly the same clause (≥ 0.75)', () => {
    // Two clauses of one common pattern, about 0.6 alike: in place, one reworded clause; far apart, a
    // deletion here and an insertion there, never one "moved" rewording.
    const agenda = (question: string) =>
      `Décide d’inscrire à l’ordre du jour provisoire de sa prochaine session la question intitulée « ${question} ».`
    const oldAgenda = agenda('Sécurité maritime et portuaire des États riverains')
    const newAgenda = agenda('Lutte contre la corruption dans les marchés publics')
    const older = decision({recitals, paragraphs: [...paragraphs, oldAgenda]})
    const similarity = (comparison: Comparison) =>
      comparison.clauses.find((group) => group.old.includes('para_5') && group.new.length > 0)?.similarity

    const inPlace = diff(older, decision({recitals, paragraphs: [...paragraphs, newAgenda]}))
    expect(summary(inPlace).slice(-1)).toEqual(['modified para_5 → para_5'])
    expect(similarity(inPlace)).toBeGreaterThanOrEqual(0.5)
    expect(similarity(inPlace)).toBeLessThan(0.75)

    const farAway = diff(older, decision({recitals, paragraphs: [newAgenda, ...paragraphs]}))
    expect(summary(farAway).filter((line) => !line.startsWith('unchanged'))).toEqual([
      'inserted - → para_1',
      'deleted para_5 → -',
    ])

    const sameClauseMoved = agenda('Sécurité maritime et fluviale des États riverains')
    const moved = diff(older, decision({recitals, paragraphs: [sameClauseMoved, ...paragraphs]}))
    expect(summary(moved).filter((line) => !line.startsWith('unchanged'))).toEqual([
      'modified moved renumbered para_5 → para_1',
    ])
    expect(similarity(moved)).toBeGreaterThanOrEqual(0.75)
  })

  it('combines kinds of change in one comparison; of two swapped clauses the reworded one moved', () => {
    const changed = decision({
      recitals: [recitals[0]!, recitals[2]!.replace('persistance', 'montée'), recitals[1]!],
      paragraphs: [
        paragraphs[0]!,
        'Prie le Secrétaire général de faire rapport sur la mise en œuvre de la présente décision ;',
        paragraphs[2]!,
        paragraphs[3]!,
      ],
    })
    expect(summary(diff(base, changed))).toEqual([
      'unchanged preamble__formula_1 → preamble__formula_1',
      'unchanged preamble__recitals_1__recital_1 → preamble__recitals_1__recital_1',
      'modified moved preamble__recitals_1__recital_3 → preamble__recitals_1__recital_2',
      'unchanged preamble__recitals_1__recital_2 → preamble__recitals_1__recital_3',
      'unchanged para_1 → para_1',
      'deleted para_2 → -',
      'inserted - → para_2',
      'unchanged para_3 → para_3',
      'unchanged para_4 → para_4',
    ])
  })

  it('pairs points inside a renumbered paragraph and reports a changed point', () => {
    const withPoints = (second: string) =>
      decision({
        recitals,
        paragraphs: [
          paragraphs[0]!,
          {
            text: 'Demande aux États participants de prendre des mesures telles que :',
            points: ['l’adoption de mesures administratives ;', second],
          },
        ],
      })
    const comparison = diff(
      withPoints('un moyen d’échanger des informations par-delà les frontières.'),
      withPoints('un moyen d’échanger et/ou de recevoir des informations par-delà les frontières.'),
    )
    expect(summary(comparison).slice(5)).toEqual([
      'unchanged para_2 → para_2',
      'unchanged para_2__list_1__point_a → para_2__list_1__point_a',
      'modified para_2__list_1__point_b → para_2__list_1__point_b',
    ])
    expect(edits(comparison, 'para_2__list_1__point_b')).toEqual(['+et/ou de recevoir  (wording)'])
  })
})

describe('alignment chains', () => {
  it('keeps the heaviest in-order chain', async () => {
    const {heaviestIncreasingSubsequence, longestIncreasingSubsequence} = await import('../src/align/lis.js')
    expect(longestIncreasingSubsequence([3, 0, 1, 4, 2])).toEqual([1, 2, 4])
    expect(heaviestIncreasingSubsequence([0, 3, 1], [1, 1, 1.1])).toEqual([0, 2])
    expect(heaviestIncreasingSubsequence([0, 3, 1], [1, 1.1, 1])).toEqual([0, 1])
    expect(heaviestIncreasingSubsequence([], [])).toEqual([])
  })
})

describe('diff: edits marked in the text', () => {
  /** The decision with paragraph 2's text `Demande un délai de <del>old</del><ins>new</ins> jours ;`. */
  const marked = (old: string, replacement: string) => {
    const document = decision({recitals, paragraphs})
    const p = findByEId(document, 'para_2')!
    const content =
      'children' in p ? (p.children as Nodes[]).find((child) => child.type === 'content') : undefined
    const first = content && 'children' in content ? (content.children[0] as Nodes) : undefined
    if (first?.type !== 'p') throw new Error('no p')
    first.children = [
      {type: 'text', value: 'Demande un délai de '},
      {type: 'del', children: [{type: 'text', value: old}]},
      {type: 'ins', children: [{type: 'text', value: replacement}]},
      {type: 'text', value: ' jours ;'},
    ]
    return document
  }

  it('reads the two sides of an edit as words of their own', () => {
    const comparison = diff(marked('sessanta', 'trenta'), marked('trenta', 'quarantacinque'))
    const changed = edits(comparison, 'para_2')
    expect(changed.join(' ')).not.toContain('sessantatrenta')
    expect(changed.join(' ')).toContain('sessanta')
    expect(changed.join(' ')).toContain('quarantacinque')
  })
})

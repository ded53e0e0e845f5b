import {describe, expect, it} from 'vitest'
import type {Comparison} from '../src/index.js'
import {diff} from './checked.js'
import {decision} from './decision.js'

const paired = (comparison: Comparison) =>
  comparison.clauses
    .filter((group) => group.old.length > 0 && group.new.length > 0 && group.kind !== 'formula')
    .map((group) => `${group.old.join('+')} → ${group.new.join('+')} ${group.similarity.toFixed(2)}`)

const plan = 'Plan d’action de l’OSCE pour lutter contre la traite des êtres humains'

// Two different decisions (6/17 and 7/17): `documents` mode.
const oldRecitals = [
  `Rappelant le ${plan}, qui souligne l’importance de mesures de prévention globales, notamment pour s’attaquer à la demande qui favorise toutes les formes d’exploitation, et réaffirmant nos engagements,`,
  'Réaffirmant que la traite des êtres humains est un crime grave qui porte atteinte à la dignité humaine, y compris des enfants,',
]
const old = decision({
  work: '6/17',
  recitals: oldRecitals,
  paragraphs: [
    'Décide de tenir une conférence annuelle ;',
    'Charge le Secrétaire général de présenter un rapport ;',
  ],
})
const nextRecitals = [
  'Constatant avec inquiétude que la traite des êtres humains touche de plus en plus les enfants dans toutes les régions,',
  `Rappelant que, dans le ${plan}, il est demandé aux États participants d’assurer la formation des juges, des procureurs et des agents des services des frontières à l’utilisation de l’Internet et des technologies numériques,`,
]
const next = decision({
  work: '7/17',
  recitals: nextRecitals,
  paragraphs: ['Encourage les partenaires à coopérer ;', 'Invite la société civile à participer ;'],
})

describe('documents mode: the named-reference rule', () => {
  it('pairs two recitals citing the same named instrument (Plan d’action de l’OSCE) below the plain threshold', () => {
    expect(paired(diff(old, next))).toEqual([
      'preamble__recitals_1__recital_1 → preamble__recitals_1__recital_2 0.49',
    ])
    // The rule, and only the rule, makes that pair: off (`referenceThreshold` above 1) or with a floor
    // above the pair's similarity, nothing pairs.
    expect(paired(diff(old, next, {referenceThreshold: 2}))).toEqual([])
    expect(paired(diff(old, next, {referenceThreshold: 0.5}))).toEqual([])
  })

  it('does not pair two recitals that share only genre words (traite des êtres humains)', () => {
    // Alike enough for the named-reference rule's floor (0.35), but no name in common.
    const loose = paired(diff(old, next, {threshold: 0.35, rareWords: 0, referenceThreshold: 2}))
    expect(loose).toContain('preamble__recitals_1__recital_2 → preamble__recitals_1__recital_1 0.37')
    const comparison = diff(old, next)
    const genre = comparison.clauses.find((group) => group.old.includes('preamble__recitals_1__recital_2'))!
    expect(genre.change).toBe('deleted')
  })

  it('does not pair operative paragraphs that only cite the same instrument as their authority', () => {
    const cite = (text: string) => `${text}, conformément au ${plan} ;`
    const oldParagraphs = decision({
      work: '6/17',
      paragraphs: [
        cite(
          'De déterminer, développer et partager les meilleures pratiques en matière de partenariats nationaux et mondiaux fructueux entre les secteurs public et privé, en vue de promouvoir la responsabilité sociale des entreprises et la transparence des chaînes d’approvisionnement',
        ),
        'De tenir une conférence annuelle ;',
      ],
    })
    const newParagraphs = decision({
      work: '7/17',
      paragraphs: [
        cite(
          'Encourage les États participants à sensibiliser davantage le public aux vulnérabilités des enfants dans les flux migratoires et à renforcer les capacités des premiers intervenants',
        ),
        'Invite la société civile à participer ;',
      ],
    })
    const loose = paired(diff(oldParagraphs, newParagraphs, {threshold: 0.35, rareWords: 0}))
    // Alike enough for the floor, and both cite the Plan, but they ask different things.
    expect(loose).toEqual(['para_1 → para_1 0.49'])
    expect(paired(diff(oldParagraphs, newParagraphs))).toEqual([])
  })

  it('does not count a name cited in more than max(3, 10 %) of the clauses compared', () => {
    // Each decision also cites the Plan in a paragraph: four clauses of eight cite it.
    const withParagraph = (work: string, recitals: string[], paragraph: string, cites: boolean) =>
      decision({
        work,
        recitals,
        paragraphs: [cites ? `${paragraph}, conformément au ${plan} ;` : `${paragraph} ;`],
      })
    const pairs = (cites: boolean) =>
      paired(
        diff(
          withParagraph('6/17', oldRecitals, 'Décide de tenir une conférence annuelle', cites),
          withParagraph('7/17', nextRecitals, 'Invite la société civile à participer', cites),
        ),
      )
    expect(pairs(false)).toEqual(['preamble__recitals_1__recital_1 → preamble__recitals_1__recital_2 0.49'])
    expect(pairs(true)).toEqual([])
  })
})

import {describe, expect, it} from 'vitest'
import {compare} from '../src/index.js'
import {decision} from './decision.js'

const recitals = [
  'Réaffirmant que la traite des êtres humains est un crime grave et odieux,',
  'Rappelant le Plan d’action de l’OSCE de 2003 pour lutter contre la traite des êtres humains,',
]

describe('compare', () => {
  it('groups corresponding clauses, says which documents reword or lack them, and keeps reading order', () => {
    const first = decision({
      recitals,
      paragraphs: ['Encourage la coopération entre les États participants ;'],
    })
    const second = decision({
      recitals: [
        recitals[0]!,
        'Rappelant le Plan d’action de l’OSCE de 2003 pour combattre la traite des êtres humains,',
      ],
      paragraphs: [
        'Charge le Secrétaire général de faire rapport ;',
        'Encourage la coopération entre les États participants ;',
      ],
    })
    const third = decision({
      recitals: [recitals[0]!],
      paragraphs: ['Charge le Secrétaire général de faire rapport ;'],
    })
    const multi = compare([first, second, third], {labels: ['a', 'b', 'c']})
    expect(multi.schema).toBe('clausewise/multi-comparison@1')
    expect(multi.documents.map((identity) => identity.label)).toEqual(['a', 'b', 'c'])
    expect(
      multi.groups.map((group) => [
        group.kind,
        group.members.map((member) => `${member.document}:${member.eId}:${member.relation}`).join(' '),
        group.missing.join(),
      ]),
    ).toEqual([
      [
        'formula',
        '0:preamble__formula_1:reference 1:preamble__formula_1:same 2:preamble__formula_1:same',
        '',
      ],
      [
        'recital',
        '0:preamble__recitals_1__recital_1:reference 1:preamble__recitals_1__recital_1:same 2:preamble__recitals_1__recital_1:same',
        '',
      ],
      [
        'recital',
        '0:preamble__recitals_1__recital_2:reference 1:preamble__recitals_1__recital_2:reworded',
        '2',
      ],
      ['paragraph', '1:para_1:reference 2:para_1:same', '0'],
      ['paragraph', '0:para_1:reference 1:para_2:same', '2'],
    ])
    expect(multi.stats).toEqual({documents: 3, groups: 5, shared: 2, unique: 0})
    const reworded = multi.groups[2]!.members[1]!
    expect(reworded.similarity).toBeGreaterThan(0.5)
    expect(reworded.similarity).toBeLessThan(1)
  })

  it('handles no documents and one document', () => {
    expect(compare([]).groups).toEqual([])
    const one = compare([decision({recitals})])
    expect(one.stats).toEqual({documents: 1, groups: 3, shared: 3, unique: 3})
  })
})

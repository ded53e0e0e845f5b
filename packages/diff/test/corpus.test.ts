import {readFileSync} from 'node:fs'
import {assignEIds, type Document, type Nodes, removePositions} from '@clausewise/model'
import {fromText} from '@clausewise/text'
import {describe, expect, it} from 'vitest'
import {flatten} from '../src/flatten.js'
import {type Comparison, compare} from '../src/index.js'
import {diff} from './checked.js'

const corpus = new URL('../../../../shared/corpus/osce/', import.meta.url)
const read = (name: string): Document => fromText(readFileSync(new URL(name, corpus), 'utf8')).document
const dec617 = read('mc-dec-6-17.fr.txt')
const dec717 = read('mc-dec-7-17.fr.txt')

const paired = (comparison: Comparison) =>
  comparison.clauses
    .filter((group) => group.old.length > 0 && group.new.length > 0)
    .map((group) => `${group.old.join('+')} → ${group.new.join('+')}`)

/** A copy of 7/17 with its operative paragraphs edited by `edit`, renumbered, eIds assigned again. */
function edited(edit: (paragraphs: Nodes[]) => void): Document {
  const copy = removePositions(dec717)
  const mainBody = copy.children.find((child) => child.type === 'mainBody')!
  edit(mainBody.children as Nodes[])
  let number = 0
  for (const child of mainBody.children) {
    if (child.type !== 'paragraph') continue
    number++
    const num = child.children.find((grandchild) => grandchild.type === 'num')
    if (num && num.type === 'num') num.value = `${number}.`
  }
  return assignEIds(copy)
}

function setText(node: Nodes, value: string): void {
  if (node.type === 'text') node.value = value
  else if ('children' in node) {
    const [first, ...rest] = node.children as Nodes[]
    if (first) setText(first, value)
    for (const other of rest) if (other.type === 'text') other.value = ''
  }
}

function contentOf(paragraph: Nodes): Nodes {
  if (paragraph.type !== 'paragraph') throw new Error('not a paragraph')
  return paragraph.children.find((child) => child.type === 'content' || child.type === 'intro')!
}

describe('diff on the corpus', () => {
  it('pairs only the clauses of 6/17 and 7/17 that share substance', () => {
    const comparison = diff(dec617, dec717)
    // Plain rule (similarity ≥ 0.5 and ≥ 3 shared rare words): the first six. Named-reference rule
    // (recitals, ≥ 0.35, a shared name found in few clauses): the recitals recalling the OSCE Action
    // Plan (`plan action osce`), 0.45.
    // The statements' author lines (`Faite par la délégation de la Fédération de Russie :`) are text
    // outside every clause, compared as blocks of their own: the same line in both.
    const plain = [
      'preface__authorialNote_1 → preface__authorialNote_1',
      'preamble__formula_1 → preamble__formula_1',
      'preamble__recitals_1__recital_5 → preamble__recitals_1__recital_2',
      'para_7 → para_2',
      'para_15 → para_12',
      'att_1__preface__p_1 → att_1__preface__p_1',
      'att_1__para_8 → att_1__para_4',
    ]
    expect(paired(comparison)).toEqual([
      ...plain.slice(0, 3),
      'preamble__recitals_1__recital_4 → preamble__recitals_1__recital_12',
      ...plain.slice(3),
    ])
    expect(paired(diff(dec617, dec717, {referenceThreshold: 2}))).toEqual(plain)
    const recalled = comparison.clauses.find((group) =>
      group.old.includes('preamble__recitals_1__recital_4'),
    )!
    expect(recalled.oldText).toMatch(/^Rappelant le Plan d’action de l’OSCE de 2003/)
    expect(recalled.newText).toMatch(/^Rappelant que, dans l’Additif de 2013 au Plan d’action de l’OSCE/)
    expect(recalled.similarity).toBeCloseTo(0.454, 3)
    // Recital 8 also recalls the Addendum, a little less alike (0.449): one-to-one, it stays inserted.
    const other = comparison.clauses.find((group) => group.new.includes('preamble__recitals_1__recital_8'))!
    expect(other.newText).toMatch(/^Rappelant que, dans l’Additif de 2013/)
    expect(other.change).toBe('inserted')
    // Operative paragraphs that cite the Addendum as their authority (6/17 ¶ 9 best practices, ¶ 16
    // procurement; 7/17 ¶ 11 children in migration flows, 0.41) ask different things: not paired.
    for (const eId of ['para_9', 'para_16']) {
      expect(comparison.clauses.find((group) => group.old.includes(eId))!.change).toBe('deleted')
    }
    expect(comparison.clauses.find((group) => group.new.includes('para_11'))!.change).toBe('inserted')
  })

  it('needs shared rare words, not only common ones, to pair clauses of different decisions', () => {
    const loose = paired(diff(dec617, dec717, {rareWords: 0}))
    expect(loose).toContain('preamble__recitals_1__recital_2 → preamble__recitals_1__recital_3')
    expect(paired(diff(dec617, dec717))).not.toContain(
      'preamble__recitals_1__recital_2 → preamble__recitals_1__recital_3',
    )
  })

  it('finds a reworded paragraph and renumbers the rest after an inserted one', () => {
    const changed = edited((paragraphs) => {
      setText(
        contentOf(paragraphs[2]!),
        'Demande aux États participants de l’OSCE qui ne l’ont pas encore fait d’adopter des mesures juridiques ;',
      )
      paragraphs.splice(5, 0, {
        type: 'paragraph',
        eId: '',
        children: [
          {type: 'num', value: '6.'},
          {
            type: 'content',
            children: [
              {
                type: 'p',
                children: [
                  {type: 'text', value: 'Décide de tenir une conférence sur la prévention en 2019 ;'},
                ],
              },
            ],
          },
        ],
      })
    })
    const comparison = diff(dec717, changed)
    const changes = comparison.clauses.filter((group) => group.change !== 'unchanged' || group.moved)
    expect(
      changes.map((group) => `${group.change} ${group.old.join('+') || '-'} → ${group.new.join('+') || '-'}`),
    ).toEqual(['modified para_3 → para_3', 'inserted - → para_6'])
    const renumbered = comparison.clauses.filter((group) => group.renumbered && group.kind === 'paragraph')
    expect(renumbered.map((group) => `${group.oldNum}→${group.newNum}`)).toEqual(
      Array.from({length: 8}, (_, index) => `${index + 6}.→${index + 7}.`),
    )
  })

  it('finds a deleted, a moved, a split and a merged paragraph', () => {
    const changed = edited((paragraphs) => {
      // Merge 9 into 8, split 4 at its first comma, delete 6, move 13 before 11.
      const eight = contentOf(paragraphs[7]!)
      const nine = contentOf(paragraphs[8]!)
      if ('children' in eight && 'children' in nine)
        (eight.children as Nodes[]).push(...(nine.children as Nodes[]))
      paragraphs.splice(8, 1)
      const four = removePositions(paragraphs[3]!)
      const text = JSON.stringify(four)
      const first = JSON.parse(text) as Nodes
      setText(
        contentOf(first),
        'Demande aux États participants de l’OSCE de prévenir toutes les formes de traite des enfants et d’exploitation sexuelle des enfants, y compris dans les destinations touristiques, par l’éducation et la sensibilisation,',
      )
      const second = JSON.parse(text) as Nodes
      setText(
        contentOf(second),
        'et de coopérer avec le secteur privé et la société civile pour sensibiliser davantage l’industrie touristique, ainsi que les voyageurs d’affaires et les touristes, afin d’aider à éliminer la demande qui alimente la traite des enfants et leur exploitation sexuelle ;',
      )
      paragraphs.splice(3, 1, first, second)
      paragraphs.splice(6, 1)
      const [thirteen] = paragraphs.splice(paragraphs.length - 1, 1)
      paragraphs.splice(paragraphs.length - 2, 0, thirteen!)
    })
    const comparison = diff(dec717, changed)
    const changes = comparison.clauses.filter((group) => group.change !== 'unchanged' || group.moved)
    expect(
      changes.map(
        (group) =>
          `${group.change}${group.moved ? ' moved' : ''} ${group.old.join('+') || '-'} → ${group.new.join('+') || '-'}`,
      ),
    ).toEqual([
      'split para_4 → para_4+para_5',
      'deleted para_6 → -',
      'merged para_8+para_9 → para_8',
      'unchanged moved para_13 → para_10',
    ])
  })
})

describe('compare on the corpus', () => {
  it('groups the clauses 6/17 and 7/17 share and says which one lacks the rest', () => {
    const multi = compare([dec617, dec717, dec717])
    const shared = multi.groups.filter((group) => group.missing.length === 0)
    expect(shared.map((group) => group.members.map((member) => member.eId).join(' | '))).toEqual([
      'preface__authorialNote_1 | preface__authorialNote_1 | preface__authorialNote_1',
      'preamble__formula_1 | preamble__formula_1 | preamble__formula_1',
      // In the newest document's order (7/17's recital 2 before its recital 12), issue 13.
      'preamble__recitals_1__recital_5 | preamble__recitals_1__recital_2 | preamble__recitals_1__recital_2',
      'preamble__recitals_1__recital_4 | preamble__recitals_1__recital_12 | preamble__recitals_1__recital_12',
      'para_7 | para_2 | para_2',
      'para_15 | para_12 | para_12',
      'att_1__preface__p_1 | att_1__preface__p_1 | att_1__preface__p_1',
      'att_1__para_8 | att_1__para_4 | att_1__para_4',
    ])
    const onlyIn717 = multi.groups.filter((group) => group.missing.length === 1 && group.missing[0] === 0)
    expect(
      onlyIn717.every((group) => group.members.map((member) => member.relation).join() === 'reference,same'),
    ).toBe(true)
    expect(multi.stats.documents).toBe(3)
    expect(multi.stats.shared).toBe(8)
    expect(multi.stats.groups).toBe(multi.groups.length)
  })

  it('orders the groups as the newest document reads, lacking clauses beside their neighbours', () => {
    const multi = compare([dec617, dec717])
    const newest = multi.groups.flatMap((group) =>
      group.members.filter((member) => member.document === 1).map((member) => member.eId),
    )
    const order = flatten(dec717).map((item) => item.eId)
    expect(newest).toEqual(order.filter((eId) => newest.includes(eId)))
    // A clause only 6/17 has stays right after a group it followed in 6/17 (its title page's meeting
    // lines, which 7/17 lacks, open the list: nothing precedes them).
    const only617 = multi.groups.findIndex(
      (group) => group.missing.includes(1) && group.section !== 'preface',
    )
    expect(only617).toBeGreaterThan(0)
  })
})

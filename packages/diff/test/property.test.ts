import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {diff} from './checked.js'
import {decision} from './decision.js'

const pool = Array.from({length: 300}, (_, index) => `mot${index.toString(36)}`)

/** A clause of distinct random words, so that unrelated clauses share little. */
const sentence = fc
  .uniqueArray(fc.constantFrom(...pool), {minLength: 10, maxLength: 18})
  .map((words) => `${words.join(' ')} ;`)

type Edit =
  | {type: 'reword'; target: number; word: number}
  | {type: 'insert'; at: number; text: string}
  | {type: 'delete'; target: number}
  | {type: 'move'; target: number; to: number}

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({type: fc.constant('reword' as const), target: fc.nat(), word: fc.nat()}),
  fc.record({
    type: fc.constant('insert' as const),
    at: fc.nat(),
    text: sentence.map((text) => `neuf ${text.replaceAll('mot', 'nouv')}`),
  }),
  fc.record({type: fc.constant('delete' as const), target: fc.nat()}),
  fc.record({type: fc.constant('move' as const), target: fc.nat(), to: fc.nat()}),
)

interface Entry {
  origin: number | undefined
  text: string
}

describe('diff on random edit scripts', () => {
  it('reports every edited clause and no untouched clause as changed', () => {
    fc.assert(
      fc.property(
        fc.array(sentence, {minLength: 3, maxLength: 12}),
        fc.array(edit, {maxLength: 5}),
        (texts, script) => {
          let entries: Entry[] = texts.map((text, origin) => ({origin, text: `${text} c${origin}`}))
          const reworded = new Set<number>()
          const deleted = new Set<number>()
          let moves = 0
          let fresh = 0
          for (const step of script) {
            if (entries.length === 0) break
            if (step.type === 'reword') {
              const entry = entries[step.target % entries.length]!
              const words = entry.text.split(' ')
              const position = step.word % (words.length - 1)
              words[position] = `remplacé${fresh++}`
              entry.text = words.join(' ')
              if (entry.origin !== undefined) reworded.add(entry.origin)
            } else if (step.type === 'insert') {
              entries.splice(step.at % (entries.length + 1), 0, {
                origin: undefined,
                text: `${step.text} ${fresh++}`,
              })
            } else if (step.type === 'delete') {
              const [removed] = entries.splice(step.target % entries.length, 1)
              if (removed?.origin !== undefined) deleted.add(removed.origin)
            } else {
              const [moved] = entries.splice(step.target % entries.length, 1)
              entries.splice(step.to % (entries.length + 1), 0, moved!)
              moves++
            }
          }
          entries = entries.filter((entry) => entry.text !== '')
          const before = decision({paragraphs: texts.map((text, origin) => `${text} c${origin}`)})
          const after = decision({paragraphs: entries.map((entry) => entry.text)})
          const comparison = diff(before, after)
          const paragraphs = comparison.clauses.filter((group) => group.kind === 'paragraph')
          for (let origin = 0; origin < texts.length; origin++) {
            const group = paragraphs.find((item) => item.old.includes(`para_${origin + 1}`))!
            const expected = deleted.has(origin) ? 'deleted' : reworded.has(origin) ? 'modified' : 'unchanged'
            expect(group.change, `para_${origin + 1}`).toBe(expected)
          }
          const insertedCount = entries.filter((entry) => entry.origin === undefined).length
          expect(paragraphs.filter((group) => group.change === 'inserted')).toHaveLength(insertedCount)
          expect(paragraphs.filter((group) => group.moved).length).toBeLessThanOrEqual(moves)
          for (const group of paragraphs) {
            const joinedOld = group.changes
              .filter((change) => change.op !== 'insert')
              .map((change) => change.text)
              .join('')
            const joinedNew = group.changes
              .filter((change) => change.op !== 'delete')
              .map((change) => change.text)
              .join('')
            expect(joinedOld).toBe(group.oldText)
            expect(joinedNew).toBe(group.newText)
          }
        },
      ),
      {numRuns: 300},
    )
  })

  it('swaps inserts and deletes when old and new are swapped', () => {
    fc.assert(
      fc.property(
        fc.array(sentence, {minLength: 2, maxLength: 8}),
        fc.array(edit, {maxLength: 4}),
        (texts, script) => {
          const edited = [...texts]
          for (const step of script) {
            if (step.type === 'insert') edited.splice(step.at % (edited.length + 1), 0, step.text)
            if (step.type === 'delete' && edited.length > 1) edited.splice(step.target % edited.length, 1)
          }
          const a = decision({paragraphs: texts})
          const b = decision({paragraphs: edited})
          const forward = diff(a, b).stats
          const backward = diff(b, a).stats
          expect(backward.inserted).toBe(forward.deleted)
          expect(backward.deleted).toBe(forward.inserted)
          expect(backward.unchanged + backward.modified).toBe(forward.unchanged + forward.modified)
        },
      ),
      {numRuns: 200},
    )
  })
})

describe('diff on generated documents', () => {
  const clause = fc.record({
    text: fc.oneof(sentence, fc.constantFrom('', 'Demande aux États participants :', 'mot1 ;')),
    note: fc.option(sentence, {nil: undefined}),
    points: fc.option(fc.array(sentence, {maxLength: 3}), {nil: undefined}),
  })
  const spec = (value: {text: string; note: string | undefined; points: string[] | undefined}) => {
    const result: {text: string; note?: string; points?: string[]} = {text: value.text}
    if (value.note !== undefined) result.note = value.note
    if (value.points !== undefined) result.points = value.points
    return result
  }

  it('reports any document against itself as all unchanged, and the comparison is plain JSON', () => {
    fc.assert(
      fc.property(
        fc.array(clause, {maxLength: 6}),
        fc.array(clause, {maxLength: 8}),
        (recitals, paragraphs) => {
          const document = decision({recitals: recitals.map(spec), paragraphs: paragraphs.map(spec)})
          const comparison = diff(document, document)
          expect(comparison.clauses.filter((group) => group.change !== 'unchanged' || group.moved)).toEqual(
            [],
          )
          expect(comparison.metadata).toEqual([])
          expect(JSON.parse(JSON.stringify(comparison))).toEqual(comparison)
        },
      ),
      {numRuns: 200},
    )
  })
})

import {readdirSync, readFileSync} from 'node:fs'
import {fromAkn} from '@clausewise/akn'
import {diff} from '@clausewise/diff'
import {
  type Comparison,
  comparisonUnits,
  type Document,
  type Nodes,
  type OpaqueElement,
  plainText,
} from '@clausewise/model'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'

const corpus = new URL('../../shared/corpus/akn/', import.meta.url)
const files = readdirSync(corpus).filter((name) => name.endsWith('.xml'))

/** Every place a word stands: text nodes anywhere (headings, notes, tables, components, titles), kept content. */
type Slot = {get: () => string; set: (value: string) => void}

function slotsOf(document: Document): Slot[] {
  const slots: Slot[] = []
  const opaque = (element: OpaqueElement): void => {
    element.children.forEach((child, index) => {
      if (typeof child === 'string') {
        if (/\p{L}{2}/u.test(child)) {
          slots.push({
            get: () => element.children[index] as string,
            set: (value) => (element.children[index] = value),
          })
        }
      } else opaque(child)
    })
  }
  const stack: Nodes[] = [document]
  const notes = document.meta.notes.flatMap((note) => note.children)
  stack.push(...(notes as Nodes[]))
  while (stack.length > 0) {
    const node = stack.pop()!
    if (node.type === 'text') {
      if (/\p{L}{2}/u.test(node.value))
        slots.push({get: () => node.value, set: (value) => (node.value = value)})
      continue
    }
    if (node.type === 'opaque') opaque(node.xml)
    if ('children' in node && node.children) stack.push(...(node.children as Nodes[]))
  }
  return slots
}

/** Replace one word of a slot by `marker`; the word is picked by `pick` (0–1). */
function edit(slot: Slot, marker: string, pick: number): boolean {
  const value = slot.get()
  const words = [...value.matchAll(/\p{L}[\p{L}\p{N}’'-]*/gu)]
  if (words.length === 0) return false
  const word = words[Math.floor(pick * words.length)]!
  slot.set(value.slice(0, word.index) + marker + value.slice(word.index + word[0].length))
  return true
}

/** Where a comparison reports a marker: in an inserted run, a new number, or a metadata change. */
function reported(comparison: Comparison, marker: string): boolean {
  return (
    comparison.clauses.some(
      (group) =>
        group.newNum?.includes(marker) ||
        group.changes.some((change) => change.op === 'insert' && change.text.includes(marker)),
    ) || comparison.metadata.some((change) => change.new?.includes(marker))
  )
}

/** A document's text as its comparison units hold it, in order. */
const unitText = (document: Document): string =>
  comparisonUnits(document)
    .map((unit) => unit.text)
    .join('\n')

/** The text rebuilt from a comparison: each group's text, in the order of one side's clauses. */
function rebuilt(comparison: Comparison, side: 'old' | 'new'): string {
  const index = side === 'old' ? 'oldIndex' : 'newIndex'
  return comparison.clauses
    .filter((group) => group[index] !== undefined)
    .sort((a, b) => a[index]! - b[index]!)
    .map((group) => (side === 'old' ? group.oldText : group.newText))
    .join('\n')
}

const words = (text: string): string[] => text.split(/\s+/).filter(Boolean).sort()

describe('diff on the AKN corpus (property)', () => {
  // Edits per file: every diff of a file carries several edits, so that the whole corpus gets well over
  // 1,000 in a run while the largest files are diffed only twice.
  const budget = (name: string): {runs: number; edits: number} =>
    readFileSync(new URL(name, corpus)).length > 200_000 ? {runs: 2, edits: 40} : {runs: 8, edits: 12}
  let total = 0

  for (const name of files) {
    it(`${name}: every word edit anywhere is reported, and the texts rebuild`, () => {
      const original = fromAkn(readFileSync(new URL(name, corpus), 'utf8')).document
      // Every word of the document is in a unit, but the number and title, compared as metadata.
      const units = comparisonUnits(original)
      const nodes = new Set(units.map((unit) => unit.node))
      const titles: string[] = []
      const preface = original.children.find((part) => part.type === 'preface')
      const stack: Nodes[] = preface ? [preface] : []
      while (stack.length > 0) {
        const node = stack.pop()!
        if (nodes.has(node)) continue
        if (node.type === 'p') titles.push(plainText(node))
        else if ('children' in node && node.children) stack.push(...(node.children as Nodes[]))
      }
      // A note's marker is an attribute, not text.
      const covered = [
        ...units.flatMap((unit) => [unit.text, unit.kind === 'authorialNote' ? '' : (unit.num ?? '')]),
        ...titles,
      ]
      const all = [
        plainText(original, {notes: true}),
        ...original.meta.notes.flatMap((note) => note.children.map((block) => plainText(block))),
      ]
      expect(words(covered.join(' '))).toEqual(words(all.join(' ')))

      const {runs, edits} = budget(name)
      fc.assert(
        fc.property(
          fc.array(fc.tuple(fc.nat(), fc.double({min: 0, max: 0.999, noNaN: true})), {
            minLength: edits,
            maxLength: edits,
          }),
          (picks) => {
            const edited = structuredClone(original)
            const slots = slotsOf(edited)
            const markers: string[] = []
            const used = new Set<number>()
            for (const [at, pick] of picks) {
              const index = at % slots.length
              if (used.has(index)) continue
              used.add(index)
              const marker = `zq${markers.length}x${at % 997}`
              if (edit(slots[index]!, marker, pick)) markers.push(marker)
            }
            const comparison = diff(original, edited)
            const missed = markers.filter((marker) => !reported(comparison, marker))
            expect(missed).toEqual([])
            expect(rebuilt(comparison, 'old')).toBe(unitText(original))
            expect(rebuilt(comparison, 'new')).toBe(unitText(edited))
            total += markers.length
          },
        ),
        {numRuns: runs, seed: 20260101 + name.length},
      )
    })
  }

  it('made at least 1,000 edits', () => {
    expect(total).toBeGreaterThanOrEqual(1000)
  })
})

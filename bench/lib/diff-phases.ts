// The steps of `diff` timed one by one (CPU of this process), from the differ's own source: the same
// functions `diff` composes. Bundled by the bench (`tsup`) into its temporary folder.
import type {Document} from '@clausewise/model'
import {alignClauses} from '../../packages/diff/src/align/align.js'
import {flatten} from '../../packages/diff/src/flatten.js'
import {buildGroups} from '../../packages/diff/src/groups.js'
import {sameWork} from '../../packages/diff/src/identity.js'
import {Interner} from '../../packages/diff/src/interner.js'
import {sideOf, strategyOf} from '../../packages/diff/src/pairing.js'
import {Vocabulary} from '../../packages/diff/src/vocabulary.js'

const cpu = (): number => {
  const used = process.cpuUsage()
  return (used.user + used.system) / 1000
}

/** CPU milliseconds of each step of `diff(oldDocument, newDocument)`: clauses, alignment, word diffs. */
export function diffPhases(oldDocument: Document, newDocument: Document): Record<string, number> {
  let last = cpu()
  const phases: Record<string, number> = {}
  const mark = (name: string): void => {
    const now = cpu()
    phases[name] = now - last
    last = now
  }
  // One lookup of normalised texts for both documents, as `diff` shares it.
  const normalized = new Map<string, string>()
  const oldItems = flatten(oldDocument, normalized)
  const newItems = flatten(newDocument, normalized)
  mark('clauses')
  const vocabulary = new Vocabulary()
  const oldSide = sideOf(oldItems, vocabulary)
  const newSide = sideOf(newItems, vocabulary)
  const documents = !sameWork(oldDocument, newDocument)
  const pairs = alignClauses(oldSide, newSide, strategyOf(oldSide, newSide, vocabulary, documents, {}))
  mark('align')
  buildGroups(oldSide, newSide, pairs, {interner: new Interner()})
  mark('words')
  return phases
}

import type {Document} from '@clausewise/model'
import {assignMarkdownEIds} from '../eids.js'

/** Clause types `assignEIds` names. */
const named = new Set([
  'attachment',
  'formula',
  'recitals',
  'list',
  'blockContainer',
  'recital',
  'paragraph',
  'point',
  'hcontainer',
  'authorialNote',
])

/** Clause types whose eId the convention can write (in their directive's `eId`). */
export const writableEIds = new Set(['attachment', 'formula', 'recital', 'blockContainer', 'hcontainer'])

interface Named {
  type: string
  eId: string
}

/** The clause nodes of a document in document order (iterative, so deep trees do not overflow). */
function clauseNodes(document: Document): Named[] {
  const result: Named[] = []
  const stack: unknown[] = [...document.children].reverse()
  while (stack.length > 0) {
    const node = stack.pop() as {type: string; eId?: string; children?: unknown[]}
    if (named.has(node.type)) result.push(node as Named)
    if (Array.isArray(node.children))
      for (let index = node.children.length - 1; index >= 0; index--) stack.push(node.children[index])
  }
  return result
}

/**
 * The clauses whose eId a reader would not give them by itself: eIds kept from AKN input
 * (`chp_seq1`) rather than made by `assignEIds`. Those the convention can write are returned; the
 * reader keeps them and names the rest around them, so the set is grown until that reproduces every
 * writable eId (a kept eId can take the name another clause would have had). A few rounds at most.
 */
export function keptEIds(document: Document): Set<object> {
  const originals = clauseNodes(document)
  const kept = new Set<number>()
  for (let round = 0; round < 4; round++) {
    const copy = JSON.parse(JSON.stringify(document)) as Document
    const nodes = clauseNodes(copy)
    nodes.forEach((node, index) => {
      node.eId = kept.has(index) ? originals[index]!.eId : ''
    })
    assignMarkdownEIds(copy)
    let changed = false
    nodes.forEach((node, index) => {
      const original = originals[index]!
      if (
        !kept.has(index) &&
        original.eId !== '' &&
        node.eId !== original.eId &&
        writableEIds.has(original.type)
      ) {
        kept.add(index)
        changed = true
      }
    })
    if (!changed) break
  }
  return new Set([...kept].map((index) => originals[index]!))
}

import type {ClauseItem} from './flatten.js'

/** Fewest clauses shared word for word that make two documents versions of one text. */
const leastShared = 3

/**
 * Whether texts read as versions of one text: each document after the first holds, word for word
 * (after normalisation), more than half of the clauses of the shorter of it and the documents before
 * it, and three at least. A draft and the resolution adopted from it, or this year's resolution
 * against last year's, share most of their clauses whatever their symbols; two different decisions
 * of one body share a formula and a few notes. One pass over the clauses, with a map of the texts seen.
 *
 * @example sharesMostClauses([draftItems, adoptedItems]) // true
 */
export function sharesMostClauses(documents: readonly (readonly ClauseItem[])[]): boolean {
  const seen = new Map<string, number>()
  let before = 0
  for (const [position, items] of documents.entries()) {
    let shared = 0
    let counted = 0
    // How many times this document holds each text: a text shared once per time the others held it.
    const held = new Map<string, number>()
    for (const item of items) {
      if (item.normalized === '') continue
      counted++
      const times = (held.get(item.normalized) ?? 0) + 1
      held.set(item.normalized, times)
      if (times <= (seen.get(item.normalized) ?? 0)) shared++
    }
    // Two short decisions of one body share a formula and a closing line: three clauses at least.
    if (position > 0 && (shared < leastShared || shared * 2 <= Math.min(before, counted))) return false
    // What this document holds joins what the ones before held (a text once, at its largest count).
    for (const [text, count] of held) seen.set(text, Math.max(count, seen.get(text) ?? 0))
    before = Math.max(before, counted)
  }
  return true
}

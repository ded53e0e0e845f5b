import {normalizeText, words} from './normalize.js'

/** Content words in a named reference. */
const referenceLength = 3
/** Least length of a content word (as for rare words). */
const contentLength = 4

function isCapitalised(word: string): boolean {
  const first = word.charAt(0)
  return first !== first.toLowerCase()
}

/**
 * The named references of a clause, interned in `table`: each run of three consecutive content words
 * (4 characters or more, shorter words skipped) whose first word is capitalised in the text and is not
 * the clause's first word — a name such as `Plan d’action de l’OSCE` (`plan action osce`) or `Additif
 * de 2013 au Plan` (`additif 2013 plan`). Sorted unique ids; linear in the clause's length.
 *
 * @example namedReferences('Rappelant le Plan d’action de l’OSCE de 2003', new Map()) // Int32Array [0]: `plan action osce`
 */
export function namedReferences(text: string, table: Map<string, number>): Int32Array {
  const all = words(normalizeText(text, false))
  const content: string[] = []
  const named: boolean[] = []
  for (let position = 0; position < all.length; position++) {
    const word = all[position]!
    if (word.length < contentLength) continue
    content.push(word.toLowerCase())
    named.push(position > 0 && isCapitalised(word))
  }
  const ids = new Set<number>()
  for (let start = 0; start + referenceLength <= content.length; start++) {
    if (!named[start]) continue
    const key = content.slice(start, start + referenceLength).join(' ')
    let id = table.get(key)
    if (id === undefined) {
      id = table.size
      table.set(key, id)
    }
    ids.add(id)
  }
  return Int32Array.from(ids).sort()
}

/**
 * Whether two sorted reference sets share a reference that `distinctive` accepts (one found in few
 * clauses).
 *
 * @example shareReference(Int32Array.of(0, 4), Int32Array.of(4, 7), (id) => id === 4) // true
 */
export function shareReference(a: Int32Array, b: Int32Array, distinctive: (id: number) => boolean): boolean {
  let i = 0
  let j = 0
  while (i < a.length && j < b.length) {
    const x = a[i]!
    const y = b[j]!
    if (x === y) {
      if (distinctive(x)) return true
      i++
      j++
    } else if (x < y) i++
    else j++
  }
  return false
}

/** Named references read once per clause, interned in one table (see {@link namedReferences}). */
export interface ReferenceCache {
  /** Reference ids by their words. */
  table: Map<string, number>
  /** The sorted reference ids of a clause, read on first use. */
  of(clause: {text: string}): Int32Array
}

/**
 * A cache of the named references of clauses, shared by the alignments of one comparison.
 *
 * @example referenceCache().of({text: 'Rappelant le Plan d’action de l’OSCE'}) // Int32Array [0]
 */
export function referenceCache(): ReferenceCache {
  const table = new Map<string, number>()
  const read = new WeakMap<object, Int32Array>()
  return {
    table,
    of(clause) {
      let references = read.get(clause)
      if (references === undefined) {
        references = namedReferences(clause.text, table)
        read.set(clause, references)
      }
      return references
    },
  }
}

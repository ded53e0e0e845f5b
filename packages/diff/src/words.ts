import type {Change, ChangeKind} from '@clausewise/model'
import {diffArrays} from 'diff'
import {classifyChange, isWordToken} from './classify.js'
import {tokenize} from './tokenize.js'

/** Options of {@link diffWordsOf}. */
export interface WordDiffOptions {
  /** Edit length above which the word diff gives up: one deletion and one insertion (default: 400). */
  maxEditLength?: number | undefined
  /** Change classes to treat as equal. */
  ignore?: ReadonlySet<ChangeKind> | undefined
  /** Token interner shared across the clause pairs of one comparison. */
  interner?: Map<string, number> | undefined
  /** Counts of the changes folded away by `ignore`, by kind, filled in as they are met. */
  ignored?: Partial<Record<ChangeKind, number>> | undefined
}

interface Region {
  equal: boolean
  deleted: string[]
  inserted: string[]
}

/** Whether an equal run between two changes is too small to stand alone in a redline. */
function isIsland(tokens: readonly string[]): boolean {
  let words = 0
  let characters = 0
  for (const token of tokens) {
    if (!isWordToken(token)) continue
    words++
    characters += token.length
  }
  return words <= 1 || (words === 2 && characters <= 6)
}

/**
 * Word-level changes between two texts, cleaned up as a person marks a redline: tokens are whole
 * words, short equal islands between changes are absorbed, and each run of changes is one deletion
 * followed by one insertion, classified. Equal and deleted texts concatenate to `oldText`; equal and
 * inserted texts to `newText` (an equal run that hides an ignored change carries its old text in `old`).
 *
 * @example diffWordsOf('le chien noir', 'le chat noir') // [{op: 'equal', text: 'le '}, {op: 'delete', text: 'chien', kind: 'wording'}, …]
 */
export function diffWordsOf(oldText: string, newText: string, options: WordDiffOptions = {}): Change[] {
  if (oldText === newText) return oldText ? [{op: 'equal', text: oldText}] : []
  const oldTokens = tokenize(oldText)
  const newTokens = tokenize(newText)
  const regions = cleanUp(rawRegions(oldTokens, newTokens, options))
  const changes: Change[] = []
  const push = (change: Change): void => {
    if (change.text === '' && change.old === undefined) return
    const last = changes[changes.length - 1]
    if (last && last.op === 'equal' && change.op === 'equal') {
      if (last.old !== undefined || change.old !== undefined) {
        last.old = (last.old ?? last.text) + (change.old ?? change.text)
      }
      last.text += change.text
      return
    }
    changes.push(change)
  }
  for (const region of regions) {
    const deleted = region.deleted.join('')
    const inserted = region.inserted.join('')
    if (region.equal) {
      push({op: 'equal', text: inserted})
      continue
    }
    const kind = classifyChange(deleted, inserted)
    if (options.ignore?.has(kind)) {
      if (options.ignored) options.ignored[kind] = (options.ignored[kind] ?? 0) + 1
      push({op: 'equal', text: inserted, old: deleted})
      continue
    }
    if (deleted) push({op: 'delete', text: deleted, kind})
    if (inserted) push({op: 'insert', text: inserted, kind})
  }
  return changes
}

function rawRegions(oldTokens: string[], newTokens: string[], options: WordDiffOptions): Region[] {
  let prefix = 0
  const limit = Math.min(oldTokens.length, newTokens.length)
  while (prefix < limit && oldTokens[prefix] === newTokens[prefix]) prefix++
  let suffix = 0
  while (
    suffix < limit - prefix &&
    oldTokens[oldTokens.length - 1 - suffix] === newTokens[newTokens.length - 1 - suffix]
  ) {
    suffix++
  }
  const regions: Region[] = []
  const equal = (tokens: string[]): void => {
    if (tokens.length > 0) regions.push({equal: true, deleted: tokens, inserted: tokens})
  }
  equal(oldTokens.slice(0, prefix))
  const oldMiddle = oldTokens.slice(prefix, oldTokens.length - suffix)
  const newMiddle = newTokens.slice(prefix, newTokens.length - suffix)
  const interner = options.interner ?? new Map<string, number>()
  const intern = (token: string): number => {
    let id = interner.get(token)
    if (id === undefined) {
      id = interner.size
      interner.set(token, id)
    }
    return id
  }
  const result =
    oldMiddle.length === 0 || newMiddle.length === 0
      ? undefined
      : diffArrays(oldMiddle.map(intern), newMiddle.map(intern), {
          maxEditLength: options.maxEditLength ?? 400,
        })
  if (result === undefined) {
    regions.push({equal: false, deleted: oldMiddle, inserted: newMiddle})
  } else {
    let oldAt = 0
    let newAt = 0
    for (const part of result) {
      const count = part.count ?? part.value.length
      if (part.added) {
        regions.push({equal: false, deleted: [], inserted: newMiddle.slice(newAt, newAt + count)})
        newAt += count
      } else if (part.removed) {
        regions.push({equal: false, deleted: oldMiddle.slice(oldAt, oldAt + count), inserted: []})
        oldAt += count
      } else {
        equal(newMiddle.slice(newAt, newAt + count))
        oldAt += count
        newAt += count
      }
    }
  }
  equal(oldTokens.slice(oldTokens.length - suffix))
  return regions
}

/** Absorb equal islands between changes, then merge neighbouring changes into one. */
function cleanUp(regions: Region[]): Region[] {
  const result: Region[] = []
  for (let index = 0; index < regions.length; index++) {
    const region = regions[index]!
    const previous = result[result.length - 1]
    const absorbed =
      region.equal &&
      previous !== undefined &&
      !previous.equal &&
      index + 1 < regions.length &&
      !regions[index + 1]!.equal &&
      isIsland(region.inserted)
    if (previous && !previous.equal && (!region.equal || absorbed)) {
      for (const token of region.deleted) previous.deleted.push(token)
      for (const token of region.inserted) previous.inserted.push(token)
      continue
    }
    result.push(
      region.equal ? region : {equal: false, deleted: [...region.deleted], inserted: [...region.inserted]},
    )
  }
  return result
}

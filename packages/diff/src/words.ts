import type {Change, ChangeKind} from '@clausewise/model'
import {diffArrays} from 'diff'
import {classifyChange} from './classify.js'
import {Interner} from './interner.js'
import {isRestart, type TokenIds, type TokenScratch, tokenIds, wordFlag} from './tokenize.js'

/** Options of {@link diffWordsOf}. */
export interface WordDiffOptions {
  /** Edit length above which the word diff gives up: one deletion and one insertion (default: 400). */
  maxEditLength?: number | undefined
  /** Change classes to treat as equal. */
  ignore?: ReadonlySet<ChangeKind> | undefined
  /** Token interner shared across the clause pairs of one comparison. */
  interner?: Interner | undefined
  /** Tokenize both texts whole (default: only their differing middle, which gives the same changes). */
  whole?: boolean | undefined
  /** Counts of the changes folded away by `ignore`, by kind, filled in as they are met. */
  ignored?: Partial<Record<ChangeKind, number>> | undefined
}

/**
 * A run of text, equal or changed: tokens `[start, end)` of each side's middle (see {@link middles})
 * and characters `[from, to)` of each text.
 */
interface Region {
  equal: boolean
  oldStart: number
  oldEnd: number
  newStart: number
  newEnd: number
  oldFrom: number
  oldTo: number
  newFrom: number
  newTo: number
}

/** The two sides of a word diff: the tokens of each text's middle, and the texts. */
interface Sides {
  oldText: string
  newText: string
  old: TokenIds
  new: TokenIds
}

/** How far past its end a token may look (a roman reference checks for ` A)` after itself). */
const lookAhead = 4

/** Offset of token `index` of a range (its end offset when `index` is the token count). */
function offsetOf(tokens: TokenIds, index: number): number {
  return index === 0 ? tokens.start : tokens.ends[index - 1]!
}

/**
 * The arrays every word diff writes its two sides' tokens into: one diff's tokens are done with
 * before the next diff starts.
 */
const oldScratch: TokenScratch = {ids: new Int32Array(1024), ends: new Int32Array(1024)}
const newScratch: TokenScratch = {ids: new Int32Array(1024), ends: new Int32Array(1024)}

/**
 * The tokens worth diffing: only the middle of the two texts, between their common characters at
 * both ends backed off to places where tokenizing restarts alike in both (see `isRestart`), so that
 * the tokens outside, never made, are the same on both sides. `whole` tokenizes both texts entirely.
 */
function middles(oldText: string, newText: string, interner: Interner, whole: boolean): Sides {
  if (whole) {
    return {
      oldText,
      newText,
      old: tokenIds(oldText, interner, 0, oldText.length, oldScratch),
      new: tokenIds(newText, interner, 0, newText.length, newScratch),
    }
  }
  const limit = Math.min(oldText.length, newText.length)
  let prefix = 0
  while (prefix < limit && oldText.charCodeAt(prefix) === newText.charCodeAt(prefix)) prefix++
  let suffix = 0
  while (
    suffix < limit - prefix &&
    oldText.charCodeAt(oldText.length - 1 - suffix) === newText.charCodeAt(newText.length - 1 - suffix)
  ) {
    suffix++
  }
  let start = Math.max(0, prefix - lookAhead)
  while (start > 0 && !isRestart(oldText, start)) start--
  let oldEnd = Math.min(oldText.length, oldText.length - suffix + 1)
  while (oldEnd < oldText.length && !isRestart(oldText, oldEnd)) oldEnd++
  const newEnd = oldEnd + newText.length - oldText.length
  return {
    oldText,
    newText,
    old: tokenIds(oldText, interner, start, oldEnd, oldScratch),
    new: tokenIds(newText, interner, start, newEnd, newScratch),
  }
}

/** Whether the equal tokens `[start, end)` are too few to stand alone between two changes in a redline. */
function isIsland(tokens: TokenIds, start: number, end: number, interner: Interner): boolean {
  let words = 0
  let characters = 0
  for (let index = start; index < end; index++) {
    const id = tokens.ids[index]!
    if (interner.flag(id) !== wordFlag) continue
    words++
    characters += interner.length(id)
  }
  return words <= 1 || (words === 2 && characters <= 6)
}

/**
 * Word-level changes between two texts, cleaned up as a person marks a redline: tokens are whole
 * words, short equal islands between changes are absorbed, and each run of changes is one deletion
 * followed by one insertion, classified. Equal and deleted texts concatenate to `oldText`; equal and
 * inserted texts to `newText` (an equal run that hides an ignored change carries its old text in `old`).
 * Tokens are interned ids and offsets into the two texts: the only strings made are the changes'.
 *
 * @example diffWordsOf('le chien noir', 'le chat noir') // [{op: 'equal', text: 'le '}, {op: 'delete', text: 'chien', kind: 'wording'}, …]
 */
export function diffWordsOf(oldText: string, newText: string, options: WordDiffOptions = {}): Change[] {
  if (oldText === newText) return oldText ? [{op: 'equal', text: oldText}] : []
  const interner = options.interner ?? new Interner()
  const maxEditLength = options.maxEditLength ?? 400
  const regions = cleanUp(
    (options.whole ? undefined : rawRegions(middles(oldText, newText, interner, false), maxEditLength)) ??
      rawRegions(middles(oldText, newText, interner, true), maxEditLength)!,
    interner,
  )
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
  for (const region of regions.list) {
    const inserted = newText.slice(region.newFrom, region.newTo)
    if (region.equal) {
      push({op: 'equal', text: inserted})
      continue
    }
    const deleted = oldText.slice(region.oldFrom, region.oldTo)
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

/**
 * Equal and changed regions of the two middles, in order, with the untouched ends as equal regions:
 * the longest common prefix and suffix of tokens, then jsdiff's `diffArrays` on the ids in between.
 * `undefined` when the common prefix would run past a middle into the untouched end (the texts are
 * then tokenized whole).
 */
function rawRegions(sides: Sides, maxEditLength: number): {list: Region[]; sides: Sides} | undefined {
  const {old: oldTokens, new: newTokens} = sides
  const oldIds = oldTokens.ids
  const newIds = newTokens.ids
  let prefix = 0
  const limit = Math.min(oldIds.length, newIds.length)
  while (prefix < limit && oldIds[prefix] === newIds[prefix]) prefix++
  const oldLast = offsetOf(oldTokens, oldIds.length)
  const newLast = offsetOf(newTokens, newIds.length)
  if (prefix === limit && (oldLast < sides.oldText.length || newLast < sides.newText.length)) return undefined
  let suffix = 0
  while (
    suffix < limit - prefix &&
    oldIds[oldIds.length - 1 - suffix] === newIds[newIds.length - 1 - suffix]
  ) {
    suffix++
  }
  const oldEnd = oldIds.length - suffix
  const newEnd = newIds.length - suffix
  const list: Region[] = []
  const push = (
    equal: boolean,
    oldStart: number,
    oldStop: number,
    newStart: number,
    newStop: number,
  ): void => {
    if (oldStop === oldStart && newStop === newStart) return
    list.push({
      equal,
      oldStart,
      oldEnd: oldStop,
      newStart,
      newEnd: newStop,
      oldFrom: offsetOf(oldTokens, oldStart),
      oldTo: offsetOf(oldTokens, oldStop),
      newFrom: offsetOf(newTokens, newStart),
      newTo: offsetOf(newTokens, newStop),
    })
  }
  if (oldTokens.start > 0) {
    list.push({
      equal: true,
      oldStart: 0,
      oldEnd: 0,
      newStart: 0,
      newEnd: 0,
      oldFrom: 0,
      oldTo: oldTokens.start,
      newFrom: 0,
      newTo: newTokens.start,
    })
  }
  push(true, 0, prefix, 0, prefix)
  const oldMiddle = oldIds.subarray(prefix, oldEnd)
  const newMiddle = newIds.subarray(prefix, newEnd)
  // Middles without a token in common are one change whatever path the diff takes (its deletions and
  // insertions are merged by `cleanUp`): the common case of a word replaced needs no diff.
  const result =
    oldMiddle.length === 0 || newMiddle.length === 0 || !shareToken(oldMiddle, newMiddle)
      ? undefined
      : diffArrays(arrayOf(oldMiddle), arrayOf(newMiddle), {maxEditLength})
  if (result === undefined) {
    push(false, prefix, oldEnd, prefix, newEnd)
  } else {
    let oldAt = prefix
    let newAt = prefix
    for (const part of result) {
      const count = part.count ?? part.value.length
      if (part.added) {
        push(false, oldAt, oldAt, newAt, newAt + count)
        newAt += count
      } else if (part.removed) {
        push(false, oldAt, oldAt + count, newAt, newAt)
        oldAt += count
      } else {
        push(true, oldAt, oldAt + count, newAt, newAt + count)
        oldAt += count
        newAt += count
      }
    }
  }
  push(true, oldEnd, oldIds.length, newEnd, newIds.length)
  if (oldLast < sides.oldText.length) {
    const at = oldIds.length
    const newAt = newIds.length
    list.push({
      equal: true,
      oldStart: at,
      oldEnd: at,
      newStart: newAt,
      newEnd: newAt,
      oldFrom: oldLast,
      oldTo: sides.oldText.length,
      newFrom: newLast,
      newTo: sides.newText.length,
    })
  }
  return {list, sides}
}

/** The ids as a plain array, copied by index (`Array.from` walks a typed array through an iterator). */
function arrayOf(ids: Int32Array): number[] {
  const result = new Array<number>(ids.length)
  for (let index = 0; index < ids.length; index++) result[index] = ids[index]!
  return result
}

/** Most pairs of tokens {@link shareToken} compares one by one; beyond, it says yes without looking. */
const pairwiseLimit = 256

/** Whether two short runs of token ids may have an id in common (`true` for long runs, unchecked). */
function shareToken(a: Int32Array, b: Int32Array): boolean {
  if (a.length * b.length > pairwiseLimit) return true
  for (let i = 0; i < a.length; i++) for (let j = 0; j < b.length; j++) if (a[i] === b[j]) return true
  return false
}

/**
 * Absorb equal islands between changes, then merge neighbouring changes into one. Regions are
 * consecutive on both sides, so a merged change is the span from its first region to its last.
 */
function cleanUp(regions: {list: Region[]; sides: Sides}, interner: Interner): {list: Region[]} {
  const {list: raw, sides} = regions
  const list: Region[] = []
  for (let index = 0; index < raw.length; index++) {
    const region = raw[index]!
    const previous = list[list.length - 1]
    const absorbed =
      region.equal &&
      previous !== undefined &&
      !previous.equal &&
      index + 1 < raw.length &&
      !raw[index + 1]!.equal &&
      isIsland(sides.new, region.newStart, region.newEnd, interner)
    if (previous && !previous.equal && (!region.equal || absorbed)) {
      previous.oldEnd = region.oldEnd
      previous.newEnd = region.newEnd
      previous.oldTo = region.oldTo
      previous.newTo = region.newTo
      continue
    }
    list.push(region)
  }
  return {list}
}

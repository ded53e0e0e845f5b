import type {Change, ClauseGroup} from '@clausewise/model'
import {eIdNumber} from '@clausewise/model'
import type {Pair, Side} from './align/align.js'
import {classifyChange} from './classify.js'
import type {ClauseItem} from './flatten.js'
import {diffWordsOf, type WordDiffOptions} from './words.js'

/** The clauses of one side: all that the groups read of an alignment's side. */
type Clauses = Pick<Side, 'items'>

interface Draft {
  group: ClauseGroup
  /** Sort keys: place in the new document, then deleted ones after the clause they followed. */
  primary: number
  secondary: number
}

/**
 * What a printed number stands for (`4.` and `(4)` alike), each distinct number worked out once: a
 * deletion near the top renumbers every paragraph after it, and each pair compares its two numbers.
 */
function numberKeys(): (num: string) => string {
  const keys = new Map<string, string>()
  return (num) => {
    let key = keys.get(num)
    if (key === undefined) {
      key = eIdNumber(num) ?? num
      keys.set(num, key)
    }
    return key
  }
}

function describe(group: ClauseGroup, item: ClauseItem): void {
  group.kind = item.kind
  if (item.element !== undefined) group.element = item.element
  group.section = item.section
  if (item.attachment !== undefined) group.attachment = item.attachment
  if (item.component !== undefined) group.component = item.component
  group.depth = item.depth
}

function whole(op: 'insert' | 'delete', text: string): Change[] {
  if (text === '') return []
  return [
    op === 'insert' ? {op, text, kind: classifyChange('', text)} : {op, text, kind: classifyChange(text, '')},
  ]
}

function emptyGroup(): ClauseGroup {
  return {
    id: '',
    change: 'unchanged',
    moved: false,
    renumbered: false,
    kind: 'paragraph',
    section: 'body',
    depth: 0,
    old: [],
    new: [],
    oldText: '',
    newText: '',
    similarity: 1,
    changes: [],
  }
}

/**
 * The eIds and the text (one clause a line) of a pair's clauses on one side; one clause, the common
 * case, without arrays joined.
 */
function sideOf(indices: readonly number[], side: Clauses): {eIds: string[]; text: string} {
  if (indices.length === 1) {
    const item = side.items[indices[0]!]!
    return {eIds: [item.eId], text: item.text}
  }
  const items = indices.map((index) => side.items[index]!)
  return {eIds: items.map((item) => item.eId), text: items.map((item) => item.text).join('\n')}
}

/** The group of a clause only one side has: inserted (`new`) or deleted (`old`), all its text changed. */
function oneSided(item: ClauseItem, side: 'old' | 'new'): ClauseGroup {
  const group = emptyGroup()
  describe(group, item)
  group.similarity = 0
  if (side === 'new') {
    group.change = 'inserted'
    group.new = [item.eId]
    group.newText = item.text
    group.changes = whole('insert', item.text)
    if (item.num !== undefined) group.newNum = item.num
    group.newIndex = item.index
  } else {
    group.change = 'deleted'
    group.old = [item.eId]
    group.oldText = item.text
    group.changes = whole('delete', item.text)
    if (item.num !== undefined) group.oldNum = item.num
    group.oldIndex = item.index
  }
  return group
}

/**
 * Clause groups from aligned pairs and the clauses left over, with word-level changes, in reading
 * order of the new document; a deleted clause stands right after the old clause it followed.
 *
 * @example buildGroups(oldSide, newSide, pairs, {})[0].change // 'unchanged'
 */
export function buildGroups(
  oldSide: Clauses,
  newSide: Clauses,
  pairs: readonly Pair[],
  options: WordDiffOptions,
): ClauseGroup[] {
  const numberKey = numberKeys()
  const drafts: Draft[] = []
  const oldDraft = new Array<Draft | undefined>(oldSide.items.length)
  for (const pair of pairs) {
    const oldFirst = oldSide.items[pair.old[0]!]!
    const newFirst = newSide.items[pair.new[0]!]!
    const group = emptyGroup()
    describe(group, newFirst)
    const before = sideOf(pair.old, oldSide)
    const after = sideOf(pair.new, newSide)
    group.old = before.eIds
    group.oldText = before.text
    group.new = after.eIds
    group.newText = after.text
    group.similarity = pair.similarity
    group.moved = pair.moved
    group.changes = diffWordsOf(group.oldText, group.newText, options)
    const oldNum = oldFirst.num
    const newNum = newFirst.num
    if (oldNum !== undefined) group.oldNum = oldNum
    if (newNum !== undefined) group.newNum = newNum
    group.renumbered =
      oldNum !== newNum &&
      oldNum !== undefined &&
      newNum !== undefined &&
      numberKey(oldNum) !== numberKey(newNum)
    group.oldIndex = oldFirst.index
    group.newIndex = newFirst.index
    if (pair.old.length > 1) group.change = 'merged'
    else if (pair.new.length > 1) group.change = 'split'
    else group.change = group.changes.some((change) => change.op !== 'equal') ? 'modified' : 'unchanged'
    const draft = {group, primary: newFirst.index, secondary: 0}
    drafts.push(draft)
    for (const index of pair.old) oldDraft[index] = draft
  }

  const newTaken = new Uint8Array(newSide.items.length)
  for (const pair of pairs) for (const index of pair.new) newTaken[index] = 1
  for (const item of newSide.items) {
    if (newTaken[item.index]) continue
    drafts.push({group: oneSided(item, 'new'), primary: item.index, secondary: 0})
  }

  // A deleted clause follows the nearest earlier old clause that kept its place.
  let anchor = -1
  let order = 0
  for (const item of oldSide.items) {
    const draft = oldDraft[item.index]
    if (draft) {
      if (!draft.group.moved) {
        anchor = draft.primary
        order = 0
      }
      continue
    }
    order++
    const deleted = {group: oneSided(item, 'old'), primary: anchor, secondary: order}
    drafts.push(deleted)
    oldDraft[item.index] = deleted
  }

  drafts.sort((a, b) => a.primary - b.primary || a.secondary - b.secondary)
  drafts.forEach((draft, position) => {
    draft.group.id = `g${position + 1}`
  })
  for (const draft of drafts) {
    const {group} = draft
    if (!group.moved || group.oldIndex === undefined) continue
    const before = group.oldIndex > 0 ? oldDraft[group.oldIndex - 1] : undefined
    if (before) group.movedFrom = before.group.id
  }
  return drafts.map((draft) => draft.group)
}

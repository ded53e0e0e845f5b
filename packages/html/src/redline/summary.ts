import type {Change, ChangeKind, ClauseGroup, ComparisonStats} from '@clausewise/model'
import {cosmeticKinds} from '@clausewise/model'
import {own} from '../labels.js'
import {type Child, type Html, h} from '../markup.js'
import {cascadeWords, swapWords} from './edits.js'
import {fullLabel} from './label.js'
import {fieldName} from './metadata.js'
import {formattingWords} from './runs.js'
import {activeEdit, changeKinds, groupId, isChanged, kindOf, type RedlineState} from './state.js'

const excerptLength = 70

function count(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : 0
}

function table(caption: string, head: string, rows: [string, string][], state: RedlineState): Html {
  return h(
    'table',
    {class: 'stats'},
    h('caption', null, caption),
    h(
      'thead',
      null,
      h('tr', null, h('th', {scope: 'col'}, head), h('th', {scope: 'col'}, state.labels.count)),
    ),
    h(
      'tbody',
      null,
      rows.map(([name, value]) => h('tr', null, h('th', {scope: 'row'}, name), h('td', null, value))),
    ),
  )
}

function quote(text: string, state: RedlineState): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  const cut = flat.length > excerptLength ? `${flat.slice(0, excerptLength - 1)}…` : flat
  return `${state.labels.quotes[0]}${cut}${state.labels.quotes[1]}`
}

/** The first change of a group in words a cover note can quote: `“a” → “b”`, then `+2 more`. */
function excerpt(group: ClauseGroup, state: RedlineState): string {
  if (group.change === 'inserted') return quote(String(group.newText ?? ''), state)
  if (group.change === 'deleted') return quote(String(group.oldText ?? ''), state)
  const changes: Change[] = Array.isArray(group.changes) ? group.changes : []
  const shown = changes.filter(
    (change) => change && change.op !== 'equal' && !state.hide.has(kindOf(change.kind)),
  )
  const first = shown[0]
  if (!first) return ''
  const next = shown[1]
  let words: string
  let used = 1
  if (first.op === 'delete' && next?.op === 'insert' && kindOf(first.kind) === 'formatting') {
    words = `${quote(next.text, state)} (${formattingWords(first.marks, next.marks, state)})`
    used = 2
  } else if (first.op === 'delete' && next?.op === 'insert') {
    words = `${quote(first.text, state)} → ${quote(next.text, state)}`
    used = 2
  } else {
    words = `${first.op === 'delete' ? '−' : '+'}${quote(first.text, state)}`
  }
  let rest = 0
  for (let index = used; index < shown.length; index++) {
    if (!(shown[index]!.op === 'insert' && shown[index - 1]!.op === 'delete')) rest++
  }
  return rest > 0 ? `${words} (${state.labels.more(rest)})` : words
}

/** One entry of the change list, in words a drafter could paste into a cover note. */
function entry(group: ClauseGroup, index: number, state: RedlineState): Html | undefined {
  const {labels} = state
  const edit = activeEdit(group, state)
  const href = `#${groupId(group, index, state)}`
  const onlyEdit = group.change === 'unchanged'
  if (edit && edit.id === group.id && onlyEdit) {
    const words = edit.type === 'swap' ? swapWords(group, state) : cascadeWords(group, state)
    return h('li', {'data-edit': edit.type}, h('a', {href}, words))
  }
  if (edit && onlyEdit) return undefined
  const deleted = group.change === 'deleted'
  let name = fullLabel(group, deleted ? 'old' : 'new', state)
  if (deleted) name = labels.inOldText(name)
  else if (group.renumbered && group.oldNum !== undefined && group.newNum !== undefined) {
    // Old → new numbers: `operative paragraph 8 → 9`.
    name = `${fullLabel(group, 'old', state)} → ${String(group.newNum).trim().replace(/\.$/, '')}`
  }
  const kinds = new Set<ChangeKind>()
  for (const change of Array.isArray(group.changes) ? group.changes : []) {
    if (change && change.op !== 'equal' && !state.hide.has(kindOf(change.kind)))
      kinds.add(kindOf(change.kind))
  }
  const how: string[] = []
  if (group.change !== 'unchanged') {
    let word = own(labels.clauseChange, group.change, String(group.change))
    if (group.change === 'modified' && kinds.size > 0) {
      const names = [...kinds].map((kind) => labels.changeKind[kind])
      word +=
        group.cosmetic === true
          ? ` (${labels.cosmetic}${labels.colon}${names.join(', ')})`
          : ` (${names.join(', ')})`
    }
    how.push(word)
  }
  if (group.moved && edit?.type !== 'swap') how.push(labels.clauseChange.moved)
  if (group.renumbered && !edit) how.push(labels.clauseChange.renumbered)
  const quoted = excerpt(group, state)
  return h(
    'li',
    {'data-cosmetic': group.cosmetic === true ? 'true' : undefined},
    h('a', {href}, name),
    ` — ${how.join(', ')}${quoted ? `${labels.colon}${quoted}` : ''}`,
  )
}

/** Counts of clauses as a drafter counts edits: cosmetic apart, a cascade or a swap once. */
function clauseRows(state: RedlineState): [string, string][] {
  const {labels, comparison} = state
  const stats: Partial<ComparisonStats> = comparison.stats ?? {}
  const groups = comparison.clauses
  const cosmetic = groups.filter((group) => group.change === 'modified' && group.cosmetic === true).length
  const edits = (type: 'cascade' | 'swap') =>
    new Set(
      groups
        .map((group) => activeEdit(group, state))
        .filter((edit) => edit?.type === type)
        .map((edit) => edit!.id),
    ).size
  const alone = (flag: 'moved' | 'renumbered') =>
    groups.filter(
      (group) =>
        group[flag] === true &&
        (flag === 'moved' ? activeEdit(group, state)?.type !== 'swap' : !activeEdit(group, state)),
    ).length
  return [
    [labels.clauseChange.modified, String(Math.max(0, count(stats.modified) - cosmetic))],
    [`${labels.clauseChange.modified}, ${labels.cosmetic}`, String(cosmetic)],
    [labels.clauseChange.inserted, String(count(stats.inserted))],
    [labels.clauseChange.deleted, String(count(stats.deleted))],
    [labels.clauseChange.moved, String(alone('moved'))],
    [labels.swaps, String(edits('swap'))],
    [labels.clauseChange.renumbered, String(alone('renumbered'))],
    [labels.cascades, String(edits('cascade'))],
    [labels.clauseChange.split, String(count(stats.split))],
    [labels.clauseChange.merged, String(count(stats.merged))],
  ]
}

/** "2 typography changes hidden": always said, for the classes hidden when rendering and by the view. */
function hiddenNotes(state: RedlineState, byKind: Partial<Record<string, number>>): Child[] {
  const notes: Child[] = []
  // Changes the differ was asked to ignore are not in the comparison's runs; it still counted them.
  const ignored: Partial<Record<string, number>> = state.comparison.stats?.ignored ?? {}
  for (const kind of changeKinds) {
    const number = count(ignored[kind])
    if (number > 0)
      notes.push(h('p', {class: 'hidden-note'}, state.labels.ignored(number, state.labels.changeKind[kind])))
  }
  for (const kind of changeKinds) {
    const number = count(byKind[kind])
    if (number === 0) continue
    const words = state.labels.hidden(number, state.labels.changeKind[kind])
    if (state.hide.has(kind)) notes.push(h('p', {class: 'hidden-note'}, words))
    else if (cosmeticKinds.includes(kind)) {
      notes.push(h('p', {class: 'hidden-note filter-note', 'data-kind': kind}, words))
    }
  }
  return notes
}

/**
 * The summary at the top of a redline: counts of clauses (cosmetic changes, cascades and swaps
 * counted apart) and of word changes by class, what is hidden, then the change list — one entry per
 * edit, with old → new numbers, full references and an excerpt, each a link. No script needed.
 */
export function summary(state: RedlineState): Html {
  const {labels, comparison} = state
  const byKind: Partial<Record<string, number>> = comparison.stats?.changesByKind ?? {}
  const wordRows = changeKinds.map((kind): [string, string] => [
    labels.changeKind[kind],
    String(count(byKind[kind])),
  ])
  const items: Child[] = []
  comparison.metadata.forEach((change, index) => {
    items.push(
      h(
        'li',
        null,
        h('a', {href: `#${state.metadataIds[index] ?? ''}`}, fieldName(change, state)),
        ` — ${labels.clauseChange.modified}`,
      ),
    )
  })
  comparison.clauses.forEach((group, index) => {
    if (isChanged(group, state)) items.push(entry(group, index, state))
  })
  return h(
    'nav',
    {class: 'summary', 'aria-label': labels.changes},
    h('h2', null, labels.summary),
    h(
      'div',
      {class: 'stats-tables'},
      table(labels.groups, labels.kindOfChange, clauseRows(state), state),
      table(labels.wordChanges, labels.kindOfChange, wordRows, state),
    ),
    hiddenNotes(state, byKind),
    h('h2', null, labels.changedClauses),
    items.some(Boolean) ? h('ol', {class: 'change-list'}, items) : h('p', null, labels.noChanges),
  )
}

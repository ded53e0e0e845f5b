import type {ClauseGroup} from '@clausewise/model'
import {type Child, type Html, h} from '../markup.js'
import {cascadeWords, swapWords} from './edits.js'
import {eIdLabel, groupLabel} from './label.js'
import {renderRuns, runsOf, type Side} from './runs.js'
import {activeEdit, groupId, isChanged, kindOf, type RedlineState} from './state.js'

function firstEId(group: ClauseGroup, side: 'old' | 'new'): string {
  const list =
    side === 'old'
      ? [...(group.old ?? []), ...(group.new ?? [])]
      : [...(group.new ?? []), ...(group.old ?? [])]
  const eId = list[0]
  return typeof eId === 'string' ? eId : ''
}

function moveId(group: ClauseGroup, end: 'from' | 'to', state: RedlineState): string | undefined {
  const number = state.moves.get(group.id)
  return number === undefined ? undefined : `${state.prefix}move-${number}-${end}`
}

/** Visible notes about a clause as a whole: moved from, renumbered, split, merged. */
function clauseNotes(group: ClauseGroup, id: string, state: RedlineState): Child {
  const {labels} = state
  const notes: Child[] = []
  const eId = firstEId(group, group.change === 'deleted' ? 'old' : 'new')
  const from = moveId(group, 'from', state)
  const to = moveId(group, 'to', state)
  const edit = activeEdit(group, state)
  const stop = (kind: string, change: string, words: string, name: string) =>
    h(
      'span',
      {
        class: name,
        id: state.ids.take(`${id}-${name}`, `${id}-${name}`),
        'data-change': state.interactive ? change : undefined,
        'data-kind': kind,
        'data-eid': eId,
        tabindex: state.interactive ? -1 : undefined,
      },
      `(${words})`,
    )
  if (edit?.type === 'swap') {
    // One edit, one note and one stop: on the first of the two; the other names its partner.
    if (edit.id === group.id) notes.push(stop('move', 'swap', swapWords(group, state), 'swapped'))
    else {
      const partner = state.byId.get(edit.id)
      notes.push(
        h(
          'span',
          {class: 'swapped'},
          `(${labels.swappedWith(partner ? groupLabel(partner, 'new', labels) : edit.id)})`,
        ),
      )
    }
  } else if (edit?.type === 'cascade') {
    if (edit.id === group.id) notes.push(stop('number', 'renumber', cascadeWords(group, state), 'renumbered'))
  } else if (group.moved && from !== undefined && to !== undefined) {
    notes.push(
      h(
        'a',
        {
          class: 'move-link',
          id: state.ids.take(to, `${to}-x`),
          href: `#${from}`,
          'data-change': state.interactive ? 'move' : undefined,
          'data-kind': 'move',
          'data-eid': eId,
        },
        `(${labels.movedFrom(groupLabel(group, 'old', labels))})`,
      ),
    )
  }
  if (group.renumbered && edit === undefined) {
    notes.push(
      h(
        'span',
        {
          class: 'renumbered',
          id: state.ids.take(`${id}-renumbered`, `${id}-renumbered`),
          'data-change': state.interactive ? 'renumber' : undefined,
          'data-kind': 'number',
          'data-eid': eId,
          tabindex: state.interactive ? -1 : undefined,
        },
        `(${labels.renumbered(String(group.oldNum ?? ''), String(group.newNum ?? ''))})`,
      ),
    )
  }
  if (group.change === 'split' || group.change === 'merged') {
    const sources = (group.old ?? [])
      .filter((value) => typeof value === 'string')
      .map((value) => eIdLabel(value, labels))
    const say = group.change === 'split' ? labels.splitFrom : labels.mergedFrom
    notes.push(h('span', {class: 'split-merge'}, `(${say(sources.join(', '))})`))
  }
  if (notes.length === 0) return undefined
  const spaced: Child[] = []
  notes.forEach((note, index) => {
    if (index > 0) spaced.push(' ')
    spaced.push(note)
  })
  return h('p', {class: 'clause-note'}, spaced)
}

function number(group: ClauseGroup, side: Side, state: RedlineState): Child {
  const quiet = activeEdit(group, state) !== undefined
  const oldNum = typeof group.oldNum === 'string' ? group.oldNum : undefined
  const newNum = typeof group.newNum === 'string' ? group.newNum : undefined
  if (side === 'old') return oldNum ? h('span', {class: 'num'}, oldNum) : undefined
  if (side === 'new') return newNum ? h('span', {class: 'num'}, newNum) : undefined
  if (group.change === 'deleted') return oldNum ? h('span', {class: 'num'}, oldNum) : undefined
  if (oldNum && newNum && oldNum !== newNum) {
    // The renumbering note carries the change; the number itself shows old and new.
    return h(
      'span',
      {class: 'num'},
      h('del', {class: quiet ? 'num-change quiet' : 'num-change'}, oldNum),
      ' ',
      h('ins', {class: quiet ? 'num-change quiet' : 'num-change'}, newNum),
    )
  }
  return newNum || oldNum ? h('span', {class: 'num'}, newNum ?? oldNum ?? '') : undefined
}

function spaced(num: Child): Child {
  return num ? [num, ' '] : undefined
}

function clauseAttributes(
  group: ClauseGroup,
  index: number,
  state: RedlineState,
): Record<string, string | number | undefined> {
  const id = groupId(group, index, state)
  const changed = isChanged(group, state)
  const depth = Number.isInteger(group.depth) ? Math.max(0, Math.min(group.depth, 3)) : 0
  const edit = activeEdit(group, state)
  const kinds = new Set(
    (Array.isArray(group.changes) ? group.changes : [])
      .filter((change) => change && change.op !== 'equal')
      .map((change) => kindOf(change.kind)),
  )
  const [onlyKind] = kinds
  return {
    id,
    class: `clause depth-${depth}${group.moved && edit?.type !== 'swap' ? ' moved' : ''}`,
    'data-eid': firstEId(group, group.change === 'deleted' ? 'old' : 'new'),
    'data-clause-change': changed ? String(group.change) : undefined,
    'data-moved': group.moved ? 'true' : undefined,
    'data-renumbered': group.renumbered ? 'true' : undefined,
    'data-edit': edit?.type,
    'data-cosmetic': group.cosmetic === true ? 'true' : undefined,
    // A clause changed in one class only can be hidden with that class in the "changes only" view.
    'data-only-kind': kinds.size === 1 && !group.moved && !group.renumbered ? onlyKind : undefined,
    tabindex: state.interactive ? -1 : undefined,
  }
}

/** One clause group in the inline layout: notes, number, and its text with `<del>`/`<ins>`. */
export function inlineClause(group: ClauseGroup, index: number, state: RedlineState): Html {
  const attributes = clauseAttributes(group, index, state)
  const id = String(attributes.id)
  const eId = firstEId(group, group.change === 'deleted' ? 'old' : 'new')
  return h(
    'div',
    attributes,
    clauseNotes(group, id, state),
    h(
      'p',
      {class: 'clause-text', dir: 'auto'},
      spaced(number(group, 'inline', state)),
      renderRuns(runsOf(group), 'inline', {id, eId, marked: true, whole: whole(group)}, state),
    ),
  )
}

/** One clause group as a table row: its label, the old text, the new text. */
export function sideBySideRow(group: ClauseGroup, index: number, state: RedlineState): Html {
  const attributes = clauseAttributes(group, index, state)
  const id = String(attributes.id)
  const runs = runsOf(group)
  const cell = (side: 'old' | 'new') => {
    const present = side === 'old' ? group.change !== 'inserted' : group.change !== 'deleted'
    const heading = h(
      'span',
      {class: 'cell-label', 'aria-hidden': 'true'},
      side === 'old' ? state.labels.old : state.labels.new,
    )
    if (!present) return h('td', {class: 'absent'}, heading, state.labels.absent)
    const eId = firstEId(group, side)
    return h(
      'td',
      {dir: 'auto'},
      heading,
      spaced(number(group, side, state)),
      renderRuns(runs, side, {id, eId, marked: true, whole: whole(group)}, state),
    )
  }
  return h(
    'tr',
    attributes,
    h('th', {scope: 'row'}, groupLabel(group, 'new', state.labels), clauseNotes(group, id, state)),
    cell('old'),
    cell('new'),
  )
}

function whole(group: ClauseGroup): boolean {
  return group.change === 'inserted' || group.change === 'deleted'
}

/** Where a moved clause stood: a note linking to where it went. */
export function moveFrom(group: ClauseGroup, state: RedlineState, row: boolean): Child {
  const from = moveId(group, 'from', state)
  const to = moveId(group, 'to', state)
  if (from === undefined || to === undefined) return undefined
  const {labels} = state
  const link = h(
    'a',
    {
      class: 'move-link',
      id: state.ids.take(from, `${from}-x`),
      href: `#${to}`,
      'data-change': state.interactive ? 'move' : undefined,
      'data-kind': 'move',
      'data-eid': firstEId(group, 'old'),
    },
    `(${labels.movedTo(groupLabel(group, 'new', labels))})`,
  )
  const name = groupLabel(group, 'old', labels)
  if (row) return h('tr', {class: 'move-from'}, h('th', {scope: 'row'}, name), h('td', {colspan: 2}, link))
  return h('div', {class: 'clause move-from'}, h('p', {class: 'clause-note'}, name, ' ', link))
}

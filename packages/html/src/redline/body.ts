import type {ClauseGroup} from '@clausewise/model'
import {type Child, h} from '../markup.js'
import {inlineClause, moveFrom, sideBySideRow} from './clause.js'
import {activeEdit, isChanged, type RedlineState} from './state.js'

interface Section {
  key: string
  title: string
  entries: {group: ClauseGroup; index: number}[]
}

const sectionOrder = ['preface', 'preamble', 'mainBody', 'body', 'conclusions']

function sectionKey(group: ClauseGroup): string {
  if (group.kind === 'authorialNote') return 'notes'
  if (group.section === 'attachment') {
    const index = Number.isInteger(group.attachment) && (group.attachment ?? 0) > 0 ? group.attachment : 1
    return `attachment-${index}`
  }
  return sectionOrder.includes(group.section) ? group.section : 'mainBody'
}

function sectionTitle(key: string, state: RedlineState): string {
  const {labels} = state
  if (key === 'preface') return labels.preface
  if (key === 'preamble') return labels.preamble
  if (key === 'conclusions') return labels.conclusions
  if (key === 'notes') return labels.notes
  if (key.startsWith('attachment-')) {
    const index = Number(key.slice('attachment-'.length))
    // The statement as the new version prints it (the old one's when it was deleted).
    const printed =
      state.comparison.new?.attachments?.[index - 1] ?? state.comparison.old?.attachments?.[index - 1]
    const parts = [printed?.title, printed?.author].filter(
      (part): part is string => typeof part === 'string' && part.trim() !== '',
    )
    return parts.length > 0 ? `${labels.statement(index)} — ${parts.join(' — ')}` : labels.statement(index)
  }
  return labels.operative
}

function rank(key: string): number {
  if (key === 'notes') return 1e9
  if (key.startsWith('attachment-')) return 100 + Number(key.slice('attachment-'.length))
  return sectionOrder.indexOf(key)
}

/** The groups split into the page's sections: preface, preamble, operative part, statements, notes. */
function sections(state: RedlineState): Section[] {
  const byKey = new Map<string, Section>()
  state.comparison.clauses.forEach((group, index) => {
    const key = sectionKey(group)
    let section = byKey.get(key)
    if (!section) {
      section = {key, title: sectionTitle(key, state), entries: []}
      byKey.set(key, section)
    }
    section.entries.push({group, index})
  })
  return [...byKey.values()].sort((a, b) => rank(a.key) - rank(b.key))
}

/** Number the moves, and find where each moved clause stood: after the group it followed in the old text. */
function placeMoves(state: RedlineState): {
  after: Map<string, ClauseGroup[]>
  first: Map<string, ClauseGroup[]>
} {
  const known = new Set(state.comparison.clauses.map((group) => group.id))
  const after = new Map<string, ClauseGroup[]>()
  const first = new Map<string, ClauseGroup[]>()
  let number = 0
  for (const group of state.comparison.clauses) {
    if (!group.moved || activeEdit(group, state)?.type === 'swap') continue
    number++
    state.moves.set(group.id, number)
    const anchor =
      typeof group.movedFrom === 'string' && known.has(group.movedFrom) ? group.movedFrom : undefined
    const map = anchor === undefined ? first : after
    const key = anchor ?? sectionKey(group)
    map.set(key, [...(map.get(key) ?? []), group])
  }
  return {after, first}
}

/**
 * The redline's sections, each with its heading and its clauses: inline (`<div>` per clause) or side
 * by side (a table per section, a row per aligned group).
 */
export function redlineSections(state: RedlineState, layout: 'inline' | 'side-by-side'): Child[] {
  const {after, first} = placeMoves(state)
  const row = layout === 'side-by-side'
  return sections(state).map((section) => {
    const items: Child[] = []
    for (const group of first.get(section.key) ?? []) items.push(moveFrom(group, state, row))
    for (const {group, index} of section.entries) {
      if (state.unchanged || isChanged(group, state)) {
        items.push(row ? sideBySideRow(group, index, state) : inlineClause(group, index, state))
      }
      for (const moved of after.get(group.id) ?? []) items.push(moveFrom(moved, state, row))
    }
    const headingId = state.ids.take(undefined, `${state.prefix}section-${section.key}`)
    const {labels, comparison} = state
    const content = row
      ? h(
          'table',
          {class: 'redline-table'},
          h('caption', {class: 'visually-hidden'}, section.title),
          h(
            'thead',
            null,
            h(
              'tr',
              null,
              h('th', {scope: 'col', class: 'clause-column'}, labels.clause),
              h('th', {scope: 'col'}, `${labels.old} (${identityName(comparison.old)})`),
              h('th', {scope: 'col'}, `${labels.new} (${identityName(comparison.new)})`),
            ),
          ),
          h('tbody', null, items),
        )
      : items
    return h(
      'section',
      {class: `redline-section section-${section.key}`, 'aria-labelledby': headingId},
      h('h2', {id: headingId}, section.title),
      content,
    )
  })
}

/** A short name for a compared document: its label, symbol, number or expression URI. */
export function identityName(identity: {
  label?: unknown
  symbol?: unknown
  number?: unknown
  expression?: unknown
}): string {
  for (const value of [identity.label, identity.symbol, identity.number, identity.expression]) {
    if (typeof value === 'string' && value.trim() !== '') return value
  }
  return '?'
}

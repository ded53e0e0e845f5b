import type {MetadataChange} from '@clausewise/model'
import {own} from '../labels.js'
import {type Child, type Html, h} from '../markup.js'
import {renderRuns} from './runs.js'
import type {RedlineState} from './state.js'

function side(change: MetadataChange, which: 'old' | 'new', id: string, state: RedlineState): Child {
  const value = change[which]
  if (Array.isArray(change.changes) && change.changes.length > 0) {
    return renderRuns(change.changes, which, {id, eId: 'preface', marked: false}, state)
  }
  if (typeof value !== 'string' || value === '') return undefined
  const name = which === 'old' ? 'del' : 'ins'
  return h(
    name,
    {datetime: state.datetime, cite: state.cite},
    h('span', {class: 'visually-hidden'}, which === 'old' ? state.labels.deleted : state.labels.inserted),
    h('bdi', null, value),
  )
}

/**
 * Changes to the document's number, title, symbol and lifecycle (a corrigendum), as a table of
 * field, old and new. Each row is one change, with `id` `m1`, `m2`, … for the summary's links.
 */
export function metadataSection(state: RedlineState): Html | undefined {
  const {labels, comparison} = state
  const changes = Array.isArray(comparison.metadata) ? comparison.metadata : []
  if (changes.length === 0) return undefined
  const headingId = state.ids.take(`${state.prefix}metadata-heading`, `${state.prefix}metadata-heading`)
  return h(
    'section',
    {class: 'metadata', 'aria-labelledby': headingId},
    h('h2', {id: headingId}, labels.document),
    h(
      'table',
      {class: 'metadata-table'},
      h(
        'thead',
        null,
        h(
          'tr',
          null,
          h('th', {scope: 'col'}, labels.fieldHeading),
          h('th', {scope: 'col'}, labels.old),
          h('th', {scope: 'col'}, labels.new),
        ),
      ),
      h(
        'tbody',
        null,
        changes.map((change, index) => {
          const id = state.metadataIds[index] ?? `${state.prefix}m${index + 1}`
          const kind = Array.isArray(change.changes)
            ? change.changes.find((run) => run.op !== 'equal')?.kind
            : undefined
          return h(
            'tr',
            {
              id,
              class: 'metadata-change',
              'data-change': state.interactive ? 'metadata' : undefined,
              'data-kind': typeof kind === 'string' ? kind : 'wording',
              'data-eid': change.field === 'number' || change.field === 'title' ? 'preface' : 'meta',
              tabindex: state.interactive ? -1 : undefined,
            },
            h('th', {scope: 'row'}, own(labels.field, change.field, String(change.field))),
            h('td', {dir: 'auto'}, side(change, 'old', id, state)),
            h('td', {dir: 'auto'}, side(change, 'new', id, state)),
          )
        }),
      ),
    ),
  )
}

import type {MetadataChange} from '@clausewise/model'
import {formatDate, languageName} from '../dates.js'
import {own} from '../labels.js'
import {type Child, type Html, h} from '../markup.js'
import {renderRuns} from './runs.js'
import type {RedlineState} from './state.js'

/**
 * A metadata value in the page's language: a language tag by its name, a date written out, a
 * lifecycle line (`2018-02-02 amendment linguisticConformity MC.DEC/7/17/Corr.1`) with its date and
 * words translated and its symbol kept.
 */
function localized(field: unknown, value: string, state: RedlineState): string {
  if (field === 'language') return languageName(value, state.language)
  if (field === 'date') return formatDate(value, state.language)
  if (field !== 'lifecycle') return value
  return value
    .split('\n')
    .map((line) => {
      // An event's type and what it refers to can say the same word (`generation adoption`: adoption).
      const words: string[] = []
      line.split(' ').forEach((word, index) => {
        const shown = index === 0 ? formatDate(word, state.language) : own(state.labels.lifecycle, word, word)
        if (index < 2 || shown !== words[words.length - 1]) words.push(shown)
      })
      return words.join(' ')
    })
    .join('\n')
}

/** Old and new lifecycle lines: the same lines plain, the others deleted or inserted whole. */
function lifecycleSide(change: MetadataChange, which: 'old' | 'new', state: RedlineState): Child {
  const lines = (value: unknown) => (typeof value === 'string' && value !== '' ? value.split('\n') : [])
  const mine = lines(change[which])
  const theirs = new Set(lines(change[which === 'old' ? 'new' : 'old']))
  return mine.map((line, index) => {
    const words = localized('lifecycle', line, state)
    const shown = theirs.has(line) ? words : marked(which, words, state)
    return index > 0 ? [h('br', null), shown] : shown
  })
}

function marked(which: 'old' | 'new', value: string, state: RedlineState): Child {
  return h(
    which === 'old' ? 'del' : 'ins',
    {datetime: state.datetime, cite: state.cite, role: which === 'old' ? 'deletion' : 'insertion'},
    h('span', {class: 'visually-hidden'}, which === 'old' ? state.labels.deleted : state.labels.inserted),
    h('bdi', null, value),
  )
}

function side(change: MetadataChange, which: 'old' | 'new', id: string, state: RedlineState): Child {
  const value = change[which]
  if (change.field === 'lifecycle') return lifecycleSide(change, which, state)
  if (
    change.field !== 'language' &&
    change.field !== 'date' &&
    Array.isArray(change.changes) &&
    change.changes.length > 0
  ) {
    return renderRuns(change.changes, which, {id, eId: 'preface', marked: false}, state)
  }
  if (typeof value !== 'string' || value === '') return undefined
  return marked(which, localized(change.field, value, state), state)
}

/**
 * The name of a metadata field: `Statement heading 1` for the heading of the first statement.
 *
 * @example fieldName({field: 'heading', attachment: 1}, state) // 'Statement heading 1'
 */
export function fieldName(change: MetadataChange, state: RedlineState): string {
  const name = own(state.labels.field, change.field, String(change.field))
  return change.field === 'heading' && Number.isInteger(change.attachment)
    ? `${name} ${change.attachment}`
    : name
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
            h('th', {scope: 'row'}, fieldName(change, state)),
            h('td', {dir: 'auto'}, side(change, 'old', id, state)),
            h('td', {dir: 'auto'}, side(change, 'new', id, state)),
          )
        }),
      ),
    ),
  )
}

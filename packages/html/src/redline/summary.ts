import type {ComparisonStats} from '@clausewise/model'
import {own} from '../labels.js'
import {type Child, type Html, h} from '../markup.js'
import {groupLabel} from './label.js'
import {changeKinds, groupId, isChanged, type RedlineState} from './state.js'

const clauseCounts = ['modified', 'inserted', 'deleted', 'moved', 'renumbered', 'split', 'merged'] as const

function count(value: unknown): string {
  return typeof value === 'number' && Number.isFinite(value) ? String(value) : '0'
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

/**
 * The summary at the top of a redline: counts by kind of change (clauses, then word changes by
 * class), then the list of changed clauses, each a link to its change. Plain anchors: no script needed.
 */
export function summary(state: RedlineState): Html {
  const {labels, comparison} = state
  const stats: Partial<ComparisonStats> = comparison.stats ?? {}
  const byKind: Partial<Record<string, number>> = stats.changesByKind ?? {}
  const clauseRows = clauseCounts.map((key): [string, string] => [
    labels.clauseChange[key],
    count(stats[key]),
  ])
  const wordRows = changeKinds.map((kind): [string, string] => [labels.changeKind[kind], count(byKind[kind])])
  const items: Child[] = []
  comparison.clauses.forEach((group, index) => {
    if (!isChanged(group, state)) return
    const how: string[] = []
    if (group.change !== 'unchanged') how.push(own(labels.clauseChange, group.change, String(group.change)))
    if (group.moved) how.push(labels.clauseChange.moved)
    if (group.renumbered) how.push(labels.clauseChange.renumbered)
    // A deleted clause is named by the old text's numbering, and says so: "recital 1" alone would
    // read as the new text's recital 1.
    const name =
      group.change === 'deleted'
        ? labels.inOldText(groupLabel(group, 'old', labels))
        : groupLabel(group, 'new', labels)
    items.push(
      h('li', null, h('a', {href: `#${groupId(group, index, state)}`}, name), ` — ${how.join(', ')}`),
    )
  })
  comparison.metadata.forEach((change, index) => {
    items.splice(
      index,
      0,
      h(
        'li',
        null,
        h(
          'a',
          {href: `#${state.metadataIds[index] ?? ''}`},
          own(labels.field, change.field, String(change.field)),
        ),
        ` — ${labels.clauseChange.modified}`,
      ),
    )
  })
  return h(
    'nav',
    {class: 'summary', 'aria-label': labels.changes},
    h('h2', null, labels.summary),
    h(
      'div',
      {class: 'stats-tables'},
      table(labels.groups, labels.kindOfChange, clauseRows, state),
      table(labels.wordChanges, labels.kindOfChange, wordRows, state),
    ),
    h('h2', null, labels.changedClauses),
    items.length > 0 ? h('ol', {class: 'change-list'}, items) : h('p', null, labels.noChanges),
  )
}

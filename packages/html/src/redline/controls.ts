import {cosmeticKinds} from '@clausewise/model'
import {type Child, type Html, h} from '../markup.js'
import type {RedlineState} from './state.js'

function checkbox(name: string, words: string, state: RedlineState, checked = false): Html {
  const id = state.ids.take(`${state.prefix}${name}`, `${state.prefix}${name}`)
  return h(
    'label',
    {class: 'control', for: id},
    h('input', {type: 'checkbox', id, class: name, checked}),
    ' ',
    words,
  )
}

/**
 * The view controls: "Changes only", and "Hide …" for each cosmetic class the comparison has. Plain
 * checkboxes read by the stylesheet (`:has(…:checked)`), so filtering needs no script; hidden
 * classes are still counted in the summary ("2 typography changes hidden").
 *
 * @example serialize(viewControls(state)) // '<fieldset class="view-controls"><legend>View</legend>…'
 */
export function viewControls(state: RedlineState): Html {
  const {labels, comparison} = state
  const byKind: Partial<Record<string, number>> = comparison.stats?.changesByKind ?? {}
  const filters: Child[] = []
  for (const kind of cosmeticKinds) {
    if (state.hide.has(kind) || !((byKind[kind] ?? 0) > 0)) continue
    filters.push(checkbox(`filter-${kind}`, labels.hideKind(labels.changeKind[kind]), state))
  }
  return h(
    'fieldset',
    {class: 'view-controls'},
    h('legend', null, labels.view),
    checkbox('filter-unchanged', labels.changesOnly, state),
    filters,
  )
}

/**
 * On-screen previous / next buttons with a "3 / 11" counter, and the switch that turns the
 * single-key shortcuts off (WCAG 2.1.4). Hidden until the page script shows it: without the script
 * the buttons could do nothing.
 *
 * @example serialize(changeNavigation(state)) // '<div class="change-navigation" role="group" … hidden>…'
 */
export function changeNavigation(state: RedlineState): Html {
  const {labels} = state
  return h(
    'div',
    {class: 'change-navigation', role: 'group', 'aria-label': labels.navigation, hidden: true},
    h('button', {type: 'button', class: 'previous-change', 'data-step': '-1'}, `← ${labels.previous}`),
    h('output', {class: 'change-position', 'aria-live': 'polite'}, ''),
    h('button', {type: 'button', class: 'next-change', 'data-step': '1'}, `${labels.next} →`),
    checkbox('shortcuts', labels.shortcuts, state, true),
  )
}

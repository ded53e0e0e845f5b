import type {ClauseGroup} from '@clausewise/model'
import {own} from '../labels.js'
import {fullLabel} from './label.js'
import {editOf, type RedlineState} from './state.js'

function short(num: unknown, eId: unknown): string {
  if (typeof num === 'string' && num.trim() !== '') return num.trim().replace(/\.$/, '')
  return /_(\d+)$/.exec(typeof eId === 'string' ? eId : '')?.[1] ?? '?'
}

function plural(group: ClauseGroup, numbers: string, state: RedlineState): string {
  const {labels} = state
  const named = Object.hasOwn(labels.plural, String(group.kind))
    ? labels.plural[String(group.kind)]
    : undefined
  const name = named ? named(numbers) : `${own(labels.clauseKind, group.kind, String(group.kind))} ${numbers}`
  return group.section === 'attachment'
    ? `${labels.statement(typeof group.attachment === 'number' ? group.attachment : 1)}, ${name}`
    : name
}

/**
 * The groups of an edit, in the comparison's order.
 *
 * @example membersOf('g20', state).length // 4
 */
export function membersOf(id: string, state: RedlineState): ClauseGroup[] {
  return state.edits.get(id) ?? []
}

/**
 * The words of a swap, on its first group: `operative paragraphs 7 and 8 swapped`.
 *
 * @example swapWords(group, state) // 'operative paragraphs 7 and 8 swapped'
 */
export function swapWords(first: ClauseGroup, state: RedlineState): string {
  const members = membersOf(first.id, state)
  const second = members.find((group) => group !== first) ?? first
  const numbers = `${short(first.newNum, first.new?.[0])} ${state.labels.and} ${short(second.newNum, second.new?.[0])}`
  return state.labels.swapped(plural(first, numbers, state))
}

/**
 * The words of a renumbering cascade, on its first group: `operative paragraphs 10–13 renumbered
 * 11–14, following operative paragraph 10 (inserted)`.
 *
 * @example cascadeWords(group, state) // 'operative paragraphs 10–13 renumbered 11–14, following …'
 */
export function cascadeWords(first: ClauseGroup, state: RedlineState): string {
  const {labels} = state
  const members = membersOf(first.id, state)
  const last = members[members.length - 1] ?? first
  const range = (a: string, b: string) => (a === b ? a : `${a}–${b}`)
  let words = labels.cascade(
    plural(first, range(short(first.oldNum, first.old?.[0]), short(last.oldNum, last.old?.[0])), state),
    range(short(first.newNum, first.new?.[0]), short(last.newNum, last.new?.[0])),
  )
  const causeId = editOf(first)?.cause
  const cause = causeId === undefined ? undefined : state.byId.get(causeId)
  if (cause) {
    const how = cause.moved
      ? labels.clauseChange.moved
      : own(labels.clauseChange, cause.change, String(cause.change))
    words += `, ${labels.following(fullLabel(cause, cause.change === 'deleted' ? 'old' : 'new', state), how)}`
  }
  return words
}

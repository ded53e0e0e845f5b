import type {Change, ChangeKind, ClauseGroup} from '@clausewise/model'
import {type Child, type Html, h, lines} from '../markup.js'
import {kindOf, type RedlineState} from './state.js'

/** Which text to render: both (inline), the old side, or the new side (side by side). */
export type Side = 'inline' | 'old' | 'new'

/** Where the change elements belong: their id base and the clause's eId. */
export interface RunContext {
  /** Id base of the group, e.g. `g12`; changes are `g12-c1`, `g12-c2`, … */
  id: string
  eId: string
  /** Whether the change elements are navigation targets with ids (off for metadata rows). */
  marked: boolean
}

/** The runs of a group; a group without runs (or with invalid ones) gets them from its texts. */
export function runsOf(group: ClauseGroup): Change[] {
  const changes = Array.isArray(group.changes)
    ? group.changes.filter(
        (change): change is Change =>
          change !== null &&
          typeof change === 'object' &&
          typeof change.text === 'string' &&
          (change.op === 'equal' || change.op === 'insert' || change.op === 'delete'),
      )
    : []
  if (changes.length > 0) return changes
  const oldText = typeof group.oldText === 'string' ? group.oldText : ''
  const newText = typeof group.newText === 'string' ? group.newText : ''
  if (group.change === 'inserted') return newText ? [{op: 'insert', text: newText, kind: 'wording'}] : []
  if (group.change === 'deleted') return oldText ? [{op: 'delete', text: oldText, kind: 'wording'}] : []
  if (oldText === newText) return newText ? [{op: 'equal', text: newText}] : []
  return [
    {op: 'delete', text: oldText, kind: 'wording'},
    {op: 'insert', text: newText, kind: 'wording'},
  ]
}

function words(text: string): Html {
  // `bdi` isolates the changed text: right-to-left overrides inside cannot reorder the markers.
  return h('bdi', null, lines(text))
}

function mark(
  name: 'del' | 'ins',
  text: string,
  attributes: Record<string, string | number | undefined>,
  state: RedlineState,
): Html {
  return h(
    name,
    {...attributes, datetime: state.datetime, cite: state.cite},
    h('span', {class: 'visually-hidden'}, name === 'del' ? state.labels.deleted : state.labels.inserted),
    words(text),
  )
}

function target(
  context: RunContext,
  id: string,
  change: 'delete' | 'insert' | 'replace',
  kind: ChangeKind,
  eId: string,
  state: RedlineState,
): Record<string, string | number | undefined> {
  if (!context.marked) return {'data-kind': kind}
  return {
    id: state.ids.take(id, id),
    'data-change': state.interactive ? change : undefined,
    'data-kind': kind,
    'data-eid': eId,
    tabindex: state.interactive ? -1 : undefined,
  }
}

/**
 * Render a group's word-level runs: inline (a replacement is `<span role="suggestion">` with a
 * `<del>` then an `<ins>`), or one side of a side-by-side row. Hidden classes are plain text.
 */
export function renderRuns(
  runs: readonly Change[],
  side: Side,
  context: RunContext,
  state: RedlineState,
): Child[] {
  const out: Child[] = []
  let count = 0
  for (let index = 0; index < runs.length; index++) {
    const run = runs[index]!
    if (run.op === 'equal') {
      out.push(lines(run.text))
      continue
    }
    const next = runs[index + 1]
    const kind = kindOf(run.kind)
    const replacement = run.op === 'delete' && next !== undefined && next.op === 'insert'
    if (replacement) index++
    const oldText = run.op === 'delete' ? run.text : undefined
    const newText = replacement ? next.text : run.op === 'insert' ? run.text : undefined
    if (state.hide.has(kind)) {
      // Hidden classes read as the side's own text, without any mark.
      const text = side === 'old' ? oldText : newText
      if (text !== undefined) out.push(lines(text))
      continue
    }
    count++
    const id = `${context.id}-c${count}`
    if (side === 'inline') {
      if (replacement && oldText !== undefined && newText !== undefined) {
        out.push(
          h(
            'span',
            {
              role: 'suggestion',
              class: 'replacement',
              ...target(context, id, 'replace', kind, context.eId, state),
            },
            mark('del', oldText, {}, state),
            mark('ins', newText, {}, state),
          ),
        )
      } else if (oldText !== undefined) {
        out.push(mark('del', oldText, target(context, id, 'delete', kind, context.eId, state), state))
      } else if (newText !== undefined) {
        out.push(mark('ins', newText, target(context, id, 'insert', kind, context.eId, state), state))
      }
      continue
    }
    if (side === 'old' && oldText !== undefined) {
      const attributes = target(context, id, replacement ? 'replace' : 'delete', kind, context.eId, state)
      out.push(mark('del', oldText, replacement ? {...attributes, 'data-pair': id} : attributes, state))
    }
    if (side === 'new' && newText !== undefined) {
      const newId = replacement ? `${id}-new` : id
      const attributes = target(context, newId, replacement ? 'replace' : 'insert', kind, context.eId, state)
      out.push(mark('ins', newText, replacement ? {...attributes, 'data-pair': id} : attributes, state))
    }
  }
  return out
}

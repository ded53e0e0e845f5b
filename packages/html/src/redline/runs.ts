import {type Change, type ChangeKind, type ClauseGroup, cosmeticKinds} from '@clausewise/model'
import {type Child, type Html, h} from '../markup.js'
import {kindOf, type RedlineState} from './state.js'
import {typeset} from './typeset.js'

/** Which text to render: both (inline), the old side, or the new side (side by side). */
export type Side = 'inline' | 'old' | 'new'

/** Where the change elements belong: their id base and the clause's eId. */
export interface RunContext {
  /** Id base of the group, e.g. `g12`; changes are `g12-c1`, `g12-c2`, … */
  id: string
  eId: string
  /** Whether the change elements are navigation targets with ids (off for metadata rows). */
  marked: boolean
  /**
   * The whole text of an inserted or deleted clause: one stop named `clause-insert`/`clause-delete`,
   * since it is a change of the clause, not a word change inside one.
   */
  whole?: boolean | undefined
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

/** Text with its line breaks, and `nº` typeset where the page's language writes it so. */
export function text(value: string, state: RedlineState): Child[] {
  const out: Child[] = []
  value.split('\n').forEach((line, index) => {
    if (index > 0) out.push(h('br', null))
    out.push(state.superscriptOrdinals ? typeset(line) : line)
  })
  return out
}

const markElements: Readonly<Record<string, string>> = {i: 'i', b: 'b', u: 'u', sup: 'sup', sub: 'sub'}

/** Text under the formatting marks of a `formatting` change (`ref` is shown as a link-styled span). */
function formatted(value: string, marks: readonly unknown[] | undefined, state: RedlineState): Child {
  let content: Child = text(value, state)
  for (const mark of marks ?? []) {
    if (typeof mark !== 'string') continue
    if (mark === 'ref') content = h('span', {class: 'link-mark'}, content)
    else if (Object.hasOwn(markElements, mark)) content = h(markElements[mark]!, null, content)
  }
  return content
}

function words(value: string, state: RedlineState, marks?: readonly unknown[]): Html {
  // `bdi` isolates the changed text: right-to-left text inside cannot reorder the markers around it.
  return h('bdi', null, marks ? formatted(value, marks, state) : text(value, state))
}

function mark(
  name: 'del' | 'ins',
  value: string,
  attributes: Record<string, string | number | undefined>,
  state: RedlineState,
  marks?: readonly unknown[],
): Html {
  return h(
    name,
    {
      ...attributes,
      // Explicit roles: inside `role="suggestion"` ARIA requires insertion and deletion children.
      role: name === 'del' ? 'deletion' : 'insertion',
      datetime: state.datetime,
      cite: state.cite,
    },
    h('span', {class: 'visually-hidden'}, name === 'del' ? state.labels.deleted : state.labels.inserted),
    words(value, state, marks),
  )
}

function target(
  context: RunContext,
  id: string,
  change: string,
  kind: ChangeKind,
  state: RedlineState,
): Record<string, string | number | undefined> {
  const quiet = cosmeticKinds.includes(kind) ? 'cosmetic' : undefined
  if (!context.marked) return {'data-kind': kind, class: quiet}
  return {
    class: quiet,
    id: state.ids.take(id, id),
    'data-change': state.interactive ? change : undefined,
    'data-kind': kind,
    'data-eid': context.eId,
    tabindex: state.interactive ? -1 : undefined,
  }
}

/** What a formatting change did, in words: `emphasis added`. */
export function formattingWords(oldMarks: unknown, newMarks: unknown, state: RedlineState): string {
  const list = (value: unknown) =>
    Array.isArray(value) ? value.filter((item) => typeof item === 'string') : []
  const before = list(oldMarks)
  const after = list(newMarks)
  const name = (mark: string) => (Object.hasOwn(state.labels.marks, mark) ? state.labels.marks[mark]! : mark)
  const added = after.filter((mark) => !before.includes(mark)).map(name)
  const removed = before.filter((mark) => !after.includes(mark)).map(name)
  return state.labels.marksChanged(added.join(', '), removed.join(', ')) || state.labels.changeKind.formatting
}

/** The visible words of a formatting change: ` (emphasis added)`. */
function formattingNote(oldMarks: unknown, newMarks: unknown, state: RedlineState): Html {
  return h('span', {class: 'formatting-note'}, ` (${formattingWords(oldMarks, newMarks, state)})`)
}

/**
 * Render a group's word-level runs: inline (a replacement is `<span role="suggestion">` with a
 * `<del role="deletion">` then an `<ins role="insertion">`), or one side of a side-by-side row.
 * Hidden classes are plain text; cosmetic ones are drawn quietly by the stylesheet (`data-kind`).
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
      out.push(text(run.text, state))
      continue
    }
    const next = runs[index + 1]
    const kind = kindOf(run.kind)
    const replacement = run.op === 'delete' && next !== undefined && next.op === 'insert'
    if (replacement) index++
    const oldText = run.op === 'delete' ? run.text : undefined
    const newText = replacement ? next.text : run.op === 'insert' ? run.text : undefined
    const oldMarks = kind === 'formatting' ? (run.marks ?? []) : undefined
    const newMarks = kind === 'formatting' ? ((replacement ? next.marks : run.marks) ?? []) : undefined
    if (state.hide.has(kind)) {
      // Hidden classes read as the side's own text, without any mark; the summary counts them.
      const value = side === 'old' ? oldText : newText
      if (value !== undefined) out.push(text(value, state))
      continue
    }
    count++
    const id = `${context.id}-c${count}`
    const whole = context.whole === true
    const single = (op: 'delete' | 'insert') => (whole ? `clause-${op}` : op)
    const note = kind === 'formatting' && replacement ? formattingNote(oldMarks, newMarks, state) : undefined
    if (side === 'inline') {
      if (replacement && oldText !== undefined && newText !== undefined) {
        out.push(
          h(
            'span',
            {
              role: 'suggestion',
              ...target(context, id, 'replace', kind, state),
              class: cosmeticKinds.includes(kind) ? 'replacement cosmetic' : 'replacement',
            },
            mark('del', oldText, {}, state, oldMarks),
            mark('ins', newText, {}, state, newMarks),
            note,
          ),
        )
      } else if (oldText !== undefined) {
        out.push(mark('del', oldText, target(context, id, single('delete'), kind, state), state, oldMarks))
      } else if (newText !== undefined) {
        out.push(mark('ins', newText, target(context, id, single('insert'), kind, state), state, newMarks))
      }
      continue
    }
    if (side === 'old' && oldText !== undefined) {
      const attributes = target(context, id, replacement ? 'replace' : single('delete'), kind, state)
      out.push(
        mark('del', oldText, replacement ? {...attributes, 'data-pair': id} : attributes, state, oldMarks),
      )
    }
    if (side === 'new' && newText !== undefined) {
      const newId = replacement ? `${id}-new` : id
      const attributes = target(context, newId, replacement ? 'replace' : single('insert'), kind, state)
      out.push(
        mark('ins', newText, replacement ? {...attributes, 'data-pair': id} : attributes, state, newMarks),
        note,
      )
    }
  }
  return out
}

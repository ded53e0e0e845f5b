import {type Change, type ChangeKind, type Inline, isClause, type Nodes, type Text} from '@clausewise/model'
import type {Revision, WriteInline} from '../write/inline.js'

/** A text node of a clause's own text, with the array that holds it. */
export interface TextSlot {
  node: Text
  parent: {children: WriteInline[]}
}

// What a clause's own text leaves out: numbers, and notes (clauses of their own).
const skipped = new Set(['num', 'noteRef', 'authorialNote'])

/**
 * The text nodes under these blocks, in order, as the differ's `newText` is made of them; with
 * `clauses: false`, those of clauses nested in them left out (their own text is theirs).
 */
export function textSlots(blocks: readonly Nodes[], options: {clauses?: boolean} = {}): TextSlot[] {
  const slots: TextSlot[] = []
  const walk = (node: Nodes): void => {
    if (skipped.has(node.type) || !('children' in node)) return
    if (options.clauses === false && isClause(node)) return
    for (const child of node.children as Nodes[]) {
      if (child.type === 'text')
        slots.push({node: child, parent: node as unknown as {children: WriteInline[]}})
      else walk(child)
    }
  }
  for (const block of blocks) {
    if (options.clauses === false && isClause(block)) continue
    walk(block)
  }
  return slots
}

const isSeparator = (character: string | undefined): boolean =>
  character === '\n' || character === ' ' || character === '\r' || character === '\t'

/** Where each slot's text starts in `newText`, or `undefined` when they do not match. */
function locate(slots: TextSlot[], newText: string): number[] | undefined {
  const starts: number[] = []
  let cursor = 0
  for (const slot of slots) {
    const value = slot.node.value
    while (!newText.startsWith(value, cursor) && isSeparator(newText[cursor])) cursor++
    if (!newText.startsWith(value, cursor)) return undefined
    starts.push(cursor)
    cursor += value.length
  }
  while (isSeparator(newText[cursor])) cursor++
  return cursor === newText.length ? starts : undefined
}

/**
 * The runs to show: changes of an ignored kind read as the new text, unmarked (a replacement's
 * deletion goes, its insertion stays as plain text).
 */
export function visibleRuns(changes: readonly Change[], ignore: ReadonlySet<ChangeKind>): Change[] {
  if (ignore.size === 0) return [...changes]
  const result: Change[] = []
  for (const change of changes) {
    if (change.op === 'equal' || !ignore.has(change.kind ?? 'wording')) result.push(change)
    else if (change.op === 'insert') result.push({op: 'equal', text: change.text})
  }
  return result
}

const oneLine = (value: string): string => value.replace(/[\r\n]+/g, ' ')

/**
 * Mark a group's word changes on the text nodes of its new clause(s): inserted text wrapped in an
 * `ins` revision, deleted text added as a `del` revision where it stood. Returns `false` (and changes
 * nothing) when the runs do not fit the text.
 */
export function markChanges(
  slots: TextSlot[],
  newText: string,
  changes: readonly Change[],
  deletedContent?: OldContent,
): boolean {
  const starts = locate(slots, newText)
  if (!starts) return false
  const inserts: [number, number][] = []
  const deletions: {at: number; text: string; content: WriteInline[] | undefined}[] = []
  let position = 0
  let oldPosition = 0
  for (const change of changes) {
    if (change.op === 'equal') {
      position += change.text.length
      oldPosition += (change.old ?? change.text).length
    } else if (change.op === 'insert') {
      inserts.push([position, position + change.text.length])
      position += change.text.length
    } else {
      if (change.text) {
        const content = deletedContent?.(oldPosition, oldPosition + change.text.length, change.text)
        deletions.push({at: position, text: oneLine(change.text), content})
      }
      oldPosition += change.text.length
    }
  }
  if (position !== newText.length) return false
  if (slots.length === 0) return deletions.length === 0

  // Each deletion goes to the first slot that reaches its position (the last slot if none does).
  const owned = slots.map(() => [] as {at: number; text: string; content: WriteInline[] | undefined}[])
  for (const deletion of deletions) {
    let index = slots.findIndex(
      (slot, slotIndex) => deletion.at <= starts[slotIndex]! + slot.node.value.length,
    )
    if (index === -1) index = slots.length - 1
    owned[index]!.push(deletion)
  }

  const replacements = new Map<Text, WriteInline[]>()
  for (const [index, slot] of slots.entries()) {
    const start = starts[index]!
    const value = slot.node.value
    const end = start + value.length
    const cuts = new Set<number>([0, value.length])
    for (const [from, to] of inserts) {
      if (to <= start || from >= end) continue
      cuts.add(Math.max(from, start) - start)
      cuts.add(Math.min(to, end) - start)
    }
    const own = owned[index]!.map((deletion) => ({
      at: Math.min(Math.max(deletion.at - start, 0), value.length),
      text: deletion.text,
      content: deletion.content,
    }))
    for (const deletion of own) cuts.add(deletion.at)
    const points = [...cuts].sort((left, right) => left - right)
    const pieces: WriteInline[] = []
    for (const [pointIndex, point] of points.entries()) {
      for (const deletion of own) {
        if (deletion.at !== point) continue
        pieces.push(
          deletion.content
            ? {type: 'revision', kind: 'del', children: deletion.content}
            : revision('del', deletion.text),
        )
      }
      const next = points[pointIndex + 1]
      if (next === undefined || next === point) continue
      const piece = value.slice(point, next)
      const inserted = inserts.some(([from, to]) => from <= start + point && start + next <= to)
      pieces.push(inserted ? revision('ins', piece) : {type: 'text', value: piece})
    }
    replacements.set(slot.node, pieces)
  }
  const parents = new Set(slots.map((slot) => slot.parent))
  // In place: paragraphs to write hold these very arrays.
  for (const parent of parents) {
    const next = parent.children.flatMap((child) =>
      child.type === 'text' ? (replacements.get(child) ?? [child]) : [child],
    )
    parent.children.length = 0
    for (const child of next) parent.children.push(child)
  }
  return true
}

/** The old version's content between two offsets of its own text, formatting kept. */
export type OldContent = (from: number, to: number, text: string) => WriteInline[] | undefined

const formats = new Set(['b', 'i', 'u', 'sup', 'sub'])

/**
 * Slices of a clause's old own text with their formatting (bold, italics, underline, superscript,
 * subscript), so that deleted words are written as they were. `undefined` for a slice that does not
 * fall on the old text (the comparison is not of this document) or crosses a line.
 */
export function oldContent(
  blocks: readonly Nodes[],
  oldText: string,
  options: {clauses?: boolean} = {},
): OldContent | undefined {
  const pieces: {text: string; chain: string[]}[] = []
  const walk = (node: Nodes, chain: string[]): void => {
    if (skipped.has(node.type) || !('children' in node)) return
    if (options.clauses === false && isClause(node)) return
    for (const child of node.children as Nodes[]) {
      if (child.type === 'text') pieces.push({text: child.value, chain})
      else walk(child, formats.has(child.type) ? [...chain, child.type] : chain)
    }
  }
  for (const block of blocks) if (options.clauses !== false || !isClause(block)) walk(block, [])
  const starts: number[] = []
  let cursor = 0
  for (const piece of pieces) {
    while (!oldText.startsWith(piece.text, cursor) && isSeparator(oldText[cursor])) cursor++
    if (!oldText.startsWith(piece.text, cursor)) return undefined
    starts.push(cursor)
    cursor += piece.text.length
  }
  if (!pieces.some((piece) => piece.chain.length > 0)) return undefined
  return (from, to, text) => {
    if (/[\r\n]/.test(text)) return undefined
    const result: WriteInline[] = []
    let at = from
    const gap = (until: number): void => {
      if (until > at) result.push({type: 'text', value: oldText.slice(at, until)})
      at = Math.max(at, until)
    }
    for (const [index, piece] of pieces.entries()) {
      const start = starts[index]!
      const end = start + piece.text.length
      if (end <= from || start >= to) continue
      gap(start)
      const stop = Math.min(end, to)
      let node: WriteInline = {type: 'text', value: oldText.slice(at, stop)}
      for (const type of [...piece.chain].reverse()) node = {type, children: [node]} as WriteInline
      result.push(node)
      at = stop
    }
    gap(to)
    return oldText.slice(from, to) === text ? result : undefined
  }
}

/** A tracked change holding one text. */
export function revision(kind: Revision['kind'], text: string): Revision {
  return {type: 'revision', kind, children: [{type: 'text', value: text}]}
}

/** Wrap inline content whole in a tracked change. */
export function wrap(kind: Revision['kind'], children: readonly WriteInline[]): WriteInline[] {
  return children.length === 0 ? [] : [{type: 'revision', kind, children: [...children]}]
}

/** Inline content without notes (a clause's notes are clauses of their own). */
export function withoutNotes(children: readonly Inline[]): Inline[] {
  return children.filter((child) => child.type !== 'authorialNote')
}

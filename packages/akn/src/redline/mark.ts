import {
  type Change,
  type Clause,
  type Del,
  type Inline,
  type Ins,
  type Nodes,
  ownBlocks,
  type Text,
} from '@clausewise/model'

/** A text node of a clause's own text, with the array that holds it and the clause it belongs to. */
export interface TextSlot {
  node: Text
  parent: {children: Inline[]}
  clause: string
}

/** Hands out `…__ins_N` / `…__del_N` eIds, unique in the document. */
export type MarkId = (clause: string, kind: 'ins' | 'del') => string

// Inside a clause's own blocks, what the differ's text leaves out: notes are clauses of their own.
const skipped = new Set(['num', 'noteRef', 'authorialNote'])

/**
 * The text nodes of a clause's own text, in order: those of the model's `ownBlocks`, which are what
 * the differ's `oldText`/`newText` are made of, so that the two cannot drift apart.
 */
export function ownTextSlots(clause: Clause): TextSlot[] {
  const slots: TextSlot[] = []
  const walk = (node: Nodes): void => {
    if (skipped.has(node.type) || !('children' in node)) return
    for (const child of node.children as Nodes[]) {
      if (child.type === 'text')
        slots.push({node: child, parent: node as {children: Inline[]}, clause: clause.eId})
      else walk(child)
    }
  }
  for (const block of ownBlocks(clause)) walk(block)
  return slots
}

const isSeparator = (character: string | undefined): boolean =>
  character === '\n' || character === ' ' || character === '\r' || character === '\t'

/**
 * Where each slot's text starts in `newText` (which joins blocks with separators), or `undefined` when
 * the texts do not match (the comparison is not of this document).
 */
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

const oneLine = (value: string): string => value.replace(/[\r\n]+/g, ' ')

/**
 * Mark a group's changes on the text nodes of its new clause(s): inserted text wrapped in `ins`, deleted
 * text added as `del` where it stood. Returns `false` (and changes nothing) when the runs do not fit the
 * clause's text.
 */
export function markChanges(slots: TextSlot[], newText: string, changes: Change[], markId: MarkId): boolean {
  const starts = locate(slots, newText)
  if (!starts) return false
  const inserts: [number, number][] = []
  const deletions: {at: number; text: string}[] = []
  let position = 0
  for (const change of changes) {
    if (change.op === 'equal') position += change.text.length
    else if (change.op === 'insert') {
      inserts.push([position, position + change.text.length])
      position += change.text.length
    } else if (change.text) deletions.push({at: position, text: oneLine(change.text)})
  }
  if (position !== newText.length) return false

  // Each deletion goes to the first slot that reaches its position (the last slot if none does).
  const owned = slots.map(() => [] as {at: number; text: string}[])
  for (const deletion of deletions) {
    let index = slots.findIndex(
      (slot, slotIndex) => deletion.at <= starts[slotIndex]! + slot.node.value.length,
    )
    if (index === -1) index = slots.length - 1
    if (index === -1) return false
    owned[index]!.push(deletion)
  }

  const replacements = new Map<Text, Inline[]>()
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
    }))
    for (const deletion of own) cuts.add(deletion.at)
    const points = [...cuts].sort((left, right) => left - right)
    const pieces: Inline[] = []
    for (const [pointIndex, point] of points.entries()) {
      for (const deletion of own) {
        if (deletion.at === point) {
          const del: Del = {
            type: 'del',
            eId: markId(slot.clause, 'del'),
            children: [{type: 'text', value: deletion.text}],
          }
          pieces.push(del)
        }
      }
      const next = points[pointIndex + 1]
      if (next === undefined || next === point) continue
      const piece = value.slice(point, next)
      const inserted = inserts.some(([from, to]) => from <= start + point && start + next <= to)
      if (inserted) {
        const ins: Ins = {
          type: 'ins',
          eId: markId(slot.clause, 'ins'),
          children: [{type: 'text', value: piece}],
        }
        pieces.push(ins)
      } else pieces.push({type: 'text', value: piece})
    }
    replacements.set(slot.node, pieces)
  }
  const parents = new Set(slots.map((slot) => slot.parent))
  for (const parent of parents) {
    parent.children = parent.children.flatMap((child) =>
      child.type === 'text' ? (replacements.get(child) ?? [child]) : [child],
    )
  }
  return true
}

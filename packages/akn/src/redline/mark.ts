import {
  type Change,
  type Del,
  type Inline,
  type Ins,
  isClause,
  type Nodes,
  opaqueText,
  ownBlocks,
  type Text,
} from '@clausewise/model'

/** A text node of a unit's own text, with the array that holds it and the unit it belongs to. */
export interface TextSlot {
  node: Text
  parent: {children: Inline[]}
  unit: string
}

/** A piece of a unit's own text: a text node that can be marked, or text that cannot (a number, kept content). */
export type Piece = {slot: TextSlot} | {literal: string}

/** Hands out `…__ins_N` / `…__del_N` eIds, unique in the document. */
export type MarkId = (unit: string, kind: 'ins' | 'del') => string

/**
 * The pieces of a unit's own text, in order, walked as the model's `ownText` reads it: a clause's own
 * blocks (not its number, nested clauses or notes), or a whole block outside every clause. Iterative.
 */
export function ownPieces(node: Nodes, unit: string): Piece[] {
  const pieces: Piece[] = []
  const roots = isClause(node) ? ownBlocks(node) : [node]
  type Frame = {node: Nodes; parent: {children: Inline[]} | undefined; quoted: boolean}
  const stack: Frame[] = []
  for (let index = roots.length - 1; index >= 0; index--) {
    stack.push({
      node: roots[index]!,
      parent: isClause(node) ? (node as {children: Inline[]}) : undefined,
      quoted: false,
    })
  }
  while (stack.length > 0) {
    const {node: current, parent, quoted} = stack.pop()!
    switch (current.type) {
      case 'text':
        if (parent) pieces.push({slot: {node: current, parent, unit}})
        else pieces.push({literal: current.value})
        continue
      case 'num':
        if (!current.children || current.children.length === 0) {
          pieces.push({literal: current.value})
          continue
        }
        break
      case 'br':
        continue
      case 'marker':
      case 'noteRef':
        continue
      case 'authorialNote':
        if (current !== node) continue
        break
      case 'opaque':
        pieces.push({literal: opaqueText(current.xml)})
        continue
      default:
        if (current !== node && !quoted && isClause(current)) continue
    }
    if (!('children' in current) || current.children === undefined) continue
    const children = current.children as Nodes[]
    const inside = quoted || current.type === 'subFlow'
    for (let index = children.length - 1; index >= 0; index--) {
      stack.push({node: children[index]!, parent: current as {children: Inline[]}, quoted: inside})
    }
  }
  return pieces
}

const isSeparator = (code: number): boolean => code === 10 || code === 32 || code === 13 || code === 9

/**
 * Where each piece's text starts in `newText` (which joins blocks with separators), or `undefined`
 * when the texts do not match (the comparison is not of this document).
 */
function locate(pieces: Piece[], newText: string): number[] | undefined {
  const starts: number[] = []
  let cursor = 0
  for (const piece of pieces) {
    const value = 'slot' in piece ? piece.slot.node.value : piece.literal.trim()
    while (!newText.startsWith(value, cursor) && isSeparator(newText.charCodeAt(cursor))) cursor++
    if (!newText.startsWith(value, cursor)) return undefined
    starts.push(cursor)
    cursor += value.length
  }
  while (isSeparator(newText.charCodeAt(cursor))) cursor++
  return cursor === newText.length ? starts : undefined
}

const oneLine = (value: string): string => value.replace(/[\r\n]+/g, ' ')

/**
 * Mark a group's changes on the text nodes of its new unit(s): inserted text wrapped in `ins`, deleted
 * text added as `del` where it stood. Text that is not a text node (a number, kept content) is left
 * unmarked. Returns `false` (and changes nothing) when the runs do not fit the units' text.
 */
export function markChanges(pieces: Piece[], newText: string, changes: Change[], markId: MarkId): boolean {
  const starts = locate(pieces, newText)
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

  const slots: {slot: TextSlot; start: number}[] = []
  pieces.forEach((piece, index) => {
    if ('slot' in piece) slots.push({slot: piece.slot, start: starts[index]!})
  })
  if (slots.length === 0) return deletions.length === 0 && inserts.length === 0
  // Each deletion goes to the first slot that reaches its position (the last slot if none does).
  const owned = slots.map(() => [] as {at: number; text: string}[])
  let next = 0
  for (const deletion of deletions) {
    while (next < slots.length - 1 && deletion.at > slots[next]!.start + slots[next]!.slot.node.value.length)
      next++
    owned[next]!.push(deletion)
  }

  const replacements = new Map<Text, Inline[]>()
  let insert = 0
  for (const [index, {slot, start}] of slots.entries()) {
    const value = slot.node.value
    const end = start + value.length
    const cuts = new Set<number>([0, value.length])
    while (insert < inserts.length && inserts[insert]![1] <= start) insert++
    for (let at = insert; at < inserts.length && inserts[at]![0] < end; at++) {
      const [from, to] = inserts[at]!
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
        if (deletion.at !== point) continue
        const del: Del = {
          type: 'del',
          eId: markId(slot.unit, 'del'),
          children: [{type: 'text', value: deletion.text}],
        }
        pieces.push(del)
      }
      const following = points[pointIndex + 1]
      if (following === undefined || following === point) continue
      const piece = value.slice(point, following)
      const inserted = inserts.some(([from, to]) => from <= start + point && start + following <= to)
      if (inserted) {
        const ins: Ins = {
          type: 'ins',
          eId: markId(slot.unit, 'ins'),
          children: [{type: 'text', value: piece}],
        }
        pieces.push(ins)
      } else pieces.push({type: 'text', value: piece})
    }
    replacements.set(slot.node, pieces)
  }
  const parents = new Set(slots.map(({slot}) => slot.parent))
  for (const parent of parents) {
    parent.children = parent.children.flatMap((child) =>
      child.type === 'text' ? (replacements.get(child) ?? [child]) : [child],
    )
  }
  return true
}

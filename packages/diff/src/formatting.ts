import {
  type Clause,
  type Document,
  type FormattingMark,
  isClause,
  isInline,
  type Nodes,
  ownBlocks,
  plainText,
  replaces,
  visit,
} from '@clausewise/model'

/** Inline node types that are formatting, and the mark each stands for. */
const markTypes: Readonly<Record<string, FormattingMark>> = {
  b: 'b',
  i: 'i',
  u: 'u',
  sup: 'sup',
  sub: 'sub',
  ref: 'ref',
}

/** A run of a clause's own text under some formatting: `[start, end)` offsets into its `ownText`. */
export interface MarkSpan {
  start: number
  end: number
  mark: FormattingMark
  /** For `ref`: the link target, so that a changed target counts as a formatting change too. */
  href?: string | undefined
}

interface Walk {
  text: string
  spans: MarkSpan[]
}

/**
 * The text of one block as `plainText(block, {numbers: false})` gives it, with the formatting spans
 * found on the way. Iterative with exit markers, so any depth is safe.
 */
function walkBlock(block: Nodes, offset: number): Walk {
  const parts: string[] = []
  let length = 0
  const spans: MarkSpan[] = []
  const push = (text: string): void => {
    parts.push(text)
    length += text.length
  }
  type Frame = {node: Nodes; root: boolean} | {exit: MarkSpan} | {blockEnd: true} | {editBoundary: true}
  const stack: Frame[] = [{node: block, root: true}]
  while (stack.length > 0) {
    const frame = stack.pop()!
    if ('exit' in frame) {
      frame.exit.end = offset + length
      if (frame.exit.end > frame.exit.start) spans.push(frame.exit)
      continue
    }
    if ('editBoundary' in frame) {
      if (parts.length > 0 && !/\s$/.test(parts[parts.length - 1]!)) push(' ')
      continue
    }
    if ('blockEnd' in frame) {
      if (parts.length > 0 && parts[parts.length - 1] !== '\n') push('\n')
      continue
    }
    const {node, root} = frame
    if (node.type === 'text') {
      push(node.value)
      continue
    }
    if (node.type === 'br') {
      push('\n')
      continue
    }
    if (node.type === 'num' || node.type === 'noteRef' || node.type === 'authorialNote') continue
    if (!('children' in node)) continue
    if (!isInline(node) && !root) stack.push({blockEnd: true})
    const mark = markTypes[node.type]
    if (mark !== undefined) {
      const span: MarkSpan = {start: offset + length, end: 0, mark}
      if (node.type === 'ref') span.href = node.href
      stack.push({exit: span})
    }
    const children = node.children as Nodes[]
    for (let index = children.length - 1; index >= 0; index--) {
      stack.push({node: children[index]!, root: false})
      // Two sides of one edit are apart, as `plainText` keeps them.
      if (index > 0 && replaces(children[index - 1]!, children[index]!)) stack.push({editBoundary: true})
    }
  }
  let text = parts.join('')
  while (text.endsWith('\n')) text = text.slice(0, -1)
  return {text, spans}
}

/**
 * The formatting spans of a clause's own text (`ownText`): emphasis, strong, underline, links,
 * superscripts and subscripts with their offsets. Empty when the clause has none, or when its text
 * could not be matched to `ownText` (then it is treated as plain).
 *
 * @example marksOf(paragraph) // [{start: 9, end: 14, mark: 'i'}]
 */
export function marksOf(clause: Clause): MarkSpan[] {
  const spans: MarkSpan[] = []
  let offset = 0
  let first = true
  for (const block of ownBlocks(clause)) {
    const expected = plainText(block, {numbers: false})
    if (!expected) continue
    if (!first) offset++
    const walked = walkBlock(block, offset)
    if (walked.text !== expected) return []
    for (const span of walked.spans)
      if (span.end > offset + walked.text.length) span.end = offset + walked.text.length
    spans.push(...walked.spans)
    offset += expected.length
    first = false
  }
  return spans
}

/**
 * The formatting spans of every clause of a document that has any, by eId. Clauses without
 * formatting are left out, so that plain documents cost one walk and nothing more.
 *
 * @example formattingOf(document).get('para_1') // [{start: 0, end: 8, mark: 'b'}]
 */
export function formattingOf(document: Document): Map<string, MarkSpan[]> {
  const result = new Map<string, MarkSpan[]>()
  const formatted = formattedClauses(document)
  if (formatted.size === 0) return result
  visit(document, (node) => {
    if (!isClause(node) || !formatted.has(node)) return undefined
    const spans = marksOf(node)
    if (spans.length > 0) result.set(node.eId, spans)
    return undefined
  })
  return result
}

/**
 * The clauses with a formatting node in their own text (under a child other than their number, a
 * note reference or a nested clause), found in one walk that carries the clause each node's text
 * belongs to. A clause whose only formatting is in a block without text is found too; its spans are
 * then empty.
 */
function formattedClauses(document: Document): Set<Nodes> {
  const formatted = new Set<Nodes>()
  const nodes: Nodes[] = [document]
  const owners: (Nodes | undefined)[] = [undefined]
  while (nodes.length > 0) {
    const node = nodes.pop()!
    const owner = owners.pop()
    const clause = isClause(node)
    if (!clause && owner !== undefined && markTypes[node.type] !== undefined) formatted.add(owner)
    if (!('children' in node) || node.children === undefined) continue
    for (const child of node.children as Nodes[]) {
      nodes.push(child)
      owners.push(clause ? (child.type === 'num' || child.type === 'noteRef' ? undefined : node) : owner)
    }
  }
  return formatted
}

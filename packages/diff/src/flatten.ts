import {
  type Clause,
  type ClauseKind,
  type Document,
  isClause,
  type Nodes,
  ownText,
  type Section,
} from '@clausewise/model'
import {normalizeText} from './normalize.js'

/** One clause of a document, flattened for alignment. */
export interface ClauseItem {
  /** Position in the document's clause order (0-based). */
  index: number
  eId: string
  kind: ClauseKind
  section: Section
  /** 1-based attachment index, for `section: 'attachment'`. */
  attachment?: number | undefined
  depth: number
  /** Index of the enclosing clause, if any. */
  parent?: number | undefined
  num?: string | undefined
  /** Own plain text: number and nested clauses excluded. */
  text: string
  /** Text normalised for matching. */
  normalized: string
}

const sectionTypes = new Set(['preface', 'preamble', 'mainBody', 'body', 'conclusions'])

function numOf(clause: Clause): string | undefined {
  if (clause.type === 'authorialNote') return clause.marker
  for (const child of clause.children as Nodes[]) {
    if (child.type === 'num') return child.value
  }
  return undefined
}

interface Frame {
  node: Nodes
  section: Section
  attachment: number | undefined
  depth: number
  parent: number | undefined
}

/**
 * Every clause of a document in document order with its section, depth, number and own text.
 * Iterative, so deep trees are safe.
 *
 * @example flatten(document).map((item) => item.eId) // ['preamble__formula_1', …]
 */
export function flatten(document: Document): ClauseItem[] {
  const items: ClauseItem[] = []
  let attachments = 0
  const stack: Frame[] = [
    {node: document, section: 'body', attachment: undefined, depth: 0, parent: undefined},
  ]
  while (stack.length > 0) {
    const frame = stack.pop()!
    const {node} = frame
    let {section, attachment, depth, parent} = frame
    if (node.type === 'attachment') {
      attachments++
      attachment = attachments
      section = 'attachment'
    } else if (sectionTypes.has(node.type) && section !== 'attachment') {
      section = node.type as Section
    }
    if (isClause(node)) {
      const clause: Clause = node
      const text = ownText(clause)
      const normalized = normalizeText(text)
      const item: ClauseItem = {
        index: items.length,
        eId: clause.eId,
        kind: clause.type,
        section,
        depth,
        text,
        normalized,
      }
      if (attachment !== undefined) item.attachment = attachment
      if (parent !== undefined) item.parent = parent
      const num = numOf(clause)
      if (num !== undefined) item.num = num
      items.push(item)
      parent = item.index
      depth++
    }
    if (!('children' in node)) continue
    const children = node.children as Nodes[]
    for (let index = children.length - 1; index >= 0; index--) {
      const child = children[index]!
      // Inline text cannot hold clauses except notes; skip leaves early.
      if (child.type === 'text' || child.type === 'num' || child.type === 'br') continue
      stack.push({node: child, section, attachment, depth, parent})
    }
  }
  return items
}

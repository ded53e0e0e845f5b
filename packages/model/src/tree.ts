import type {Clause, Inline, Nodes, OpaqueElement, Parents} from './types.js'

const clauseTypes = new Set<string>([
  'formula',
  'recital',
  'citation',
  'paragraph',
  'point',
  'blockContainer',
  'hcontainer',
  'authorialNote',
  'item',
  'tblock',
  'tr',
  'li',
  'speech',
])

const inlineTypes = new Set<string>([
  'text',
  'sup',
  'sub',
  'b',
  'i',
  'u',
  'docNumber',
  'docTitle',
  'shortTitle',
  'party',
  'quotedText',
  'ref',
  'noteRef',
  'authorialNote',
  'ins',
  'del',
  'br',
  'inline',
  'marker',
  'subFlow',
])

const blockInlines = new Set(['scene', 'narrative', 'summary'])

/**
 * Whether a node is clause-level: a unit the differ aligns and renderers link to.
 *
 * @example isClause({type: 'recital', eId: 'preamble__recitals_1__recital_1', children: []}) // true
 */
export function isClause(node: Nodes): node is Clause {
  return clauseTypes.has(node.type)
}

/**
 * Whether a node is inline (text-level) content.
 *
 * @example isInline({type: 'text', value: 'x'}) // true
 */
export function isInline(node: Nodes): node is Inline {
  return inlineTypes.has(node.type)
}

/** Options of {@link plainText}. */
export interface PlainTextOptions {
  /** Include the text of authorial notes nested in the node (default: `false`). */
  notes?: boolean | undefined
  /** Include the `num` of clauses (default: `true`). */
  numbers?: boolean | undefined
  /** Include deleted text of a redline (`del`) (default: `true`). */
  deleted?: boolean | undefined
  /** Include the text of clauses nested in the node (default: `true`); the node itself is always read. */
  clauses?: boolean | undefined
}

/**
 * Plain text of a node: its text descendants joined, inline markup dropped, blocks separated by one
 * newline. Notes nested inside the node are left out unless `notes` is set (a note is a clause of its
 * own); the node itself is always read, even when it is a note.
 *
 * @example plainText({type: 'p', children: [{type: 'text', value: 'Decides'}]}) // 'Decides'
 */
export function plainText(node: Nodes, options: PlainTextOptions = {}): string {
  const notes = options.notes === true
  const numbers = options.numbers !== false
  const deleted = options.deleted !== false
  const nested = options.clauses !== false
  // The common block: one run of text and nothing else (what the walk below gives for it).
  const lone = loneText(node)
  if (lone !== undefined) return trimNewlines(lone)
  const parts: string[] = []
  // Iterative, so that a pathologically deep tree cannot overflow the stack.
  // `quoted`: inside a structure quoted in running text, whose units are text, not clauses.
  const stack: {node: Nodes; root: boolean; quoted?: boolean}[] = [{node, root: true}]
  const blockEnd = {} as Nodes
  const noteEnd = {} as Nodes
  const separator = {} as Nodes
  const editBoundary = {} as Nodes
  while (stack.length > 0) {
    const {node: current, root, quoted} = stack.pop()!
    if (current === noteEnd || current === separator) {
      parts.push(' ')
      continue
    }
    if (current === editBoundary) {
      if (parts.length > 0 && !/\s$/.test(parts[parts.length - 1]!)) parts.push(' ')
      continue
    }
    if (current === blockEnd) {
      if (parts.length > 0 && parts[parts.length - 1] !== '\n') parts.push('\n')
      continue
    }
    if (!nested && !root && !quoted && current.type !== 'authorialNote' && isClause(current)) continue
    switch (current.type) {
      case 'text':
        parts.push(current.value)
        continue
      case 'num':
        if (!numbers) continue
        if (current.children === undefined || current.children.length === 0) {
          parts.push(current.value, ' ')
          continue
        }
        stack.push({node: separator, root: false})
        break
      case 'br':
        parts.push('\n')
        continue
      case 'marker':
        // A line or page end keeps the words either side apart (`della<eol/>Camera`).
        if (current.element === 'eol' || current.element === 'eop') parts.push('\n')
        continue
      case 'opaque':
        if (!root) parts.push('\n')
        parts.push(opaqueText(current.xml))
        if (!root) parts.push('\n')
        continue
      case 'noteRef':
        continue
      case 'authorialNote':
        if (!root && !notes) continue
        // A note read inline is a text of its own: keep it apart from the word before it.
        if (!root && parts.length > 0 && !/\s$/.test(parts[parts.length - 1]!)) parts.push(' ')
        break
      case 'del':
        if (!deleted) continue
        break
      default:
        break
    }
    if (!('children' in current)) continue
    // Debate records use `scene`, `narrative` and `summary` (inline elements) as blocks of their own.
    const inline =
      (isInline(current) && !(current.type === 'inline' && blockInlines.has(current.element))) ||
      current.type === 'num'
    if (!inline && !root) stack.push({node: blockEnd, root: false})
    if (current.type === 'authorialNote' && !root) stack.push({node: noteEnd, root: false})
    const children = current.children as Nodes[]
    const inside = quoted === true || current.type === 'subFlow'
    for (let index = children.length - 1; index >= 0; index--) {
      stack.push({node: children[index]!, root: false, quoted: inside})
      if (index > 0 && replaces(children[index - 1]!, children[index]!))
        stack.push({node: editBoundary, root: false})
    }
  }
  return trimNewlines(parts.join(''))
}

/**
 * Whether two siblings are the two sides of one edit (`<del>sessanta</del><ins>trenta</ins>`, or the
 * other way round): their texts are two readings of one place, never one word, so {@link plainText}
 * keeps them apart with a space (`sessanta trenta`), and a comparison sees the words it replaces.
 *
 * @example replaces({type: 'del', children: []}, {type: 'ins', children: []}) // true
 */
export function replaces(before: Nodes, after: Nodes): boolean {
  return (before.type === 'del' && after.type === 'ins') || (before.type === 'ins' && after.type === 'del')
}

/** Root types {@link plainText} reads otherwise than as a container of its children. */
const walkedApart = new Set(['text', 'num', 'del', 'br', 'marker', 'opaque', 'noteRef'])

/**
 * The value of the one text run a node holds through a chain of only children (`content` → `p` →
 * text), when every node on the way is a plain container that the walk of {@link plainText} reads
 * as its children and a block end: the text, without a copy. `undefined` for any other shape.
 */
function loneText(node: Nodes): string | undefined {
  if (walkedApart.has(node.type)) return undefined
  let current = node
  for (;;) {
    if (!('children' in current) || current.children?.length !== 1) return undefined
    const only = (current.children as Nodes[])[0]!
    if (only.type === 'text') return only.value
    if (walkedApart.has(only.type) || only.type === 'authorialNote' || only.type === 'subFlow')
      return undefined
    if (isClause(only)) return undefined
    current = only
  }
}

/** The text without the newlines at its ends. */
function trimNewlines(value: string): string {
  let text = value
  while (text.endsWith('\n')) text = text.slice(0, -1)
  while (text.startsWith('\n')) text = text.slice(1)
  return text
}

/**
 * The text of an element kept as it came: its text runs joined in order, as written.
 *
 * @example opaqueText({name: 'staticContent', children: ['Tanzania']}) // 'Tanzania'
 */
export function opaqueText(element: OpaqueElement): string {
  const parts: string[] = []
  const stack: (OpaqueElement | string)[] = [element]
  while (stack.length > 0) {
    const item = stack.pop()!
    if (typeof item === 'string') {
      parts.push(item)
      continue
    }
    for (let index = item.children.length - 1; index >= 0; index--) stack.push(item.children[index]!)
  }
  return parts.join('')
}

/**
 * Visit every node in document order (depth first, parent before children). Return `false` from the
 * visitor to skip a node's children. Iterative: any depth is safe.
 *
 * @example visit(document, (node) => { if (node.type === 'recital') count++ })
 */
export function visit(
  tree: Nodes,
  // biome-ignore lint/suspicious/noConfusingVoidType: a visitor that returns nothing is the common case
  visitor: (node: Nodes, parent: Parents | undefined) => boolean | undefined | void,
): void {
  const stack: {node: Nodes; parent: Parents | undefined}[] = [{node: tree, parent: undefined}]
  while (stack.length > 0) {
    const {node, parent} = stack.pop()!
    const result = visitor(node, parent)
    if (result === false || !('children' in node)) continue
    const children = node.children as Nodes[]
    for (let index = children.length - 1; index >= 0; index--) {
      stack.push({node: children[index]!, parent: node as Parents})
    }
  }
}

/**
 * All clause-level nodes of a tree in document order (pre-order): formula, recitals, paragraphs, then
 * their notes and points, block containers, hierarchical units. An authorial note comes right after
 * the clause whose text holds it.
 *
 * @example clauses(document).map((clause) => clause.eId) // ['preamble__formula_1', …, 'para_1', …]
 */
export function clauses(tree: Nodes): Clause[] {
  const result: Clause[] = []
  visit(tree, (node) => {
    if (isClause(node)) result.push(node)
    // Units quoted inside running text (an amending provision's `quotedStructure`) are text of the
    // clause that quotes them, not clauses of this document.
    return node !== tree && node.type !== 'authorialNote' && isInline(node) ? false : undefined
  })
  return result
}

/**
 * The node with this eId, or `undefined`.
 *
 * @example findByEId(document, 'para_5__list_1__point_a')?.type // 'point'
 */
export function findByEId(tree: Nodes, eId: string): Nodes | undefined {
  let found: Nodes | undefined
  visit(tree, (node) => {
    if (found) return false
    if ('eId' in node && node.eId === eId) found = node
    return undefined
  })
  return found
}

/**
 * A deep copy of a tree without `position` fields, to compare trees read from different sources.
 *
 * @example removePositions(fromText(text).document)
 */
export function removePositions<T extends Nodes>(tree: T): T {
  return JSON.parse(JSON.stringify(tree, (key, value) => (key === 'position' ? undefined : value))) as T
}

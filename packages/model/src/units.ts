import type {ClauseKind, Section} from './comparison.js'
import {ownText} from './comparison.js'
import {eIdOf} from './eid.js'
import {textPartTypes} from './element-names.js'
import {titleBlocks as titleBlocksOf} from './title.js'
import {isClause, isInline, plainText} from './tree.js'
import type {Document, Nodes} from './types.js'

/**
 * One unit of text a comparison aligns: a clause (a paragraph, a section, an item, a row, a speech, a
 * note), or a block of text that stands outside every clause (a `p` of a judgment's motivation, of a
 * debate, of a preface), or a note of `meta.notes`. Every word of a document is in the own text of
 * exactly one unit, except the document's number and title (the title-page blocks that print only them,
 * see `titleOf`), which are compared as metadata.
 */
export interface TextUnit {
  /** The node; for a note of `meta.notes`, a `div` container that holds the note's blocks. */
  node: Nodes
  /** Its eId, or for a block without one an eId built by the naming convention (`conclusions__p_2`). */
  eId: string
  /** Whether `eId` was built here rather than read from the node. */
  synthesized: boolean
  kind: ClauseKind
  /** The AKN element (or `hcontainer` name) a unit of a generic kind stands for, e.g. `section`. */
  element?: string | undefined
  section: Section
  /** 1-based attachment index, for `section: 'attachment'`. */
  attachment?: number | undefined
  /** 1-based component index (document order), for `section: 'component'`. */
  component?: number | undefined
  /** Clauses enclosing this unit. */
  depth: number
  /** Index of the enclosing unit, if any. */
  parent?: number | undefined
  /** Number as printed, if any. */
  num?: string | undefined
  /** Own text: number, nested clauses and notes excluded. */
  text: string
}

const kinds: Record<string, ClauseKind> = {
  formula: 'formula',
  recital: 'recital',
  citation: 'citation',
  paragraph: 'paragraph',
  point: 'point',
  blockContainer: 'blockContainer',
  hcontainer: 'hcontainer',
  authorialNote: 'authorialNote',
  item: 'item',
  tblock: 'item',
  li: 'item',
  tr: 'row',
  speech: 'speech',
}

/** Parts that set the section of what they hold. */
const sections = new Set<string>(textPartTypes)

/**
 * Nodes that only group others: their children are walked, they are never a unit of their own. Any
 * other node outside every clause is a block of text, and a unit when it holds text.
 */
const groupings = new Set<string>([
  ...sections,
  'document',
  'attachments',
  'attachment',
  'components',
  'component',
  'judgmentBlock',
  'amendmentBlock',
  'recitals',
  'citations',
  'list',
  'blockList',
  'table',
  'ul',
  'ol',
  'container',
  'longTitle',
  'content',
  'intro',
  'wrapUp',
])

interface Frame {
  node: Nodes
  /** Inside a unit: only nested clauses are units there. */
  inUnit: boolean
  section: Section
  attachment: number | undefined
  component: number | undefined
  depth: number
  parent: number | undefined
  /** eId prefix for blocks without one. */
  context: string | undefined
  /** The top-level preface, whose number and title blocks are metadata. */
  titlePage: boolean
}

/** The number of a clause as printed: its own `num`, or a note's marker. */
function numOf(node: Nodes): string | undefined {
  if (node.type === 'authorialNote') return node.marker || undefined
  if (!('children' in node) || node.children === undefined) return undefined
  for (const child of node.children as Nodes[]) {
    if (child.type !== 'num') continue
    // A number with markup is its content's text (`value` is what it was read as).
    return child.children && child.children.length > 0
      ? plainText({type: 'p', children: child.children}).trim()
      : child.value
  }
  return undefined
}

/** The element a unit of a generic kind stands for. */
function elementOf(node: Nodes): string | undefined {
  switch (node.type) {
    case 'hcontainer':
      return node.name
    case 'speech':
      return node.element
    case 'item':
    case 'tblock':
    case 'li':
      return node.type
    default:
      return kinds[node.type] === undefined ? node.type : undefined
  }
}

/** Every eId of a document's nodes and of its notes. */
function eIdsOf(document: Document): Set<string> {
  const used = new Set<string>()
  const all: Nodes[] = [document]
  while (all.length > 0) {
    const node = all.pop()!
    if ('eId' in node && typeof node.eId === 'string' && node.eId) used.add(node.eId)
    if ('children' in node && node.children) for (const child of node.children as Nodes[]) all.push(child)
  }
  for (const note of document.meta.notes) used.add(note.eId)
  return used
}

/**
 * The units of text of a document in document order (see {@link TextUnit}): what `diff` aligns and
 * what redline writers mark. Iterative, so deep trees are safe.
 *
 * @example comparisonUnits(document).map((unit) => unit.eId) // ['preamble__formula_1', …, 'para_1', …]
 */
export function comparisonUnits(document: Document): TextUnit[] {
  const units: TextUnit[] = []
  const stack: Frame[] = []
  const counters = new Map<string, number>()
  // The blocks that print the document's number and title: compared as metadata, never as units.
  const titleBlocks = titleBlocksOf(document)
  let attachments = 0
  let components = 0

  // The nodes that hold a clause somewhere below them (marked upwards from each clause, each node
  // once). Depth first with the path from the root (`path[depth]` is the node at that depth), so that
  // a clause's ancestors are at hand without a map of every node's parent.
  const holders = new Set<Nodes>()
  const path: Nodes[] = []
  const all: Nodes[] = [document]
  const depths: number[] = [0]
  while (all.length > 0) {
    const node = all.pop()!
    const level = depths.pop()!
    path.length = level
    if (isClause(node)) {
      for (let above = level - 1; above >= 0 && !holders.has(path[above]!); above--) holders.add(path[above]!)
    }
    path.push(node)
    if ('children' in node && node.children) {
      for (const child of node.children as Nodes[]) {
        all.push(child)
        depths.push(level + 1)
      }
    }
  }

  // Every eId of the document, so that the ones built here never take one of them: gathered when
  // the first one is built (a document whose units all have their own needs none).
  let used: Set<string> | undefined
  const synthesize = (context: string | undefined, element: string): string => {
    used ??= eIdsOf(document)
    const key = `${context ?? ''}\u0000${element}`
    let next = (counters.get(key) ?? 0) + 1
    let eId = eIdOf(context, element, next)
    while (used.has(eId)) eId = eIdOf(context, element, ++next)
    counters.set(key, next)
    used.add(eId)
    return eId
  }

  stack.push({
    node: document,
    inUnit: false,
    section: 'body',
    attachment: undefined,
    component: undefined,
    depth: 0,
    parent: undefined,
    context: undefined,
    titlePage: false,
  })
  while (stack.length > 0) {
    const frame = stack.pop()!
    const {node} = frame
    let {section, attachment, component, depth, parent, context, titlePage, inUnit} = frame
    if (node.type === 'attachment') {
      attachment = ++attachments
      section = 'attachment'
      context = node.eId || context
    } else if (node.type === 'component') {
      component = ++components
      section = 'component'
      context = node.eId || context
    } else if (sections.has(node.type)) {
      if (section !== 'attachment' && section !== 'component') section = node.type as Section
      titlePage = node.type === 'preface' && frame.depth === 0 && attachment === undefined && !component
      context = context ? `${context}__${node.type}` : node.type
    } else if (node.type === 'judgmentBlock' || node.type === 'amendmentBlock') {
      context = node.eId || (context ? `${context}__${node.element}` : node.element)
    } else if (!isClause(node) && 'eId' in node && typeof node.eId === 'string' && node.eId) {
      context = node.eId
    }

    let unit = false
    let text: string | undefined
    if (node.type !== 'document' && isClause(node)) {
      unit = true
    } else if (!inUnit && !groupings.has(node.type) && !(titlePage && titleBlocks.has(node))) {
      // A block of text outside every clause (the walk never enters a clause's own blocks).
      text = ownText(node)
      unit = text !== ''
    }
    if (unit) {
      const own = 'eId' in node && typeof node.eId === 'string' && node.eId !== '' ? node.eId : undefined
      const item: TextUnit = {
        node,
        eId: own ?? synthesize(context, node.type),
        synthesized: own === undefined,
        kind: kinds[node.type] ?? 'block',
        section,
        depth,
        text: text ?? ownText(node),
      }
      const element = elementOf(node)
      if (element !== undefined) item.element = element
      if (attachment !== undefined) item.attachment = attachment
      if (component !== undefined) item.component = component
      if (parent !== undefined) item.parent = parent
      const num = isClause(node) ? numOf(node) : undefined
      if (num !== undefined) item.num = num
      units.push(item)
      parent = units.length - 1
      depth++
      context = item.eId
      inUnit = true
    }
    if (!('children' in node) || node.children === undefined) continue
    const children = node.children as Nodes[]
    for (let index = children.length - 1; index >= 0; index--) {
      const child = children[index]!
      if (child.type === 'text' || child.type === 'br' || child.type === 'marker') continue
      if (child.type === 'num' && !holders.has(child)) continue
      // A structure quoted in running text is text of the unit that quotes it.
      if (child.type === 'subFlow') continue
      // Inside a unit only nested clauses are units; inline nodes hold none but notes.
      if (unit && !isClause(child) && !holders.has(child)) continue
      if (child.type !== 'authorialNote' && isInline(child) && !holders.has(child)) continue
      stack.push({node: child, inUnit, section, attachment, component, depth, parent, context, titlePage})
    }
  }

  // Notes kept in `meta.notes`, after the text.
  for (const note of document.meta.notes) {
    const node: Nodes = {type: 'container', element: 'div', children: note.children}
    const text = plainText(node, {clauses: false})
    units.push({node, eId: note.eId, synthesized: false, kind: 'note', section: 'notes', depth: 0, text})
  }
  return units
}

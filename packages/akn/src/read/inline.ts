import type {AuthorialNote, Del, Inline, Ins, P} from '@clausewise/model'
import type {XmlChild, XmlElement} from '../xml/parse.js'
import {collapseBreaks, isBlank, nameOf, positionOf, type ReadState, reportUnknown, textOf} from './state.js'

type InlineReader = (element: XmlElement, state: ReadState) => Inline

const stripHash = (value: string | undefined): string =>
  value === undefined ? '' : value.startsWith('#') ? value.slice(1) : value

const placements = new Set(['bottom', 'inline', 'side'])

function container<T extends 'sup' | 'sub' | 'b' | 'i' | 'u' | 'docNumber' | 'docTitle' | 'shortTitle'>(
  type: T,
): InlineReader {
  return (element, state) =>
    ({type, children: readInlines(element.children, state), position: positionOf(element, state)}) as Inline
}

function identified<T extends 'ins' | 'del'>(type: T): InlineReader {
  return (element, state) => {
    const node = {
      type,
      children: readInlines(element.children, state),
      position: positionOf(element, state),
    } as Ins | Del
    const eId = element.attributes.eId
    if (eId !== undefined) node.eId = eId
    return node
  }
}

const inlineReaders: Record<string, InlineReader> = {
  sup: container('sup'),
  sub: container('sub'),
  b: container('b'),
  i: container('i'),
  u: container('u'),
  docNumber: container('docNumber'),
  docTitle: container('docTitle'),
  shortTitle: container('shortTitle'),
  ins: identified('ins'),
  del: identified('del'),
  br: (element, state) => ({type: 'br', position: positionOf(element, state)}),
  party: (element, state) => ({
    type: 'party',
    refersTo: stripHash(element.attributes.refersTo),
    children: readInlines(element.children, state),
    position: positionOf(element, state),
  }),
  ref: (element, state) => ({
    type: 'ref',
    href: element.attributes.href ?? '',
    children: readInlines(element.children, state),
    position: positionOf(element, state),
  }),
  quotedText: readQuotation,
  embeddedText: readQuotation,
  noteRef: (element, state) => {
    const node: Inline = {
      type: 'noteRef',
      href: stripHash(element.attributes.href),
      position: positionOf(element, state),
    }
    if (element.attributes.marker !== undefined) node.marker = element.attributes.marker
    return node
  },
  authorialNote: (element, state) => {
    const node: AuthorialNote = {
      type: 'authorialNote',
      eId: element.attributes.eId ?? '',
      marker: element.attributes.marker ?? '',
      children: readParagraphs(element, state, 'a note'),
      position: positionOf(element, state),
    }
    const placement = element.attributes.placement
    if (placement !== undefined && placements.has(placement)) {
      node.placement = placement as 'bottom' | 'inline' | 'side'
    }
    return node
  },
}

function readQuotation(element: XmlElement, state: ReadState): Inline {
  const node: Inline = {
    type: 'quotedText',
    children: readInlines(element.children, state),
    position: positionOf(element, state),
  }
  const {startQuote, endQuote} = element.attributes
  if (startQuote !== undefined) node.startQuote = startQuote
  if (endQuote !== undefined) node.endQuote = endQuote
  return node
}

/** Inline content of a mixed element, before the whitespace policy: unknown elements unwrapped. */
function readInlines(children: XmlChild[], state: ReadState): Inline[] {
  const result: Inline[] = []
  for (const child of children) {
    if (child.type === 'text') {
      const last = result[result.length - 1]
      if (last && last.type === 'text') last.value += child.value
      else result.push({type: 'text', value: child.value})
      continue
    }
    const name = nameOf(child)
    // `Object.hasOwn`: an element named `constructor` must not find `Object.prototype.constructor`.
    const reader = Object.hasOwn(inlineReaders, name) ? inlineReaders[name] : undefined
    if (reader) {
      result.push(reader(child, state))
      continue
    }
    reportUnknown(state, child, 'running text')
    for (const node of readInlines(child.children, state)) {
      const last = result[result.length - 1]
      if (node.type === 'text' && last && last.type === 'text') last.value += node.value
      else result.push(node)
    }
  }
  return result
}

/**
 * Apply the whitespace policy to the inline content of one block, in place: line-break runs become a
 * space, or nothing at the block's edges; emptied text nodes are removed. Notes are blocks of their
 * own and were normalised when read.
 */
function normalize(nodes: Inline[]): Inline[] {
  const leaves: {text: {value: string}}[] = []
  const collect = (list: Inline[]): void => {
    for (const node of list) {
      if (node.type === 'text') leaves.push({text: node})
      else if (node.type !== 'authorialNote' && 'children' in node) collect(node.children)
      else leaves.push({text: {value: 'x'}})
    }
  }
  collect(nodes)
  const first = leaves[0]
  const last = leaves[leaves.length - 1]
  for (const leaf of leaves) leaf.text.value = collapseBreaks(leaf.text.value, leaf === first, leaf === last)
  const prune = (list: Inline[]): Inline[] => {
    const kept: Inline[] = []
    for (const node of list) {
      if (node.type === 'text' && node.value === '') continue
      if (node.type !== 'authorialNote' && 'children' in node) node.children = prune(node.children)
      const previous = kept[kept.length - 1]
      if (node.type === 'text' && previous && previous.type === 'text') previous.value += node.value
      else kept.push(node)
    }
    return kept
  }
  return prune(nodes)
}

/**
 * Read the content of a mixed element (`<p>`, `<heading>`, …) as inline nodes, with the whitespace
 * policy applied.
 */
export function readMixed(element: XmlElement, state: ReadState): Inline[] {
  return normalize(readInlines(element.children, state))
}

/** Read a `<p>`. */
export function readP(element: XmlElement, state: ReadState): P {
  const node: P = {type: 'p', children: readMixed(element, state), position: positionOf(element, state)}
  if (element.attributes.eId !== undefined) node.eId = element.attributes.eId
  return node
}

/**
 * Read an element whose children should be `<p>`s (content, intro, formula, note, …). Other elements
 * become a `p` holding their text, with a diagnostic; white space between blocks is dropped.
 */
export function readParagraphs(element: XmlElement, state: ReadState, where: string): P[] {
  const result: P[] = []
  for (const child of element.children) {
    if (child.type === 'text') {
      if (isBlank(child.value)) continue
      const value = collapseBreaks(child.value, true, true)
      result.push({type: 'p', children: [{type: 'text', value}]})
      state.diagnostics.push({
        reason: `Text directly inside \`${element.name}\` kept as a paragraph`,
        place: positionOf(element, state),
        ruleId: 'unexpected-text',
        source: '@clausewise/akn',
        fatal: false,
      })
      continue
    }
    if (nameOf(child) === 'p') {
      result.push(readP(child, state))
      continue
    }
    reportUnknown(state, child, where)
    // Blocks inside an unknown element (table rows, list items) are kept apart by a space.
    const value = textOf(child)
    result.push({
      type: 'p',
      children: value ? [{type: 'text', value}] : [],
      position: positionOf(child, state),
    })
  }
  return result
}

import {documentPartTypes, isHierarchyName, type Nodes, plainText} from '@clausewise/model'
import {aknElements, mixedElements, renamedInVersion3} from '../schema/elements.js'
import {hierarchical, unitParts} from '../unit-parts.js'
import type {XmlChild, XmlElement} from '../xml/parse.js'
import {type ReadAttributes, readAttributes, withoutHash} from './attributes.js'
import {readInnerDocument} from './document.js'
import {toOpaque} from './opaque.js'
import {
  isBlank,
  nameOf,
  namespaceOf,
  positionOf,
  type ReadState,
  report,
  type Scope,
  scopeOf,
  shown,
} from './state.js'
import {normalizeInline} from './whitespace.js'

type AnyNode = Record<string, unknown> & {type: string}

/** How an AKN element becomes a node: its type, and the fields some take from attributes. */
type Builder = (name: string, attributes: ReadAttributes) => AnyNode

const plain =
  (type: string): Builder =>
  () => ({type})
const family =
  (type: string): Builder =>
  (name) => ({type, element: name})

const inlineNames = [
  'a',
  'abbr',
  'affectedDocument',
  'argument',
  'change',
  'concept',
  'courtType',
  'date',
  'decoration',
  'def',
  'docAuthority',
  'docCommittee',
  'docDate',
  'docIntroducer',
  'docJurisdiction',
  'docProponent',
  'docPurpose',
  'docStage',
  'docStatus',
  'docType',
  'docketNumber',
  'entity',
  'event',
  'fillIn',
  'inline',
  'judge',
  'lawyer',
  'legislature',
  'location',
  'mmod',
  'mod',
  'mref',
  'narrative',
  'neutralCitation',
  'object',
  'omissis',
  'opinion',
  'organization',
  'outcome',
  'person',
  'placeholder',
  'process',
  'quantity',
  'quotedText',
  'recordedTime',
  'relatedDocument',
  'remark',
  'rmod',
  'role',
  'rref',
  'scene',
  'session',
  'signature',
  'span',
  'summary',
  'term',
  'time',
  'vote',
]

const hierarchy: Builder = (name, attributes) => {
  if (name !== 'hcontainer') return {type: 'hcontainer', name}
  const own = attributes.all.name
  // An hcontainer named like an AKN element keeps its name as an attribute, so that it is written
  // back as an hcontainer.
  if (own === undefined || isHierarchyName(own) || own === 'hcontainer')
    return {type: 'hcontainer', name: 'hcontainer'}
  attributes.take('name')
  return {type: 'hcontainer', name: own}
}

const builders: Record<string, Builder> = Object.create(null)
for (const name of inlineNames) builders[name] = family('inline')
for (const name of ['eol', 'eop', 'img', 'marker']) builders[name] = family('marker')
for (const name of ['quotedStructure', 'embeddedStructure', 'subFlow']) builders[name] = family('subFlow')
for (const name of ['speech', 'question', 'answer']) builders[name] = family('speech')
for (const name of ['container', 'div', 'other', 'interstitial']) {
  builders[name] = (element, attributes) => {
    const node: AnyNode = {type: 'container', element}
    const own = element === 'container' ? attributes.take('name') : undefined
    if (own !== undefined) node.name = own
    return node
  }
}
for (const name of ['componentRef', 'documentRef']) builders[name] = family('componentRef')
for (const name of ['introduction', 'background', 'arguments', 'remedies', 'motivation', 'decision']) {
  builders[name] = family('judgmentBlock')
}
for (const name of ['amendmentHeading', 'amendmentContent', 'amendmentReference', 'amendmentJustification']) {
  builders[name] = family('amendmentBlock')
}
for (const name of [
  'sup',
  'sub',
  'b',
  'i',
  'u',
  'docNumber',
  'docTitle',
  'shortTitle',
  'ins',
  'del',
  'br',
  'p',
  'heading',
  'subheading',
  'crossHeading',
  'content',
  'intro',
  'wrapUp',
  'list',
  'paragraph',
  'point',
  'from',
  'blockList',
  'listIntroduction',
  'listWrapUp',
  'item',
  'tblock',
  'blockContainer',
  'table',
  'caption',
  'tr',
  'th',
  'td',
  'toc',
  'tocItem',
  'ul',
  'ol',
  'li',
  'longTitle',
  'recitals',
  'recital',
  'citations',
  'citation',
  ...documentPartTypes,
]) {
  builders[name] = plain(name)
}
builders.hcontainer = hierarchy
builders.num = plain('num')
builders.attachment = plain('attachment')
builders.component = plain('component')
builders.block = (_name, attributes) => ({type: 'block', name: attributes.take('name') ?? ''})
builders.formula = (_name, attributes) => ({
  type: 'formula',
  name: attributes.take('name') ?? 'enactingFormula',
})
builders.embeddedText = (_name, attributes) => {
  const node: AnyNode = {type: 'quotedText'}
  const start = attributes.take('startQuote')
  const end = attributes.take('endQuote')
  if (start !== undefined) node.startQuote = start
  if (end !== undefined) node.endQuote = end
  return node
}
builders.ref = (_name, attributes) => ({type: 'ref', href: attributes.take('href') ?? ''})
builders.noteRef = (_name, attributes) => {
  const href = withoutHash(attributes.all.href)
  if (href !== undefined) attributes.take('href')
  const node: AnyNode = {type: 'noteRef', href: href ?? ''}
  const marker = attributes.take('marker')
  if (marker !== undefined) node.marker = marker
  return node
}
builders.party = (_name, attributes) => {
  const refersTo = withoutHash(attributes.all.refersTo)
  if (refersTo !== undefined) attributes.take('refersTo')
  return {type: 'party', refersTo: refersTo ?? ''}
}
const placements = new Set(['bottom', 'inline', 'side', 'left', 'right'])
builders.authorialNote = (_name, attributes) => {
  const node: AnyNode = {type: 'authorialNote', eId: '', marker: attributes.take('marker') ?? ''}
  const placement = attributes.all.placement
  if (placement !== undefined && placements.has(placement)) node.placement = attributes.take('placement')
  return node
}

/** Node types whose `eId` is required in the model (filled in by `assignEIds` when absent). */
const addressed = new Set([
  'list',
  'paragraph',
  'point',
  'hcontainer',
  'speech',
  'item',
  'tblock',
  'blockContainer',
  'tr',
  'li',
  'formula',
  'recital',
  'recitals',
  'citation',
  'citations',
  'authorialNote',
])

/** Whether the reader knows an AKN element (by its local name, AKN 2.0 names included). */
export function isKnownElement(name: string): boolean {
  return builderOf(renamedInVersion3[name] ?? name) !== undefined
}

/** The builder of an AKN element: its own, or the hierarchy's for the model's hierarchical names. */
function builderOf(name: string): Builder | undefined {
  if (Object.hasOwn(builders, name)) return builders[name]
  return isHierarchyName(name) ? hierarchy : undefined
}

/**
 * Read one element into a node: AKN elements into their node, with every attribute kept (fields of
 * their own, the rest in `attributes`); elements of other namespaces, and AKN names the model does
 * not know, kept as they came in an `opaque` node. Recursion follows the tree, whose depth the parser
 * bounded.
 */
export function readNode(element: XmlElement, scope: Scope, state: ReadState, inline = false): Nodes {
  const inner = scopeOf(element, scope)
  const local = nameOf(element)
  const name = renamedInVersion3[local] ?? local
  const build = builderOf(name)
  const akn = state.akn.has(namespaceOf(element.name, inner, state, element))
  if (!akn || name === 'foreign' || build === undefined) {
    if (name !== 'foreign' || !akn) {
      if (akn && !aknElements.has(name)) {
        // Kept too, but no AKN 3.0 element: the user should know that what is written will not validate.
        report(
          state,
          element,
          'not-akn-element',
          `Element \`${shown(element.name)}\` is in the AKN namespace but not in AKN 3.0: kept as it came, so AKN written from this document will not validate`,
          false,
        )
      } else {
        report(
          state,
          element,
          akn ? 'unknown-element' : 'foreign-element',
          `Element \`${shown(element.name)}\` is not one the model knows: kept as it came`,
        )
      }
    }
    return {type: 'opaque', xml: toOpaque(element, scope, state), position: positionOf(element, state)}
  }
  const attributes = readAttributes(element, inner, state)
  const node = build(name, attributes)
  if (node.type === 'attachment' || node.type === 'component')
    return readInnerDocument(element, scope, state, state.meta)
  const eId = attributes.take('eId')
  if (eId !== undefined) node.eId = eId
  else if (addressed.has(node.type)) node.eId = ''
  if (name === 'num') return readNum(element, inner, state, attributes, inline)
  const marker =
    node.type === 'marker' || node.type === 'componentRef' || node.type === 'br' || node.type === 'noteRef'
  if (!marker) {
    node.children = mixedElements.has(name)
      ? readInline(element.children, inner, state, !inline)
      : readBlocks(element, inner, state)
    const parts = hierarchical.has(node.type) ? unitParts(node.children as Nodes[]) : undefined
    if (parts) {
      node.children = parts
      state.repairs.set('intro', (state.repairs.get('intro') ?? 0) + 1)
    }
  } else if (element.children.length > 0) {
    report(
      state,
      element,
      'unexpected-content',
      `The content of \`${shown(element.name)}\` is kept in an \`${shown(element.name)}\` of its own`,
      false,
    )
    node.children = readInline(element.children, inner, state, !inline)
  }
  const rest = attributes.rest()
  if (rest) node.attributes = rest
  node.position = positionOf(element, state)
  return node as unknown as Nodes
}

/** `<num>`: its plain text as `value`, its content as `children` when it holds markup. */
function readNum(
  element: XmlElement,
  scope: Scope,
  state: ReadState,
  attributes: ReadAttributes,
  inline: boolean,
): Nodes {
  const children = readInline(element.children, scope, state, !inline)
  const node: AnyNode = {type: 'num', value: plainText({type: 'p', children} as Nodes)}
  const eId = attributes.take('eId')
  if (eId !== undefined) node.eId = eId
  if (children.some((child) => child.type !== 'text')) node.children = children
  const rest = attributes.rest()
  if (rest) node.attributes = rest
  node.position = positionOf(element, state)
  return node as unknown as Nodes
}

/**
 * Mixed content: text and inline nodes; at the level of a block (`normalize`), with the whitespace
 * policy applied to all of it, inline elements inside included.
 */
export function readInline(
  children: XmlChild[],
  scope: Scope,
  state: ReadState,
  normalize: boolean,
): Nodes[] {
  const result: Nodes[] = []
  for (const child of children) {
    if (child.type === 'text') {
      const last = result[result.length - 1]
      if (last && last.type === 'text') last.value += child.value
      else result.push({type: 'text', value: child.value})
      continue
    }
    result.push(readNode(child, scope, state, true))
  }
  return normalize ? normalizeInline(result) : result
}

/**
 * Block content: elements in order; white space between them dropped (it is layout); any other text
 * kept as a text node where it stood, with a warning (the schema allows none).
 */
export function readBlocks(element: XmlElement, scope: Scope, state: ReadState): Nodes[] {
  const result: Nodes[] = []
  for (const child of element.children) {
    if (child.type === 'element') {
      result.push(readNode(child, scope, state))
      continue
    }
    if (isBlank(child.value)) continue
    report(
      state,
      element,
      'unexpected-text',
      `Text directly inside \`${shown(element.name)}\` is kept where it stood`,
      false,
    )
    result.push(...normalizeInline([{type: 'text', value: child.value}]))
  }
  return result
}

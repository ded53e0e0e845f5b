import {type Attributes, isHierarchyName, type Nodes, type OpaqueElement} from '@clausewise/model'
import {aknNamespace} from '../namespaces.js'
import {mixedElements} from '../schema/elements.js'
import {unitParts} from '../unit-parts.js'
import {element, type OutElement, type OutNode, text} from '../xml/serialize.js'

/** What handlers need besides the node. */
export interface WriteState {
  /** Writes an attached document or a component, which need the parent's metadata. */
  inner: (node: Extract<Nodes, {type: 'attachment' | 'component'}>, state: WriteState) => OutNode
}

type Handler<T> = (node: T, state: WriteState) => OutNode
type Handlers = {[T in Exclude<Nodes['type'], 'document'>]: Handler<Extract<Nodes, {type: T}>>}
type Pairs = [string, string | undefined][]

/**
 * Attributes to write: the node's fields first, then its kept attributes in the order read (a kept
 * attribute of the same name as a field wins, so that what was read is what is written).
 */
export function attributesOf(fields: Pairs, kept: Attributes | undefined): Pairs {
  if (!kept) return fields
  const result = fields.slice()
  for (const name of Object.keys(kept)) {
    const value = kept[name]
    const at = result.findIndex(([field]) => field === name)
    if (at === -1) result.push([name, value])
    else result[at] = [name, value]
  }
  return result
}

const all = (children: readonly Nodes[], state: WriteState): OutNode[] =>
  children.map((child) => one(child, state))
/** A unit's children, with a `content` beside sub-units written as their `intro` or `wrapUp`. */
const unitChildren = (children: readonly Nodes[], state: WriteState): OutNode[] =>
  all(unitParts(children) ?? children, state)
const hash = (value: string): string | undefined => (value === '' ? undefined : `#${value}`)
const id = (node: {eId?: string | undefined}): [string, string | undefined] => ['eId', node.eId || undefined]
const attrs = (node: {attributes?: Attributes | undefined}, fields: Pairs = []): Pairs =>
  attributesOf(fields, node.attributes)

/** An element named `name` with the node's eId, attributes and children. */
const wrap =
  (name: string) =>
  (
    node: {eId?: string | undefined; attributes?: Attributes | undefined; children: Nodes[]},
    state: WriteState,
  ) =>
    element(name, attrs(node, [id(node)]), all(node.children, state))

/** An element named by the node's `element` field. */
const named = (
  node: {element: string; eId?: string | undefined; attributes?: Attributes | undefined; children?: Nodes[]},
  state: WriteState,
): OutElement =>
  element(node.element, attrs(node, [id(node)]), node.children ? all(node.children, state) : [])

/**
 * A kept element as it came: its name and attributes as read, its text as is. AKN elements of block
 * content are laid out as blocks (their white space was layout and was not kept); foreign content and
 * text are never re-flowed. Iterative.
 */
export function opaqueElement(xml: OpaqueElement): OutElement {
  const convert = (item: OpaqueElement, defaultAkn: boolean): [OutElement, boolean] => {
    const declared = item.attributes?.xmlns
    const akn = declared === undefined ? defaultAkn : declared === aknNamespace
    const structured = akn && !item.name.includes(':') && !mixedElements.has(item.name)
    const out: OutElement = {
      type: 'element',
      name: item.name,
      attributes: item.attributes ? (Object.entries(item.attributes) as Pairs) : [],
      children: [],
      verbatim: !structured,
    }
    return [out, akn]
  }
  const [root, rootAkn] = convert(xml, true)
  const stack: [OpaqueElement, OutElement, boolean][] = [[xml, root, rootAkn]]
  while (stack.length > 0) {
    const [source, target, akn] = stack.pop()!
    for (const child of source.children) {
      if (typeof child === 'string') target.children.push(text(child))
      else {
        const [out, childAkn] = convert(child, akn)
        target.children.push(out)
        stack.push([child, out, childAkn])
      }
    }
  }
  return root
}

const handlers: Handlers = {
  text: (node) => text(node.value),
  sup: wrap('sup'),
  sub: wrap('sub'),
  b: wrap('b'),
  i: wrap('i'),
  u: wrap('u'),
  br: (node) => element('br', attrs(node, [id(node)])),
  docNumber: wrap('docNumber'),
  docTitle: wrap('docTitle'),
  shortTitle: wrap('shortTitle'),
  party: (node, state) =>
    element('party', attrs(node, [id(node), ['refersTo', hash(node.refersTo)]]), all(node.children, state)),
  quotedText: (node, state) =>
    // `quotedText` is only allowed inside `mod` (amendments): a quotation in running text is `embeddedText`.
    element(
      'embeddedText',
      attrs(node, [id(node), ['startQuote', node.startQuote], ['endQuote', node.endQuote]]),
      all(node.children, state),
    ),
  ref: (node, state) =>
    element('ref', attrs(node, [id(node), ['href', node.href]]), all(node.children, state)),
  noteRef: (node) =>
    element('noteRef', attrs(node, [id(node), ['href', hash(node.href)], ['marker', node.marker]])),
  authorialNote: (node, state) =>
    element(
      'authorialNote',
      attrs(node, [['marker', node.marker || undefined], ['placement', node.placement], id(node)]),
      all(node.children, state),
    ),
  ins: wrap('ins'),
  del: wrap('del'),
  inline: named,
  marker: named,
  subFlow: named,
  opaque: (node) => opaqueElement(node.xml),
  p: wrap('p'),
  block: (node, state) =>
    element('block', attrs(node, [id(node), ['name', node.name]]), all(node.children, state)),
  num: (node, state) =>
    element(
      'num',
      attrs(node, [id(node)]),
      node.children && node.children.length > 0
        ? all(node.children, state)
        : node.value
          ? [text(node.value)]
          : [],
    ),
  heading: wrap('heading'),
  subheading: wrap('subheading'),
  crossHeading: wrap('crossHeading'),
  content: wrap('content'),
  intro: wrap('intro'),
  wrapUp: wrap('wrapUp'),
  list: wrap('list'),
  paragraph: (node, state) =>
    element('paragraph', attrs(node, [id(node)]), unitChildren(node.children, state)),
  point: (node, state) => element('point', attrs(node, [id(node)]), unitChildren(node.children, state)),
  hcontainer: (node, state) =>
    isHierarchyName(node.name) || node.name === 'hcontainer'
      ? element(node.name, attrs(node, [id(node)]), unitChildren(node.children, state))
      : element(
          'hcontainer',
          attrs(node, [id(node), ['name', node.name]]),
          unitChildren(node.children, state),
        ),
  speech: named,
  from: wrap('from'),
  blockList: wrap('blockList'),
  listIntroduction: wrap('listIntroduction'),
  listWrapUp: wrap('listWrapUp'),
  item: wrap('item'),
  tblock: wrap('tblock'),
  blockContainer: wrap('blockContainer'),
  table: wrap('table'),
  caption: wrap('caption'),
  tr: wrap('tr'),
  th: wrap('th'),
  td: wrap('td'),
  toc: wrap('toc'),
  tocItem: wrap('tocItem'),
  ul: wrap('ul'),
  ol: wrap('ol'),
  li: wrap('li'),
  container: (node, state) =>
    element(node.element, attrs(node, [id(node), ['name', node.name]]), all(node.children, state)),
  componentRef: named,
  longTitle: wrap('longTitle'),
  formula: (node, state) =>
    element('formula', attrs(node, [['name', node.name], id(node)]), all(node.children, state)),
  recital: wrap('recital'),
  recitals: wrap('recitals'),
  citation: wrap('citation'),
  citations: wrap('citations'),
  preface: wrap('preface'),
  preamble: wrap('preamble'),
  mainBody: wrap('mainBody'),
  body: wrap('body'),
  conclusions: wrap('conclusions'),
  coverPage: wrap('coverPage'),
  header: wrap('header'),
  judgmentBody: wrap('judgmentBody'),
  judgmentBlock: named,
  debateBody: wrap('debateBody'),
  amendmentBody: wrap('amendmentBody'),
  amendmentBlock: named,
  collectionBody: wrap('collectionBody'),
  portionBody: wrap('portionBody'),
  attachments: wrap('attachments'),
  attachment: (node, state) => state.inner(node, state),
  components: wrap('components'),
  component: (node, state) => state.inner(node, state),
}

/**
 * The AKN element for one model node (not the document).
 *
 * @example one({type: 'text', value: 'a'}, state) // {type: 'text', value: 'a'}
 */
export function one(node: Nodes, state: WriteState): OutNode {
  if (node.type === 'document') throw new Error('Cannot write a document as a node')
  const handle = (handlers as Record<string, Handler<Nodes> | undefined>)[node.type]
  if (!handle) throw new Error(`Cannot write unknown node \`${node.type}\``)
  return handle(node, state)
}

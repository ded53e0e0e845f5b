import {isHierarchyName, type Nodes} from '@clausewise/model'
import {element, type OutElement, type OutNode, text} from '../xml/serialize.js'

/** What handlers need besides the node. */
export interface WriteState {
  /** Writes an attached document, which needs the parent's metadata. */
  attachment: (node: Extract<Nodes, {type: 'attachment'}>, state: WriteState) => OutNode
}

type Handler<T> = (node: T, state: WriteState) => OutNode
type Handlers = {[T in Exclude<Nodes['type'], 'document'>]: Handler<Extract<Nodes, {type: T}>>}

/** Elements whose content is mixed: the serialiser writes them without added whitespace. */
export const mixedElements: ReadonlySet<string> = new Set([
  'p',
  'num',
  'heading',
  'docNumber',
  'docTitle',
  'shortTitle',
  'party',
  'embeddedText',
  'quotedText',
  'ref',
  'sup',
  'sub',
  'b',
  'i',
  'u',
  'ins',
  'del',
  'authorialNote',
])

const all = (children: readonly Nodes[], state: WriteState): OutNode[] =>
  children.map((child) => one(child, state))
const reference = (eId: string): string => `#${eId}`
const id = (node: {eId?: string | undefined}): [string, string | undefined] => ['eId', node.eId || undefined]

const wrap =
  (name: string) =>
  (node: {children: Nodes[]}, state: WriteState): OutElement =>
    element(name, [], all(node.children, state))

const wrapIdentified =
  (name: string) =>
  (node: {eId?: string | undefined; children: Nodes[]}, state: WriteState): OutElement =>
    element(name, [id(node)], all(node.children, state))

const handlers: Handlers = {
  text: (node) => text(node.value),
  sup: wrap('sup'),
  sub: wrap('sub'),
  b: wrap('b'),
  i: wrap('i'),
  u: wrap('u'),
  br: () => element('br'),
  docNumber: wrap('docNumber'),
  docTitle: wrap('docTitle'),
  shortTitle: wrap('shortTitle'),
  party: (node, state) =>
    element('party', [['refersTo', reference(node.refersTo)]], all(node.children, state)),
  quotedText: (node, state) =>
    // `quotedText` is only allowed inside `mod` (amendments): a quotation in running text is `embeddedText`.
    element(
      'embeddedText',
      [
        ['startQuote', node.startQuote],
        ['endQuote', node.endQuote],
      ],
      all(node.children, state),
    ),
  ref: (node, state) => element('ref', [['href', node.href]], all(node.children, state)),
  noteRef: (node) =>
    element('noteRef', [
      ['href', reference(node.href)],
      ['marker', node.marker],
    ]),
  authorialNote: (node, state) =>
    element(
      'authorialNote',
      [['marker', node.marker], ['placement', node.placement], id(node)],
      all(node.children, state),
    ),
  ins: wrapIdentified('ins'),
  del: wrapIdentified('del'),
  p: wrapIdentified('p'),
  num: (node) => element('num', [], node.value ? [text(node.value)] : []),
  heading: wrapIdentified('heading'),
  content: wrapIdentified('content'),
  intro: wrapIdentified('intro'),
  wrapUp: wrapIdentified('wrapUp'),
  list: wrapIdentified('list'),
  paragraph: wrapIdentified('paragraph'),
  point: wrapIdentified('point'),
  blockContainer: wrapIdentified('blockContainer'),
  hcontainer: (node, state) =>
    isHierarchyName(node.name)
      ? element(node.name, [id(node)], all(node.children, state))
      : element('hcontainer', [id(node), ['name', node.name]], all(node.children, state)),
  longTitle: wrapIdentified('longTitle'),
  preface: wrapIdentified('preface'),
  formula: (node, state) => element('formula', [['name', node.name], id(node)], all(node.children, state)),
  recital: wrapIdentified('recital'),
  recitals: wrapIdentified('recitals'),
  preamble: wrapIdentified('preamble'),
  mainBody: wrapIdentified('mainBody'),
  body: wrapIdentified('body'),
  conclusions: wrapIdentified('conclusions'),
  attachments: wrapIdentified('attachments'),
  attachment: (node, state) => state.attachment(node, state),
}

/**
 * The AKN element for one model node (not the document, not an attachment).
 *
 * @example one({type: 'text', value: 'a'}, state) // {type: 'text', value: 'a'}
 */
export function one(node: Nodes, state: WriteState): OutNode {
  if (node.type === 'document') throw new Error('Cannot write a document as a node')
  const handle = handlers[node.type] as Handler<Nodes> | undefined
  if (!handle) throw new Error(`Cannot write unknown node \`${node.type}\``)
  return handle(node, state)
}

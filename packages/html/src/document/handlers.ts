import type {Nodes, P} from '@clausewise/model'
import {opaqueText, plainText} from '@clausewise/model'
import {safeUrl} from '../escape.js'
import {type Child, type Html, h} from '../markup.js'
import type {DocumentState} from './state.js'

type Handler<T extends Nodes> = (node: T, state: DocumentState) => Child
type Handlers = {[T in Nodes['type']]: Handler<Extract<Nodes, {type: T}>>}

/** Deeper than this, a node is rendered as its plain text: hostile trees cannot overflow the stack. */
const maximumDepth = 120

/** `rowspan` and `colspan` of a cell, when they are numbers. */
function span(node: Nodes): Record<string, string> | null {
  const attributes = node.attributes
  if (!attributes) return null
  const result: Record<string, string> = {}
  for (const name of ['rowspan', 'colspan']) {
    const value = attributes[name]
    if (value !== undefined && /^[1-9][0-9]{0,3}$/.test(value)) result[name] = value
  }
  return result
}

function all(node: {children: readonly Nodes[]}, state: DocumentState): Child[] {
  return node.children.map((child) => one(child, state))
}

function clauseId(eId: string, state: DocumentState): string {
  return state.ids.take(eId, 'clause')
}

function noteMarker(marker: string, id: string, backId: string, state: DocumentState): Html {
  return h(
    'sup',
    {class: 'note-ref'},
    h(
      'a',
      {href: `#${id}`, id: backId, role: 'doc-noteref', 'aria-label': `${state.labels.note} ${marker}`},
      marker,
    ),
  )
}

/** A block that prints the document's title: a `docTitle`'s, or a short or long title's that is the title. */
function isTitleParagraph(node: Nodes, state: DocumentState): boolean {
  if (node.type !== 'p') return false
  if (node.children.some((child) => child.type === 'docTitle')) return true
  return state.titleBlocks.has(node) && !node.children.some((child) => child.type === 'docNumber')
}

/** The title's block as the page heading (`h1`), a statement's heading (`h3`), or a `p` after the first. */
function titleHeading(node: P, state: DocumentState): Html {
  const level = state.attachment > 0 ? 'h3' : state.titled ? 'p' : 'h1'
  if (level === 'h1') state.titled = true
  return h(level, {class: 'doc-title'}, all(node, state))
}

function isNumberParagraph(node: Nodes): boolean {
  return node.type === 'p' && node.children.some((child) => child.type === 'docNumber')
}

const handlers: Handlers = {
  document: (node, state) => all(node, state),
  preface: (node, state) =>
    h(
      'header',
      {class: 'preface'},
      node.children.map((child) => {
        if (isTitleParagraph(child, state) && child.type === 'p') return titleHeading(child, state)
        if (isNumberParagraph(child) && child.type === 'p') {
          return h('p', {class: 'doc-number'}, all(child, state))
        }
        return one(child, state)
      }),
    ),
  longTitle: (node, state) =>
    h(
      'div',
      {class: 'long-title'},
      node.children.map((child) =>
        child.type === 'p' && state.titleBlocks.has(child) && isTitleParagraph(child, state)
          ? titleHeading(child, state)
          : one(child, state),
      ),
    ),
  preamble: (node, state) =>
    h('section', {class: 'preamble', 'aria-label': state.labels.preamble}, all(node, state)),
  formula: (node, state) => h('div', {class: 'formula', id: clauseId(node.eId, state)}, all(node, state)),
  recitals: (node, state) => h('div', {class: 'recitals'}, all(node, state)),
  recital: (node, state) => h('div', {class: 'recital', id: clauseId(node.eId, state)}, all(node, state)),
  mainBody: (node, state) =>
    state.attachment > 0
      ? h('div', {class: 'main-body'}, all(node, state))
      : h('section', {class: 'main-body', 'aria-label': state.labels.operative}, all(node, state)),
  // A statement's body is not a landmark of its own: the statement's section already is one.
  body: (node, state) =>
    state.attachment > 0
      ? h('div', {class: 'main-body'}, all(node, state))
      : h('section', {class: 'main-body', 'aria-label': state.labels.operative}, all(node, state)),
  conclusions: (node, state) => h('div', {class: 'conclusions'}, all(node, state)),
  attachments: (node, state) => all(node, state),
  attachment: (node, state) => {
    const index = state.attachment + 1
    const previous = state.attachment
    state.attachment = index
    const id = clauseId(node.eId, state)
    const headingId = state.ids.take(undefined, `${id}-heading`)
    const author = node.author
      ? state.document.meta.references.find((reference) => reference.eId === node.author)
      : undefined
    const result = h(
      'section',
      {class: 'attachment', id, 'aria-labelledby': headingId},
      h('h2', {id: headingId}, state.labels.statement(index)),
      author ? h('p', {class: 'author'}, state.labels.author, author.showAs) : undefined,
      all(node, state),
    )
    state.attachment = previous
    return result
  },
  paragraph: (node, state) => h('div', {class: 'paragraph', id: clauseId(node.eId, state)}, all(node, state)),
  point: (node, state) => h('div', {class: 'point', id: clauseId(node.eId, state)}, all(node, state)),
  blockContainer: (node, state) =>
    h('div', {class: 'block-container', id: clauseId(node.eId, state)}, all(node, state)),
  hcontainer: (node, state) =>
    h('section', {class: 'hcontainer', id: clauseId(node.eId, state)}, all(node, state)),
  list: (node, state) => h('div', {class: 'list'}, all(node, state)),
  num: (node) => h('span', {class: 'num'}, node.value),
  heading: (node, state) => h('p', {class: 'heading'}, h('strong', null, all(node, state))),
  content: (node, state) => h('div', {class: 'content'}, all(node, state)),
  intro: (node, state) => h('div', {class: 'intro'}, all(node, state)),
  wrapUp: (node, state) => h('div', {class: 'wrap-up'}, all(node, state)),
  p: (node, state) => h('p', null, all(node, state)),
  citations: (node, state) => h('div', {class: 'citations'}, all(node, state)),
  citation: (node, state) => h('div', {class: 'citation', id: clauseId(node.eId, state)}, all(node, state)),
  subheading: (node, state) => h('p', {class: 'subheading'}, all(node, state)),
  crossHeading: (node, state) => h('p', {class: 'cross-heading'}, h('strong', null, all(node, state))),
  speech: (node, state) => h('div', {class: 'speech', id: clauseId(node.eId, state)}, all(node, state)),
  from: (node, state) => h('p', {class: 'from'}, h('strong', null, all(node, state))),
  blockList: (node, state) => h('div', {class: 'block-list'}, all(node, state)),
  listIntroduction: (node, state) => h('p', {class: 'list-introduction'}, all(node, state)),
  listWrapUp: (node, state) => h('p', {class: 'list-wrap-up'}, all(node, state)),
  item: (node, state) => h('div', {class: 'item', id: clauseId(node.eId, state)}, all(node, state)),
  tblock: (node, state) => h('div', {class: 'tblock', id: clauseId(node.eId, state)}, all(node, state)),
  table: (node, state) => h('table', {class: 'table'}, all(node, state)),
  caption: (node, state) => h('caption', null, all(node, state)),
  tr: (node, state) => h('tr', {id: clauseId(node.eId, state)}, all(node, state)),
  th: (node, state) => h('th', span(node), all(node, state)),
  td: (node, state) => h('td', span(node), all(node, state)),
  toc: (node, state) => h('div', {class: 'toc'}, all(node, state)),
  tocItem: (node, state) => h('p', {class: 'toc-item'}, all(node, state)),
  ul: (node, state) => h('ul', null, all(node, state)),
  ol: (node, state) => h('ol', null, all(node, state)),
  li: (node, state) => h('li', {id: clauseId(node.eId, state)}, all(node, state)),
  block: (node, state) => h('p', {class: 'block'}, all(node, state)),
  container: (node, state) => h('div', {class: `container ${node.element}`}, all(node, state)),
  componentRef: (node) => h('p', {class: 'component-ref'}, node.attributes?.showAs ?? ''),
  coverPage: (node, state) => h('header', {class: 'cover-page'}, all(node, state)),
  header: (node, state) => h('header', {class: 'judgment-header'}, all(node, state)),
  judgmentBody: (node, state) =>
    h('section', {class: 'main-body', 'aria-label': state.labels.operative}, all(node, state)),
  judgmentBlock: (node, state) => h('div', {class: `judgment-part ${node.element}`}, all(node, state)),
  debateBody: (node, state) =>
    h('section', {class: 'main-body', 'aria-label': state.labels.operative}, all(node, state)),
  amendmentBody: (node, state) =>
    h('section', {class: 'main-body', 'aria-label': state.labels.operative}, all(node, state)),
  amendmentBlock: (node, state) => h('div', {class: `amendment-part ${node.element}`}, all(node, state)),
  collectionBody: (node, state) => h('div', {class: 'collection-body'}, all(node, state)),
  portionBody: (node, state) =>
    h('section', {class: 'main-body', 'aria-label': state.labels.operative}, all(node, state)),
  components: (node, state) => all(node, state),
  component: (node, state) =>
    h(
      'section',
      {class: 'component', id: clauseId(node.eId, state)},
      all(node as {children: Nodes[]}, state),
    ),
  inline: (node, state) => h('span', {class: node.element}, all(node, state)),
  // Line and page ends break the line; an image is named, never loaded (a page makes no request).
  marker: (node) =>
    node.element === 'eol' || node.element === 'eop'
      ? h('br', null)
      : node.element === 'img'
        ? h('span', {class: 'img'}, '[image]')
        : undefined,
  subFlow: (node) => h('span', {class: 'sub-flow'}, plainText(node)),
  opaque: (node) => h('span', {class: 'opaque'}, opaqueText(node.xml)),
  text: (node) => node.value,
  br: () => h('br', null),
  sup: (node, state) => h('sup', null, all(node, state)),
  sub: (node, state) => h('sub', null, all(node, state)),
  b: (node, state) => h('b', null, all(node, state)),
  i: (node, state) => h('i', null, all(node, state)),
  u: (node, state) => h('u', null, all(node, state)),
  docNumber: (node, state) => h('span', {class: 'doc-number-text'}, all(node, state)),
  docTitle: (node, state) => h('span', {class: 'doc-title-text'}, all(node, state)),
  shortTitle: (node, state) => h('span', {class: 'short-title'}, all(node, state)),
  party: (node, state) => h('span', {class: 'party'}, all(node, state)),
  quotedText: (node, state) =>
    h('span', {class: 'quoted-text'}, node.startQuote ?? '', all(node, state), node.endQuote ?? ''),
  ref: (node, state) => {
    const href = safeUrl(node.href)
    return href === undefined
      ? h('span', {class: 'ref'}, all(node, state))
      : h('a', {class: 'ref', href}, all(node, state))
  },
  ins: (node, state) => h('ins', null, all(node, state)),
  del: (node, state) => h('del', null, all(node, state)),
  noteRef: (node, state) => {
    const note = state.document.meta.notes.find((candidate) => candidate.eId === node.href)
    if (!note) return node.marker ? h('sup', null, node.marker) : undefined
    const marker = node.marker ?? String(state.notes.length + 1)
    let pending = state.noteIds.get(node.href)
    if (!pending) {
      const id = state.ids.take(node.href, 'note')
      pending = {id, backId: state.ids.take(undefined, `ref-${id}`), marker, note}
      state.noteIds.set(node.href, pending)
      state.notes.push(pending)
      return noteMarker(marker, pending.id, pending.backId, state)
    }
    return noteMarker(marker, pending.id, state.ids.take(undefined, `ref-${pending.id}`), state)
  },
  authorialNote: (node, state) => {
    const id = state.ids.take(node.eId, 'note')
    const pending = {id, backId: state.ids.take(undefined, `ref-${id}`), marker: node.marker, note: node}
    state.notes.push(pending)
    return noteMarker(node.marker, pending.id, pending.backId, state)
  },
}

/**
 * Render one node of a document through the handler table.
 */
export function one(node: Nodes, state: DocumentState): Child {
  const handle = handlers[node.type] as Handler<Nodes> | undefined
  if (!handle) throw new Error(`Cannot render unknown node \`${node.type}\``)
  if (state.depth >= maximumDepth) return plainText(node)
  state.depth++
  try {
    return handle(node, state)
  } finally {
    state.depth--
  }
}

/** The notes section: each note with its marker and a link back to where it was called. */
export function notesSection(state: DocumentState): Child {
  if (state.notes.length === 0) return undefined
  const headingId = state.ids.take(undefined, 'notes-heading')
  const items: Child[] = []
  // Notes may hold notes: rendering one can queue more, so walk the growing queue.
  for (let index = 0; index < state.notes.length; index++) {
    const pending = state.notes[index]!
    items.push(
      h(
        'li',
        {id: pending.id},
        h('span', {class: 'num'}, pending.marker),
        pending.note.children.map((child) => one(child, state)),
        h(
          'a',
          {href: `#${pending.backId}`, role: 'doc-backlink', 'aria-label': state.labels.backToText},
          '↩',
        ),
      ),
    )
  }
  return h(
    'section',
    {class: 'notes', 'aria-labelledby': headingId, role: 'doc-endnotes'},
    h('h2', {id: headingId}, state.labels.notes),
    h('ol', {class: 'note-list'}, items),
  )
}

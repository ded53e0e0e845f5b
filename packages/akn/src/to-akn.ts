import {
  type Attachment,
  type Component,
  type Document,
  type DocumentPart,
  documentPartTypes,
  type Nodes,
  visit,
} from '@clausewise/model'
import {assertDepth} from './limits.js'
import {aknNamespace, clausewiseNamespace, clausewisePrefix} from './namespaces.js'
import {mixedElements, structureInText} from './schema/elements.js'
import {type EIdPool, eIdPool, writeAttachmentMeta, writeMeta} from './write/meta.js'
import {attributesOf, one, type WriteState} from './write/nodes.js'
import {element, type OutElement, type OutNode, serialize} from './xml/serialize.js'

/** Options of {@link toAkn} and `toAknRedline`. */
export interface ToAknOptions {
  /** Put block elements on lines of their own, indented by two spaces (default: `true`). Text inside
   * `<p>`, `<num>`, `<heading>` and inline elements is never re-flowed. */
  indent?: boolean | undefined
  /** Write the `<?xml …?>` declaration (default: `true`). */
  declaration?: boolean | undefined
}

const partTypes = new Set<string>(documentPartTypes)

/** Every eId of a document and its metadata, nested documents' included. */
function eIdsOf(document: Document): Set<string> {
  const used = new Set<string>()
  const metas = [document.meta]
  visit(document, (node: Nodes) => {
    if ('eId' in node && typeof node.eId === 'string' && node.eId) used.add(node.eId)
    if ((node.type === 'attachment' || node.type === 'component') && node.meta) metas.push(node.meta)
    return undefined
  })
  for (const meta of metas) {
    for (const item of [...meta.references, ...meta.notes, ...meta.lifecycle])
      if (item.eId) used.add(item.eId)
    if (meta.body) used.add(meta.body.eId)
  }
  return used
}

/**
 * The elements of a document: `<meta>` and its parts, with `extra` elements for our `proprietary`
 * block (the redline's record of the comparison).
 */
export function documentElements(
  document: Document,
  extra: OutElement[] = [],
): {
  element: OutElement
  root: OutElement[]
} {
  const pool = eIdPool(eIdsOf(document))
  const state: WriteState = {inner: (node, inner) => innerDocument(document, node, inner, pool)}
  const children: OutNode[] = [writeMeta(document, pool, state, '!main', extra)]
  const root: OutElement[] = []
  for (const child of withOperativePart(document)) {
    const out = one(child, state)
    if (child.type === 'components' && child.root === true && out.type === 'element') root.push(out)
    else children.push(out)
  }
  const documentElement = element(
    document.documentType,
    attributesOf([['name', document.name || undefined]], document.attributes),
    children,
  )
  return {element: documentElement, root}
}

/** Document types whose operative part is a `mainBody` the schema requires. */
const mainBodyTypes = new Set(['statement', 'doc'])

/**
 * The parts of a document, with the empty `mainBody` the schema requires where a `statement` or `doc`
 * has none (a draft read before its operative part was written: a block holding an empty paragraph,
 * as the readers give an empty text), placed before the conclusions and attachments. No word is added.
 */
function withOperativePart(document: Document): readonly DocumentPart[] {
  const parts = document.children
  if (!mainBodyTypes.has(document.documentType) || parts.some((part) => part.type === 'mainBody'))
    return parts
  const at = parts.findIndex((part) => !['coverPage', 'preface', 'preamble'].includes(part.type))
  const body = {
    type: 'mainBody',
    children: [{type: 'blockContainer', eId: '', children: [{type: 'p', children: []}]}],
  } as DocumentPart
  const index = at < 0 ? parts.length : at
  return [...parts.slice(0, index), body, ...parts.slice(index)]
}

/** An attachment or component: its number and headings, then its document (or what stands for one). */
function innerDocument(
  document: Document,
  node: Attachment | Component,
  state: WriteState,
  pool: EIdPool,
): OutNode {
  const before: OutNode[] = []
  const parts: OutNode[] = []
  for (const child of node.children as Nodes[]) {
    if (partTypes.has(child.type)) parts.push(one(child as DocumentPart, state))
    else before.push(one(child, state))
  }
  const attributes = attributesOf([['eId', node.eId || undefined]], node.attributes)
  if (node.documentType === undefined && parts.length === 0) return element(node.type, attributes, before)
  const documentType = node.documentType ?? 'doc'
  const meta = node.meta
    ? writeMeta({documentType, meta: node.meta}, pool, state, node.eId ? `!${node.eId}` : '!main')
    : writeAttachmentMeta(document, node as Attachment)
  const inner = element(
    documentType,
    attributesOf([['name', node.name || undefined]], node.documentAttributes),
    [meta, ...parts],
  )
  return element(node.type, attributes, [...before, inner])
}

/** The `<akomaNtoso>` root around a document's elements, declaring the namespaces they use. */
export function rootElement(
  document: Document,
  parts: {element: OutElement; root: OutElement[]},
): OutElement {
  const declarations: [string, string | undefined][] = [
    ['xmlns', aknNamespace],
    [`xmlns:${clausewisePrefix}`, clausewiseNamespace],
  ]
  for (const [prefix, uri] of Object.entries(document.namespaces ?? {})) {
    if (prefix !== clausewisePrefix && prefix !== 'xml' && prefix !== '')
      declarations.push([`xmlns:${prefix}`, uri])
  }
  return element('akomaNtoso', attributesOf(declarations, document.rootAttributes), [
    parts.element,
    ...parts.root,
  ])
}

/**
 * Write a document as Akoma Ntoso 3.0 XML. What was read from AKN is written back as it came:
 * elements, attributes (`status`, `class`, …), metadata the model does not interpret (`analysis`,
 * others' `proprietary`, `publication`, …) and elements it does not know; AKN 2.0 and the 3.0 drafts
 * come out as 3.0. Decisions are `<statement name="decision">`; metadata AKN has no element for goes
 * to `<proprietary>` in the `https://clausewise.dev/ns/meta/1` namespace, so that
 * `fromAkn(toAkn(document))` gives the document back (positions aside). Valid AKN in, valid AKN out.
 *
 * @throws {ClausewiseError} `invalid-document` for a model AKN cannot carry (a character XML forbids, a
 * name that is not an XML name); `too-deep` for a model nested deeper than `fromAkn` reads.
 * @example toAkn(fromText(text).document) // '<?xml version="1.0" encoding="UTF-8"?>\n<akomaNtoso …'
 */
export function toAkn(document: Document, options: ToAknOptions = {}): string {
  assertDepth(document)
  return finish(rootElement(document, documentElements(document)), options)
}

/** Serialise a root element with or without declaration and indentation. */
export function finish(root: OutElement, options: ToAknOptions): string {
  const xml = serialize(root, {
    indent: options.indent !== false,
    mixed: mixedElements,
    blocks: structureInText,
  })
  return options.declaration === false ? `${xml}\n` : `<?xml version="1.0" encoding="UTF-8"?>\n${xml}\n`
}

import type {Attachment, Component, DocumentType, Meta, Nodes} from '@clausewise/model'
import {documentTypes, renamedInVersion3} from '../schema/elements.js'
import type {XmlElement} from '../xml/parse.js'
import {readAttributes} from './attributes.js'
import {keepIdentification} from './identification.js'
import {attachmentAuthor, type ReadMeta, readMeta} from './meta.js'
import {readNode} from './nodes.js'
import {isAkn, nameOf, positionOf, type ReadState, report, type Scope, scopeOf, shown} from './state.js'

/** A document element read: its type, name, attributes, metadata and parts. */
export interface ReadDocument {
  documentType: DocumentType
  name: string
  attributes?: Record<string, string> | undefined
  read: ReadMeta
  metaElement?: XmlElement | undefined
  children: Nodes[]
}

/** The document type an element names (AKN 2.0's `judgement` included), if it names one. */
export function documentTypeOf(element: XmlElement): DocumentType | undefined {
  const local = nameOf(element)
  const name = renamedInVersion3[local] ?? local
  return documentTypes.has(name) ? (name as DocumentType) : undefined
}

/** Read a document element (`<act>`, `<judgment>`, `<doc>`, …): metadata, then every part in order. */
export function readDocument(element: XmlElement, scope: Scope, state: ReadState): ReadDocument {
  const inner = scopeOf(element, scope)
  const documentType = documentTypeOf(element)!
  if (nameOf(element) !== documentType) {
    report(
      state,
      element,
      'akn-renamed',
      `\`${shown(element.name)}\` of AKN 2.0 read as \`${documentType}\``,
      false,
    )
  }
  const attributes = readAttributes(element, inner, state)
  const name = attributes.take('name') ?? ''
  const metaElement = element.children.find(
    (child): child is XmlElement =>
      child.type === 'element' && nameOf(child) === 'meta' && isAkn(child, inner, state),
  )
  const read = readMeta(metaElement, documentType, inner, state)
  // The outermost document's metadata: attachments name their author from its references.
  state.meta ??= read.meta
  const children: Nodes[] = []
  for (const child of element.children) {
    if (child === metaElement) continue
    if (child.type === 'text') {
      if (child.value.trim() !== '') {
        report(
          state,
          element,
          'unexpected-text',
          `Text directly inside \`${shown(element.name)}\` is kept where it stood`,
          false,
        )
        children.push({type: 'text', value: child.value.trim()})
      }
      continue
    }
    children.push(readNode(child, inner, state))
  }
  const result: ReadDocument = {documentType, name, read, metaElement, children}
  const rest = attributes.rest()
  if (rest) result.attributes = rest
  return result
}

/**
 * Read an `<attachment>` or `<component>`: its number and headings, then the document inside it
 * (whose parts become the node's children) or what stands in its place (`documentRef`,
 * `interstitial`, `toc`).
 */
export function readInnerDocument(
  element: XmlElement,
  scope: Scope,
  state: ReadState,
  parent: Meta | undefined,
): Nodes {
  const inner = scopeOf(element, scope)
  const type = nameOf(element) === 'attachment' ? 'attachment' : 'component'
  const attributes = readAttributes(element, inner, state)
  const node = {type, eId: attributes.take('eId') ?? '', name: '', children: [] as Nodes[]} as
    | Attachment
    | Component
  for (const child of element.children) {
    if (child.type === 'text') {
      if (child.value.trim() !== '') {
        report(
          state,
          element,
          'unexpected-text',
          `Text directly inside \`${shown(element.name)}\` is kept where it stood`,
          false,
        )
        node.children.push({type: 'text', value: child.value.trim()} as never)
      }
      continue
    }
    if (!isAkn(child, inner, state) || documentTypeOf(child) === undefined) {
      node.children.push(readNode(child, inner, state) as never)
      continue
    }
    const document = readDocument(child, inner, state)
    node.name = document.name
    if (document.attributes) node.documentAttributes = document.attributes
    // A `doc` attachment is the default; an attachment we wrote carries no metadata of its own.
    if (!(type === 'attachment' && document.documentType === 'doc')) node.documentType = document.documentType
    if (type === 'attachment' && parent) {
      const author = attachmentAuthor(document.read, document.metaElement, parent)
      if (author !== undefined) (node as Attachment).author = author
    }
    if (!document.read.attachment && document.metaElement) {
      node.meta = document.read.meta
      keepIdentification(document, state)
    }
    node.children.push(...(document.children as never[]))
  }
  const rest = attributes.rest()
  if (rest) node.attributes = rest
  node.position = positionOf(element, state)
  return node
}

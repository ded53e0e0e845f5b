import {
  type Attachment,
  type Attachments,
  assignEIds,
  ClausewiseError,
  type Conclusions,
  type Document,
  type DocumentType,
  type MainBody,
  type Meta,
  type P,
  type ReadResult,
  visit,
} from '@clausewise/model'
import {readBodyChildren, readConclusions, readPreamble, readPreface} from './read/blocks.js'
import {readAttachmentAuthor, readMeta} from './read/meta.js'
import {elementsOf, nameOf, positionOf, type ReadState, report, reportUnknown} from './read/state.js'
import {parseXml, type XmlElement} from './xml/parse.js'

/** Options of {@link fromAkn}. */
export interface FromAknOptions {
  /** Deepest element nesting accepted (default: 2,000); deeper input throws `xml-too-deep`. */
  maxDepth?: number | undefined
  /** Longest input accepted, in UTF-16 code units (default: 64 MiB); longer throws `xml-too-large`. */
  maxSize?: number | undefined
}

const documentTypes = new Set<string>(['statement', 'doc', 'act', 'bill'])
const otherDocumentTypes = new Set<string>([
  'amendment',
  'amendmentList',
  'debate',
  'debateReport',
  'documentCollection',
  'judgment',
  'officialGazette',
  'portion',
])

type DocumentChild = Document['children'][number]

/**
 * Read Akoma Ntoso 3.0 XML into a document: what we write (`toAkn`) and AKN written by others (acts
 * with chapters, parts and sections, notes in `meta`, `longTitle`, `shortTitle`). eIds are kept as
 * given; clause nodes without one get one from `assignEIds`. Elements the model does not hold keep
 * their text and give an `unknown-element` diagnostic; well-formed XML never throws.
 *
 * @throws {ClausewiseError} `xml-malformed`, `xml-doctype`, `xml-too-deep`, `xml-too-large` for bad
 * or hostile XML; `akn-not-akn` when the root is not `<akomaNtoso>` or holds no document.
 * @example fromAkn(xml).document.children.map((child) => child.type) // ['preface', 'preamble', 'mainBody']
 */
export function fromAkn(xml: string, options: FromAknOptions = {}): ReadResult {
  const {root, locator} = parseXml(xml, options)
  const state: ReadState = {locator, diagnostics: []}
  if (nameOf(root) !== 'akomaNtoso') {
    throw new ClausewiseError(
      'akn-not-akn',
      `Expected an \`akomaNtoso\` root element, found \`${root.name}\``,
      positionOf(root, state).start,
    )
  }
  const documentElement = elementsOf(root).find((child) => {
    const name = nameOf(child)
    return documentTypes.has(name) || otherDocumentTypes.has(name)
  })
  if (!documentElement) {
    throw new ClausewiseError(
      'akn-not-akn',
      'The `akomaNtoso` element holds no document',
      positionOf(root, state).start,
    )
  }
  for (const child of elementsOf(root)) {
    if (child !== documentElement) reportUnknown(state, child, '`akomaNtoso`')
  }

  let documentType = nameOf(documentElement) as DocumentType
  if (!documentTypes.has(documentType)) {
    report(
      state,
      documentElement,
      'unsupported-document-type',
      `Read \`${documentType}\` as a \`doc\``,
      false,
    )
    documentType = 'doc'
  }
  const metaElement = elementsOf(documentElement).find((child) => nameOf(child) === 'meta')
  const meta = readMeta(metaElement, documentType, state)
  const document: Document = {
    type: 'document',
    documentType,
    name: documentElement.attributes.name ?? '',
    meta,
    children: readDocumentChildren(documentElement, meta, state),
    position: positionOf(documentElement, state),
  }
  assignEIds(document, {keep: true})
  return {document, diagnostics: state.diagnostics}
}

function readDocumentChildren(element: XmlElement, meta: Meta, state: ReadState): DocumentChild[] {
  const children: DocumentChild[] = []
  for (const child of elementsOf(element)) {
    const position = positionOf(child, state)
    const identify = <T extends {eId?: string | undefined}>(node: T): T => {
      if (child.attributes.eId !== undefined) node.eId = child.attributes.eId
      return node
    }
    switch (nameOf(child)) {
      case 'meta':
        break
      case 'preface':
        children.push(readPreface(child, state))
        break
      case 'preamble':
        children.push(readPreamble(child, state))
        break
      case 'mainBody':
      case 'body':
        children.push(
          identify<MainBody>({
            type: nameOf(child) as 'mainBody',
            children: readBodyChildren(child, state),
            position,
          }),
        )
        break
      case 'conclusions':
        children.push(
          identify<Conclusions>({type: 'conclusions', children: readConclusions(child, state), position}),
        )
        break
      case 'attachments': {
        const attachments = identify<Attachments>({type: 'attachments', children: [], position})
        for (const item of elementsOf(child)) attachments.children.push(readAttachment(item, meta, state))
        children.push(attachments)
        break
      }
      default:
        children.push(fallbackConclusions(child, state))
    }
  }
  return children
}

/** An element the model has no place for: its text as conclusions (`readParagraphs` reports it). */
function fallbackConclusions(element: XmlElement, state: ReadState): Conclusions {
  return {
    type: 'conclusions',
    children: readConclusions({...element, children: [element]}, state),
    position: positionOf(element, state),
  }
}

function readAttachment(element: XmlElement, meta: Meta, state: ReadState): Attachment {
  const position = positionOf(element, state)
  const attachment: Attachment = {
    type: 'attachment',
    eId: element.attributes.eId ?? '',
    name: '',
    children: [],
    position,
  }
  if (nameOf(element) !== 'attachment') {
    attachment.name = nameOf(element)
    attachment.children.push(fallbackConclusions(element, state))
    return attachment
  }
  for (const inner of elementsOf(element)) {
    const innerName = nameOf(inner)
    if (!documentTypes.has(innerName) && !otherDocumentTypes.has(innerName)) {
      attachment.children.push(fallbackConclusions(inner, state))
      continue
    }
    attachment.name = inner.attributes.name ?? ''
    const author = readAttachmentAuthor(
      elementsOf(inner).find((child) => nameOf(child) === 'meta'),
      meta,
    )
    if (author !== undefined) attachment.author = author
    for (const child of readDocumentChildren(inner, meta, state)) {
      if (child.type === 'preface' || child.type === 'mainBody' || child.type === 'conclusions') {
        attachment.children.push(child)
      } else if (child.type === 'body') {
        attachment.children.push({...child, type: 'mainBody'})
      } else {
        report(
          state,
          inner,
          'unsupported-structure',
          `A \`${child.type}\` in an attachment is kept as conclusions`,
          false,
        )
        const paragraphs: P[] = []
        visit(child, (node) => {
          if (node.type !== 'p') return undefined
          paragraphs.push(node)
          return false
        })
        const conclusions: Conclusions = {type: 'conclusions', children: paragraphs}
        if (child.position) conclusions.position = child.position
        attachment.children.push(conclusions)
      }
    }
  }
  return attachment
}

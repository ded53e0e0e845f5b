import type {Addressed, Identified, NodeBase} from './types.js'
import type {
  Flow,
  Formula,
  Heading,
  Hierarchy,
  HierarchyChild,
  Intro,
  ItemChild,
  Num,
  Subheading,
} from './types-block.js'
import type {Attributes} from './types-inline.js'
import type {Meta} from './types-meta.js'

// The parts of a document (AKN `documentType` structures) and the documents inside documents
// (attachments, components).

/** The front of the document: number, title, and for a statement its author line (`<preface>`). */
export interface Preface extends NodeBase, Identified {
  type: 'preface'
  children: Flow[]
}

/** One recital of the preamble (`<recital>`). */
export interface Recital extends NodeBase, Addressed {
  type: 'recital'
  children: ItemChild[]
}

/** The recitals of a preamble (`<recitals>`). */
export interface Recitals extends NodeBase, Addressed {
  type: 'recitals'
  children: (Num | Heading | Subheading | Intro | Recital)[]
}

/** One citation of the preamble (`<citation>`): an instrument the document is based on. */
export interface Citation extends NodeBase, Addressed {
  type: 'citation'
  children: ItemChild[]
}

/** The citations of a preamble (`<citations>`). */
export interface Citations extends NodeBase, Addressed {
  type: 'citations'
  children: (Num | Heading | Subheading | Intro | Citation)[]
}

/** The preamble: formula, then recitals (`<preamble>`). */
export interface Preamble extends NodeBase, Identified {
  type: 'preamble'
  children: (Formula | Recitals | Citations | Flow)[]
}

/** Content of a main body: units, blocks and containers (AKN `maincontent`). */
export type BodyChild = Hierarchy | HierarchyChild | Flow

/** The operative part of a decision, statement or `doc` (`<mainBody>`). */
export interface MainBody extends NodeBase, Identified {
  type: 'mainBody'
  children: BodyChild[]
}

/** The body of an act or bill (`<body>`). */
export interface Body extends NodeBase, Identified {
  type: 'body'
  children: BodyChild[]
}

/** The closing part (`<conclusions>`), e.g. place and date of signature. */
export interface Conclusions extends NodeBase, Identified {
  type: 'conclusions'
  children: Flow[]
}

/** A cover page before the preface (`<coverPage>`). */
export interface CoverPage extends NodeBase, Identified {
  type: 'coverPage'
  children: Flow[]
}

/** The header of a judgment: parties, court, judges, dates (`<header>`). */
export interface Header extends NodeBase, Identified {
  type: 'header'
  children: Flow[]
}

/** Parts of a judgment's body (AKN `judgmentBlock`). */
export type JudgmentBlockName =
  | 'introduction'
  | 'background'
  | 'arguments'
  | 'remedies'
  | 'motivation'
  | 'decision'

/** One part of a judgment's body (`<introduction>`, `<background>`, `<motivation>`, `<decision>`, …). */
export interface JudgmentBlock extends NodeBase, Identified {
  type: 'judgmentBlock'
  element: JudgmentBlockName
  children: BodyChild[]
}

/** The body of a judgment (`<judgmentBody>`). */
export interface JudgmentBody extends NodeBase, Identified {
  type: 'judgmentBody'
  children: JudgmentBlock[]
}

/** The body of a debate record (`<debateBody>`): debate sections. */
export interface DebateBody extends NodeBase, Identified {
  type: 'debateBody'
  children: BodyChild[]
}

/** Parts of an amendment's body (AKN `amendmentBlock`). */
export type AmendmentBlockName =
  | 'amendmentHeading'
  | 'amendmentContent'
  | 'amendmentReference'
  | 'amendmentJustification'

/** One part of an amendment's body (`<amendmentContent>`, `<amendmentJustification>`, …). */
export interface AmendmentBlock extends NodeBase, Identified {
  type: 'amendmentBlock'
  element: AmendmentBlockName
  children: Flow[]
}

/** The body of an amendment (`<amendmentBody>`). */
export interface AmendmentBody extends NodeBase, Identified {
  type: 'amendmentBody'
  children: AmendmentBlock[]
}

/** The body of a collection, an amendment list or a gazette (`<collectionBody>`): its components. */
export interface CollectionBody extends NodeBase, Identified {
  type: 'collectionBody'
  children: Component[]
}

/** The body of a portion of a document (`<portionBody>`). */
export interface PortionBody extends NodeBase, Identified {
  type: 'portionBody'
  children: BodyChild[]
}

/**
 * Fields of a document held inside a document (an attachment, a component): the inner document's
 * type, name, metadata and attributes, when it has a document of its own.
 */
export interface InnerDocument {
  /** AKN type of the inner document (default for an attachment: `doc`); absent when the container
   * holds no document (a `documentRef`, an `interstitial`, a `toc`). */
  documentType?: DocumentType | undefined
  /** The inner document's AKN `name`, e.g. `interpretativeStatement`, `schedules`. */
  name: string
  /** The inner document's own metadata, when read from AKN that has one of its own (writers derive
   * one from the parent's otherwise). */
  meta?: Meta | undefined
  /** Attributes of the inner document element (`contains`, …). */
  documentAttributes?: Attributes | undefined
  /** Number and headings of the container, then the inner document's parts. */
  children: (Num | Heading | Subheading | DocumentPart | Flow)[]
}

/** An attached document, e.g. an interpretative statement (`<attachment><doc name>`). */
export interface Attachment extends NodeBase, Addressed, InnerDocument {
  type: 'attachment'
  /** `eId` of the author in the parent's `meta.references`, without `#`, if known. */
  author?: string | undefined
}

/** The attachments of a document (`<attachments>`). */
export interface Attachments extends NodeBase, Identified {
  type: 'attachments'
  children: Attachment[]
}

/** A document of a collection (`<component>`), or a reference to one. */
export interface Component extends NodeBase, Addressed, InnerDocument {
  type: 'component'
}

/** The documents a document or a collection is made of (`<components>`). */
export interface Components extends NodeBase, Identified {
  type: 'components'
  /** `true` when the components stand after the document element, at the root of `<akomaNtoso>`. */
  root?: boolean | undefined
  children: Component[]
}

/** A part of a document: what `<act>`, `<judgment>`, `<debate>`, … hold after `<meta>`. */
export type DocumentPart =
  | CoverPage
  | Preface
  | Preamble
  | Header
  | MainBody
  | Body
  | JudgmentBody
  | DebateBody
  | AmendmentBody
  | CollectionBody
  | PortionBody
  | Conclusions
  | Attachments
  | Components

/** The root: one decision, resolution, act, judgment, debate, collection, … (`<akomaNtoso><act …>`). */
export interface Document extends NodeBase {
  type: 'document'
  /** AKN document type: `statement` for decisions (see the akn README), `act`, `judgment`, … */
  documentType: DocumentType
  /** AKN `name` attribute of the document element, e.g. `decision`. */
  name: string
  meta: Meta
  /** Namespace prefixes the document's attributes and kept elements use, by prefix (e.g. `xsi`). */
  namespaces?: Record<string, string> | undefined
  /** Attributes of the `<akomaNtoso>` element other than namespace declarations. */
  rootAttributes?: Attributes | undefined
  children: DocumentPart[]
}

/** AKN document types. */
export type DocumentType =
  | 'act'
  | 'amendment'
  | 'amendmentList'
  | 'bill'
  | 'debate'
  | 'debateReport'
  | 'doc'
  | 'documentCollection'
  | 'judgment'
  | 'officialGazette'
  | 'portion'
  | 'statement'

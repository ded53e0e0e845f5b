import type {Position, Point as SourcePoint} from 'unist'

export type {Position, SourcePoint}

/**
 * Fields every node may carry. `position` points into the source a reader read (1-based line and
 * column, 0-based UTF-16 offset, `end` just past the region); nodes a program creates have none.
 */
export interface NodeBase {
  /** Where the node was read from, if it was read. */
  position?: Position | undefined
}

/** A node that may carry an AKN `eId` (kept from AKN input; readers of other formats leave it out). */
export interface Identified {
  /** AKN expression-level identifier, e.g. `preface`, `body`. */
  eId?: string | undefined
}

/** A clause-level node: it always has an `eId`, built by {@link eIdOf} unless kept from AKN input. */
export interface Addressed {
  /** AKN expression-level identifier, e.g. `para_5__list_1__point_a`. */
  eId: string
}

// ---------------------------------------------------------------------------------------------------
// Inline content (AKN `inline` group, restricted to what decisions use).

/** Plain text. */
export interface Text extends NodeBase {
  type: 'text'
  value: string
}

/** Superscript (`<sup>`), e.g. the `o` of `nº`. */
export interface Sup extends NodeBase {
  type: 'sup'
  children: Inline[]
}

/** Subscript (`<sub>`). */
export interface Sub extends NodeBase {
  type: 'sub'
  children: Inline[]
}

/** Bold (`<b>`). */
export interface Strong extends NodeBase {
  type: 'b'
  children: Inline[]
}

/** Italics (`<i>`). */
export interface Emphasis extends NodeBase {
  type: 'i'
  children: Inline[]
}

/** Underline (`<u>`). */
export interface Underline extends NodeBase {
  type: 'u'
  children: Inline[]
}

/** The document's number as printed (`<docNumber>`), e.g. `Décision nº 7/17`. */
export interface DocNumber extends NodeBase {
  type: 'docNumber'
  children: Inline[]
}

/** The document's title as printed (`<docTitle>`). */
export interface DocTitle extends NodeBase {
  type: 'docTitle'
  children: Inline[]
}

/** A short title (`<shortTitle>`), as some acts have in their preface. */
export interface ShortTitle extends NodeBase {
  type: 'shortTitle'
  children: Inline[]
}

/**
 * A party to the document (`<party refersTo>`), e.g. the delegation that makes a statement. `refersTo`
 * is the `eId` of a {@link Person} or {@link Organization} in `meta.references`, without `#`.
 */
export interface Party extends NodeBase {
  type: 'party'
  refersTo: string
  children: Inline[]
}

/** A quotation inside running text (`<quotedText>`). */
export interface QuotedText extends NodeBase {
  type: 'quotedText'
  /** Opening mark, when kept apart from the text (AKN `startQuote`). */
  startQuote?: string | undefined
  /** Closing mark, when kept apart from the text (AKN `endQuote`). */
  endQuote?: string | undefined
  children: Inline[]
}

/** A reference to another document or part (`<ref href>`). */
export interface Ref extends NodeBase {
  type: 'ref'
  /** Target, an AKN IRI or a URL; never used unescaped by renderers. */
  href: string
  children: Inline[]
}

/** A reference to a note kept in `meta.notes` (`<noteRef href>`). */
export interface NoteRef extends NodeBase {
  type: 'noteRef'
  /** `eId` of the note in `meta.notes`, without `#`. */
  href: string
  /** The marker shown in the text, if any. */
  marker?: string | undefined
}

/**
 * A footnote placed where its marker stood (`<authorialNote>`). It is inline in its parent `p`, and
 * holds blocks of its own.
 */
export interface AuthorialNote extends NodeBase, Addressed {
  type: 'authorialNote'
  /** The marker as printed, e.g. `1` or `*`. */
  marker: string
  /** Where the note was printed (default in AKN: `bottom`). */
  placement?: 'bottom' | 'inline' | 'side' | undefined
  children: P[]
}

/** Text inserted, in a redline (`<ins>`). */
export interface Ins extends NodeBase, Identified {
  type: 'ins'
  children: Inline[]
}

/** Text deleted, in a redline (`<del>`). */
export interface Del extends NodeBase, Identified {
  type: 'del'
  children: Inline[]
}

/** A line break inside a block (`<br>`). */
export interface Break extends NodeBase {
  type: 'br'
}

/** Any inline node. */
export type Inline =
  | Text
  | Sup
  | Sub
  | Strong
  | Emphasis
  | Underline
  | DocNumber
  | DocTitle
  | ShortTitle
  | Party
  | QuotedText
  | Ref
  | NoteRef
  | AuthorialNote
  | Ins
  | Del
  | Break

// ---------------------------------------------------------------------------------------------------
// Blocks.

/** A block of running text (`<p>`). */
export interface P extends NodeBase, Identified {
  type: 'p'
  children: Inline[]
}

/** The number of a clause exactly as written, e.g. `5.` or `a)` (`<num>`). */
export interface Num extends NodeBase {
  type: 'num'
  value: string
}

/** A heading of a hierarchical unit (`<heading>`). */
export interface Heading extends NodeBase, Identified {
  type: 'heading'
  children: Inline[]
}

/** Text of a clause that has no sub-clauses (`<content>`). */
export interface Content extends NodeBase, Identified {
  type: 'content'
  children: P[]
}

/** Text that opens a list of points (`<intro>`). */
export interface Intro extends NodeBase, Identified {
  type: 'intro'
  children: P[]
}

/** Text that closes a list of points (`<wrapUp>`). */
export interface WrapUp extends NodeBase, Identified {
  type: 'wrapUp'
  children: P[]
}

/** A list of points inside a paragraph or point (`<list>`). */
export interface List extends NodeBase, Addressed {
  type: 'list'
  children: Point[]
}

/** Children of a numbered clause: a number, an optional heading, then content or intro–list–wrapUp. */
export type ClauseChild = Num | Heading | Content | Intro | List | WrapUp

/** An operative paragraph (`<paragraph>`), e.g. `para_5`. */
export interface Paragraph extends NodeBase, Addressed {
  type: 'paragraph'
  children: ClauseChild[]
}

/** A point in a list (`<point>`), e.g. `para_5__list_1__point_a`. */
export interface Point extends NodeBase, Addressed {
  type: 'point'
  children: ClauseChild[]
}

/**
 * Text of the main body that is not itself a paragraph (`<blockContainer>`), such as the operative
 * introduction `Demande aux États participants :` that several paragraphs share.
 */
export interface BlockContainer extends NodeBase, Addressed {
  type: 'blockContainer'
  children: P[]
}

/** Names of AKN hierarchical elements kept as such when read from AKN. */
export type HierarchyName =
  | 'alinea'
  | 'article'
  | 'book'
  | 'chapter'
  | 'clause'
  | 'division'
  | 'indent'
  | 'level'
  | 'part'
  | 'rule'
  | 'section'
  | 'subchapter'
  | 'subclause'
  | 'subdivision'
  | 'subparagraph'
  | 'subpart'
  | 'subrule'
  | 'subsection'
  | 'title'
  | 'tome'

/**
 * A hierarchical unit other than a paragraph or point, as acts have (`<chapter>`, `<section>`, …, or
 * `<hcontainer name>` when `name` is not an AKN element).
 */
export interface Hcontainer extends NodeBase, Addressed {
  type: 'hcontainer'
  /** The AKN element (`chapter`, `section`, …) or, for anything else, the `name` of an `hcontainer`. */
  name: HierarchyName | string
  children: (ClauseChild | Hcontainer | Paragraph)[]
}

// ---------------------------------------------------------------------------------------------------
// Document parts.

/** A line of the title page (`<longTitle>`). */
export interface LongTitle extends NodeBase, Identified {
  type: 'longTitle'
  children: P[]
}

/** The front of the document: number, title, and for a statement its author line (`<preface>`). */
export interface Preface extends NodeBase, Identified {
  type: 'preface'
  children: (P | LongTitle)[]
}

/** The enacting formula, e.g. `Le Conseil ministériel,` (`<formula name="enactingFormula">`). */
export interface Formula extends NodeBase, Addressed {
  type: 'formula'
  /** AKN formula name (default `enactingFormula`). */
  name: string
  children: P[]
}

/** One recital of the preamble (`<recital>`). */
export interface Recital extends NodeBase, Addressed {
  type: 'recital'
  children: (Num | P)[]
}

/** The recitals of a preamble (`<recitals>`). */
export interface Recitals extends NodeBase, Addressed {
  type: 'recitals'
  children: Recital[]
}

/** The preamble: formula, then recitals (`<preamble>`). */
export interface Preamble extends NodeBase, Identified {
  type: 'preamble'
  children: (Formula | Recitals | P)[]
}

/** The operative part of a decision or statement (`<mainBody>`). */
export interface MainBody extends NodeBase, Identified {
  type: 'mainBody'
  children: (Paragraph | BlockContainer | Hcontainer)[]
}

/** The body of an act (`<body>`), for AKN input that is not a decision. */
export interface Body extends NodeBase, Identified {
  type: 'body'
  children: (Paragraph | BlockContainer | Hcontainer)[]
}

/** The closing part (`<conclusions>`), e.g. place and date of signature. */
export interface Conclusions extends NodeBase, Identified {
  type: 'conclusions'
  children: P[]
}

/** An attached document, e.g. an interpretative statement (`<attachment><doc name>`). */
export interface Attachment extends NodeBase, Addressed {
  type: 'attachment'
  /** The attached document's AKN `name`, e.g. `interpretativeStatement`. */
  name: string
  /** `eId` of the author in the parent's `meta.references`, without `#`, if known. */
  author?: string | undefined
  children: (Preface | MainBody | Conclusions)[]
}

/** The attachments of a document (`<attachments>`). */
export interface Attachments extends NodeBase, Identified {
  type: 'attachments'
  children: Attachment[]
}

/** The root: one decision, resolution, act or statement (`<akomaNtoso><statement|doc|act …>`). */
export interface Document extends NodeBase {
  type: 'document'
  /** AKN document type: `statement` for decisions (see the akn README), `doc`, `act`, … */
  documentType: DocumentType
  /** AKN `name` attribute of the document element, e.g. `decision`. */
  name: string
  meta: Meta
  children: (Preface | Preamble | MainBody | Body | Conclusions | Attachments)[]
}

/** AKN document types the model can hold. */
export type DocumentType = 'statement' | 'doc' | 'act' | 'bill'

// ---------------------------------------------------------------------------------------------------
// Metadata.

/** A lifecycle event: the adoption, or a corrigendum and its date. */
export interface LifecycleEvent {
  /** `evnt_N`. */
  eId: string
  /** ISO date `YYYY-MM-DD`. */
  date: string
  /** `generation` for the adoption, `amendment` for a corrigendum, `repeal`. */
  type: 'generation' | 'amendment' | 'repeal'
  /** What happened, e.g. `adoption`, `linguisticConformity`, `corrigendum`. */
  refersTo?: string | undefined
  /** Document symbol of the version this event produced, e.g. `MC.DEC/7/17/Corr.1`. */
  symbol?: string | undefined
  /** Kind of correction, for corrigenda: `linguisticConformity`, `correction`, … */
  kind?: string | undefined
}

/** A person or body named by the document, e.g. a delegation. */
export interface Person {
  type: 'person'
  /** `eId` referred to by {@link Party.refersTo}. */
  eId: string
  /** Human-readable name, e.g. `délégation de la Fédération de Russie`. */
  showAs: string
  /** Ontology IRI, e.g. `/ontology/person/osce/delegation.russianFederation`. */
  href: string
}

/** An organization named by the document, e.g. the issuing body. */
export interface Organization {
  type: 'organization'
  eId: string
  showAs: string
  href: string
}

/** A note kept in `meta.notes` and pointed at by {@link NoteRef}. */
export interface Note {
  eId: string
  children: P[]
}

/** FRBR identity: work, expression and manifestation. */
export interface Frbr {
  /** Country or body code of the FRBR URI, e.g. `osce`, `un`, `au`. */
  country: string
  /** Sub-type, e.g. `decision`. */
  subtype?: string | undefined
  /** Work date (adoption), `YYYY-MM-DD`. */
  date: string
  /** Work number, e.g. `7/17`. */
  number: string
  /** Expression language, ISO 639-2/B three letters as AKN wants (`fra`, `eng`). */
  language: string
  /** Expression date: the adoption, or the latest corrigendum. */
  expressionDate: string
  /** Work URI, e.g. `/akn/osce/statement/decision/2017-12-08/mc-7-17`; derived when absent. */
  workUri?: string | undefined
  /** Expression URI; derived when absent. */
  expressionUri?: string | undefined
  /** Work name (`FRBRname`), if the source gave one. */
  name?: string | undefined
}

/** The meeting a decision was adopted at. */
export interface Meeting {
  /** E.g. `Vingt-quatrième Réunion` / `Twenty-fourth Meeting`. */
  name?: string | undefined
  /** E.g. `CM(24)`. */
  symbol?: string | undefined
  /** Day of the meeting as printed, e.g. `Deuxième jour`. */
  day?: string | undefined
  /** Journal number, e.g. `2`. */
  journal?: string | undefined
  /** Agenda item, e.g. `7`. */
  agendaItem?: string | undefined
  /** Place, e.g. `Vienne`. */
  place?: string | undefined
}

/** Everything about the document that is not its text (`<meta>`). */
export interface Meta {
  frbr: Frbr
  /** Issuing body. */
  body?: Organization | undefined
  /** Document symbol of this version, e.g. `MC.DEC/7/17/Corr.1`. */
  symbol?: string | undefined
  /** Symbol of the original, e.g. `MC.DEC/7/17`, when this version is a corrigendum. */
  originalSymbol?: string | undefined
  meeting?: Meeting | undefined
  /** BCP 47 tag of the text, e.g. `fr`, `en`. */
  language: string
  /** Adoption and corrigenda, in date order. */
  lifecycle: LifecycleEvent[]
  /** Persons and organizations the text names (delegations, bodies). */
  references: (Person | Organization)[]
  /** Notes kept apart from the text, referred to by {@link NoteRef}. */
  notes: Note[]
}

// ---------------------------------------------------------------------------------------------------
// Unions.

/** Every block-level node. */
export type Block =
  | P
  | Num
  | Heading
  | Content
  | Intro
  | WrapUp
  | List
  | Paragraph
  | Point
  | BlockContainer
  | Hcontainer
  | LongTitle
  | Preface
  | Formula
  | Recital
  | Recitals
  | Preamble
  | MainBody
  | Body
  | Conclusions
  | Attachment
  | Attachments

/** Every node of the model. */
export type Nodes = Document | Block | Inline

/** Nodes that have children. */
export type Parents = Extract<Nodes, {children: unknown[]}>

/**
 * Clause-level nodes: the units the differ aligns and renderers link to. Each has an `eId`.
 */
export type Clause = Formula | Recital | Paragraph | Point | BlockContainer | Hcontainer | AuthorialNote

// ---------------------------------------------------------------------------------------------------
// Diagnostics.

/**
 * Something a reader noticed: a repair it made, page furniture it removed, a guess. One shape in every
 * package, after `vfile-message`.
 */
export interface Diagnostic {
  /** One sentence, e.g. `Footnote 1 reattached to the title: its marker was lost`. */
  reason: string
  /** Where in the source, if known. */
  place?: Position | SourcePoint | undefined
  /** Kebab-case rule, e.g. `footnote-reattached`, `page-furniture`. */
  ruleId: string
  /** The package that reports it, e.g. `@clausewise/text`. */
  source: string
  /** `true`: an error (the input is not what it should be); `false`: a warning; absent: information. */
  fatal?: boolean | undefined
  /** For `page-furniture` and similar: the exact text that was taken out of the flow. */
  text?: string | undefined
}

/** What every reader returns: the document and what the reader noticed. */
export interface ReadResult {
  document: Document
  diagnostics: Diagnostic[]
}

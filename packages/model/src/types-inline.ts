import type {Identified, NodeBase} from './types.js'
import type {Flow} from './types-block.js'

// Inline content: the AKN `inlineCM` group. The decision vocabulary has node types of its own; every
// other AKN inline element is an `inline` node named by its element.

/** Plain text. */
export interface Text extends NodeBase {
  type: 'text'
  value: string
}

/** Superscript (`<sup>`), e.g. the `o` of `nº`. */
export interface Sup extends NodeBase, Identified {
  type: 'sup'
  children: Inline[]
}

/** Subscript (`<sub>`). */
export interface Sub extends NodeBase, Identified {
  type: 'sub'
  children: Inline[]
}

/** Bold (`<b>`). */
export interface Strong extends NodeBase, Identified {
  type: 'b'
  children: Inline[]
}

/** Italics (`<i>`). */
export interface Emphasis extends NodeBase, Identified {
  type: 'i'
  children: Inline[]
}

/** Underline (`<u>`). */
export interface Underline extends NodeBase, Identified {
  type: 'u'
  children: Inline[]
}

/** The document's number as printed (`<docNumber>`), e.g. `Décision nº 7/17`. */
export interface DocNumber extends NodeBase, Identified {
  type: 'docNumber'
  children: Inline[]
}

/** The document's title as printed (`<docTitle>`). */
export interface DocTitle extends NodeBase, Identified {
  type: 'docTitle'
  children: Inline[]
}

/** A short title (`<shortTitle>`), as some acts have in their preface. */
export interface ShortTitle extends NodeBase, Identified {
  type: 'shortTitle'
  children: Inline[]
}

/**
 * A party to the document (`<party refersTo>`), e.g. the delegation that makes a statement. `refersTo`
 * is the `eId` of a {@link Person} or {@link Organization} in `meta.references`, without `#`.
 */
export interface Party extends NodeBase, Identified {
  type: 'party'
  refersTo: string
  children: Inline[]
}

/** A quotation inside running text (AKN `<embeddedText>`). */
export interface QuotedText extends NodeBase, Identified {
  type: 'quotedText'
  /** Opening mark, when kept apart from the text (AKN `startQuote`). */
  startQuote?: string | undefined
  /** Closing mark, when kept apart from the text (AKN `endQuote`). */
  endQuote?: string | undefined
  children: Inline[]
}

/** A reference to another document or part (`<ref href>`). */
export interface Ref extends NodeBase, Identified {
  type: 'ref'
  /** Target, an AKN IRI or a URL; never used unescaped by renderers. */
  href: string
  children: Inline[]
}

/** A reference to a note kept in `meta.notes` (`<noteRef href>`). */
export interface NoteRef extends NodeBase, Identified {
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
export interface AuthorialNote extends NodeBase {
  type: 'authorialNote'
  /** AKN expression-level identifier. */
  eId: string
  /** The marker as printed, e.g. `1` or `*` (`''` when the source gave none). */
  marker: string
  /** Where the note was printed (default in AKN: `bottom`). */
  placement?: 'bottom' | 'inline' | 'side' | 'left' | 'right' | undefined
  children: Flow[]
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
export interface Break extends NodeBase, Identified {
  type: 'br'
}

/** AKN inline elements without a node type of their own, kept by element name in an {@link InlineElement}. */
export type InlineElementName =
  | 'a'
  | 'abbr'
  | 'affectedDocument'
  | 'argument'
  | 'change'
  | 'concept'
  | 'courtType'
  | 'date'
  | 'decoration'
  | 'def'
  | 'docAuthority'
  | 'docCommittee'
  | 'docDate'
  | 'docIntroducer'
  | 'docJurisdiction'
  | 'docProponent'
  | 'docPurpose'
  | 'docStage'
  | 'docStatus'
  | 'docType'
  | 'docketNumber'
  | 'entity'
  | 'event'
  | 'fillIn'
  | 'inline'
  | 'judge'
  | 'lawyer'
  | 'legislature'
  | 'location'
  | 'mmod'
  | 'mod'
  | 'mref'
  | 'narrative'
  | 'neutralCitation'
  | 'object'
  | 'omissis'
  | 'opinion'
  | 'organization'
  | 'outcome'
  | 'person'
  | 'placeholder'
  | 'process'
  | 'quantity'
  | 'quotedText'
  | 'recordedTime'
  | 'relatedDocument'
  | 'remark'
  | 'rmod'
  | 'role'
  | 'rref'
  | 'scene'
  | 'session'
  | 'signature'
  | 'span'
  | 'summary'
  | 'term'
  | 'time'
  | 'vote'

/**
 * Any other AKN inline element (`<term>`, `<docDate>`, `<span>`, `<abbr>`, `<mod>`, …), kept by its
 * element name with its attributes. Debate records also use `scene`, `narrative` and `summary` as
 * blocks of their own.
 */
export interface InlineElement extends NodeBase, Identified {
  type: 'inline'
  element: InlineElementName
  children: Inline[]
}

/** AKN markers without a node type of their own. */
export type MarkerName = 'eol' | 'eop' | 'img' | 'marker'

/**
 * An empty inline element (`<eol/>`, `<eop/>`, `<img src/>`, `<marker/>`). `eol` and `eop` end a line
 * or a page: in plain text they are a line break, so the words either side stay apart.
 */
export interface Marker extends NodeBase, Identified {
  type: 'marker'
  element: MarkerName
}

/** AKN elements that put structure inside running text. */
export type SubFlowName = 'quotedStructure' | 'embeddedStructure' | 'subFlow'

/**
 * Structure inside running text (`<quotedStructure>` in an amending provision, `<embeddedStructure>`,
 * `<subFlow>`): its units are part of the text that holds them, not clauses of the document.
 */
export interface SubFlow extends NodeBase, Identified {
  type: 'subFlow'
  element: SubFlowName
  children: Flow[]
}

/** An element kept exactly as it was read: its name as written, attributes and content. */
export interface OpaqueElement {
  /** Qualified name as written, e.g. `staticContent` or `ukm:Metadata`. */
  name: string
  /** Attributes as written (including namespace declarations it needs). */
  attributes?: Attributes | undefined
  /** Elements and text, in order. */
  children: (OpaqueElement | string)[]
}

/** Attribute names and values of an element, as read. */
export type Attributes = Record<string, string>

/**
 * What the model does not know (an element AKN 3.0 does not define, foreign-namespace content, a
 * `<foreign>` block): kept as it came and written back as it came. Its text counts as text of the
 * document.
 */
export interface Opaque extends NodeBase {
  type: 'opaque'
  xml: OpaqueElement
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
  | InlineElement
  | Marker
  | SubFlow
  | Opaque

import type {Addressed, Identified, NodeBase} from './types.js'
import type {Inline, InlineElement, Opaque} from './types-inline.js'

// Blocks (AKN `blockElements` and `containerElements`) and the hierarchy (`hierElements`, the debate
// sections). Children follow the AKN content model when the source did; readers keep what they read.

/** A block of running text (`<p>`). */
export interface P extends NodeBase, Identified {
  type: 'p'
  children: Inline[]
}

/** A block of inline content with a name (`<block name>`), e.g. a signature block. */
export interface BlockElement extends NodeBase, Identified {
  type: 'block'
  /** The AKN `name` of the block. */
  name: string
  children: Inline[]
}

/** The number of a clause exactly as written, e.g. `5.` or `a)` (`<num>`). */
export interface Num extends NodeBase, Identified {
  type: 'num'
  /** The number as plain text. */
  value: string
  /** The number's content when it holds markup (a note, a superscript); its text is `value`. */
  children?: Inline[] | undefined
}

/** A heading of a hierarchical unit (`<heading>`). */
export interface Heading extends NodeBase, Identified {
  type: 'heading'
  children: Inline[]
}

/** A second heading line (`<subheading>`). */
export interface Subheading extends NodeBase, Identified {
  type: 'subheading'
  children: Inline[]
}

/** A heading between units that belongs to none of them (`<crossHeading>`). */
export interface CrossHeading extends NodeBase, Identified {
  type: 'crossHeading'
  children: Inline[]
}

/** Text of a clause that has no sub-clauses (`<content>`). */
export interface Content extends NodeBase, Identified {
  type: 'content'
  children: Flow[]
}

/** Text that opens a list of points or sub-units (`<intro>`). */
export interface Intro extends NodeBase, Identified {
  type: 'intro'
  children: Flow[]
}

/** Text that closes a list of points or sub-units (`<wrapUp>`). */
export interface WrapUp extends NodeBase, Identified {
  type: 'wrapUp'
  children: Flow[]
}

/** A list of points inside a paragraph or point (`<list>`). */
export interface List extends NodeBase, Addressed {
  type: 'list'
  children: HierarchyChild[]
}

/** An operative paragraph (`<paragraph>`), e.g. `para_5`. */
export interface Paragraph extends NodeBase, Addressed {
  type: 'paragraph'
  children: HierarchyChild[]
}

/** A point in a list (`<point>`), e.g. `para_5__list_1__point_a`. */
export interface Point extends NodeBase, Addressed {
  type: 'point'
  children: HierarchyChild[]
}

/** Names of AKN hierarchical elements (`hierElements`) other than `paragraph`, `point` and `list`. */
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
  | 'proviso'
  | 'rule'
  | 'section'
  | 'subchapter'
  | 'subclause'
  | 'subdivision'
  | 'sublist'
  | 'subparagraph'
  | 'subpart'
  | 'subrule'
  | 'subsection'
  | 'subtitle'
  | 'title'
  | 'tome'
  | 'transitional'

/** Names of the sections of a debate record (AKN `speechSection`, and `speechGroup`). */
export type DebateSectionName =
  | 'address'
  | 'adjournment'
  | 'administrationOfOath'
  | 'communication'
  | 'debateSection'
  | 'declarationOfVote'
  | 'ministerialStatements'
  | 'nationalInterest'
  | 'noticesOfMotion'
  | 'oralStatements'
  | 'papers'
  | 'personalStatements'
  | 'petitions'
  | 'pointOfOrder'
  | 'prayers'
  | 'proceduralMotions'
  | 'questions'
  | 'resolutions'
  | 'rollCall'
  | 'speechGroup'
  | 'writtenStatements'

/**
 * A hierarchical unit other than a paragraph or point (`<chapter>`, `<section>`, …, a debate section
 * such as `<debateSection>`, or `<hcontainer name>` when `name` is not an AKN element).
 */
export interface Hcontainer extends NodeBase, Addressed {
  type: 'hcontainer'
  /**
   * The AKN element (`chapter`, `debateSection`, …) or, for anything else, the `name` of an
   * `hcontainer`. An `hcontainer` whose name is an AKN element name has `name: 'hcontainer'` and its
   * name in `attributes.name`.
   */
  name: HierarchyName | DebateSectionName | string
  children: HierarchyChild[]
}

/** Any hierarchical unit. */
export type Hierarchy = Paragraph | Point | List | Hcontainer

/** A speech in a debate (`<speech>`, `<question>`, `<answer>`): who spoke, then what was said. */
export interface Speech extends NodeBase, Addressed {
  type: 'speech'
  element: 'speech' | 'question' | 'answer'
  children: HierarchyChild[]
}

/** Who speaks (`<from>`), the first line of a speech. */
export interface From extends NodeBase, Identified {
  type: 'from'
  children: Inline[]
}

/** A list of items (`<blockList>`): an introduction, items, a closing line. */
export interface BlockList extends NodeBase, Identified {
  type: 'blockList'
  children: (ListIntroduction | Item | ListWrapUp)[]
}

/** The words that open a block list (`<listIntroduction>`). */
export interface ListIntroduction extends NodeBase, Identified {
  type: 'listIntroduction'
  children: Inline[]
}

/** The words that close a block list (`<listWrapUp>`). */
export interface ListWrapUp extends NodeBase, Identified {
  type: 'listWrapUp'
  children: Inline[]
}

/** An item of a block list (`<item>`): a number, then blocks. */
export interface Item extends NodeBase, Addressed {
  type: 'item'
  children: ItemChild[]
}

/** A numbered block holding a table, a form or a figure (`<tblock>`). */
export interface Tblock extends NodeBase, Addressed {
  type: 'tblock'
  children: ItemChild[]
}

/** Children of an item-like unit: number and headings, then blocks. */
export type ItemChild = Num | Heading | Subheading | Flow

/**
 * Text of the main body that is not itself a paragraph (`<blockContainer>`), such as the operative
 * introduction `Demande aux États participants :` that several paragraphs share.
 */
export interface BlockContainer extends NodeBase, Addressed {
  type: 'blockContainer'
  children: (ItemChild | Intro | WrapUp | CrossHeading)[]
}

/** A table (`<table>`): an optional caption, then rows. */
export interface Table extends NodeBase, Identified {
  type: 'table'
  children: (Caption | Tr)[]
}

/** The caption of a table (`<caption>`). */
export interface Caption extends NodeBase, Identified {
  type: 'caption'
  children: Inline[]
}

/** A row of a table (`<tr>`). */
export interface Tr extends NodeBase, Addressed {
  type: 'tr'
  children: (Th | Td)[]
}

/** A header cell (`<th>`). */
export interface Th extends NodeBase, Identified {
  type: 'th'
  children: Flow[]
}

/** A data cell (`<td>`). */
export interface Td extends NodeBase, Identified {
  type: 'td'
  children: Flow[]
}

/** A table of contents (`<toc>`). */
export interface Toc extends NodeBase, Identified {
  type: 'toc'
  children: TocItem[]
}

/** An entry of a table of contents (`<tocItem>`). */
export interface TocItem extends NodeBase, Identified {
  type: 'tocItem'
  children: Inline[]
}

/** An unordered list (`<ul>`). */
export interface Ul extends NodeBase, Identified {
  type: 'ul'
  children: Li[]
}

/** An ordered list (`<ol>`). */
export interface Ol extends NodeBase, Identified {
  type: 'ol'
  children: Li[]
}

/** An entry of a `ul` or `ol` (`<li>`): running text, possibly with nested lists. */
export interface Li extends NodeBase, Addressed {
  type: 'li'
  children: (Inline | Ul | Ol | P)[]
}

/** Names of AKN block containers without a node type of their own. */
export type ContainerName = 'container' | 'div' | 'other' | 'interstitial'

/**
 * A container of blocks (`<container name>` in a preface or preamble, `<div>`, `<other>` in a debate,
 * `<interstitial>` between documents of a collection).
 */
export interface Container extends NodeBase, Identified {
  type: 'container'
  element: ContainerName
  /** The AKN `name` of a `container`, if any. */
  name?: string | undefined
  children: Flow[]
}

/** A reference to a component or document in place of its content (`<componentRef>`, `<documentRef>`). */
export interface ComponentRef extends NodeBase, Identified {
  type: 'componentRef'
  element: 'componentRef' | 'documentRef'
}

/** A line of the title page (`<longTitle>`). */
export interface LongTitle extends NodeBase, Identified {
  type: 'longTitle'
  children: Flow[]
}

/** The enacting formula, e.g. `Le Conseil ministériel,` (`<formula name="enactingFormula">`). */
export interface Formula extends NodeBase, Addressed {
  type: 'formula'
  /** AKN formula name (default `enactingFormula`). */
  name: string
  children: Flow[]
}

/** Any block-level node (AKN `blockElements`, `containerElements` and the containers around them). */
export type Flow =
  | P
  | BlockElement
  | BlockList
  | BlockContainer
  | Tblock
  | Table
  | Toc
  | Ul
  | Ol
  | Container
  | LongTitle
  | Formula
  | ComponentRef
  | Opaque
  | InlineElement

/** Children of a hierarchical unit or debate section: number, headings, then text or sub-units. */
export type HierarchyChild =
  | Num
  | Heading
  | Subheading
  | CrossHeading
  | Intro
  | Content
  | WrapUp
  | Hierarchy
  | Speech
  | From
  | Flow

/** Children of a numbered clause, as decisions have them. */
export type ClauseChild = Num | Heading | Content | Intro | List | WrapUp

import type {Position, Point as SourcePoint} from 'unist'
import type {Attributes} from './types-inline.js'

export type {Position, SourcePoint}

/**
 * Fields every node may carry. `position` points into the source a reader read (1-based line and
 * column, 0-based UTF-16 offset, `end` just past the region); nodes a program creates have none.
 */
export interface NodeBase {
  /** Where the node was read from, if it was read. */
  position?: Position | undefined
  /**
   * AKN attributes the model has no field for (`status`, `class`, `refersTo`, `wId`, …), kept as read
   * and written back as they came.
   */
  attributes?: Attributes | undefined
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

export type * from './types-block.js'
export type * from './types-document.js'
export type * from './types-inline.js'
export type * from './types-meta.js'

import type {
  BlockContainer,
  BlockElement,
  BlockList,
  Caption,
  ComponentRef,
  Container,
  Content,
  CrossHeading,
  Formula,
  From,
  Hcontainer,
  Heading,
  Intro,
  Item,
  Li,
  List,
  ListIntroduction,
  ListWrapUp,
  LongTitle,
  Num,
  Ol,
  P,
  Paragraph,
  Point,
  Speech,
  Subheading,
  Table,
  Tblock,
  Td,
  Th,
  Toc,
  TocItem,
  Tr,
  Ul,
  WrapUp,
} from './types-block.js'
import type {
  AmendmentBlock,
  AmendmentBody,
  Attachment,
  Attachments,
  Body,
  Citation,
  Citations,
  CollectionBody,
  Component,
  Components,
  Conclusions,
  CoverPage,
  DebateBody,
  Document,
  Header,
  JudgmentBlock,
  JudgmentBody,
  MainBody,
  PortionBody,
  Preamble,
  Preface,
  Recital,
  Recitals,
} from './types-document.js'
import type {AuthorialNote, Inline} from './types-inline.js'

// ---------------------------------------------------------------------------------------------------
// Unions.

/** Every block-level node. */
export type Block =
  | P
  | BlockElement
  | Num
  | Heading
  | Subheading
  | CrossHeading
  | Content
  | Intro
  | WrapUp
  | List
  | Paragraph
  | Point
  | Hcontainer
  | Speech
  | From
  | BlockList
  | ListIntroduction
  | ListWrapUp
  | Item
  | Tblock
  | BlockContainer
  | Table
  | Caption
  | Tr
  | Th
  | Td
  | Toc
  | TocItem
  | Ul
  | Ol
  | Li
  | Container
  | ComponentRef
  | LongTitle
  | Preface
  | Formula
  | Recital
  | Recitals
  | Citation
  | Citations
  | Preamble
  | MainBody
  | Body
  | Conclusions
  | CoverPage
  | Header
  | JudgmentBody
  | JudgmentBlock
  | DebateBody
  | AmendmentBody
  | AmendmentBlock
  | CollectionBody
  | PortionBody
  | Attachment
  | Attachments
  | Component
  | Components

/** Every node of the model. */
export type Nodes = Document | Block | Inline

/** Nodes that have children. */
export type Parents = Extract<Nodes, {children: unknown[]}>

/**
 * Clause-level nodes: the units the differ aligns and renderers link to. Each has an `eId`.
 */
export type Clause =
  | Formula
  | Recital
  | Citation
  | Paragraph
  | Point
  | BlockContainer
  | Hcontainer
  | AuthorialNote
  | Item
  | Tblock
  | Tr
  | Li
  | Speech

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

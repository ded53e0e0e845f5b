import type {AuthorialNote, Diagnostic} from '@clausewise/model'
import {ClausewiseError} from '@clausewise/model'
import type {Numbering} from '../numbering/numbering.js'
import type {XmlElement} from '../xml/parse.js'
import type {DocxPackage, Relationship} from './package.js'
import type {Piece} from './pieces.js'
import type {Styles} from './styles.js'

/** A paragraph as read, before paragraphs are joined and numbered. */
export interface RawParagraph {
  pieces: Piece[]
  /** Paragraph style id (the default style when none is given). */
  styleId?: string | undefined
  /** Numbering asked for directly in `w:pPr`. */
  numId?: string | undefined
  ilvl?: number | undefined
  outlineLevel?: number | undefined
  /** The paragraph mark is gone in the version read (deleted and accepted, or inserted and rejected). */
  markRemoved: boolean
  pageBreakBefore: boolean
  /** Where a table cell's paragraph stands. */
  table?: {table: number; row: number; cell: number} | undefined
  /** Names of the frame bookmarks of ours (`_cw…`) that start and end in it. */
  bookmarks?: {starts: string[]; ends: string[]} | undefined
  /** Block content controls of ours around it, outermost first: the roles and attributes they name. */
  directives?: {type: string; attributes: Record<string, string>}[] | undefined
}

/** A note reference waiting for its text: read after the body so its lines follow the body's. */
export interface PendingNote {
  note: AuthorialNote
  kind: 'footnote' | 'endnote'
  id: string
  /** The marker is the text that follows the reference (`w:customMarkFollows`), not a number. */
  custom: boolean
}

/** What reading one story (the body, a note) shares. */
export interface ReadState {
  docx: DocxPackage
  styles: Styles
  numbering: Numbering
  /** `accept`: the document as it stands with every tracked change accepted; `reject`: as it was. */
  changes: 'accept' | 'reject'
  /** Relationships of the part being read (hyperlink targets). */
  relationships: Map<string, Relationship>
  diagnostics: Diagnostic[]
  /** Counts of what was seen, reported once each at the end. */
  seen: {
    trackedChanges: number
    images: number
    textBoxes: number
    tables: number
    hiddenText: number
    math: number
    comments: number
    altChunks: number
  }
  /** Complex field nesting: `true` while in an instruction, `false` while in its shown result. */
  fields: boolean[]
  notes: PendingNote[]
  /** Whether notes may be referenced here (not inside a note). */
  notesAllowed: boolean
  nextFrameId: number
  /** Names of our bookmarks by id (an end names only its id), and starts met between paragraphs. */
  bookmarks: Map<string, string>
  /** Names of our bookmarks already started. */
  started: Set<string>
  pendingStarts: string[]
  tables: number
  nodes: number
  maxNodes: number
}

/** Count nodes made; past `maxNodes` the input is refused. */
export function countNodes(state: ReadState, amount = 1): void {
  state.nodes += amount
  if (state.nodes > state.maxNodes) {
    throw new ClausewiseError(
      'too-many-nodes',
      `The document has more than ${state.maxNodes} nodes (maxNodes)`,
    )
  }
}

/** Whether an element is a tracked change the version read drops. */
export function dropped(element: XmlElement, state: ReadState): boolean {
  const name = element.name
  if (state.changes === 'accept') return name === 'w:del' || name === 'w:moveFrom'
  return name === 'w:ins' || name === 'w:moveTo'
}

/** Whether an element is a tracked-change container (kept or dropped, its content is read or not). */
export function isRevision(name: string): boolean {
  return name === 'w:ins' || name === 'w:del' || name === 'w:moveFrom' || name === 'w:moveTo'
}

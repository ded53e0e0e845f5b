import type {AuthorialNote, Document, Nodes, Note} from '@clausewise/model'
import type {IdRegistry} from '../ids.js'
import type {Labels} from '../labels.js'

/** A note waiting to be rendered in the notes section. */
export interface PendingNote {
  id: string
  backId: string
  marker: string
  note: AuthorialNote | Note
}

/** What the document handlers share while rendering one document. */
export interface DocumentState {
  document: Document
  labels: Labels
  ids: IdRegistry
  /** Notes in the order their markers appear. */
  notes: PendingNote[]
  /** Notes of `meta.notes` already queued, by eId. */
  noteIds: Map<string, PendingNote>
  /** Current nesting depth, capped so that hostile trees cannot overflow the stack. */
  depth: number
  /** Inside an attachment: titles become `h3`, not `h1`. */
  attachment: number
  /** Whether a `docTitle` was rendered as the page heading already. */
  titled: boolean
  /**
   * The title page's blocks that print only the document's title or number (`titleBlocks` of the
   * model): a short title's or a long title's block is the page heading as a `docTitle`'s is.
   */
  titleBlocks: ReadonlySet<Nodes>
}

import type {AuthorialNote, Diagnostic, Inline, Locator, NoteRef, P, Position} from '@clausewise/model'
import type {FootnoteDefinition, Node} from 'mdast'

/** The source name diagnostics carry. */
export const source = '@clausewise/markdown'

/** Everything the reader's steps share. */
export interface ReaderContext {
  /** The Markdown as given. */
  source: string
  locator: Locator
  diagnostics: Diagnostic[]
  /** Footnote definitions by normalised label. */
  definitions: Map<string, FootnoteDefinition>
  /** The note read for each definition at its first call; later calls refer to it. */
  notes: Map<string, AuthorialNote>
  /** Labels of definitions being read, to break cycles. */
  reading: Set<string>
  /** Labels of footnotes called again (reported once each). */
  reused: Set<string>
  /** Later calls of a footnote, to point at its note once eIds are known. */
  noteRefs: {noteRef: NoteRef; note: AuthorialNote}[]
  /** Convert mdast phrasing content (set by the reader: phrasing and notes call each other). */
  convertPhrasing: (nodes: Node[], depth: number) => Inline[]
  /** Convert a footnote definition's blocks, with its `note` directive. */
  convertNoteBlocks: (
    definition: FootnoteDefinition,
    depth: number,
  ) => {children: P[]; marker?: string; placement?: string | null}
}

/** The model position of an mdast node. */
export function positionOf(
  context: Pick<ReaderContext, 'locator'>,
  node: Node | undefined,
): Position | undefined {
  const start = node?.position?.start.offset
  const end = node?.position?.end.offset
  if (start === undefined || end === undefined) return undefined
  return context.locator.position(start, end)
}

/** A position between two source offsets. */
export function positionBetween(
  context: Pick<ReaderContext, 'locator'>,
  start: number,
  end: number,
): Position {
  return context.locator.position(start, end)
}

/**
 * The source text under an mdast node, exactly as written. A node without a position (made by a
 * tree transform) gives its descendants' values instead, so that nothing is lost.
 */
export function sliceOf(context: Pick<ReaderContext, 'source'>, node: Node): string {
  const start = node.position?.start.offset
  const end = node.position?.end.offset
  if (start === undefined || end === undefined) return textOf(node)
  return context.source.slice(start, end)
}

/** Record a diagnostic: one sentence, a rule, a place; `fatal` true for errors, false for warnings. */
export function warn(
  context: Pick<ReaderContext, 'diagnostics'>,
  ruleId: string,
  reason: string,
  place: Position | undefined,
  fatal?: boolean,
): void {
  const diagnostic: Diagnostic = {reason, ruleId, source}
  if (place) diagnostic.place = place
  if (fatal !== undefined) diagnostic.fatal = fatal
  context.diagnostics.push(diagnostic)
}

/** The text of a node's descendants (their `value`s), in order; iterative. */
function textOf(root: Node): string {
  const parts: string[] = []
  const stack: Node[] = [root]
  while (stack.length > 0) {
    const node = stack.pop()!
    const value = (node as {value?: unknown}).value
    if (typeof value === 'string') parts.push(value)
    const children = (node as {children?: Node[]}).children
    if (children) for (let index = children.length - 1; index >= 0; index--) stack.push(children[index]!)
  }
  return parts.join('')
}

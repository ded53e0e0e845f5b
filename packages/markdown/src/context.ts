import type {Diagnostic, Inline, P, Position} from '@clausewise/model'
import {createLocator, type Locator} from '@clausewise/model'
import type {FootnoteDefinition, Node} from 'mdast'
import {type Prepared, sourceOffset} from './parse.js'

/** Everything the reader's handlers share. */
export interface ReaderContext {
  prepared: Prepared
  locator: Locator
  diagnostics: Diagnostic[]
  /** Footnote definitions by normalised label. */
  definitions: Map<string, FootnoteDefinition>
  /** Labels of definitions being expanded, to break cycles. */
  expanding: Set<string>
  /** Labels whose definition was used. */
  used: Set<string>
  /** Notes converted for a label, to tell a second call apart. */
  convertPhrasing: (nodes: Node[], depth: number) => Inline[]
  convertNoteBlocks: (
    definition: FootnoteDefinition,
    depth: number,
  ) => {children: P[]; marker?: string; placement?: string | null}
}

/** The source name diagnostics carry. */
export const source = '@clausewise/markdown'

/** Create the shared reader context. */
export function createContext(
  markdown: string,
  prepared: Prepared,
): Omit<ReaderContext, 'convertPhrasing' | 'convertNoteBlocks'> {
  return {
    prepared,
    locator: createLocator(markdown),
    diagnostics: [],
    definitions: new Map(),
    expanding: new Set(),
    used: new Set(),
  }
}

/** The model position of an mdast node, mapped back to the original source. */
export function positionOf(
  context: Pick<ReaderContext, 'prepared' | 'locator'>,
  node: Node | undefined,
): Position | undefined {
  const start = node?.position?.start.offset
  const end = node?.position?.end.offset
  if (start === undefined || end === undefined) return undefined
  return context.locator.position(sourceOffset(context.prepared, start), sourceOffset(context.prepared, end))
}

/** A position between two offsets of the prepared text. */
export function positionBetween(
  context: Pick<ReaderContext, 'prepared' | 'locator'>,
  start: number,
  end: number,
): Position {
  return context.locator.position(sourceOffset(context.prepared, start), sourceOffset(context.prepared, end))
}

/** The source text under an mdast node, exactly as written (backslashes `prepare` added left out). */
export function sliceOf(context: Pick<ReaderContext, 'prepared'>, node: Node): string {
  const start = node.position?.start.offset
  const end = node.position?.end.offset
  if (start === undefined || end === undefined) return ''
  const {prepared} = context
  return prepared.source.slice(sourceOffset(prepared, start), sourceOffset(prepared, end))
}

/** Record a diagnostic. */
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

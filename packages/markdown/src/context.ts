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

/**
 * The source text under an mdast node, exactly as written (backslashes `prepare` added left out).
 * A node without a position (made by a tree transform) gives its descendants' text instead, so that
 * nothing is lost.
 */
export function sliceOf(context: Pick<ReaderContext, 'prepared'>, node: Node): string {
  const start = node.position?.start.offset
  const end = node.position?.end.offset
  if (start === undefined || end === undefined) return textOf(node)
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

/** The text of a node's descendants (their `value`s, or source slices), in order; iterative. */
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

import type {Position, SourcePoint} from './types.js'

/** Codes of errors a user can cause (bad input, bad options); anything else thrown is a bug. */
export type ErrorCode =
  | 'xml-doctype'
  | 'xml-malformed'
  | 'xml-too-deep'
  | 'xml-too-large'
  | 'akn-not-akn'
  | 'akn-unsupported'
  | 'input-too-large'
  | 'unknown-format'
  | 'invalid-option'

/**
 * An error the caller's input caused: a `code` to branch on and the `place` in the source where known.
 * The message names the place as `line:column` when there is one.
 *
 * @example throw new ClausewiseError('xml-doctype', 'DOCTYPE is not allowed', {line: 1, column: 1})
 */
export class ClausewiseError extends Error {
  /** Kebab-case code, e.g. `xml-doctype`. */
  readonly code: ErrorCode
  /** Where in the source, if known. */
  readonly place: Position | SourcePoint | undefined

  constructor(code: ErrorCode, reason: string, place?: Position | SourcePoint, options?: {cause?: unknown}) {
    const where = formatPlace(place)
    super(where ? `${where}: ${reason}` : reason, options)
    this.name = 'ClausewiseError'
    this.code = code
    this.place = place
  }
}

/**
 * `line:column` (or `line:column-line:column`) for a point or position, or `''`.
 *
 * @example formatPlace({line: 3, column: 7}) // '3:7'
 */
export function formatPlace(place: Position | SourcePoint | undefined): string {
  if (!place) return ''
  if ('start' in place) {
    const start = `${place.start.line}:${place.start.column}`
    return place.end ? `${start}-${place.end.line}:${place.end.column}` : start
  }
  return `${place.line}:${place.column}`
}

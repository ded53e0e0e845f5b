import type {Diagnostic, Position, SourcePoint} from './types.js'

/**
 * Codes of errors a user can cause (input that cannot be read at all, a limit overrun, bad options, a
 * comparison that is not of the document given); anything else thrown is a bug.
 */
export type ErrorCode =
  | 'xml-doctype'
  | 'xml-malformed'
  | 'xml-too-deep'
  | 'xml-too-large'
  | 'akn-not-akn'
  | 'akn-unsupported'
  | 'input-too-large'
  | 'too-deep'
  | 'too-many-nodes'
  | 'not-text'
  | 'not-docx'
  | 'unknown-format'
  | 'invalid-option'
  | 'invalid-document'
  | 'comparison-mismatch'

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

/**
 * A diagnostic as one line in the form compilers and linters use, `file:line:column: severity: reason
 * [rule]` (severity `error` for fatal, `warning`, or `info`); the file part is left out when not given
 * and the place when unknown. The line holds no line break: one diagnostic, one line.
 *
 * @example formatDiagnostic({reason: 'No number', ruleId: 'number-not-found', source: '@clausewise/text', fatal: false, place: {line: 3, column: 1}}, 'a.txt') // 'a.txt:3:1: warning: No number [number-not-found]'
 */
export function formatDiagnostic(diagnostic: Diagnostic, file?: string): string {
  const severity = diagnostic.fatal === true ? 'error' : diagnostic.fatal === false ? 'warning' : 'info'
  const place = diagnostic.place
  const point = place && 'start' in place ? place.start : place
  const where = [file, point ? `${point.line}:${point.column}` : undefined].filter(Boolean).join(':')
  const reason = diagnostic.reason.replace(/[\r\n]+/g, ' ')
  return `${where ? `${where}: ` : ''}${severity}: ${reason} [${diagnostic.ruleId}]`
}

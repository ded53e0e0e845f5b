import {createLocator, type Diagnostic, ownString, type Position} from '@clausewise/model'
import {lineAt} from './layout/split-lines.js'

/** Collects diagnostics with positions into one source. */
export interface Reporter {
  diagnostics: Diagnostic[]
  /** The position of a source range. */
  position(start: number, end: number): Position
  /** An information: a repair or a guess that needs no attention. */
  info(ruleId: string, reason: string, start: number, end: number, text?: string): void
  /** A warning: something is missing or doubtful in the input. */
  warn(ruleId: string, reason: string, start: number, end: number, text?: string): void
  /** Page furniture taken out of the text, kept with its exact text. */
  furniture(text: string, start: number, end: number): void
  /** A superscript rejoined: `text` is the word before it and the superscript, on two lines. */
  superscript(text: string, start: number, end: number): void
}

/** The package name, the `source` of every diagnostic. */
export const source = '@clausewise/text'

/**
 * A reporter for one source text; `lineStarts` (the offset each line starts at, as `splitLines`
 * gives them) spares a second pass over the text to find them.
 */
export function createReporter(text: string, lineStarts?: readonly number[]): Reporter {
  // A text that ends with a line break has one more (empty) line, as `createLocator` counts.
  const last = text.charCodeAt(text.length - 1)
  const starts = lineStarts && (last === 10 || last === 13) ? [...lineStarts, text.length] : lineStarts
  const locator = starts ? locatorOf(text.length, starts) : createLocator(text)
  const diagnostics: Diagnostic[] = []
  const add = (
    ruleId: string,
    reason: string,
    start: number,
    end: number,
    fatal?: boolean,
    extra?: string,
  ) => {
    const diagnostic: Diagnostic = {reason, place: locator.position(start, end), ruleId, source}
    if (fatal !== undefined) diagnostic.fatal = fatal
    // A diagnostic outlives the reading: its text must not hold the whole input through a slice.
    if (extra !== undefined) diagnostic.text = ownString(extra)
    diagnostics.push(diagnostic)
  }
  return {
    diagnostics,
    position: (start, end) => locator.position(start, end),
    info: (ruleId, reason, start, end, extra) => add(ruleId, reason, start, end, undefined, extra),
    warn: (ruleId, reason, start, end, extra) => add(ruleId, reason, start, end, false, extra),
    furniture: (extra, start, end) =>
      add(
        'page-furniture',
        `Page furniture \`${clip(extra.trim())}\` taken out of the text`,
        start,
        end,
        undefined,
        extra,
      ),
    superscript: (extra, start, end) =>
      add(
        'superscript-rejoined',
        `Superscript \`${clip(extra.replace('\n', '^'))}\` rejoined to its line`,
        start,
        end,
        undefined,
        extra,
      ),
  }
}

/** A short excerpt for a reason. */
export function clip(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text
}

/** Points and positions from known line starts (as `createLocator` of the model makes them). */
function locatorOf(length: number, starts: readonly number[]): Pick<Reporter, 'position'> {
  const point = (offset: number) => {
    const clamped = Math.max(0, Math.min(offset, length))
    const line = lineAt(starts, clamped)
    const start = starts[line] ?? 0
    return {line: line + 1, column: clamped - start + 1, offset: clamped}
  }
  return {position: (start, end) => ({start: point(start), end: point(end)})}
}

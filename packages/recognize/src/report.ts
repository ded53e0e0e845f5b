import type {Diagnostic, Position} from '@clausewise/model'

/** Collects diagnostics, each with the place of the block it is about. */
export interface Report {
  diagnostics: Diagnostic[]
  /** Information: a guess or a reading that needs no attention. */
  info(ruleId: string, reason: string, place?: Position | undefined): void
  /** A warning: something doubtful in the input, or a reading a person should check. */
  warn(ruleId: string, reason: string, place?: Position | undefined): void
}

/** A report whose diagnostics name `source` (the reader's package). */
export function createReport(source: string): Report {
  const diagnostics: Diagnostic[] = []
  const add = (ruleId: string, reason: string, place: Position | undefined, fatal?: boolean): void => {
    const diagnostic: Diagnostic = {reason, ruleId, source}
    if (place) diagnostic.place = place
    if (fatal !== undefined) diagnostic.fatal = fatal
    diagnostics.push(diagnostic)
  }
  return {
    diagnostics,
    info: (ruleId, reason, place) => add(ruleId, reason, place),
    warn: (ruleId, reason, place) => add(ruleId, reason, place, false),
  }
}

/** A short excerpt for a reason. */
export function clip(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text
}

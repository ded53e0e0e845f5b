import {type Diagnostic, formatDiagnostic} from '@clausewise/model'
import {UsageError} from './errors.js'
import {escapeControlCharacters} from './terminal.js'

/** How to report: every diagnostic (`--verbose`), and warnings as errors (`--strict`). */
export interface ReportOptions {
  verbose?: boolean | undefined
  strict?: boolean | undefined
}

// The summary names at most this many kinds of warning, the most frequent first.
const namedKinds = 4

/**
 * Report a file's diagnostics on stderr, each in the standard one-line form of `formatDiagnostic`
 * (`file:line:column: severity: reason [rule]`), escaped for the terminal. Without `verbose`, one
 * line counts the warnings and names their kinds. An error diagnostic, or any warning with `strict`,
 * throws a `UsageError` (exit 2, nothing written).
 *
 * @example report(result.diagnostics, 'a.txt', io.stderr, {}) // 'clausewise: a.txt: 1 warning (number-not-found); --verbose shows them'
 */
export function report(
  diagnostics: readonly Diagnostic[],
  file: string,
  print: (line: string) => void,
  options: ReportOptions,
): void {
  const where = file === '-' ? '<stdin>' : file
  const line = (text: string) => print(`${escapeControlCharacters(text)}\n`)
  const fatal = diagnostics.find((diagnostic) => diagnostic.fatal === true)
  const warnings = diagnostics.filter((diagnostic) => diagnostic.fatal === false)
  const shown = options.verbose ? diagnostics : options.strict ? warnings : []
  for (const diagnostic of shown) if (diagnostic !== fatal) line(formatDiagnostic(diagnostic, where))
  if (fatal) throw new UsageError(formatDiagnostic(fatal, where))
  if (warnings.length === 0) return
  const count = `${warnings.length} warning${warnings.length === 1 ? '' : 's'} (${kinds(warnings)})`
  if (options.strict) throw new UsageError(`${where}: ${count} with --strict: nothing written`)
  if (!options.verbose) line(`clausewise: ${where}: ${count}; --verbose shows them`)
}

function kinds(warnings: readonly Diagnostic[]): string {
  const counts = new Map<string, number>()
  for (const warning of warnings) counts.set(warning.ruleId, (counts.get(warning.ruleId) ?? 0) + 1)
  const sorted = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
  const named = sorted
    .slice(0, namedKinds)
    .map(([rule, count]) => (sorted.length === 1 ? rule : `${count} ${rule}`))
  const rest = sorted.length - named.length
  return `${named.join(', ')}${rest > 0 ? `, ${rest} more kind${rest === 1 ? '' : 's'}` : ''}`
}

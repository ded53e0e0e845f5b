import {ClausewiseError, formatPlace} from '@clausewise/model'

/**
 * A usage or input error: the CLI prints its message on one line and exits with 2.
 *
 * @example throw new UsageError('diff takes two files: OLD NEW')
 */
export class UsageError extends Error {
  override name = 'UsageError'
}

/**
 * One line for stderr naming the file and, where known, line:column: `clausewise: FILE:3:7: reason`.
 * `doing` says whether the file was being read (an input) or written (`-o`).
 *
 * @example describeError(new ClausewiseError('xml-malformed', 'Unexpected end', {line: 3, column: 7}), 'a.xml')
 * // 'clausewise: a.xml:3:7: Unexpected end'
 */
export function describeError(
  error: unknown,
  file: string | undefined,
  doing: 'read' | 'write' = 'read',
): string {
  const where = file === '-' ? '<stdin>' : file
  if (error instanceof ClausewiseError) {
    const place = formatPlace(error.place)
    const reason =
      place && error.message.startsWith(`${place}: `) ? error.message.slice(place.length + 2) : error.message
    return `clausewise: ${[where, place].filter(Boolean).join(':')}${where || place ? ': ' : ''}${firstLine(reason)}`
  }
  if (error instanceof UsageError) return `clausewise: ${firstLine(error.message)}`
  const code = (error as {code?: unknown}).code
  if (typeof code === 'string' && code.startsWith('E')) {
    const reasons: Record<string, string> =
      doing === 'write'
        ? {
            ENOENT: 'cannot write: no such folder',
            EISDIR: 'cannot write: is a directory',
            EACCES: 'cannot write: permission denied',
          }
        : {ENOENT: 'no such file', EISDIR: 'is a directory', EACCES: 'permission denied'}
    const reason = Object.hasOwn(reasons, code) ? reasons[code]! : `cannot ${doing} (${code})`
    return `clausewise: ${where ?? ''}: ${reason}`
  }
  return `clausewise: ${where ? `${where}: ` : ''}${firstLine(error instanceof Error ? error.message : String(error))}`
}

function firstLine(text: string): string {
  return text.split('\n', 1)[0] ?? ''
}

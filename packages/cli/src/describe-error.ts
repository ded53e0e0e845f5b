import {type ClausewiseError, formatDiagnostic} from '@clausewise/model'
import {OutputError, UsageError} from './errors.js'
import {escapeControlCharacters} from './terminal.js'

const readReasons: Record<string, string> = {
  ENOENT: 'no such file',
  EISDIR: 'is a directory',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ENAMETOOLONG: 'file name too long',
  ELOOP: 'too many symbolic links',
}

const writeReasons: Record<string, string> = {
  ENOENT: 'no such folder',
  ENOTDIR: 'no such folder',
  EISDIR: 'is a directory',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'read-only file system',
  ENOSPC: 'no space left on device',
  EDQUOT: 'disk quota exceeded',
  EFBIG: 'file too large',
  EIO: 'input/output error',
  ENAMETOOLONG: 'file name too long',
  EPIPE: 'broken pipe',
}

/**
 * One line for stderr, safe for a terminal (control characters escaped), naming the file and, where
 * known, line:column. An input error the reader can place is in the standard diagnostic form,
 * `clausewise: FILE:3:7: error: reason [code]`; an error of the system names what was being done.
 * `doing` says whether the file was being read (an input) or written (`-o` or stdout).
 *
 * @example describeError(new ClausewiseError('xml-malformed', 'Unexpected end', {line: 3, column: 7}), 'a.xml')
 * // 'clausewise: a.xml:3:7: error: Unexpected end [xml-malformed]'
 */
export function describeError(
  error: unknown,
  file: string | undefined,
  doing: 'read' | 'write' = 'read',
): string {
  const where = file === '-' ? '<stdin>' : file
  return escapeControlCharacters(`clausewise: ${message(error, where, doing)}`)
}

function message(error: unknown, where: string | undefined, doing: 'read' | 'write'): string {
  if (isClausewiseError(error)) {
    const prefix = error.message.indexOf(': ')
    const placed = error.place !== undefined && prefix >= 0
    const reason = firstLine(placed ? error.message.slice(prefix + 2) : error.message)
    return formatDiagnostic(
      {reason, place: error.place, ruleId: error.code, source: 'clausewise', fatal: true},
      where,
    )
  }
  if (error instanceof UsageError) return firstLine(error.message)
  if (error instanceof OutputError) return `${error.file}: ${firstLine(error.message)}`
  const code = (error as {code?: unknown} | undefined)?.code
  if (typeof code === 'string' && /^E[A-Z]+$/.test(code)) {
    const reasons = doing === 'write' ? writeReasons : readReasons
    const reason = Object.hasOwn(reasons, code) ? reasons[code]! : code
    return `${where ?? '<stdout>'}: ${doing === 'write' ? `cannot write: ${reason}` : reason}`
  }
  return `${where ? `${where}: ` : ''}${firstLine(error instanceof Error ? error.message : String(error))}`
}

function firstLine(text: string): string {
  return text.split('\n', 1)[0] ?? ''
}

// By name, not `instanceof`: a reader loaded from another copy of @clausewise/model throws its own class.
function isClausewiseError(error: unknown): error is ClausewiseError {
  return (
    error instanceof Error &&
    error.name === 'ClausewiseError' &&
    typeof (error as {code?: unknown}).code === 'string'
  )
}

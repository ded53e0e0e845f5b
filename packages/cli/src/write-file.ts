import {
  closeSync,
  fchmodSync,
  lstatSync,
  openSync,
  realpathSync,
  renameSync,
  rmSync,
  type Stats,
  statSync,
  writeFileSync,
} from 'node:fs'
import {dirname, join} from 'node:path'
import {OutputError} from './errors.js'

/** What `-o` may do to an existing file. */
export interface WriteOptions {
  /** Replace a read-only file (`--force`; default: refuse). */
  force?: boolean | undefined
  /** Write to the file a symbolic link points to (`--follow-symlinks`; default: refuse). */
  followSymlinks?: boolean | undefined
}

/**
 * Write a whole file or nothing: the content goes to a temporary file beside the target (a short
 * name, so that a target name of 255 bytes still works, created exclusively), then is renamed over it,
 * keeping the target's permissions. Refuses to replace a read-only file without `force` and to write
 * through a symbolic link without `followSymlinks`; a device or pipe (`/dev/null`, `/dev/stdout`) is
 * written in place.
 *
 * @example writeFileWhole('out.xml', '<akomaNtoso/>', {})
 */
export function writeFileWhole(path: string, content: string | Uint8Array, options: WriteOptions): void {
  let target = path
  let stats = statOf(() => lstatSync(path))
  if (stats?.isSymbolicLink()) {
    if (!options.followSymlinks) {
      throw new OutputError(
        path,
        'is a symbolic link; pass --follow-symlinks to write to the file it points to',
      )
    }
    target = resolveLink(path)
    stats = statOf(() => statSync(target))
  }
  if (stats?.isDirectory()) throw new OutputError(path, 'cannot write: is a directory')
  if (stats && !stats.isFile()) {
    writeFileSync(target, content)
    return
  }
  if (stats && (stats.mode & 0o222) === 0 && !options.force) {
    throw new OutputError(path, 'is read-only; pass --force to replace it')
  }
  const suffix = [...crypto.getRandomValues(new Uint8Array(6))].map((byte) =>
    byte.toString(16).padStart(2, '0'),
  )
  const temporary = join(dirname(target), `.clausewise-${suffix.join('')}.tmp`)
  const descriptor = openSync(temporary, 'wx', 0o666)
  try {
    try {
      if (stats) fchmodSync(descriptor, stats.mode & 0o7777)
      writeFileSync(descriptor, content)
    } finally {
      closeSync(descriptor)
    }
    renameSync(temporary, target)
  } catch (error) {
    rmSync(temporary, {force: true})
    throw error
  }
}

function statOf(stat: () => Stats): Stats | undefined {
  try {
    return stat()
  } catch (error) {
    if ((error as {code?: unknown}).code === 'ENOENT') return undefined
    throw error
  }
}

// The file a link points to; a link to nothing is refused rather than guessed at.
function resolveLink(path: string): string {
  try {
    return realpathSync(path)
  } catch (error) {
    if ((error as {code?: unknown}).code !== 'ENOENT') throw error
    throw new OutputError(path, 'is a symbolic link to a file that does not exist')
  }
}

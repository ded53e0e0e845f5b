import {existsSync, readFileSync} from 'node:fs'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {type Io, main} from 'clausewise'

/** The built executable, and whether it is there (tests of the real process skip without a build). */
export const bin = join(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  'packages',
  'cli',
  'bin',
  'clausewise.js',
)
export const built = existsSync(join(dirname(bin), '..', 'dist', 'cli.js'))

/**
 * Run the CLI in process with a recording Io; files are read from disk unless given in `files` (text
 * is given as UTF-8, bytes as they are).
 */
export async function run(
  argv: string[],
  files: Record<string, string | Uint8Array> = {},
  options: {stdoutIsTty?: boolean} = {},
): Promise<{
  code: number
  stdout: string
  stderr: string
  written: Record<string, string | Uint8Array>
  bytes: Uint8Array[]
}> {
  let stdout = ''
  let stderr = ''
  const written: Record<string, string | Uint8Array> = {}
  const bytes: Uint8Array[] = []
  const io: Io = {
    readFile: async (path) => {
      if (!Object.hasOwn(files, path)) return readFileSync(path)
      const content = files[path]!
      return typeof content === 'string' ? new TextEncoder().encode(content) : content
    },
    writeFile(path, content) {
      written[path] = content
    },
    stdout(text) {
      stdout += text
    },
    stderr(text) {
      stderr += text
    },
    isTty: false,
    stdoutBytes(content) {
      bytes.push(content)
    },
    stdoutIsTty: options.stdoutIsTty === true,
  }
  const code = await main(argv, io)
  return {code, stdout, stderr, written, bytes}
}

import {randomBytes} from 'node:crypto'
import {readFileSync, renameSync, rmSync, writeFileSync} from 'node:fs'
import {basename, dirname, join} from 'node:path'

/** What the CLI does to the outside world, so that tests can run it in process. */
export interface Io {
  /** Read a file as UTF-8, or standard input for `-`. */
  readFile(path: string): Promise<string>
  /** Read a file's bytes, or standard input's for `-` (a .docx); without it the text read is encoded. */
  readBytes?: ((path: string) => Promise<Uint8Array>) | undefined
  /** Write a whole file at once: to a temporary file beside it, then renamed, so nothing is half-written. */
  writeFile(path: string, content: string | Uint8Array): void
  stdout(text: string): void
  /** Write bytes (a .docx) to standard output. */
  stdoutBytes?: ((bytes: Uint8Array) => void) | undefined
  stderr(text: string): void
  /** Whether stderr is a terminal (progress then rewrites one line). */
  isTty: boolean
  /** Whether stdout is a terminal: binary output is then refused rather than written to it. */
  stdoutIsTty?: boolean | undefined
}

async function readStdinBytes(): Promise<Buffer> {
  const chunks: Buffer[] = []
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks)
}

async function readStdin(): Promise<string> {
  return (await readStdinBytes()).toString('utf8')
}

/**
 * The real world: node:fs, process.stdout and process.stderr.
 *
 * @example await main(['parse', 'a.txt', '--to', 'akn'], nodeIo)
 */
export const nodeIo: Io = {
  readFile: async (path) => (path === '-' ? readStdin() : readFileSync(path, 'utf8')),
  readBytes: async (path) => (path === '-' ? readStdinBytes() : readFileSync(path)),
  writeFile(path, content) {
    const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`)
    try {
      writeFileSync(temporary, content)
      renameSync(temporary, path)
    } catch (error) {
      rmSync(temporary, {force: true})
      throw error
    }
  },
  stdout: (text) => process.stdout.write(text),
  stdoutBytes: (bytes) => process.stdout.write(bytes),
  stderr: (text) => process.stderr.write(text),
  isTty: Boolean(process.stderr.isTTY),
  stdoutIsTty: Boolean(process.stdout.isTTY),
}

import {randomBytes} from 'node:crypto'
import {readFileSync, renameSync, rmSync, writeFileSync} from 'node:fs'
import {basename, dirname, join} from 'node:path'

/** What the CLI does to the outside world, so that tests can run it in process. */
export interface Io {
  /** Read a file as UTF-8, or standard input for `-`. */
  readFile(path: string): Promise<string>
  /** Write a whole file at once: to a temporary file beside it, then renamed, so nothing is half-written. */
  writeFile(path: string, content: string): void
  stdout(text: string): void
  stderr(text: string): void
  /** Whether stderr is a terminal (progress then rewrites one line). */
  isTty: boolean
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks).toString('utf8')
}

/**
 * The real world: node:fs, process.stdout and process.stderr.
 *
 * @example await main(['parse', 'a.txt', '--to', 'akn'], nodeIo)
 */
export const nodeIo: Io = {
  readFile: async (path) => (path === '-' ? readStdin() : readFileSync(path, 'utf8')),
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
  stderr: (text) => process.stderr.write(text),
  isTty: Boolean(process.stderr.isTTY),
}

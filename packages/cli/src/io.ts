import {closeSync, fstatSync, openSync, readFileSync} from 'node:fs'
import {ClausewiseError, type Diagnostic, defaultLimits} from '@clausewise/model'
import {type WriteOptions, writeFileWhole} from './write-file.js'

export type {WriteOptions} from './write-file.js'

/** What the CLI does to the outside world, so that tests can run it in process. */
export interface Io {
  /** Read a file's bytes, or standard input's for `-`. */
  readFile(path: string): Promise<Uint8Array>
  /** Write a whole file or nothing (see `WriteOptions` for what it may replace). */
  writeFile(path: string, content: string | Uint8Array, options: WriteOptions): void | Promise<void>
  /** Write to standard output; a returned promise settles when the text is written (or fails: `EPIPE`…). */
  stdout(text: string): void | Promise<void>
  /** Write bytes (a .docx) to standard output; never called when stdout is a terminal. */
  stdoutBytes?: ((bytes: Uint8Array) => void | Promise<void>) | undefined
  stderr(text: string): void
  /** Whether stderr is a terminal (progress then rewrites one line). */
  isTty: boolean
  /** Whether stdout is a terminal (the output then has its control characters escaped). */
  stdoutIsTty?: boolean | undefined
  /** Warnings emitted on the process since the last call (some parsers warn that way), as diagnostics. */
  warnings?: (() => Promise<Diagnostic[]>) | undefined
}

// Inputs past the readers' longest (`maxLength`, in bytes here) are refused before they are read whole.
const tooLarge = (size: string) =>
  new ClausewiseError(
    'input-too-large',
    `input of ${size} bytes is longer than maxLength (${defaultLimits.maxLength})`,
  )

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of process.stdin) {
    size += (chunk as Buffer).length
    if (size > defaultLimits.maxLength) throw tooLarge(`more than ${defaultLimits.maxLength}`)
    chunks.push(chunk as Buffer)
  }
  return Buffer.concat(chunks)
}

function readWhole(path: string): Uint8Array {
  const descriptor = openSync(path, 'r')
  try {
    const {size} = fstatSync(descriptor)
    if (size > defaultLimits.maxLength) throw tooLarge(String(size))
    return readFileSync(descriptor)
  } finally {
    closeSync(descriptor)
  }
}

// Without a listener an `EPIPE` (the reader of a pipe went away) would be thrown as an uncaught
// 'error' event; the write's callback reports it instead.
let listening = false
function ignoreStreamErrors(): void {
  if (listening) return
  listening = true
  process.stdout.on('error', () => {})
}

/**
 * The real world: node:fs, process.stdout and process.stderr.
 *
 * @example await main(['parse', 'a.txt', '--to', 'akn'], nodeIo)
 */
export const nodeIo: Io = {
  readFile: async (path) => (path === '-' ? readStdin() : readWhole(path)),
  writeFile: writeFileWhole,
  stdout: (text) =>
    new Promise<void>((resolve, reject) => {
      ignoreStreamErrors()
      process.stdout.write(text, (error) => (error ? reject(error) : resolve()))
    }),
  stderr: (text) => process.stderr.write(text),
  get isTty() {
    return Boolean(process.stderr.isTTY)
  },
  stdoutBytes: (bytes) =>
    new Promise<void>((resolve, reject) => {
      ignoreStreamErrors()
      process.stdout.write(bytes, (error) => (error ? reject(error) : resolve()))
    }),
  get stdoutIsTty() {
    return Boolean(process.stdout.isTTY)
  },
}

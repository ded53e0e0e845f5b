import {type Document, decodeText} from '@clausewise/model'
import type {Arguments} from './arguments.js'
import {UsageError} from './errors.js'
import {readInput} from './input.js'
import type {Io} from './io.js'
import {type Command, commandOutputs, ignoreKinds, layouts} from './options.js'
import {report} from './report.js'
import {escapeControlCharacters} from './terminal.js'
import {compareWriters, diffWriters, parseWriters} from './writers.js'

/** Where the command is: the file being read, for the error message of whatever goes wrong. */
export interface Progress {
  file: string | undefined
}

/**
 * Run a parsed command and return its output (the readers and writers it needs are loaded now).
 * Throws `UsageError` or `ClausewiseError` for bad usage or input.
 *
 * @example await runCommand(parseArguments(['parse', 'a.txt', '--to', 'akn']), nodeIo, {file: undefined})
 */
export async function runCommand(
  {command, files, values}: Arguments & {command: Command},
  io: Io,
  progress: Progress,
): Promise<string | Uint8Array> {
  const text = (name: string) => (typeof values[name] === 'string' ? (values[name] as string) : undefined)
  const to = need(command, text('to'))
  checkEncoding(text('encoding'))
  const readDocument = async (path: string) => {
    progress.file = path
    const result = await readInput(path, io, {
      from: text('from'),
      language: text('lang'),
      encoding: text('encoding'),
    })
    report(result.diagnostics, path, io.stderr, {
      verbose: values.verbose === true,
      strict: values.strict === true,
    })
    progress.file = undefined
    return result
  }
  switch (command) {
    case 'parse': {
      if (files.length !== 1) throw new UsageError('parse takes one file (or - for standard input)')
      return parseWriters[to as keyof typeof parseWriters](await readDocument(files[0]!))
    }
    case 'diff': {
      if (files.length !== 2) throw new UsageError('diff takes two files: OLD NEW')
      const layout = text('layout') === undefined ? 'inline' : oneOf('layout', text('layout')!, layouts)
      const ignore = parseIgnore(text('ignore'))
      const oldDocument = (await readDocument(files[0]!)).document
      const newDocument = (await readDocument(files[1]!)).document
      const comparison = (await import('@clausewise/diff')).diff(oldDocument, newDocument, {ignore})
      comparison.old.label = files[0]
      comparison.new.label = files[1]
      return diffWriters[to as keyof typeof diffWriters](comparison, {
        newDocument,
        oldDocument,
        layout,
        author: text('author'),
        date: text('date'),
      })
    }
    case 'compare': {
      if (files.length < 2) throw new UsageError('compare takes two files or more')
      const documents: Document[] = []
      const shown = files.length > 3
      for (const [index, path] of files.entries()) {
        if (shown) {
          const line = escapeControlCharacters(`clausewise: reading ${index + 1}/${files.length} ${path}`)
          io.stderr(io.isTty ? `\r${line}\u001B[K` : `${line}\n`)
        }
        documents.push((await readDocument(path)).document)
      }
      if (shown && io.isTty) io.stderr('\n')
      const multi = (await import('@clausewise/diff')).compare(documents)
      for (const [index, identity] of multi.documents.entries()) identity.label = files[index]
      return compareWriters[to as keyof typeof compareWriters](multi)
    }
  }
}

// An unknown --encoding is a usage error, said before any file is read.
function checkEncoding(encoding: string | undefined): void {
  if (encoding === undefined) return
  try {
    decodeText(new Uint8Array(), {encoding})
  } catch {
    throw new UsageError(`unknown encoding \`${encoding}\` (see clausewise --help)`)
  }
}

function need<C extends Command>(command: C, value: string | undefined): (typeof commandOutputs)[C][number] {
  const allowed = commandOutputs[command]
  if (value === undefined) throw new UsageError(`--to is required (${allowed.join(', ')})`)
  return oneOf('to', value, allowed)
}

function oneOf<T extends string>(name: string, value: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(value)) {
    throw new UsageError(`unknown --${name} \`${value}\` (expected ${allowed.join(', ')})`)
  }
  return value as T
}

function parseIgnore(value: string | undefined): (keyof typeof ignoreKinds)[] {
  if (!value) return []
  const kinds = value
    .split(',')
    .map((kind) => kind.trim())
    .filter(Boolean)
  for (const kind of kinds) {
    if (!Object.hasOwn(ignoreKinds, kind)) {
      throw new UsageError(
        `unknown change kind \`${kind}\` in --ignore (expected ${Object.keys(ignoreKinds).join(', ')})`,
      )
    }
  }
  return kinds as (keyof typeof ignoreKinds)[]
}

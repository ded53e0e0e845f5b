import {parseArgs} from 'node:util'
import {toAkn, toAknRedline} from '@clausewise/akn'
import {compare, diff} from '@clausewise/diff'
import {toDocx, toDocxRedline} from '@clausewise/docx'
import {toHtml, toHtmlMultiComparison, toHtmlRedline} from '@clausewise/html'
import {toCriticMarkup, toMarkdown} from '@clausewise/markdown'
import {type Diagnostic, type Document, formatPlace, type ReadResult} from '@clausewise/model'
import {describeError, UsageError} from './errors.js'
import {type InputFormat, inputFormat, read} from './formats.js'
import {help} from './help.js'
import {type Io, nodeIo} from './io.js'

/**
 * The CLI's version, as `clausewise --version` prints it.
 *
 * @example version // '0.1.0'
 */
export const version = '0.1.0'

const optionSpec = {
  from: {type: 'string'},
  to: {type: 'string'},
  output: {type: 'string', short: 'o'},
  lang: {type: 'string'},
  layout: {type: 'string'},
  ignore: {type: 'string'},
  author: {type: 'string'},
  date: {type: 'string'},
  verbose: {type: 'boolean'},
  help: {type: 'boolean', short: 'h'},
  version: {type: 'boolean', short: 'v'},
} as const

type Values = ReturnType<typeof parseArgs<{options: typeof optionSpec; allowPositionals: true}>>['values']

const ignorable = new Set(['typography', 'whitespace', 'case', 'punctuation', 'number', 'wording'])

/**
 * Run the CLI with these arguments; resolves to the exit code (0 done, 1 bug, 2 bad usage or input).
 *
 * @example await main(['parse', 'decision.txt', '--to', 'akn', '-o', 'decision.xml'])
 */
export async function main(argv: readonly string[], io: Io = nodeIo): Promise<number> {
  let file: string | undefined
  let writing = false
  try {
    let parsed: {values: Values; positionals: string[]}
    try {
      parsed = parseArgs({args: [...argv], options: optionSpec, allowPositionals: true, strict: true})
    } catch (error) {
      throw new UsageError(`${(error as Error).message} (see clausewise --help)`)
    }
    const {values, positionals} = parsed
    const [command, ...files] = positionals
    if (values.version) {
      io.stdout(`${version}\n`)
      return 0
    }
    if (!command || (values.help && !(command in help))) {
      if (command || values.help) {
        io.stdout(help.main)
        return 0
      }
      io.stderr(help.main)
      return 2
    }
    if (!(command === 'parse' || command === 'diff' || command === 'compare')) {
      throw new UsageError(
        `unknown command \`${command}\` (expected parse, diff or compare; see clausewise --help)`,
      )
    }
    if (values.help) {
      io.stdout(help[command])
      return 0
    }

    // A file whose format is unknown is still read first, so that a missing file or a folder says so.
    const readFile = async (path: string): Promise<ReadResult> => {
      file = path
      let format: InputFormat
      try {
        format = inputFormat(path, values.from)
      } catch (error) {
        await io.readFile(path)
        throw error
      }
      const source =
        format !== 'docx'
          ? await io.readFile(path)
          : io.readBytes
            ? await io.readBytes(path)
            : new TextEncoder().encode(await io.readFile(path))
      const result = read(source, format, {language: values.lang})
      report(result.diagnostics, path, io, values.verbose === true)
      file = undefined
      return result
    }
    const readDocument = async (path: string): Promise<Document> => (await readFile(path)).document

    let output: string | Uint8Array
    switch (command) {
      case 'parse': {
        if (files.length !== 1) throw new UsageError('parse takes one file (or - for standard input)')
        const to = need(values.to, ['akn', 'json', 'markdown', 'html', 'docx'])
        const result = await readFile(files[0]!)
        output =
          to === 'akn'
            ? toAkn(result.document)
            : to === 'json'
              ? `${JSON.stringify(result, null, 2)}\n`
              : to === 'markdown'
                ? toMarkdown(result.document)
                : to === 'docx'
                  ? toDocx(result.document)
                  : toHtml(result.document)
        break
      }
      case 'diff': {
        if (files.length !== 2) throw new UsageError('diff takes two files: OLD NEW')
        const to = need(values.to, ['json', 'html', 'markdown', 'akn', 'docx'])
        const layout =
          values.layout === undefined ? 'inline' : need(values.layout, ['inline', 'side-by-side'], 'layout')
        const ignore = parseIgnore(values.ignore)
        const oldDocument = await readDocument(files[0]!)
        const newDocument = await readDocument(files[1]!)
        const comparison = diff(oldDocument, newDocument, {ignore})
        comparison.old.label = files[0]
        comparison.new.label = files[1]
        output =
          to === 'json'
            ? `${JSON.stringify(comparison, null, 2)}\n`
            : to === 'html'
              ? toHtmlRedline(comparison, {layout})
              : to === 'markdown'
                ? toCriticMarkup(comparison)
                : to === 'docx'
                  ? toDocxRedline(comparison, newDocument, oldDocument, {
                      author: values.author,
                      date: values.date,
                      ignore,
                    })
                  : toAknRedline(comparison, newDocument)
        break
      }
      case 'compare': {
        if (files.length < 2) throw new UsageError('compare takes two files or more')
        const to = need(values.to, ['json', 'html'])
        const documents: Document[] = []
        const progress = files.length > 3
        for (const [index, path] of files.entries()) {
          if (progress)
            io.stderr(
              `${io.isTty ? '\r' : ''}clausewise: reading ${index + 1}/${files.length} ${path}${io.isTty ? '\u001B[K' : '\n'}`,
            )
          documents.push(await readDocument(path))
        }
        if (progress && io.isTty) io.stderr('\n')
        const multi = compare(documents)
        for (const [index, identity] of multi.documents.entries()) identity.label = files[index]
        output = to === 'json' ? `${JSON.stringify(multi, null, 2)}\n` : toHtmlMultiComparison(multi)
        break
      }
    }

    if (values.output) {
      file = values.output
      writing = true
      io.writeFile(values.output, output)
    } else if (typeof output === 'string') {
      io.stdout(output)
    } else {
      // A .docx is bytes: never onto a terminal by accident.
      if (io.stdoutIsTty || !io.stdoutBytes) {
        throw new UsageError('--to docx writes a binary file: give -o FILE.docx, or redirect standard output')
      }
      io.stdoutBytes(output)
    }
    return 0
  } catch (error) {
    io.stderr(`${describeError(error, file, writing ? 'write' : 'read')}\n`)
    const known =
      error instanceof UsageError ||
      (error as {name?: string}).name === 'ClausewiseError' ||
      typeof (error as {code?: unknown}).code === 'string'
    return known ? 2 : 1
  }
}

function need<T extends string>(value: string | undefined, allowed: readonly T[], name = 'to'): T {
  if (value === undefined) throw new UsageError(`--${name} is required (${allowed.join(', ')})`)
  if (!(allowed as readonly string[]).includes(value)) {
    throw new UsageError(`unknown --${name} \`${value}\` (expected ${allowed.join(', ')})`)
  }
  return value as T
}

function parseIgnore(value: string | undefined): ('typography' | 'whitespace' | 'case' | 'punctuation')[] {
  if (!value) return []
  const kinds = value
    .split(',')
    .map((kind) => kind.trim())
    .filter(Boolean)
  for (const kind of kinds) {
    if (!ignorable.has(kind)) {
      throw new UsageError(
        `unknown change kind \`${kind}\` in --ignore (expected ${[...ignorable].join(', ')})`,
      )
    }
  }
  return kinds as ('typography' | 'whitespace' | 'case' | 'punctuation')[]
}

/** Fatal diagnostics make the input invalid (exit 2); the rest are printed with --verbose. */
function report(diagnostics: Diagnostic[], path: string, io: Io, verbose: boolean): void {
  const where = path === '-' ? '<stdin>' : path
  const fatal = diagnostics.find((diagnostic) => diagnostic.fatal === true)
  if (verbose) {
    for (const diagnostic of diagnostics) {
      const place = formatPlace(diagnostic.place)
      io.stderr(
        `${where}${place ? `:${place}` : ''}: ${diagnostic.fatal ? 'error' : diagnostic.fatal === false ? 'warning' : 'info'}: ${diagnostic.reason} [${diagnostic.ruleId}]\n`,
      )
    }
  }
  if (fatal) {
    throw new UsageError(`${where}${fatal.place ? `:${formatPlace(fatal.place)}` : ''}: ${fatal.reason}`)
  }
  const warnings = diagnostics.filter((diagnostic) => diagnostic.fatal === false).length
  if (warnings > 0 && !verbose) {
    io.stderr(
      `clausewise: ${where}: ${warnings} warning${warnings === 1 ? '' : 's'} (--verbose shows them)\n`,
    )
  }
}

import {parseArguments} from './arguments.js'
import {OutputError, UsageError} from './errors.js'
import {helpText} from './help.js'
import {type Io, nodeIo} from './io.js'

/**
 * The CLI's version, as `clausewise --version` prints it.
 *
 * @example version // '0.1.0'
 */
export const version = '0.1.0'

/**
 * Run the CLI with these arguments; resolves to the exit code: 0 done (also when the reader of
 * standard output went away), 2 bad usage or input, 1 the output could not be written or a bug.
 * Every message is one line on stderr. Readers and writers are loaded only when a command needs them.
 *
 * @example await main(['parse', 'decision.txt', '--to', 'akn', '-o', 'decision.xml'])
 */
export async function main(argv: readonly string[], io: Io = nodeIo): Promise<number> {
  const progress: {file: string | undefined} = {file: undefined}
  let writing = false
  try {
    const parsed = parseArguments(argv)
    const {command, values} = parsed
    if (values.version) {
      await io.stdout(`${version}\n`)
      return 0
    }
    if (values.help || !command) {
      if (!command && !values.help) {
        io.stderr(helpText())
        return 2
      }
      await io.stdout(helpText(command))
      return 0
    }
    const {runCommand} = await import('./commands.js')
    const output = await runCommand({...parsed, command}, io, progress)
    const file = values.output
    const toFile = typeof file === 'string' && file !== '-'
    // A .docx is bytes: never onto a terminal by accident.
    if (!toFile && typeof output !== 'string' && (io.stdoutIsTty || !io.stdoutBytes)) {
      throw new UsageError('--to docx writes a binary file: give -o FILE.docx, or redirect standard output')
    }
    writing = true
    if (toFile) {
      progress.file = file
      await io.writeFile(file, output, {
        force: values.force === true,
        followSymlinks: values['follow-symlinks'] === true,
      })
    } else if (typeof output !== 'string') {
      progress.file = undefined
      await io.stdoutBytes?.(output)
    } else {
      progress.file = undefined
      const {escapeControlCharacters} = await import('./terminal.js')
      await io.stdout(io.stdoutIsTty ? escapeControlCharacters(output, {keepLines: true}) : output)
    }
    return 0
  } catch (error) {
    // The reader of standard output went away (`| head -1`): nothing more to say, and no failure.
    if (writing && progress.file === undefined && (error as {code?: unknown}).code === 'EPIPE') return 0
    const {describeError} = await import('./describe-error.js')
    const known =
      writing || error instanceof UsageError || error instanceof OutputError || isInputError(error)
    const line = describeError(error, progress.file, writing ? 'write' : 'read')
    io.stderr(
      known
        ? `${line}\n`
        : `${line.replace(/^clausewise: /, 'clausewise: internal error: ')} (please report it)\n`,
    )
    if (writing || error instanceof OutputError || !known) return 1
    return 2
  }
}

// A ClausewiseError (the input cannot be read) or an error of the system about a file (`ENOENT`…).
function isInputError(error: unknown): boolean {
  const {name, code} = (error ?? {}) as {name?: unknown; code?: unknown}
  return name === 'ClausewiseError' || (typeof code === 'string' && /^E[A-Z]+$/.test(code))
}

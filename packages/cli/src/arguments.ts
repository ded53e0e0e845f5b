import {UsageError} from './errors.js'
import {type Command, commandOutputs, type OptionSpec, options} from './options.js'

/** The command line, parsed: the command, its files, and the options given (`--name` → value). */
export interface Arguments {
  command: Command | undefined
  files: string[]
  values: Partial<Record<string, string | true>>
}

const byName = new Map(options.map((option) => [option.name, option]))
const byShort = new Map(options.filter((option) => option.short).map((option) => [option.short!, option]))

/**
 * Parse the command line the way GNU tools do: `--to html`, `--to=html`, `-o file`, `-o=file`,
 * `-ofile`, `--` before files that start with `-`, and `-` for standard input. Unknown options,
 * missing values and options the command does not take are `UsageError`s with a one-line message.
 *
 * @example parseArguments(['parse', 'a.txt', '--to=akn', '-o=a.xml']) // {command: 'parse', files: ['a.txt'], values: {to: 'akn', output: 'a.xml'}}
 */
export function parseArguments(argv: readonly string[]): Arguments {
  const positionals: string[] = []
  const values: Partial<Record<string, string | true>> = {}
  const seen: OptionSpec[] = []
  for (let index = 0; index < argv.length; index++) {
    const argument = argv[index]!
    if (argument === '--') {
      positionals.push(...argv.slice(index + 1))
      break
    }
    if (argument === '-' || !argument.startsWith('-')) {
      positionals.push(argument)
      continue
    }
    const long = argument.startsWith('--')
    const equals = argument.indexOf('=')
    const name = long ? argument.slice(2, equals < 0 ? undefined : equals) : argument.slice(1, 2)
    const option = long ? byName.get(name) : byShort.get(name)
    const shown = long ? `--${name}` : `-${name}`
    if (!option) throw new UsageError(`unknown option \`${shown}\` (see clausewise --help)`)
    // An inline value: `--to=html`, `-o=file` or `-ofile`.
    const inline = long
      ? equals < 0
        ? undefined
        : argument.slice(equals + 1)
      : argument.length > 2
        ? argument.slice(argument[2] === '=' ? 3 : 2)
        : undefined
    if (option.value === undefined) {
      if (inline !== undefined) throw new UsageError(`option ${shown} takes no value`)
      values[option.name] = true
    } else {
      const value = inline ?? argv[++index]
      if (value === undefined || value === '')
        throw new UsageError(`option ${shown} needs a value ${option.value}`)
      if (typeof values[option.name] === 'string' && values[option.name] !== value) {
        throw new UsageError(`option ${shown} is given twice`)
      }
      values[option.name] = value
    }
    seen.push(option)
  }
  const [first, ...files] = positionals
  if (first !== undefined && !Object.hasOwn(commandOutputs, first)) {
    throw new UsageError(
      `unknown command \`${first}\` (expected ${Object.keys(commandOutputs).join(', ')}; see clausewise --help)`,
    )
  }
  const command = first as Command | undefined
  if (command) {
    for (const option of seen) {
      if (!option.commands.includes(command)) {
        throw new UsageError(
          `option --${option.name} is for ${option.commands.join(', ')} only (see clausewise ${command} --help)`,
        )
      }
    }
  }
  return {command, files, values}
}

import type {ChangeKind} from '@clausewise/model'

/** The commands, each with the output formats it writes. */
export const commandOutputs = {
  parse: ['akn', 'json', 'markdown', 'html', 'docx'],
  diff: ['json', 'html', 'markdown', 'akn', 'docx'],
  compare: ['json', 'html'],
} as const

/** A command of the CLI. */
export type Command = keyof typeof commandOutputs

/** Input formats and the extensions that name them (the first one is shown in help). */
export const inputExtensions = {
  akn: ['xml', 'akn'],
  text: ['txt', 'text'],
  markdown: ['md', 'markdown'],
  docx: ['docx'],
} as const

/** Output formats that are bytes, not text: never written to a terminal. */
export const binaryOutputs: ReadonlySet<string> = new Set(['docx'])

/** Input formats the CLI reads. */
export type InputFormat = keyof typeof inputExtensions

/** `--ignore` kinds: every class of word-level change (a `Record`, so none can be missing), in help's order. */
export const ignoreKinds: Readonly<Record<ChangeKind, string>> = {
  typography: 'quotes, apostrophes, dashes, no-break spaces',
  whitespace: 'spacing',
  case: 'capitals',
  punctuation: 'punctuation marks',
  formatting: 'emphasis, links, superscripts added or removed',
  number: 'numbers and references',
  wording: 'anything else',
}

/** Languages with a built-in profile of the text reader (any other tag is read with detection). */
export const profileLanguages = ['en', 'fr', 'es', 'pt', 'de', 'it', 'ru'] as const

/** `--layout` values of the HTML redline. */
export const layouts = ['inline', 'side-by-side'] as const

/** One option: its name, value placeholder (string options), the commands that take it, its help line. */
export interface OptionSpec {
  name: string
  short?: string
  value?: string
  commands: readonly Command[]
  help: string
}

const all: readonly Command[] = ['parse', 'diff', 'compare']
const list = (values: readonly string[]) => values.join(', ')

/** Every option, in the order help lists them; help texts and error messages are built from this table. */
export const options: readonly OptionSpec[] = [
  {name: 'to', value: '<format>', commands: all, help: 'output format (required): see above'},
  {
    name: 'from',
    value: '<format>',
    commands: all,
    help: `input format: ${list(Object.keys(inputExtensions))} (default: from each file's extension)`,
  },
  {
    name: 'output',
    short: 'o',
    value: '<file>',
    commands: all,
    help: 'write to this file instead of stdout, whole or not at all',
  },
  {
    name: 'lang',
    value: '<tag>',
    commands: all,
    help: `language of text inputs, a BCP 47 tag; built-in profiles: ${list(profileLanguages)} (default: detected)`,
  },
  {
    name: 'encoding',
    value: '<name>',
    commands: all,
    help: 'encoding of text inputs, e.g. utf-8, utf-16le, windows-1252 (default: detected)',
  },
  {
    name: 'layout',
    value: '<layout>',
    commands: ['diff'],
    help: `html only: ${list(layouts)} (default: inline)`,
  },
  {
    name: 'ignore',
    value: '<kinds>',
    commands: ['diff'],
    help: `comma-separated change kinds to ignore: ${list(Object.keys(ignoreKinds))}`,
  },
  {
    name: 'author',
    value: '<name>',
    commands: ['diff'],
    help: 'docx only: author of the tracked changes (default: clausewise)',
  },
  {
    name: 'date',
    value: '<iso>',
    commands: ['diff'],
    help: 'docx only: date of the tracked changes, e.g. 2018-02-02 (default: none)',
  },
  {
    name: 'verbose',
    commands: all,
    help: 'print every diagnostic on stderr (file:line:column: severity: reason [rule])',
  },
  {
    name: 'strict',
    commands: all,
    help: 'treat warnings (an empty input, a guessed encoding, …) as errors: exit 2',
  },
  {name: 'force', commands: all, help: 'let -o replace a read-only file'},
  {name: 'follow-symlinks', commands: all, help: 'let -o write to the file a symbolic link points to'},
  {name: 'help', short: 'h', commands: all, help: 'print this help'},
  {name: 'version', short: 'v', commands: all, help: 'print the version'},
]

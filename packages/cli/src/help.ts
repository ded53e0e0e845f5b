import {type Command, commandOutputs, ignoreKinds, inputExtensions, layouts, options} from './options.js'

const width = 100
const column = 28

const usage: Record<Command, string> = {
  parse: `clausewise parse <file|-> --to ${commandOutputs.parse.join('|')} [options]`,
  diff: `clausewise diff <old> <new> --to ${commandOutputs.diff.join('|')} [options]`,
  compare: `clausewise compare <file>… --to ${commandOutputs.compare.join('|')} [options]`,
}

const about: Record<Command, string> = {
  parse:
    'Reads one document and writes it as Akoma Ntoso 3.0 XML (akn), the model as JSON (json: {document, diagnostics}), Markdown in the clausewise convention (markdown), a standalone HTML page (html), or a Word file with real numbering and footnotes (docx: bytes, so -o or a redirect).',
  diff: `Compares two versions of a decision (or two decisions) clause by clause, with word-level changes, and writes the comparison as JSON (clausewise/comparison@1), an HTML redline, a Markdown redline (CriticMarkup), AKN with <ins>/<del>, or a Word redline with tracked changes (docx: bytes, so -o or a redirect; --author and --date name who and when). Either side may be in any readable format. Change kinds (--ignore): ${Object.entries(
    ignoreKinds,
  )
    .map(([kind, what]) => `${kind} (${what})`)
    .join(', ')}.`,
  compare:
    'Aligns the clauses of many decisions at once (which clauses they share, reword or lack) and writes JSON (clausewise/multi-comparison@1) or an HTML table; past three files, a progress line on stderr.',
}

const common = [
  `The input format comes from the extension (${Object.entries(inputExtensions)
    .map(([format, extensions]) => `${extensions.map((extension) => `.${extension}`).join(' ')}: ${format}`)
    .join(
      '; ',
    )}) unless --from is given. A .docx is read as a Word file. Text is decoded from UTF-8, from UTF-16 or UTF-32 with a byte-order mark, or else from Windows-1252 with a warning (--encoding chooses); binary files are refused. Warnings are counted on stderr (--verbose shows them).`,
  'Exit codes: 0 done; 2 bad usage or input (one line naming the file and line:column; nothing written); 1 the output could not be written, or a bug.',
]

/** Words of a text in lines of at most `width` columns, each line after the first indented. */
function wrap(text: string, indent = 0, first = 0): string {
  const lines: string[] = []
  let line = ''
  for (const word of text.split(' ')) {
    const room = width - (lines.length === 0 ? first : indent)
    if (line && line.length + 1 + word.length > room) {
      lines.push(line)
      line = word
    } else line = line ? `${line} ${word}` : word
  }
  lines.push(line)
  return lines.join(`\n${' '.repeat(indent)}`)
}

function optionLines(command: Command): string {
  return options
    .filter((option) => option.commands.includes(command))
    .map((option) => {
      const name = `  ${option.short ? `-${option.short}, ` : ''}--${option.name}${option.value ? ` ${option.value}` : ''}`
      const help = option.name === 'to' ? `output format: ${commandOutputs[command].join(', ')}` : option.help
      return `${name.padEnd(column)}${wrap(help, column, column)}`
    })
    .join('\n')
}

/**
 * The help text of a command, or of the CLI; built from the same tables as the error messages, so that
 * help and errors name the same formats, kinds and languages.
 *
 * @example helpText('diff').startsWith('Usage: clausewise diff') // true
 */
export function helpText(command?: Command): string {
  const notes = common.map((paragraph) => wrap(paragraph)).join('\n')
  if (command) {
    return `Usage: ${usage[command]}\n\n${wrap(about[command])}\n\nOptions:\n${optionLines(command)}\n\n${notes}\n`
  }
  const lines = [...Object.values(usage), 'clausewise <command> --help', 'clausewise --version']
  return `clausewise — read decisions, line up their clauses, show what changed

Usage:
${lines.map((line) => `  ${line}`).join('\n')}

${wrap(`Input formats: ${Object.keys(inputExtensions).join(', ')}. Layouts of the HTML redline: ${layouts.join(', ')}.`)}
${notes}
`
}

import {ClausewiseError, type ReadResult} from '@clausewise/model'
import {type InputFormat, inputExtensions} from './options.js'

export type {InputFormat} from './options.js'

const byExtension = new Map<string, InputFormat>(
  Object.entries(inputExtensions).flatMap(([format, extensions]) =>
    extensions.map((extension): [string, InputFormat] => [extension, format as InputFormat]),
  ),
)
const names = Object.keys(inputExtensions).join('|')

/**
 * The input format for a file: `--from` when given, else guessed from the extension.
 * Throws a `ClausewiseError('unknown-format')` when neither tells.
 *
 * @example inputFormat('draft.md', undefined) // 'markdown'
 */
export function inputFormat(file: string, from: string | undefined): InputFormat {
  if (from !== undefined) {
    if (Object.hasOwn(inputExtensions, from)) return from as InputFormat
    throw new ClausewiseError(
      'unknown-format',
      `unknown input format \`${from}\` (expected ${names.replaceAll('|', ', ')})`,
    )
  }
  const match = /\.([A-Za-z]{1,10})$/.exec(file)
  const format = match ? byExtension.get(match[1]!.toLowerCase()) : undefined
  if (!format) {
    throw new ClausewiseError(
      'unknown-format',
      `cannot tell the format from the file name’s extension; pass --from ${names}`,
    )
  }
  return format
}

/**
 * Read a text in a format into the model, loading that format's reader only now (so that the CLI
 * starts without loading every reader). Text and Markdown readers never throw; AKN may.
 *
 * @example (await read('# Décision\n\n1. Décide ;\n', 'markdown', {})).document.type // 'document'
 */
export async function read(
  source: string,
  format: InputFormat,
  options: {language?: string | undefined},
): Promise<ReadResult> {
  switch (format) {
    case 'docx':
      return (await import('@clausewise/docx')).fromDocx(new TextEncoder().encode(source))
    case 'akn':
      return (await import('@clausewise/akn')).fromAkn(source)
    case 'markdown':
      return (await import('@clausewise/markdown')).fromMarkdown(source)
    case 'text':
      return (await import('@clausewise/text')).fromText(
        source,
        options.language ? {language: options.language} : {},
      )
  }
}

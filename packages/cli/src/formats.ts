import {fromAkn} from '@clausewise/akn'
import {fromMarkdown} from '@clausewise/markdown'
import {ClausewiseError, type ReadResult} from '@clausewise/model'
import {fromText} from '@clausewise/text'

/** Input formats the CLI reads. */
export type InputFormat = 'akn' | 'text' | 'markdown'

const byExtension: Record<string, InputFormat> = {
  xml: 'akn',
  akn: 'akn',
  txt: 'text',
  text: 'text',
  md: 'markdown',
  markdown: 'markdown',
}

/**
 * The input format for a file: `--from` when given, else guessed from the extension.
 * Throws a `ClausewiseError('unknown-format')` naming the file when neither tells.
 *
 * @example inputFormat('draft.md', undefined) // 'markdown'
 */
export function inputFormat(file: string, from: string | undefined): InputFormat {
  if (from !== undefined) {
    if (from === 'akn' || from === 'text' || from === 'markdown') return from
    throw new ClausewiseError(
      'unknown-format',
      `unknown input format \`${from}\` (expected akn, text or markdown)`,
    )
  }
  const match = /\.([A-Za-z]{1,10})$/.exec(file)
  const format = match ? byExtension[match[1]!.toLowerCase()] : undefined
  if (!format) {
    throw new ClausewiseError(
      'unknown-format',
      'cannot tell the format from the file name’s extension; pass --from akn|text|markdown',
    )
  }
  return format
}

/**
 * Read a source in a format into the model. Text and Markdown readers never throw; AKN may.
 *
 * @example read('# Décision\n\n1. Décide ;\n', 'markdown', {}).document.type // 'document'
 */
export function read(
  source: string,
  format: InputFormat,
  options: {language?: string | undefined},
): ReadResult {
  switch (format) {
    case 'akn':
      return fromAkn(source)
    case 'markdown':
      return fromMarkdown(source)
    case 'text':
      return fromText(source, options.language ? {language: options.language} : {})
  }
}

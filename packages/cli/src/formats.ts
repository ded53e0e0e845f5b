import {fromAkn} from '@clausewise/akn'
import {fromDocx} from '@clausewise/docx'
import {fromMarkdown} from '@clausewise/markdown'
import {ClausewiseError, type ReadResult} from '@clausewise/model'
import {fromText} from '@clausewise/text'

/** Input formats the CLI reads. */
export type InputFormat = 'akn' | 'text' | 'markdown' | 'docx'

const byExtension: Record<string, InputFormat> = {
  xml: 'akn',
  akn: 'akn',
  txt: 'text',
  text: 'text',
  md: 'markdown',
  markdown: 'markdown',
  docx: 'docx',
}

/**
 * The input format for a file: `--from` when given, else guessed from the extension.
 * Throws a `ClausewiseError('unknown-format')` naming the file when neither tells.
 *
 * @example inputFormat('draft.md', undefined) // 'markdown'
 */
export function inputFormat(file: string, from: string | undefined): InputFormat {
  if (from !== undefined) {
    if (from === 'akn' || from === 'text' || from === 'markdown' || from === 'docx') return from
    throw new ClausewiseError(
      'unknown-format',
      `unknown input format \`${from}\` (expected akn, text, markdown or docx)`,
    )
  }
  const match = /\.([A-Za-z]{1,10})$/.exec(file)
  const format = match ? byExtension[match[1]!.toLowerCase()] : undefined
  if (!format) {
    throw new ClausewiseError(
      'unknown-format',
      'cannot tell the format from the file name’s extension; pass --from akn|text|markdown|docx',
    )
  }
  return format
}

/**
 * Read a source in a format into the model: text for `akn`, `text` and `markdown`, bytes for `docx`.
 * Text and Markdown readers never throw; AKN and Word may, on input they cannot read.
 *
 * @example read('# Décision\n\n1. Décide ;\n', 'markdown', {}).document.type // 'document'
 */
export function read(
  source: string | Uint8Array,
  format: InputFormat,
  options: {language?: string | undefined},
): ReadResult {
  if (format === 'docx') {
    const bytes = typeof source === 'string' ? new TextEncoder().encode(source) : source
    return fromDocx(bytes, options.language ? {language: options.language} : {})
  }
  if (typeof source !== 'string') source = new TextDecoder().decode(source)
  switch (format) {
    case 'akn':
      return fromAkn(source)
    case 'markdown':
      return fromMarkdown(source)
    case 'text':
      return fromText(source, options.language ? {language: options.language} : {})
  }
}

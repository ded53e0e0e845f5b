import {binaryFormat, ClausewiseError, type Diagnostic, decodeText, type ReadResult} from '@clausewise/model'
import {inputFormat, read} from './formats.js'
import type {Io} from './io.js'

/** How to read the inputs: the `--from`, `--lang` and `--encoding` options. */
export interface InputOptions {
  from?: string | undefined
  language?: string | undefined
  encoding?: string | undefined
}

/**
 * Read one input file into the model: its bytes decoded (never misread in silence: binary files are
 * refused with a hint, guessed encodings reported), then read by the reader of its format. The
 * diagnostics hold the decoder's, the reader's, any warning the reader emitted on the process, and an
 * `empty-input` warning for an empty input.
 *
 * @example await readInput('decision.txt', nodeIo, {})
 */
export async function readInput(path: string, io: Io, options: InputOptions): Promise<ReadResult> {
  // The file is read before its format is guessed, so that a missing file or a folder says so.
  const bytes = await io.readFile(path)
  const format = inputFormat(path, options.from)
  if (format === 'docx') {
    // Word files are bytes: read as they are, never decoded as text.
    const result = (await import('@clausewise/docx')).fromDocx(
      bytes,
      options.language ? {language: options.language} : {},
    )
    return {
      document: result.document,
      diagnostics: [...result.diagnostics, ...((await io.warnings?.()) ?? [])],
    }
  }
  let decoded: ReturnType<typeof decodeText>
  try {
    decoded = decodeText(bytes, {encoding: options.encoding})
  } catch (error) {
    if ((error as ClausewiseError).code !== 'not-text') throw error
    throw new ClausewiseError('not-text', `${(error as Error).message}${hint(bytes)}`)
  }
  const blank = decoded.text.trim() === ''
  let result: ReadResult
  try {
    result = await read(decoded.text, format, {language: options.language})
  } catch (error) {
    // A reader that cannot read nothing (AKN needs a root element) says so in these words.
    if (!blank || (error as ClausewiseError).name !== 'ClausewiseError') throw error
    throw new ClausewiseError((error as ClausewiseError).code, 'the input is empty')
  }
  const diagnostics: Diagnostic[] = [...decoded.diagnostics, ...result.diagnostics]
  diagnostics.push(...((await io.warnings?.()) ?? []))
  if (blank && !diagnostics.some((diagnostic) => diagnostic.ruleId === 'empty-input')) {
    diagnostics.push({
      reason: 'The input is empty: the document is empty',
      ruleId: 'empty-input',
      source: 'clausewise',
      fatal: false,
    })
  }
  return {document: result.document, diagnostics}
}

function hint(bytes: Uint8Array): string {
  const format = binaryFormat(bytes)?.format
  if (format === 'docx') return '; read it as a Word file: name it .docx or pass --from docx'
  if (format === 'pdf') return '; extract its text first (e.g. pdftotext -layout) and read the .txt'
  if (format === undefined) return '; if it is text, pass its --encoding'
  return ''
}

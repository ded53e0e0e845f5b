import type {Comparison, Document, MultiComparison, ReadResult} from '@clausewise/model'
import type {commandOutputs, layouts} from './options.js'

type Output<C extends keyof typeof commandOutputs> = (typeof commandOutputs)[C][number]

/** What the diff writers need besides the comparison. */
export interface DiffContext {
  newDocument: Document
  oldDocument: Document
  layout: (typeof layouts)[number]
  /** Author and date of Word tracked changes. */
  author?: string | undefined
  date?: string | undefined
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`

// One writer per output format of each command; each loads its package only when it runs.

/**
 * Writers of `parse`, by `--to`.
 *
 * @example await parseWriters.akn(fromText(source))
 */
export const parseWriters: Readonly<
  Record<Output<'parse'>, (result: ReadResult) => Promise<string | Uint8Array>>
> = {
  akn: async ({document}) => (await import('@clausewise/akn')).toAkn(document),
  json: async (result) => json(result),
  markdown: async ({document}) => (await import('@clausewise/markdown')).toMarkdown(document),
  html: async ({document}) => (await import('@clausewise/html')).toHtml(document),
  docx: async ({document}) => (await import('@clausewise/docx')).toDocx(document),
}

/**
 * Writers of `diff`, by `--to`.
 *
 * @example await diffWriters.html(comparison, {newDocument, layout: 'inline'})
 */
export const diffWriters: Readonly<
  Record<Output<'diff'>, (comparison: Comparison, context: DiffContext) => Promise<string | Uint8Array>>
> = {
  json: async (comparison) => json(comparison),
  html: async (comparison, {layout}) =>
    (await import('@clausewise/html')).toHtmlRedline(comparison, {layout}),
  markdown: async (comparison) => (await import('@clausewise/markdown')).toCriticMarkup(comparison),
  akn: async (comparison, {newDocument}) =>
    (await import('@clausewise/akn')).toAknRedline(comparison, newDocument),
  docx: async (comparison, {newDocument, oldDocument, author, date}) =>
    (await import('@clausewise/docx')).toDocxRedline(comparison, newDocument, oldDocument, {author, date}),
}

/**
 * Writers of `compare`, by `--to`.
 *
 * @example await compareWriters.json(multi)
 */
export const compareWriters: Readonly<
  Record<Output<'compare'>, (multi: MultiComparison) => Promise<string>>
> = {
  json: async (multi) => json(multi),
  html: async (multi) => (await import('@clausewise/html')).toHtmlMultiComparison(multi),
}

import {type Comparison, type Document, titleOf} from '@clausewise/model'
import type {ToDocxRedlineOptions} from '../to-docx-redline.js'
import type {OutParagraph} from '../write/blocks.js'
import {writeBody} from '../write/document.js'
import {createNumbering} from '../write/numbering.js'
import {packageParts} from '../write/package-parts.js'
import {settingsXml} from '../write/settings.js'
import {stylesXml} from '../write/styles.js'
import {writeZip} from '../zip/write-zip.js'
import {labelsFor} from './labels.js'
import {summaryXml} from './summary.js'

/** The redline's package: its paragraphs after the summary page, styles and properties. */
export function redlinePackage(
  comparison: Comparison,
  newDocument: Document,
  body: OutParagraph[],
  options: Pick<ToDocxRedlineOptions, 'author' | 'date' | 'summary' | 'locale'>,
  parts: {custom: Record<string, string>; styles?: Iterable<string> | undefined},
): Uint8Array {
  const document = newDocument
  const summary = options.summary !== false
  if (summary && body[0]) body[0].pageBreakBefore = true
  const labels = labelsFor(options.locale ?? comparison.new?.language ?? document.meta.language)
  const name = (identity: Comparison['old']): string =>
    identity?.label ?? identity?.symbol ?? identity?.number ?? identity?.expression ?? '?'
  const numbering = createNumbering()
  const written = writeBody(
    body,
    numbering,
    {author: options.author ?? 'clausewise', date: options.date},
    summary ? summaryXml(comparison, labels, {old: name(comparison.old), new: name(comparison.new)}) : '',
  )
  const {number, title} = titleOf(newDocument)
  return writeZip(
    packageParts({
      document: written.document,
      styles: stylesXml(document.meta.language, parts.styles),
      settings: settingsXml(written.footnotes !== undefined),
      footnotes: written.footnotes,
      hyperlinks: written.hyperlinks,
      title: [number, title].filter(Boolean).join(' — ') || undefined,
      language: document.meta.language === 'und' ? undefined : document.meta.language,
      creator: options.author ?? 'clausewise',
      date: options.date,
      custom: parts.custom,
    }),
  )
}

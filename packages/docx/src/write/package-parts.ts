import type {Part} from '../zip/write-zip.js'
import {declaration, escapeAttribute, escapeText} from './xml.js'

const relationshipTypes = {
  officeDocument: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument',
  core: 'http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties',
  extended: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties',
  custom: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties',
  styles: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles',
  settings: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings',
  numbering: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering',
  footnotes: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes',
  hyperlink: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink',
} as const

const contentTypes = {
  document: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml',
  styles: 'application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml',
  settings: 'application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml',
  numbering: 'application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml',
  footnotes: 'application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml',
  core: 'application/vnd.openxmlformats-package.core-properties+xml',
  extended: 'application/vnd.openxmlformats-officedocument.extended-properties+xml',
  custom: 'application/vnd.openxmlformats-officedocument.custom-properties+xml',
}

/** What goes into the package besides the document part. */
export interface PackageContent {
  document: string
  styles: string
  settings: string
  numbering?: string | undefined
  footnotes?: string | undefined
  /** External hyperlink targets by relationship id. */
  hyperlinks: Map<string, string>
  /** Core properties. */
  title?: string | undefined
  language?: string | undefined
  creator?: string | undefined
  /** `dcterms:created` / `modified`, ISO 8601, if any. */
  date?: string | undefined
  /** Custom properties, written as `clausewise.<name>`. */
  custom: Record<string, string>
}

function relationships(entries: [string, string, string, boolean?][]): string {
  const body = entries
    .map(
      ([id, type, target, external]) =>
        `<Relationship Id="${escapeAttribute(id)}" Type="${type}" Target="${escapeAttribute(target)}"${external ? ' TargetMode="External"' : ''}/>`,
    )
    .join('')
  return `${declaration}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${body}</Relationships>`
}

/** Every part of the package, `[Content_Types].xml` first. */
export function packageParts(content: PackageContent): Part[] {
  const overrides: [string, string][] = [
    ['/word/document.xml', contentTypes.document],
    ['/word/styles.xml', contentTypes.styles],
    ['/word/settings.xml', contentTypes.settings],
    ['/docProps/core.xml', contentTypes.core],
    ['/docProps/app.xml', contentTypes.extended],
    ['/docProps/custom.xml', contentTypes.custom],
  ]
  if (content.numbering) overrides.push(['/word/numbering.xml', contentTypes.numbering])
  if (content.footnotes) overrides.push(['/word/footnotes.xml', contentTypes.footnotes])
  const types =
    `${declaration}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    overrides.map(([name, type]) => `<Override PartName="${name}" ContentType="${type}"/>`).join('') +
    '</Types>'

  const documentRelationships: [string, string, string, boolean?][] = [
    ['rIdStyles', relationshipTypes.styles, 'styles.xml'],
    ['rIdSettings', relationshipTypes.settings, 'settings.xml'],
  ]
  if (content.numbering)
    documentRelationships.push(['rIdNumbering', relationshipTypes.numbering, 'numbering.xml'])
  if (content.footnotes)
    documentRelationships.push(['rIdFootnotes', relationshipTypes.footnotes, 'footnotes.xml'])
  for (const [id, target] of content.hyperlinks)
    documentRelationships.push([id, relationshipTypes.hyperlink, target, true])

  const date = content.date ? escapeText(content.date) : undefined
  const core =
    `${declaration}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ` +
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    (content.title ? `<dc:title>${escapeText(content.title)}</dc:title>` : '') +
    (content.creator ? `<dc:creator>${escapeText(content.creator)}</dc:creator>` : '') +
    (content.language ? `<dc:language>${escapeText(content.language)}</dc:language>` : '') +
    (date
      ? `<dcterms:created xsi:type="dcterms:W3CDTF">${date}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${date}</dcterms:modified>`
      : '') +
    '</cp:coreProperties>'
  const app =
    `${declaration}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">` +
    '<Application>clausewise</Application></Properties>'
  const custom =
    `${declaration}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" ` +
    'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">' +
    Object.entries(content.custom)
      .map(
        ([name, value], index) =>
          `<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="${index + 2}" name="clausewise.${escapeAttribute(name)}"><vt:lpwstr>${escapeText(value)}</vt:lpwstr></property>`,
      )
      .join('') +
    '</Properties>'

  const parts: Part[] = [
    {name: '[Content_Types].xml', content: types},
    {
      name: '_rels/.rels',
      content: relationships([
        ['rId1', relationshipTypes.officeDocument, 'word/document.xml'],
        ['rId2', relationshipTypes.core, 'docProps/core.xml'],
        ['rId3', relationshipTypes.extended, 'docProps/app.xml'],
        ['rId4', relationshipTypes.custom, 'docProps/custom.xml'],
      ]),
    },
    {name: 'docProps/core.xml', content: core},
    {name: 'docProps/app.xml', content: app},
    {name: 'docProps/custom.xml', content: custom},
    {name: 'word/_rels/document.xml.rels', content: relationships(documentRelationships)},
    {name: 'word/document.xml', content: content.document},
    {name: 'word/styles.xml', content: content.styles},
    {name: 'word/settings.xml', content: content.settings},
  ]
  if (content.numbering) parts.push({name: 'word/numbering.xml', content: content.numbering})
  if (content.footnotes) parts.push({name: 'word/footnotes.xml', content: content.footnotes})
  return parts
}

import {strToU8, zipSync} from 'fflate'

const w =
  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
const declaration = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'

/** Parts of a hand-made .docx: the body's XML and, optionally, the other parts' inner XML. */
export interface HandMade {
  body: string
  numbering?: string
  styles?: string
  footnotes?: string
  endnotes?: string
  settings?: string
  /** More relationships of the document part: `[id, type, target, external]`. */
  relationships?: [string, string, string, boolean?][]
  /** More parts, by name, raw. */
  extra?: Record<string, string | Uint8Array>
}

const rel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'

/** A .docx as Word would write it, from the XML of its body and parts (namespaces added). */
export function buildDocx(made: HandMade): Uint8Array {
  const relationships: [string, string, string, boolean?][] = [...(made.relationships ?? [])]
  const files: Record<string, Uint8Array> = {}
  const add = (name: string, content: string | Uint8Array): void => {
    files[name] = typeof content === 'string' ? strToU8(content) : content
  }
  add(
    '[Content_Types].xml',
    `${declaration}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/></Types>`,
  )
  add(
    '_rels/.rels',
    `${declaration}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/officeDocument" Target="word/document.xml"/></Relationships>`,
  )
  add('word/document.xml', `${declaration}<w:document ${w}><w:body>${made.body}</w:body></w:document>`)
  const part = (name: string, root: string, inner: string | undefined, type: string): void => {
    if (inner === undefined) return
    add(`word/${name}`, `${declaration}<w:${root} ${w}>${inner}</w:${root}>`)
    relationships.push([`rId${name}`, `${rel}/${type}`, name])
  }
  part('numbering.xml', 'numbering', made.numbering, 'numbering')
  part('styles.xml', 'styles', made.styles, 'styles')
  part('footnotes.xml', 'footnotes', made.footnotes, 'footnotes')
  part('endnotes.xml', 'endnotes', made.endnotes, 'endnotes')
  part('settings.xml', 'settings', made.settings, 'settings')
  add(
    'word/_rels/document.xml.rels',
    `${declaration}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${relationships
      .map(
        ([id, type, target, external]) =>
          `<Relationship Id="${id}" Type="${type.includes('/') ? type : `${rel}/${type}`}" Target="${target}"${external ? ' TargetMode="External"' : ''}/>`,
      )
      .join('')}</Relationships>`,
  )
  for (const [name, content] of Object.entries(made.extra ?? {})) add(name, content)
  return zipSync(files)
}

/** A paragraph: `w:p` with optional properties and runs of plain text. */
export function p(text: string, properties = ''): string {
  return `<w:p>${properties ? `<w:pPr>${properties}</w:pPr>` : ''}${text ? `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>` : ''}</w:p>`
}

/** Numbering properties of a paragraph. */
export function numPr(numId: number, ilvl = 0): string {
  return `<w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr>`
}

/** A list level definition. */
export function lvl(ilvl: number, format: string, text: string, extra = ''): string {
  return `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="${format}"/><w:lvlText w:val="${text}"/>${extra}</w:lvl>`
}

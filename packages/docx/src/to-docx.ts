import {ClausewiseError, type Document, decisionShape, type Nodes, titleOf} from '@clausewise/model'
import {documentParagraphs, type OutParagraph} from './write/blocks.js'
import {writeBody} from './write/document.js'
import {framedParagraphs} from './write/framed.js'
import {createNumbering} from './write/numbering.js'
import {packageParts} from './write/package-parts.js'
import {settingsXml} from './write/settings.js'
import {stylesXml} from './write/styles.js'
import {writeZip} from './zip/write-zip.js'

/** Options of {@link toDocx}. */
export interface ToDocxOptions {
  /**
   * Numbers of clauses: `'automatic'` lets Word number every list whose numbers are a plain sequence
   * (`1.`, `2.`…; `a)`, `b)`…), as a drafter would, and writes other numbers as text; `'text'` writes
   * every number as text (default: `'automatic'`).
   */
  numbering?: 'automatic' | 'text' | undefined
}

/** The custom properties that keep what the text of a .docx does not say about the document. */
export function documentProperties(document: Document): Record<string, string> {
  const {meta} = document
  const custom: Record<string, string> = {documentType: document.documentType, name: document.name}
  if (document.children.some((child) => child.type === 'body')) custom.operativePart = 'body'
  else if (!document.children.some((child) => child.type === 'mainBody')) custom.operativePart = 'none'
  for (const key of ['country', 'subtype', 'date', 'number', 'expressionDate'] as const) {
    const value = meta.frbr[key]
    if (value) custom[`frbr.${key}`] = value
  }
  if (meta.symbol) custom.symbol = meta.symbol
  if (meta.originalSymbol) custom.originalSymbol = meta.originalSymbol
  return custom
}

/**
 * The custom properties of the frame convention: `structure` is `frames`, and each kind's descriptor
 * in `frame.N` (Word keeps 255 characters of a text property: a longer one goes on in `frame.N.1`, …).
 */
export function frameProperties(custom: Record<string, string>, kinds: readonly string[]): void {
  custom.structure = 'frames'
  kinds.forEach((kind, index) => {
    for (let start = 0, part = 0; start === 0 || start < kind.length; start += 255, part++) {
      custom[part === 0 ? `frame.${index}` : `frame.${index}.${part}`] = kind.slice(start, start + 255)
    }
  })
}

/** Position-free JSON of a tree, to compare two. */
function shapeless(document: Document): string {
  return JSON.stringify(document, (key, value) => (key === 'position' ? undefined : value))
}

/**
 * Whether a document is in the decision's vocabulary (`decisionShape` of the model leaves it as it
 * is), which Word writes in role styles; any other is written in the frame convention.
 */
export function inDecisionShape(document: Document): boolean {
  return shapeless(decisionShape(document)) === shapeless(document)
}

/**
 * Write a document as a Word file (.docx bytes): each paragraph in the style of its role (`Recital`,
 * `Operative Paragraph`, `Point 1`…), lists numbered by Word where their numbers are a plain sequence
 * (`numbering.xml`), notes as real footnotes, superscripts, links, and the structure `fromDocx` needs
 * to read it back the same. A document outside the decision's vocabulary (tables, block lists, a
 * judgment's or a debate's parts) keeps its structure too: Word tables and headings, a style per
 * element (`Clausewise item`), every element a hidden bookmark (the README's frame convention).
 * Pure and deterministic: the same document gives the same bytes.
 *
 * @example const bytes = toDocx(fromMarkdown(draft).document) // Uint8Array, a .docx
 */
export function toDocx(document: Document, options: ToDocxOptions = {}): Uint8Array {
  if (document?.type !== 'document' || !Array.isArray(document.children)) {
    throw new ClausewiseError('invalid-document', 'toDocx writes a clausewise document')
  }
  const numbering = createNumbering()
  const automatic = options.numbering !== 'text'
  const custom = documentProperties(document)
  let paragraphs: OutParagraph[]
  let elements: Iterable<string> = []
  if (inDecisionShape(document)) {
    paragraphs = documentParagraphs(document, {
      automatic: (request) => automatic && numbering.request(request),
    })
  } else {
    // Structure outside the decision's vocabulary: every element a frame (see structure/frames.ts).
    const framed = framedParagraphs(document, {
      automatic: (request) => automatic && numbering.request(request),
      items: (list, level) => {
        if (!automatic) return undefined
        if (list.type === 'ul') numbering.bullets(list, level)
        else {
          const entries = (list as {children: Nodes[]}).children.filter((child) => child.type === 'li')
          const numbers = entries.map((_, index) => `${index + 1}.`)
          if (!numbering.request({key: list, level, numbers})) return undefined
        }
        return {list, level}
      },
    })
    paragraphs = framed.paragraphs
    elements = framed.styles
    frameProperties(custom, framed.kinds)
  }
  const body = writeBody(paragraphs, numbering, {author: 'clausewise'})
  const {number, title} = titleOf(document)
  return writeZip(
    packageParts({
      document: body.document,
      styles: stylesXml(document.meta.language, elements),
      settings: settingsXml(body.footnotes !== undefined),
      numbering: numbering.xml(),
      footnotes: body.footnotes,
      hyperlinks: body.hyperlinks,
      title: [number, title].filter(Boolean).join(' — ') || undefined,
      language: document.meta.language === 'und' ? undefined : document.meta.language,
      custom,
    }),
  )
}

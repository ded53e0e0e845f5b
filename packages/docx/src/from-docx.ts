import {
  aknLanguage,
  assignEIds,
  characterReporter,
  type Diagnostic,
  type Document,
  type DocumentType,
  defaultLimits,
  emptyMeta,
  invisibleCharacters,
  ownStrings,
  type ReadResult,
  resolveLimits,
  visit,
} from '@clausewise/model'
import {recognize, type SourceBlock} from '@clausewise/recognize'
import type {DocxBlock} from './read/body.js'
import {type DocxLimits, readDocxBlocks} from './read/read-docx.js'
import {type FrameKind, readKind} from './structure/frames.js'
import {fromFrames} from './structure/from-frames.js'
import {fromRoles, type Parts} from './structure/from-roles.js'
import {isOwnStyle, summaryStyleNames} from './structure/roles.js'

/** Options of {@link fromDocx}: the shared limits, the zip's limits, and how to read tracked changes. */
export interface FromDocxOptions extends DocxLimits {
  /**
   * Tracked changes in the input: `'accept'` reads the document as it stands with every change
   * accepted, `'reject'` as it was with every change rejected (default: `'accept'`; either way a
   * `tracked-changes` warning says how many there were).
   */
  trackedChanges?: 'accept' | 'reject' | undefined
  /** Language of the text (BCP 47), when the file does not say (default: the file's, else `und`). */
  language?: string | undefined
}

// Every AKN document type the model knows (a record, so that the compiler says when one is missing).
const documentTypes: Record<DocumentType, true> = {
  act: true,
  amendment: true,
  amendmentList: true,
  bill: true,
  debate: true,
  debateReport: true,
  doc: true,
  documentCollection: true,
  judgment: true,
  officialGazette: true,
  portion: true,
  statement: true,
}

/**
 * What Word says of a paragraph, as clause recognition reads it: `Title` and `Subtitle` are the top
 * headings, `heading N` a heading of level N; a numbered or bulleted paragraph is a list item at its
 * level, and its automatic number is a number the source gives outside the text.
 */
function sourceBlock(block: DocxBlock): SourceBlock {
  const result: SourceBlock = {children: block.children, position: block.position}
  const style = block.style?.toLowerCase()
  const heading = style === 'title' ? 1 : style === 'subtitle' ? 2 : block.headingLevel
  if (heading !== undefined) result.heading = heading
  if (block.level !== undefined) {
    result.item = {depth: block.level + 1, ordered: block.bullet !== true}
    if (block.label !== undefined) result.item.label = block.label
  }
  const number = block.number ?? (block.bullet ? undefined : block.label)
  if (number !== undefined) result.number = number
  return result
}

function partsInOrder(parts: Parts): NonNullable<Parts[keyof Parts]>[] {
  return [parts.preface, parts.preamble, parts.body, parts.conclusions].filter(
    (part): part is NonNullable<typeof part> => part !== undefined,
  )
}

/**
 * Read a Word document (.docx bytes) into the model: paragraphs with their styles, automatic
 * numbering resolved into the labels Word prints (`1.`, `(a)`, `I.`), footnotes and endnotes anchored
 * at their references, tables row by row, superscripts, fields' shown text. Tracked changes are read
 * accepted (or rejected, on request) with a warning. A .docx written by `toDocx` reads back to the
 * same structure. Throws only a `ClausewiseError` for input that is not a usable .docx (`not-docx`,
 * `xml-malformed`, a limit overrun); everything else is a diagnostic. Nothing is fetched, no macro
 * runs.
 *
 * @example fromDocx(new Uint8Array(await readFile('draft.docx'))).document.children[0].type // 'preface'
 */
export function fromDocx(bytes: Uint8Array, options: FromDocxOptions = {}): ReadResult {
  const read = readDocxBlocks(bytes, options)
  const {properties, diagnostics} = read
  const blocks = read.blocks.filter((block) => !summaryStyleNames.has(block.style?.toLowerCase() ?? ''))
  if (blocks.length < read.blocks.length) {
    diagnostics.push({
      reason: 'The summary page of a redline was left out',
      ruleId: 'redline-summary',
      source: '@clausewise/docx',
    })
  }
  const custom = properties.clausewise
  const framed =
    custom.structure === 'frames' && blocks.some((block) => (block.bookmarks?.starts.length ?? 0) > 0)
  const own = framed || blocks.some((block) => isOwnStyle(block.style))
  if (!own) {
    // A .docx of someone else's: its paragraphs go through the clause recognition every reader shares.
    const language = options.language ?? properties.language
    const recognized = recognize(blocks.map(sourceBlock), {
      ...(language ? {language} : {}),
      source: '@clausewise/docx',
      maxNodes: options.maxNodes,
    })
    diagnostics.push(...recognized.diagnostics)
    reportInvisible(recognized.document, diagnostics)
    return ownStrings({document: recognized.document, diagnostics})
  }
  const operativePart = custom.operativePart === 'body' ? 'body' : 'mainBody'
  let children: Document['children']
  if (framed) {
    children = fromFrames(
      blocks,
      frameKinds(custom),
      resolveLimits(options).maxDepth ?? defaultLimits.maxDepth,
    )
    // Tables of ours are read as tables.
    const flattened = diagnostics.findIndex((diagnostic) => diagnostic.ruleId === 'table-flattened')
    if (flattened >= 0) diagnostics.splice(flattened, 1)
  } else {
    const tree = fromRoles(blocks, operativePart)
    if (custom.operativePart !== 'none') {
      tree.main.body ??= {type: operativePart, children: []} as NonNullable<Parts['body']>
    }
    children = [...partsInOrder(tree.main)]
    if (tree.attachments.length > 0) {
      children.push({
        type: 'attachments',
        children: tree.attachments.map(({node, parts}) => {
          node.children = partsInOrder(parts) as typeof node.children
          return node
        }),
      })
    }
  }

  const language = options.language ?? properties.language ?? 'und'
  const meta = emptyMeta(language)
  meta.frbr.language = aknLanguage(language)
  for (const key of ['country', 'subtype', 'date', 'number', 'expressionDate'] as const) {
    const value = custom[`frbr.${key}`]
    if (value !== undefined) meta.frbr[key] = value
  }
  if (custom.symbol) meta.symbol = custom.symbol
  if (custom.originalSymbol) meta.originalSymbol = custom.originalSymbol
  const documentType =
    custom.documentType !== undefined && Object.hasOwn(documentTypes, custom.documentType)
      ? (custom.documentType as DocumentType)
      : 'statement'
  const document: Document = {
    type: 'document',
    documentType,
    name: custom.name && /^[A-Za-z][\w.-]*$/.test(custom.name) ? custom.name : 'decision',
    meta,
    children,
  }
  if (blocks.length === 0) {
    diagnostics.push({
      reason: 'The document is empty',
      ruleId: 'empty-input',
      source: '@clausewise/docx',
      fatal: false,
    })
  }
  assignEIds(document)
  reportInvisible(document, diagnostics)
  // Strings of their own: the document must not keep the XML it was read from alive.
  return ownStrings({document, diagnostics})
}

/** The frame kinds of a document in the frame convention, by index (`undefined` for one unreadable). */
function frameKinds(custom: Record<string, string>): (FrameKind | undefined)[] {
  const kinds: (FrameKind | undefined)[] = []
  for (let index = 0; Object.hasOwn(custom, `frame.${index}`); index++) {
    let value = custom[`frame.${index}`]!
    for (let part = 1; Object.hasOwn(custom, `frame.${index}.${part}`); part++) {
      value += custom[`frame.${index}.${part}`]!
    }
    kinds.push(readKind(value))
  }
  return kinds
}

/**
 * The invisible characters of the document's text, placed in the paragraph that holds them: the first
 * thousand one by one, then one diagnostic counting the rest (`characterReporter` of the model).
 */
function reportInvisible(document: Document, diagnostics: Diagnostic[]): void {
  const reporter = characterReporter<Diagnostic['place']>('invisible-character', (reason, place, label) => {
    const diagnostic: Diagnostic = {
      reason,
      ruleId: 'invisible-character',
      source: '@clausewise/docx',
      fatal: false,
    }
    if (place) diagnostic.place = place
    if (label !== undefined) diagnostic.text = label
    diagnostics.push(diagnostic)
  })
  visit(document, (node) => {
    if (node.type !== 'text') return undefined
    const start = node.position?.start
    for (const found of invisibleCharacters(node.value)) {
      reporter.add(
        found.label,
        start
          ? {line: start.line, column: start.column + found.index, offset: (start.offset ?? 0) + found.index}
          : undefined,
      )
    }
    return undefined
  })
  reporter.finish()
}

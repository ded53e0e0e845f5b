import {ClausewiseError, type Diagnostic, defaultLimits, type Limits, resolveLimits} from '@clausewise/model'
import {Numbering} from '../numbering/numbering.js'
import {attribute, elements, first, textOf} from '../xml/names.js'
import {type Cursor, type DocxBlock, finishBlocks, joinParagraphs, readBlocks} from './body.js'
import {fillNotes, noteNumbering, notesById} from './notes.js'
import {type DocxPackage, openPackage, type Relationship} from './package.js'
import type {RawParagraph, ReadState} from './state.js'
import {readStyles} from './styles.js'

/** Limits of reading a .docx: the shared {@link Limits} and the zip's own. */
export interface DocxLimits extends Limits {
  /** Most parts (zip entries) the package may have (default: 4,096). */
  maxParts?: number | undefined
  /** Most bytes one part may inflate to (default: 128 MiB). */
  maxPartSize?: number | undefined
  /** Most bytes all the parts read may inflate to together (default: 256 MiB). */
  maxInflatedSize?: number | undefined
  /** Most times a part may inflate its compressed size, past its first MiB (default: 500). */
  maxCompressionRatio?: number | undefined
}

/** Defaults of the .docx limits. */
export const defaultDocxLimits = Object.freeze({
  maxParts: 4096,
  maxPartSize: 128 * 1024 * 1024,
  maxInflatedSize: 256 * 1024 * 1024,
  maxCompressionRatio: 500,
})

/** What the package says of the document besides its paragraphs. */
export interface DocxProperties {
  /** `dc:language` of the core properties, else the default run language of the styles. */
  language?: string | undefined
  /** Custom properties named `clausewise.*` (written by `toDocx`), by name without the prefix. */
  clausewise: Record<string, string>
}

/** The paragraphs of a .docx in reading order, its properties and what was noticed. */
export interface DocxBlocks {
  blocks: DocxBlock[]
  properties: DocxProperties
  diagnostics: Diagnostic[]
}

const source = '@clausewise/docx'

function pick(value: number | undefined, fallback: number): number {
  return typeof value === 'number' && value > 0 ? value : fallback
}

function relationshipMap(list: Relationship[]): Map<string, Relationship> {
  return new Map(list.map((relation) => [relation.id, relation]))
}

/**
 * Read a .docx into blocks: the body's paragraphs (tables row by row, text boxes after their
 * paragraph) with automatic numbering resolved into labels and notes anchored at their references.
 */
export function readDocxBlocks(
  bytes: Uint8Array,
  options: DocxLimits & {trackedChanges?: 'accept' | 'reject' | undefined},
): DocxBlocks {
  const limits = resolveLimits(options)
  if (!(bytes instanceof Uint8Array)) {
    throw new ClausewiseError('invalid-option', 'fromDocx reads bytes: pass a Uint8Array')
  }
  if (bytes.length > limits.maxLength) {
    throw new ClausewiseError(
      'input-too-large',
      `Input of ${bytes.length} bytes exceeds the limit of ${limits.maxLength} (maxLength)`,
    )
  }
  if (bytes.length === 0) throw new ClausewiseError('not-docx', 'Not a .docx: the input is empty')
  const docx = openPackage(bytes, {
    maxParts: pick(options.maxParts, defaultDocxLimits.maxParts),
    maxPartSize: pick(options.maxPartSize, defaultDocxLimits.maxPartSize),
    maxInflatedSize: pick(options.maxInflatedSize, defaultDocxLimits.maxInflatedSize),
    maxCompressionRatio: pick(options.maxCompressionRatio, defaultDocxLimits.maxCompressionRatio),
    maxDepth: limits.maxDepth ?? defaultLimits.maxDepth,
  })
  const mainRelationships = docx.relationships(docx.main)
  const partOf = (type: string): string | undefined =>
    mainRelationships.find((relation) => relation.type === type && !relation.external)?.target
  const document = docx.xml(docx.main, true)!
  const body = first(document, 'w:body')
  const stylesRoot = partOf('styles')
  const styles = readStyles(stylesRoot ? docx.xml(stylesRoot) : undefined)
  const numberingPart = partOf('numbering')
  const numbering = new Numbering(numberingPart ? docx.xml(numberingPart) : undefined, styles)
  const settingsPart = partOf('settings')
  const settings = settingsPart ? docx.xml(settingsPart) : undefined

  const state: ReadState = {
    docx,
    styles,
    numbering,
    changes: options.trackedChanges === 'reject' ? 'reject' : 'accept',
    relationships: relationshipMap(mainRelationships),
    diagnostics: docx.diagnostics,
    seen: {
      trackedChanges: 0,
      images: 0,
      textBoxes: 0,
      tables: 0,
      hiddenText: 0,
      math: 0,
      comments: 0,
      altChunks: 0,
    },
    fields: [],
    notes: [],
    notesAllowed: true,
    nextFrameId: 1,
    bookmarks: new Map(),
    started: new Set(),
    pendingStarts: [],
    tables: 0,
    nodes: 0,
    maxNodes: limits.maxNodes ?? defaultLimits.maxNodes,
  }
  const raw: RawParagraph[] = []
  if (body) readBlocks(body, state, raw)
  const cursor: Cursor = {line: 1, offset: 0}
  const blocks = finishBlocks(joinParagraphs(raw), state, cursor)

  const noteSource = (kind: 'footnote' | 'endnote') => {
    const part = partOf(`${kind}s`)
    return {
      byId: notesById(part ? docx.xml(part) : undefined, kind),
      numbering: noteNumbering(kind, settings, body),
      relationships: relationshipMap(part ? docx.relationships(part) : []),
    }
  }
  if (state.notes.length > 0) {
    fillNotes(state, {footnote: noteSource('footnote'), endnote: noteSource('endnote')}, cursor)
  }
  report(state)
  return {blocks, properties: readProperties(docx, stylesRoot), diagnostics: state.diagnostics}
}

/** Language and our custom properties, from the package's property parts. */
function readProperties(docx: DocxPackage, stylesPart: string | undefined): DocxProperties {
  const result: DocxProperties = {clausewise: Object.create(null)}
  const packageRelationships = docx.relationships('')
  const core = packageRelationships.find((relation) => relation.type === 'core-properties')
  const coreRoot = core && !core.external ? docx.xml(core.target) : undefined
  const language = coreRoot ? first(coreRoot, 'dc:language') : undefined
  if (language) result.language = textOf(language).trim() || undefined
  if (!result.language && stylesPart) {
    const root = docx.xml(stylesPart)
    const lang = first(first(first(first(root, 'w:docDefaults'), 'w:rPrDefault'), 'w:rPr'), 'w:lang')
    result.language = attribute(lang) ?? undefined
  }
  const custom = packageRelationships.find((relation) => relation.type === 'custom-properties')
  const customRoot = custom && !custom.external ? docx.xml(custom.target) : undefined
  for (const property of customRoot ? elements(customRoot, 'op:property') : []) {
    const name = attribute(property, 'name') ?? ''
    const value = first(property, 'vt:lpwstr')
    if (name.startsWith('clausewise.') && value) {
      const key = name.slice('clausewise.'.length)
      result.clausewise[key] = textOf(value).slice(0, 1000)
    }
  }
  return result
}

function report(state: ReadState): void {
  const {seen, diagnostics} = state
  const add = (count: number, ruleId: string, reason: string, fatal?: boolean): void => {
    if (count === 0) return
    const diagnostic: Diagnostic = {reason, ruleId, source}
    if (fatal !== undefined) diagnostic.fatal = fatal
    diagnostics.push(diagnostic)
  }
  add(
    seen.trackedChanges,
    'tracked-changes',
    state.changes === 'accept'
      ? `The document has ${seen.trackedChanges} tracked changes: read with every change accepted`
      : `The document has ${seen.trackedChanges} tracked changes: read with every change rejected`,
    false,
  )
  add(seen.images, 'image-ignored', `${seen.images} images or embedded objects were left out`)
  add(
    seen.textBoxes,
    'text-box',
    `The text of ${seen.textBoxes} text boxes was read after the paragraph that holds each`,
  )
  add(
    seen.tables,
    'table-flattened',
    `${seen.tables} tables were read as paragraphs, row by row and cell by cell`,
  )
  add(seen.math, 'math-as-text', `${seen.math} equations were read as their plain text`)
  add(seen.comments, 'comments-ignored', `${seen.comments} comments were left out`)
  add(
    seen.altChunks,
    'alt-chunk-ignored',
    `${seen.altChunks} imported chunks (altChunk) were left out`,
    false,
  )
}

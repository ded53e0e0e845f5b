import type {AuthorialNote, Document, Limits, P, ReadResult} from '@clausewise/model'
import {ClausewiseError, createLocator, ownStrings, resolveLimits} from '@clausewise/model'
import {profileOf, recognize, type SourceBlock} from '@clausewise/recognize'
import type {Definition, FootnoteDefinition, Table as MdastTable, Root, Yaml} from 'mdast'
import {assignMarkdownEIds} from '../eids.js'
import {languageOf} from '../language.js'
import {parseMarkdown} from '../parse.js'
import type {LimitEvent} from '../syntax/index.js'
import {defaultHierarchyWords} from '../unit-heading.js'
import {collectBlocks} from './blocks.js'
import {positionOf, source, warn} from './context.js'
import {replaceForbidden, reportForbidden} from './forbidden.js'
import {defaults, type FrontMatter, readFrontMatter} from './front-matter.js'
import {type InlineContext, noteBlocks, phrasing} from './inline.js'
import {placePartHeadings, type TakenHeading, takePartHeadings} from './part-headings.js'
import {carriesConvention, sourceBlocks} from './source-blocks.js'
import {build} from './structure.js'
import {collectDefinitions, countNodes, reportCriticMarkup, reportInvisible} from './survey.js'
import {placeTables} from './tables.js'
import {tidy} from './tidy.js'
import {readYaml} from './yaml.js'

/** Options of {@link fromMarkdown}: the shared limits, and the front matter's. */
export interface FromMarkdownOptions extends Limits {
  /** Most keys the YAML front matter may hold, in all its mappings (default: 1,000). */
  maxFrontMatterKeys?: number | undefined
  /** Most aliases (`*name`) the YAML front matter may hold (default: 100). */
  maxFrontMatterAliases?: number | undefined
}

const limitReasons: Record<LimitEvent['rule'], string> = {
  'too-many-markers':
    'Too many emphasis, link or footnote markers in this paragraph for their work to stay bounded: from here on they are read as text',
  'too-deep': 'Nesting too deep: from this marker on, the line is read as text',
  'too-many-containers':
    'Too many nested lists or quotes closed for their work to stay bounded: from here on they are closed early',
}

/**
 * Read Markdown into the model: a draft in the clausewise convention (see
 * `docs/markdown-convention.md`) exactly, and Markdown others write as well as it can be read —
 * headings as the title or the hierarchy (`## Article 5`), text before the title as the preface,
 * numbered, Pandoc `#.` and bullet lists, unnumbered operative paragraphs by their verbs, emphasis,
 * strong and links as `i`, `b` and `ref`. Characters XML 1.0 forbids (C0 controls other than tab and
 * line ends, U+FFFE, U+FFFF, lone surrogates) become U+FFFD, each reported (`forbidden-character`).
 * Throws only a `ClausewiseError` (`input-too-large`,
 * `too-many-nodes`, `invalid-option`); anything else is read and reported in `diagnostics`.
 *
 * @example fromMarkdown('# Décision n^o^ 7/17\n\nLe Conseil ministériel,\n\n1. Décide ;').document.children.length // 3
 */
export function fromMarkdown(input: string, options: FromMarkdownOptions = {}): ReadResult {
  if (typeof input !== 'string')
    throw new ClausewiseError('invalid-option', 'Markdown input must be a string')
  const limits = resolveLimits(options)
  if (input.length > limits.maxLength)
    throw new ClausewiseError(
      'input-too-large',
      `Input of ${input.length} characters is longer than maxLength (${limits.maxLength})`,
    )
  // Characters no document can hold (XML 1.0 forbids them) become U+FFFD, offsets unchanged.
  const forbidden = replaceForbidden(input)
  const markdown = forbidden.text
  const events: LimitEvent[] = []
  const parse = (frontMatter: false | '---' | '...') =>
    parseMarkdown(markdown, {
      frontMatter,
      maxContainerColumn: 2 * limits.maxDepth,
      onLimit: (event) => events.push(event),
    })
  return readMdast(parse(frontMatterClose(markdown)), {
    markdown,
    options,
    forbidden: forbidden.found,
    events,
    reparse: () => {
      events.length = 0
      return parse(false)
    },
  })
}

/** What {@link readMdast} reads a tree with. */
export interface MdastSource {
  /** The Markdown the tree was parsed from (forbidden characters already replaced). */
  markdown: string
  options: FromMarkdownOptions
  /** Forbidden characters replaced in the Markdown, to report. */
  forbidden: ReturnType<typeof replaceForbidden>['found']
  /** The bounds the syntax reached while parsing, to report. */
  events: readonly LimitEvent[]
  /** The tree parsed again without front matter (when the front matter is no YAML metadata). */
  reparse: () => Root
}

/**
 * Read a Markdown tree (mdast, parsed with `remarkClausewiseSyntax`) into the model, the source at
 * hand: {@link fromMarkdown} after parsing, and the `remarkClausewise` compiler.
 */
export function readMdast(parsed: Root, source: MdastSource): ReadResult {
  const {markdown, options, events} = source
  const limits = resolveLimits(options)
  let tree = parsed
  const context = createContext(markdown)
  reportForbidden(source.forbidden, context)
  const yamlLimits = {
    maxKeys: options.maxFrontMatterKeys ?? 1000,
    maxAliases: options.maxFrontMatterAliases ?? 100,
  }
  let front: FrontMatter | undefined
  let frontMatterKeys: string[] = []
  const yaml = tree.children[0]?.type === 'yaml' ? (tree.children[0] as Yaml) : undefined
  if (yaml) {
    const place = positionOf(context, yaml)
    const read = readYaml(yaml.value, yamlLimits)
    if (read.status === 'read' && isMapping(read.data)) {
      for (const reason of read.warnings) warn(context, 'front-matter', reason, place, false)
      frontMatterKeys = Object.keys(read.data as object)
      front = readFrontMatter(read.data, place, context.diagnostics)
    } else if (read.status === 'too-large') {
      warn(context, 'front-matter', read.reason, place, false)
    } else {
      // Not YAML metadata (a thematic break, or a draft opening with `---`): read it as Markdown.
      const reason = read.status === 'invalid' ? read.reason : 'Front matter is not a mapping'
      warn(context, 'front-matter', `${reason}: read as Markdown`, place, false)
      tree = source.reparse()
    }
  }
  front ??= readFrontMatter(undefined, undefined, [])
  countNodes(tree, limits.maxNodes)
  for (const event of events)
    warn(
      context,
      event.rule,
      limitReasons[event.rule],
      context.locator.position(event.point.offset, event.point.offset),
      false,
    )
  reportInvisible(markdown, context)
  reportCriticMarkup(markdown, context)
  collectDefinitions(tree, context)
  const language = front.meta.language !== 'und' ? front.meta.language : languageOf(markdown).language
  if (front.meta.language === 'und' && language !== 'und') {
    const detected = readFrontMatter({language}, undefined, [])
    front.meta.language = detected.meta.language
    front.meta.frbr.language = detected.meta.frbr.language
  }
  const profile = profileOf(language)
  const shapes = {profile, words: defaultHierarchyWords}
  const blocks = collectBlocks(tree, context)
  if (!carriesConvention(tree, blocks, shapes, frontMatterKeys)) {
    const parts = takePartHeadings(blocks, shapes, context)
    const tables: MdastTable[] = []
    const source = sourceBlocks(parts.blocks, context, tables)
    return recognizeDraft(source, {parts: parts.taken, tables}, {front, yaml, language, context})
  }
  const document: Document = {
    type: 'document',
    documentType: front.documentType,
    name: front.name,
    meta: front.meta,
    children: [],
  }
  document.position = context.locator.position(0, markdown.length)
  build(document, blocks, context, shapes)
  return finish(document, {front, yaml, language, context})
}

/** What a draft's reading ends with, on either path. */
interface Ending {
  front: FrontMatter
  yaml: Yaml | undefined
  language: string
  context: InlineContext
}

/**
 * What the recognition notes that a Markdown draft does not need to hear: a draft has no number or
 * adoption date yet (its front matter holds them once it has), and its language is the reader's to
 * report.
 */
const unreported = new Set(['number-not-found', 'adoption-date-unknown', 'language-unknown'])

/**
 * A draft that carries nothing of our convention, read by the clause recognition every reader shares
 * (formula, recitals and operative paragraphs by the language profile's words; the source's headings,
 * list items and labels as what it says of them), its part headings put back where their parts start.
 */
function recognizeDraft(
  blocks: SourceBlock[],
  taken: {parts: readonly TakenHeading[]; tables: readonly MdastTable[]},
  ending: Ending,
): ReadResult {
  const recognized = recognize(blocks, {
    ...(ending.language !== 'und' ? {language: ending.language} : {}),
    source,
    placeholderBody: false,
  })
  const {document} = recognized
  if (ending.language === 'und') document.meta.language = ending.front.meta.language
  tidy(document)
  placePartHeadings(document, taken.parts)
  placeTables(document, taken.tables, ending.context)
  ending.context.diagnostics.push(
    ...recognized.diagnostics.filter((diagnostic) => !unreported.has(diagnostic.ruleId ?? '')),
  )
  return finish(document, ending)
}

function finish(document: Document, {front, yaml, context}: Ending): ReadResult {
  addTitleLines(document, front, yaml ? positionOf(context, yaml) : undefined)
  for (const [identifier, definition] of context.definitions)
    if (!context.notes.has(identifier))
      warn(
        context,
        'footnote-unused',
        `Footnote \`${identifier.slice(0, 40)}\` is never called`,
        positionOf(context, definition),
        false,
      )
  assignMarkdownEIds(document)
  for (const {noteRef, note} of context.noteRefs) noteRef.href = note.eId
  // Strings of their own: the document must not keep the source alive through slices of it.
  return ownStrings({document, diagnostics: context.diagnostics})
}

/**
 * How the document's front matter closes (`---`, or Pandoc's `...`), or `false` when it has none: it
 * opens with a `---` line and has a closing line further down. micromark reads a front matter that
 * never closes to the end of the document before giving it up, and its lists and quotes are lost on
 * the way, so the syntax is only asked for one that is there. One pass over the lines.
 */
function frontMatterClose(markdown: string): false | '---' | '...' {
  if (!/^---[ \t]*\r?\n/.test(markdown)) return false
  let start = markdown.indexOf('\n') + 1
  while (start > 0 && start < markdown.length) {
    let end = markdown.indexOf('\n', start)
    if (end === -1) end = markdown.length
    const line = markdown.slice(start, end).replace(/[ \t\r]+$/, '')
    if (line === '---' || line === '...') return line
    start = end + 1
  }
  return false
}

function isMapping(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function createContext(markdown: string): InlineContext {
  const context = {
    source: markdown,
    locator: createLocator(markdown),
    diagnostics: [],
    definitions: new Map<string, FootnoteDefinition>(),
    notes: new Map<string, AuthorialNote>(),
    noteRefs: [],
    reading: new Set<string>(),
    reused: new Set<string>(),
    links: new Map<string, Definition>(),
  } as unknown as InlineContext
  context.convertPhrasing = (nodes, depth) => phrasing(nodes, context, depth)
  context.convertNoteBlocks = (definition, depth) => noteBlocks(definition, context, depth)
  return context
}

/** Pandoc's title lines from the front matter, at the top of the preface (the title if none was read). */
function addTitleLines(document: Document, front: FrontMatter, place: P['position']): void {
  const {title, subtitle, date} = front.lines
  if (title === undefined && subtitle === undefined && date === undefined) return
  let preface = document.children.find((child) => child.type === 'preface')
  if (!preface) {
    preface = {type: 'preface', children: []}
    document.children.unshift(preface)
  }
  const hasTitle = preface.children.some(
    (child) => child.type === 'p' && child.children.some((inline) => inline.type === 'docTitle'),
  )
  const lines: P[] = []
  const line = (children: P['children']): P =>
    place ? {type: 'p', children, position: place} : {type: 'p', children}
  if (title !== undefined)
    lines.push(
      line(
        hasTitle
          ? [{type: 'text', value: title}]
          : [{type: 'docTitle', children: [{type: 'text', value: title}]}],
      ),
    )
  if (subtitle !== undefined) lines.push(line([{type: 'text', value: subtitle}]))
  if (date !== undefined) lines.push(line([{type: 'text', value: date}]))
  preface.children.unshift(...lines)
}

export {defaults}

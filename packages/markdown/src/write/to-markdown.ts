import {type Attachment, type Document, decisionShape} from '@clausewise/model'
import {profileOf} from '@clausewise/recognize'
import type {BlockContent, FootnoteDefinition, Root, RootContent} from 'mdast'
import {toMarkdown as mdastToMarkdown, type Options as ToMarkdownExtension} from 'mdast-util-to-markdown'
import {formatDirective} from '../directive.js'
import {languageOf} from '../language.js'
import {pushAll, pushReversed} from '../push.js'
import {advance, inferRole, initialState, type State} from '../roles.js'
import {toMarkdownExtensions} from '../syntax/index.js'
import {defaultHierarchyWords} from '../unit-heading.js'
import {blockListsAsClauses} from './block-lists.js'
import {paragraphOf} from './clauses.js'
import {type Entry, type EntryState, partEntries} from './entries.js'
import {type FrontMatterOptions, frontMatterValue} from './front-matter.js'
import {conventionToMarkdown} from './handlers.js'
import {keptEIds} from './kept-eids.js'
import {paragraphs} from './paragraphs.js'
import {keepTables} from './tables.js'

/** Options of {@link toMarkdown}. */
export interface ToMarkdownOptions {
  /** Write the YAML front matter with the metadata (default: `true`). */
  frontMatter?: boolean | undefined
}

/** Options of {@link toMdast}. */
export type ToMdastOptions = ToMarkdownOptions

/** How the writer writes, beyond the public options (redlines need more). */
export interface WriteSettings extends ToMarkdownOptions {
  /** How the front matter is written (default: YAML; `markSafe` for CriticMarkup redlines). */
  frontMatterFormat?: FrontMatterOptions | undefined
  /** Write line breaks as `[](clausewise:br)` spans, so that every paragraph is one line. */
  typedBreaks?: boolean | undefined
}

function firstParty(attachment: Attachment): string | undefined {
  const preface = attachment.children.find((child) => child.type === 'preface')
  if (!preface) return undefined
  const stack: unknown[] = [...preface.children].reverse()
  while (stack.length > 0) {
    const node = stack.pop() as {type: string; refersTo?: string; children?: unknown[]}
    if (node.type === 'party') return node.refersTo
    if (node.type !== 'authorialNote' && node.children) pushReversed(stack, node.children)
  }
  return undefined
}

const directive = (role: string, attributes?: [string, string][]): RootContent => ({
  type: 'html',
  value: formatDirective(role, attributes),
})

/**
 * A document as mdast in the clausewise convention: front matter, headings, paragraphs, lists, and a
 * directive comment only where the convention's inference would read a block otherwise, so that
 * {@link fromMarkdown} reads the Markdown back to the same model.
 *
 * @example toMdast(fromMarkdown('Le Conseil ministériel,\n\n1. Décide ;').document, {frontMatter: false}).children.map((node) => node.type) // ['paragraph', 'list']
 */
export function toMdast(document: Document, options: ToMdastOptions = {}): Root {
  return writtenMdast(document, options)
}

/** {@link toMdast} with the writer's settings. */
export function conventionMdast(source: Document, options: WriteSettings = {}): Root {
  // Tables and block lists stay what they are where the convention has Markdown for them.
  const kept = keepTables(blockListsAsClauses(source))
  const document = decisionShape(kept.document)
  const profile = profileOf(document.meta.language)
  const state: EntryState = {
    notes: [],
    labels: new Set<string>(),
    kept: keptEIds(document),
    shapes: {profile, words: defaultHierarchyWords},
    typedBreaks: options.typedBreaks === true,
    tables: kept.tables,
  }
  const entries = partEntries(document.children, state)
  // The blocks the reader infers roles for: no standalone directive, no empty attachment's placeholder.
  const isContent = (entry: Entry) => !entry.standalone && entry.role !== 'attachment'
  const contentEntries = entries.filter(isContent)
  const root: Root = {type: 'root', children: []}
  if (options.frontMatter !== false) {
    const value = frontMatterValue(document, options.frontMatterFormat)
    if (value !== undefined) root.children.push({type: 'yaml', value})
  }
  let inference: State = initialState('main')
  let contentIndex = 0
  for (const entry of entries) {
    const next = isContent(entry) ? contentEntries[contentIndex + 1]?.shape : undefined
    if (entry.opens) {
      const attachment = entry.opens
      const implicit = isContent(entry) && inferRole(inference, entry.shape, next) === 'attachment'
      // The name the reader gives it: its heading's (`Annex`, `Schedule`) where the heading opens it.
      const inferredName = (implicit && entry.shape.attachment) || 'interpretativeStatement'
      const attributes: [string, string][] = []
      if (attachment.name !== inferredName) attributes.push(['name', attachment.name])
      if (attachment.author !== firstParty(attachment)) attributes.push(['author', attachment.author ?? ''])
      if (state.kept.has(attachment)) attributes.push(['eId', attachment.eId])
      if (!implicit || attributes.length > 0) root.children.push(directive('attachment', attributes))
      inference = initialState('attachment', attachment.name !== 'interpretativeStatement')
      if (!isContent(entry) && !entry.standalone) continue
    }
    if (entry.standalone) {
      root.children.push(directive('container', entry.attributes))
      continue
    }
    contentIndex++
    const inferred = inferRole(inference, entry.shape, next)
    const forced = inferred !== entry.role || entry.attributes !== undefined
    if (forced) root.children.push(directive(entry.directive ?? entry.role, entry.attributes))
    pushAll(root.children, entry.nodes as RootContent[])
    inference = advance(inference, entry.role, forced)
  }
  for (const {label, note} of state.notes) {
    const attributes: [string, string][] = []
    if (note.marker !== label) attributes.push(['marker', note.marker])
    if (note.placement !== 'bottom') attributes.push(['placement', note.placement ?? ''])
    const children: BlockContent[] = []
    if (attributes.length > 0 || note.children.length === 0)
      children.push(directive('note', attributes) as BlockContent)
    for (const paragraph of note.children.flatMap(paragraphs))
      children.push(paragraphOf(paragraph.children, state))
    const definition: FootnoteDefinition = {
      type: 'footnoteDefinition',
      identifier: label.toLowerCase(),
      label,
      children,
    }
    root.children.push(definition)
  }
  return root
}

/**
 * How the convention is written with mdast-util-to-markdown (or `remark-stringify`): its settings
 * (`-` bullets, one space after a list marker, fenced code) and extensions (front matter, footnotes,
 * strikethrough and subscript, superscript, numbered list items as written, `{`/`}` escaped).
 */
export function toMarkdownExtensionsOf(): ToMarkdownExtension {
  return {
    bullet: '-',
    listItemIndent: 'one',
    fences: true,
    extensions: [...toMarkdownExtensions(), conventionToMarkdown],
  }
}

/** mdast in the convention as Markdown text (mdast-util-to-markdown, with the convention's extensions). */
export function mdastToConvention(tree: Root): string {
  return mdastToMarkdown(tree, {extensions: [toMarkdownExtensionsOf()]})
}

/**
 * Write a document as a Markdown draft in the clausewise convention, so that `fromMarkdown` reads it
 * back to the same model (positions aside): model → mdast ({@link toMdast}) → mdast-util-to-markdown,
 * which escapes text by its context. A directive comment is written only where the convention's
 * inference would read a block otherwise.
 *
 * @example toMarkdown(fromMarkdown('Le Conseil ministériel,\n\n1. Décide ;').document, {frontMatter: false}) // 'Le Conseil ministériel,\n\n1. Décide ;\n'
 */
export function toMarkdown(document: Document, options: ToMarkdownOptions = {}): string {
  return writeConvention(document, options)
}

/** {@link toMarkdown} with the writer's settings. */
export function writeConvention(document: Document, settings: WriteSettings = {}): string {
  return writeTree(document, settings).markdown
}

/** The mdast {@link toMarkdown} writes, with the writer's settings. */
export function writtenMdast(document: Document, settings: WriteSettings = {}): Root {
  return writeTree(document, settings).tree
}

function writeTree(document: Document, settings: WriteSettings): {tree: Root; markdown: string} {
  const tree = conventionMdast(document, settings)
  const markdown = mdastToConvention(tree)
  // A draft whose language is unknown must not be read as another: the reader guesses from the text.
  if (
    settings.frontMatter !== false &&
    document.meta.language === 'und' &&
    languageOf(markdown).language !== 'und'
  ) {
    const marked = conventionMdast(document, {
      ...settings,
      frontMatterFormat: {...settings.frontMatterFormat, language: true},
    })
    return {tree: marked, markdown: mdastToConvention(marked)}
  }
  return {tree, markdown}
}

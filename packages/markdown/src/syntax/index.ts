import type {Extension as FromMarkdownExtension} from 'mdast-util-from-markdown'
import {frontmatterFromMarkdown, frontmatterToMarkdown} from 'mdast-util-frontmatter'
import {gfmFootnoteFromMarkdown, gfmFootnoteToMarkdown} from 'mdast-util-gfm-footnote'
import {gfmStrikethroughFromMarkdown, gfmStrikethroughToMarkdown} from 'mdast-util-gfm-strikethrough'
import {gfmTableFromMarkdown, gfmTableToMarkdown} from 'mdast-util-gfm-table'
import type {Options as ToMarkdownExtension} from 'mdast-util-to-markdown'
import {frontmatter, type Options} from 'micromark-extension-frontmatter'
import {gfmFootnote} from 'micromark-extension-gfm-footnote'
import {gfmStrikethrough} from 'micromark-extension-gfm-strikethrough'
import {gfmTable} from 'micromark-extension-gfm-table'
import type {Construct, Extension} from 'micromark-util-types'
import {boundedContainers} from './containers.js'
import {defaultMaxContainerColumn, type SyntaxLimits} from './limit.js'
import {boundedMarkers, coreMarkers} from './markers.js'
import {merging, mergingSeparators} from './merge.js'
import {setextLinear} from './setext.js'
import {superscriptConstruct, superscriptFromMarkdown, superscriptToMarkdown} from './superscript.js'

export type {LimitEvent, LimitRule, SyntaxLimits} from './limit.js'
export type {Superscript} from './superscript.js'

/** YAML front matter closed by `---`, or by `...` as Pandoc allows. */
function matters(close: '---' | '...'): Options {
  return close === '---' ? 'yaml' : {type: 'yaml', fence: {open: '---', close: '...'}}
}

/** Options of the clausewise Markdown syntax. */
export interface SyntaxOptions extends SyntaxLimits {
  /**
   * Read YAML front matter at the start: closed by `---` (`true`, the default) or by `...` (Pandoc).
   * micromark cannot take back lines a failed front matter read without their containers, so a
   * reader that does not know whether the document has one should check first (see `fromMarkdown`).
   */
  frontMatter?: boolean | '---' | '...' | undefined
}

/**
 * The micromark extensions of the convention: CommonMark, GFM footnotes, strikethrough (`~~del~~`,
 * and `~sub~`, told apart by the reader) and tables, YAML front matter, `^superscript^`, with the
 * work of quadratic constructs bounded (see `markers.ts`, `containers.ts`, `setext.ts`). GFM
 * autolink literals and task lists are not part of it: bare URLs stay text.
 */
export function syntaxExtensions(options: SyntaxOptions = {}): Extension[] {
  const footnote = gfmFootnote()
  const strikethrough = gfmStrikethrough({singleTilde: true})
  const footnoteText = footnote.text as Record<number, Construct>
  const footnoteDocument = footnote.document as Record<number, Construct>
  const strikethroughText = strikethrough.text as Record<number, Construct>
  const extensions: Extension[] = []
  if (options.frontMatter !== false)
    extensions.push(frontmatter(matters(options.frontMatter === '...' ? '...' : '---')))
  extensions.push(
    mergingSeparators(),
    boundedMarkers(
      [
        ...coreMarkers,
        {codes: [93], construct: footnoteText[93]!, role: 'labelEnd'},
        {codes: [126], construct: strikethroughText[126]!, role: 'sequence'},
      ],
      options.onLimit,
    ),
    // After the label starts: micromark puts a later extension's constructs first, and a footnote
    // call `[^1]` must be tried before a link's `[`.
    {text: {91: merging(footnoteText[91]!)}},
    {insideSpan: strikethrough.insideSpan, attentionMarkers: strikethrough.attentionMarkers},
    boundedContainers(
      {91: footnoteDocument[91]!},
      options.maxContainerColumn ?? defaultMaxContainerColumn,
      options.onLimit,
    ),
    setextLinear,
    {text: {94: merging(superscriptConstruct)}},
    gfmTable(),
  )
  return extensions
}

/** The mdast-util-from-markdown extensions matching {@link syntaxExtensions}. */
export function fromMarkdownExtensions(options: SyntaxOptions = {}): FromMarkdownExtension[] {
  const extensions: FromMarkdownExtension[] = []
  if (options.frontMatter !== false)
    extensions.push(frontmatterFromMarkdown(matters(options.frontMatter === '...' ? '...' : '---')))
  extensions.push(
    gfmFootnoteFromMarkdown(),
    gfmStrikethroughFromMarkdown(),
    gfmTableFromMarkdown(),
    superscriptFromMarkdown,
  )
  return extensions
}

/** The mdast-util-to-markdown extensions matching {@link syntaxExtensions}. */
export function toMarkdownExtensions(): ToMarkdownExtension[] {
  return [
    frontmatterToMarkdown('yaml'),
    gfmFootnoteToMarkdown(),
    gfmStrikethroughToMarkdown(),
    // Cells are not padded to align the pipes: a long cell would pad every row of its column.
    gfmTableToMarkdown({tablePipeAlign: false}),
    superscriptToMarkdown,
  ]
}

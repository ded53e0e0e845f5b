import type {Processor} from 'unified'
import {
  fromMarkdownExtensions,
  type SyntaxOptions,
  syntaxExtensions,
  toMarkdownExtensions,
} from './syntax/index.js'

interface SyntaxData {
  micromarkExtensions?: unknown[]
  fromMarkdownExtensions?: unknown[]
  toMarkdownExtensions?: unknown[]
}

/**
 * unified plugin: the clausewise Markdown syntax for `remark-parse` and `remark-stringify`, added the
 * way remark plugins add syntax (through the processor's `micromarkExtensions`,
 * `fromMarkdownExtensions` and `toMarkdownExtensions` data): GFM footnotes and strikethrough
 * (`~sub~` too), YAML front matter, `^superscript^`, and bounds on the work of the constructs micromark
 * reads in quadratic time.
 *
 * @example unified().use(remarkParse).use(remarkClausewiseSyntax).parse('n^o^ 7/17') // a `superscript` node
 */
export function remarkClausewiseSyntax(this: Processor, options: SyntaxOptions = {}): undefined {
  const data = this.data() as SyntaxData
  data.micromarkExtensions = [...(data.micromarkExtensions ?? []), ...syntaxExtensions(options)]
  data.fromMarkdownExtensions = [...(data.fromMarkdownExtensions ?? []), ...fromMarkdownExtensions(options)]
  data.toMarkdownExtensions = [...(data.toMarkdownExtensions ?? []), ...toMarkdownExtensions()]
}

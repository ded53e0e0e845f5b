import type {Root} from 'mdast'
import remarkParseModule from 'remark-parse'
import {type Plugin, unified} from 'unified'
import {remarkClausewiseSyntax} from './plugin.js'
import type {SyntaxOptions} from './syntax/index.js'

// remark-parse is ESM only with a default export. Under `require()` (the CJS build), Node gives its
// namespace and the bundler's interop wraps that once more: the plugin is then one `default` deeper.
const remarkParse = ((remarkParseModule as unknown as {default?: Plugin}).default ??
  remarkParseModule) as Plugin<[], string, Root>

/**
 * Parse Markdown into mdast the unified way: `remark-parse` with the convention's syntax added by
 * {@link remarkClausewiseSyntax} (GFM footnotes and strikethrough, YAML front matter, `^sup^`, the
 * work bounds). A processor is made per call: its options (the limit callback) are the caller's.
 */
export function parseMarkdown(text: string, options: SyntaxOptions = {}): Root {
  return unified().use(remarkParse).use(remarkClausewiseSyntax, options).parse(text) as Root
}

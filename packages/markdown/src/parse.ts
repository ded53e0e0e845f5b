import type {Root} from 'mdast'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import {unified} from 'unified'

export {
  escapedCaret,
  maximumLineDepth,
  maximumMarkers,
  maximumStackedLines,
  type Prepared,
  prepare,
  sourceOffset,
} from './prepare.js'

// GFM constructs the convention uses: footnotes and strikethrough (`~~del~~`, `~sub~`). Autolink
// literals, tables and task lists are left out: they would turn plain text into markup, and autolink
// literal scanning is superlinear on very long paragraphs.
const keptConstructs = new Set([
  'gfmFootnoteCall',
  'gfmPotentialFootnoteCall',
  'gfmFootnoteDefinition',
  'strikethrough',
])

type Extension = Record<string, Record<string, unknown> | unknown[] | null | undefined>

function filterExtension(extension: Extension): Extension {
  const result: Extension = {}
  for (const [field, table] of Object.entries(extension)) {
    if (field === 'flow') {
      result[field] = {}
      continue
    }
    if (!table || Array.isArray(table) || (field !== 'text' && field !== 'document')) {
      result[field] = table
      continue
    }
    const kept: Record<string, unknown> = {}
    for (const [code, constructs] of Object.entries(table)) {
      const list = [constructs].flat() as {name?: string}[]
      const filtered = list.filter(
        (construct) => construct.name !== undefined && keptConstructs.has(construct.name),
      )
      if (filtered.length > 0) kept[code] = filtered
    }
    result[field] = kept
  }
  return result
}

function createProcessor() {
  const processor = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']).freeze()
  const data = processor.data() as {micromarkExtensions?: Extension[]}
  // remark-gfm registers one combined extension; keep only the constructs named above.
  if (data.micromarkExtensions) {
    data.micromarkExtensions = data.micromarkExtensions.map((extension) => {
      return 'text' in extension && 'flow' in extension ? filterExtension(extension) : extension
    })
  }
  return processor
}

let processor: ReturnType<typeof createProcessor> | undefined

/** Parse prepared Markdown into mdast (CommonMark, GFM footnotes and strikethrough, YAML front matter). */
export function parseMarkdown(text: string): Root {
  processor ??= createProcessor()
  return processor.parse(text) as Root
}

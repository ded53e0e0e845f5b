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
  maximumUnderlines,
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

// Token types of the mdast extensions to keep. remark-gfm also registers the autolink-literal
// extension, whose tree transform turns `www.…`, `https://…` and e-mail addresses in text into links
// without positions even when the micromark constructs are off: it must not run.
const keptTokens = new Set(['gfmFootnoteDefinition', 'gfmFootnoteCall', 'strikethrough'])

interface TreeExtension {
  enter?: Record<string, unknown>
  exit?: Record<string, unknown>
  transforms?: unknown[]
}

/** Whether an mdast extension handles one of the constructs kept (footnotes, strikethrough). */
function isKeptTreeExtension(extension: TreeExtension): boolean {
  if (extension.transforms !== undefined) return false
  return Object.keys(extension.enter ?? {}).some((token) => keptTokens.has(token))
}

function createProcessor() {
  const processor = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']).freeze()
  const data = processor.data() as {
    micromarkExtensions?: Extension[]
    fromMarkdownExtensions?: (TreeExtension | TreeExtension[])[]
  }
  // remark-gfm registers one combined extension; keep only the constructs named above.
  if (data.micromarkExtensions) {
    data.micromarkExtensions = data.micromarkExtensions.map((extension) => {
      return 'text' in extension && 'flow' in extension ? filterExtension(extension) : extension
    })
  }
  // remark-gfm registers its mdast extensions as one list (front matter registers a single one).
  if (data.fromMarkdownExtensions) {
    data.fromMarkdownExtensions = data.fromMarkdownExtensions.map((extension) =>
      Array.isArray(extension) ? extension.filter(isKeptTreeExtension) : extension,
    )
  }
  return processor
}

let processor: ReturnType<typeof createProcessor> | undefined

/** Parse prepared Markdown into mdast (CommonMark, GFM footnotes and strikethrough, YAML front matter). */
export function parseMarkdown(text: string): Root {
  processor ??= createProcessor()
  return processor.parse(text) as Root
}

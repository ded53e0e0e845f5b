import {ClausewiseError, type Diagnostic, type Document, type ReadResult} from '@clausewise/model'
import type {Root} from 'mdast'
import type {Compiler, Plugin, Processor, Transformer} from 'unified'
import {parseMarkdown} from './parse.js'
import {replaceForbidden} from './read/forbidden.js'
import {type FromMarkdownOptions, readMdast} from './read/from-markdown.js'
import {type ToMdastOptions, toMarkdownExtensionsOf, writtenMdast} from './write/to-markdown.js'

declare module 'unified' {
  interface CompileResultMap {
    /** What {@link remarkClausewise} compiles a Markdown tree to: `{document, diagnostics}`. */
    ClausewiseReadResult: ReadResult
  }
}

interface WritingData {
  toMarkdownExtensions?: unknown[]
}

type File = Parameters<Compiler>[1]

/**
 * unified plugin that compiles a Markdown tree (mdast, parsed by `remark-parse` with
 * {@link remarkClausewiseSyntax}) into the clausewise model, as {@link fromMarkdown} reads it: the
 * processor's result (`file.result`) is `{document, diagnostics}`, and each diagnostic is also a
 * message of the file, with its place, `ruleId` and `source` (information as `file.info`, warnings
 * as `file.message`, errors as messages with `fatal: true`; nothing is thrown for them). The
 * compiler reads the file's own text (`file.value`) for what the tree leaves out (a list item's
 * number as written, a label's place), so run it with `process` or pass the file to `stringify`.
 * The limits of the syntax plugin reached while parsing are reported through its own `onLimit`.
 *
 * @example (await unified().use(remarkParse).use(remarkClausewiseSyntax).use(remarkClausewise).process('Le Conseil,\n\n1. Décide ;')).result.document.children.length // 2
 */
export const remarkClausewise: Plugin<[(FromMarkdownOptions | undefined)?], Root, ReadResult> = function (
  this: Processor,
  options: FromMarkdownOptions = {},
): undefined {
  const compiler: Compiler<Root, ReadResult> = (tree, file) => {
    const text = file.value === undefined ? undefined : String(file)
    if (text === undefined && tree.position)
      throw new ClausewiseError(
        'invalid-option',
        'remarkClausewise reads the Markdown the tree was parsed from: pass the file (or use process)',
      )
    const forbidden = replaceForbidden(text ?? '')
    const markdown = forbidden.text
    if (forbidden.found.length > 0) replaceInTree(tree)
    const result = readMdast(tree, {
      markdown,
      options,
      forbidden: forbidden.found,
      events: [],
      reparse: () => parseMarkdown(markdown, {frontMatter: false}),
    })
    for (const diagnostic of result.diagnostics) report(file, diagnostic)
    return result
  }
  ;(this as unknown as {compiler: typeof compiler}).compiler = compiler
}

/** How a file takes a message (vfile's `info` and `message`, with message options). */
type Say = (
  reason: string,
  options: {ruleId: string; source: string; place?: Diagnostic['place']},
) => {fatal?: boolean | null | undefined}

/** A diagnostic as a message of the file: its place, rule and source, and its kind. */
function report(file: File, diagnostic: Diagnostic): void {
  const say = (diagnostic.fatal === undefined ? file.info : file.message).bind(file) as unknown as Say
  const message = say(diagnostic.reason, {
    ruleId: diagnostic.ruleId,
    source: diagnostic.source,
    ...(diagnostic.place ? {place: diagnostic.place} : {}),
  })
  if (diagnostic.fatal !== undefined) message.fatal = diagnostic.fatal
}

/** Characters XML forbids, in the tree's texts as in its source, become U+FFFD. */
function replaceInTree(tree: Root): void {
  const stack: unknown[] = [tree]
  while (stack.length > 0) {
    const node = stack.pop() as {value?: unknown; children?: unknown[]}
    if (typeof node.value === 'string') node.value = replaceForbidden(node.value).text
    if (Array.isArray(node.children)) for (const child of node.children) stack.push(child)
  }
}

/**
 * unified plugin that bridges the clausewise model to a Markdown tree, as remark-rehype bridges mdast
 * to hast: a transformer that takes the document (`processor.run(document)`) and returns the mdast
 * {@link toMarkdown} writes, so that `remark-stringify` (or any mdast plugin after it) takes it from
 * there. It adds the convention's writing to the processor (`toMarkdownExtensions` data: front
 * matter, footnotes, `^sup^`, `~sub~`, numbers as written, `-` bullets), so that `remark-stringify`
 * writes what {@link toMarkdown} writes.
 *
 * @example const writer = unified().use(clausewiseToMdast).use(remarkStringify); writer.stringify(await writer.run(document)) // === toMarkdown(document)
 */
export const clausewiseToMdast: Plugin<[(ToMdastOptions | undefined)?], Document, Root> = function (
  this: Processor,
  options: ToMdastOptions = {},
): Transformer<Document, Root> {
  const data = this.data() as WritingData
  data.toMarkdownExtensions = [...(data.toMarkdownExtensions ?? []), toMarkdownExtensionsOf()]
  return (document) => writtenMdast(document, options)
}

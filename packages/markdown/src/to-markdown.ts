import {
  type Attachment,
  type Document,
  decisionShape,
  type Hcontainer,
  type Inline,
  type P,
  type Paragraph,
  type Preface,
  type Recital,
} from '@clausewise/model'
import {inlineShape} from './blocks.js'
import {formatDirective} from './directive.js'
import {escapeText} from './escape.js'
import {writeFrontMatter} from './front-matter.js'
import {keptEIds} from './kept-eids.js'
import {advance, inferRole, initialState, type Role, type State} from './roles.js'
import {type InlineState, inlineToMarkdown} from './to-inline.js'
import {indent} from './to-list.js'
import {clauseRun, type Entry as UnitEntry, unitEntries} from './to-unit.js'

/** Options of {@link toMarkdown}. */
export interface ToMarkdownOptions {
  /** Write the YAML front matter with the metadata (default: `true`). */
  frontMatter?: boolean | undefined
}

interface Entry extends UnitEntry {
  /** Set on the first entry of an attachment: the attachment it opens. */
  opens?: Attachment
}

interface WriterState extends InlineState {
  /** Clauses whose eIds must be written (kept from AKN, not what the reader would make). */
  kept: Set<object>
}

/** A `container` directive for a container that is `body` or keeps an eId, else nothing. */
function containerEntry(node: {type: string; eId?: string | undefined}): Entry[] {
  if (node.type !== 'body' && node.eId === undefined) return []
  const attributes: [string, string][] = [['type', node.type]]
  if (node.eId !== undefined) attributes.push(['eId', node.eId])
  return [{shape: {kind: 'paragraph'}, role: 'attachment', text: '', attributes, standalone: true}]
}

/** `eId` for a directive, when the clause's eId is one the reader would not make. */
function eIdAttribute(node: {eId: string}, state: WriterState): [string, string][] {
  return state.kept.has(node) ? [['eId', node.eId]] : []
}

function paragraphText(paragraph: P, state: InlineState, prefix = ''): string {
  return prefix + inlineToMarkdown(paragraph.children, state, {atStart: prefix === '', atEnd: true})
}

function inlineEntry(role: Role, paragraph: P, state: InlineState, prefix = ''): Entry {
  return {
    shape: inlineShape('paragraph', paragraph.children),
    role,
    text: paragraphText(paragraph, state, prefix),
  }
}

/** A preface paragraph: a heading when it is just a number or a title (and notes), else a paragraph. */
function prefaceEntries(preface: Preface, state: InlineState): Entry[] {
  const entries: Entry[] = containerEntry(preface)
  for (const child of preface.children) {
    if (child.type === 'longTitle') {
      ;(child.children as P[]).forEach((paragraph, index) => {
        const entry = inlineEntry('longTitle', paragraph, state)
        entry.attributes =
          index > 0 ? [['continue', 'true']] : child.eId === undefined ? [] : [['eId', child.eId]]
        entries.push(entry)
      })
      continue
    }
    // The document is in the decision shape (`decisionShape` of the model): its preface holds paragraphs.
    for (const paragraph of [child as P]) {
      const [head, ...tail] = paragraph.children
      const inner =
        head && (head.type === 'docNumber' || head.type === 'docTitle') ? head.children : undefined
      if (
        child.type === 'p' &&
        inner &&
        tail.every((node) => node.type === 'authorialNote') &&
        inner[inner.length - 1]?.type !== 'authorialNote'
      ) {
        const kind = head!.type === 'docNumber' ? 'h1' : 'h2'
        const text = inlineToMarkdown([...inner, ...tail] as Inline[], state, {
          atStart: true,
          atEnd: true,
          heading: true,
        })
        entries.push({
          shape: inlineShape(kind, [...inner, ...tail]),
          role: kind === 'h1' ? 'docNumber' : 'docTitle',
          text: `${kind === 'h1' ? '#' : '##'}${text ? ` ${text}` : ''}`,
        })
      } else entries.push(inlineEntry('preface', paragraph, state))
    }
  }
  return entries
}

function partEntries(
  children: Document['children'] | Attachment['children'],
  state: WriterState,
  attachment = false,
): Entry[] {
  const entries: Entry[] = []
  for (const child of children) {
    switch (child.type) {
      case 'preface':
        entries.push(...prefaceEntries(child, state))
        break
      case 'preamble':
        entries.push(...containerEntry(child))
        for (const node of child.children) {
          if (node.type === 'p') entries.push(inlineEntry('preamble', node, state))
          else if (node.type === 'formula') {
            for (const paragraph of node.children as P[]) {
              const entry = inlineEntry('formula', paragraph, state)
              const attributes = eIdAttribute(node, state)
              if (node.name !== 'enactingFormula') attributes.unshift(['name', node.name])
              if (attributes.length > 0) entry.attributes = attributes
              entries.push(entry)
            }
          } else {
            for (const recital of (node as {children: Recital[]}).children) {
              const num = recital.children.find((grandchild) => grandchild.type === 'num')
              const prefix = num ? `[${escapeText(num.value)}](<clausewise:num>) ` : ''
              for (const paragraph of recital.children)
                if (paragraph.type === 'p') {
                  const entry = inlineEntry('recital', paragraph, state, prefix)
                  const attributes = eIdAttribute(recital, state)
                  if (attributes.length > 0) entry.attributes = attributes
                  entries.push(entry)
                }
            }
          }
        }
        break
      case 'mainBody':
      case 'body': {
        entries.push(...containerEntry(child))
        let run: Paragraph[] = []
        const flush = () => {
          if (run.length === 0) return
          entries.push(clauseRun(run, state))
          run = []
        }
        for (const node of child.children) {
          const only = node.type === 'paragraph' && node.children.length === 1 ? node.children[0] : undefined
          if (attachment && only?.type === 'content' && only.children.length === 1) {
            flush()
            entries.push(inlineEntry('paragraph', only.children[0] as P, state))
            continue
          }
          if (node.type === 'paragraph') {
            run.push(node)
            continue
          }
          flush()
          if (node.type === 'blockContainer')
            for (const paragraph of node.children as P[]) {
              const entry = inlineEntry('block', paragraph, state)
              const attributes = eIdAttribute(node, state)
              if (attributes.length > 0) entry.attributes = attributes
              entries.push(entry)
            }
          else unitEntries(node as Hcontainer, 1, state, state.kept, entries)
        }
        flush()
        break
      }
      case 'conclusions':
        entries.push(...containerEntry(child))
        for (const paragraph of child.children as P[])
          entries.push(inlineEntry('conclusions', paragraph, state))
        break
      case 'attachments':
        entries.push(...containerEntry(child))
        for (const attachment of child.children) {
          const inner = partEntries(attachment.children, state, true)
          const first = inner[0] ?? {shape: {kind: 'paragraph'}, role: 'attachment', text: ''}
          first.opens = attachment
          if (inner.length === 0) inner.push(first)
          entries.push(...inner)
        }
        break
    }
  }
  return entries
}

function firstParty(attachment: Attachment): string | undefined {
  const preface = attachment.children.find((child) => child.type === 'preface')
  if (!preface) return undefined
  const stack: unknown[] = [...preface.children].reverse()
  while (stack.length > 0) {
    const node = stack.pop() as {type: string; refersTo?: string; children?: unknown[]}
    if (node.type === 'party') return node.refersTo
    if (node.type !== 'authorialNote' && node.children) stack.push(...[...node.children].reverse())
  }
  return undefined
}

/**
 * Write a document as a Markdown draft in the clausewise convention, so that `fromMarkdown` reads it
 * back to the same model (positions aside). Text is escaped; a directive comment is written only
 * where the convention's inference would read a block otherwise.
 *
 * @example toMarkdown(fromMarkdown('Le Conseil ministériel,\n\n1. Décide ;').document) // 'Le Conseil ministériel,\n\n1. Décide ;\n'
 */
export function toMarkdown(source: Document, options: ToMarkdownOptions = {}): string {
  const document = decisionShape(source)
  const state: WriterState = {notes: [], labels: new Set(), kept: keptEIds(document)}
  const entries = partEntries(document.children, state)
  // The blocks the reader infers roles for: no standalone directive, no empty attachment's placeholder.
  const isContent = (entry: Entry) => !entry.standalone && entry.role !== 'attachment'
  const contentEntries = entries.filter(isContent)
  const out: string[] = []
  if (options.frontMatter !== false) {
    const front = writeFrontMatter(document)
    if (front) out.push(front)
  }
  let inference: State = initialState('main')
  let contentIndex = 0
  for (const entry of entries) {
    const next = isContent(entry) ? contentEntries[contentIndex + 1]?.shape : undefined
    if (entry.opens) {
      const attachment = entry.opens
      const attributes: [string, string][] = []
      if (attachment.name !== 'interpretativeStatement') attributes.push(['name', attachment.name])
      if (attachment.author !== firstParty(attachment)) attributes.push(['author', attachment.author ?? ''])
      attributes.push(...eIdAttribute(attachment, state))
      const implicit =
        !entry.standalone &&
        entry.role !== 'attachment' &&
        inferRole(inference, entry.shape, next) === 'attachment'
      if (!implicit || attributes.length > 0) out.push(formatDirective('attachment', attributes))
      inference = initialState('attachment')
      if (entry.role === 'attachment' && !entry.standalone) continue
    }
    if (entry.standalone) {
      out.push(formatDirective('container', entry.attributes))
      continue
    }
    contentIndex++
    const inferred = inferRole(inference, entry.shape, next)
    if (inferred !== entry.role || entry.attributes)
      out.push(formatDirective(entry.directive ?? entry.role, entry.attributes))
    out.push(entry.text)
    inference = advance(inference, entry.role)
  }
  for (const {label, note} of state.notes) {
    const attributes: [string, string][] = []
    if (note.marker !== label) attributes.push(['marker', note.marker])
    if (note.placement !== 'bottom') attributes.push(['placement', note.placement ?? ''])
    const blocks: string[] = []
    if (attributes.length > 0 || note.children.length === 0) blocks.push(formatDirective('note', attributes))
    for (const paragraph of note.children as P[]) blocks.push(paragraphText(paragraph, state))
    out.push(indent(`[^${label}]: ${blocks.join('\n\n')}`, 4))
  }
  return `${out.join('\n\n')}\n`
}

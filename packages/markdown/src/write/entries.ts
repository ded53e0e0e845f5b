import type {Attachment, Document, Hcontainer, Inline, Paragraph, Point, Preface} from '@clausewise/model'
import {removePositions} from '@clausewise/model'
import type {BlockContent, Heading, PhrasingContent} from 'mdast'
import {pushAll} from '../push.js'
import {headingShape, paragraphShape, type ShapeContext} from '../read/shape.js'
import {headingSeparator} from '../read/units.js'
import {type Role, type Shape, unitDirective, unitLabel} from '../roles.js'
import {implicitUnit} from '../unit-heading.js'
import {listsOf, paragraphOf} from './clauses.js'
import {clausesOf, paragraphsOf} from './decision.js'
import {type InlineState, inlineToMdast} from './inline.js'
import {tableOrInline} from './tables.js'

/** One block the writer emits, with what inference needs to know of it. */
export interface Entry {
  shape: Shape
  role: Role
  /** The blocks written (none for a standalone directive). */
  nodes: BlockContent[]
  attributes?: [string, string][]
  /** The directive's name when it is not the role's (`part` for a unit). */
  directive?: string
  /** A directive written on its own, before the next block, that no role inference sees. */
  standalone?: boolean
  /** Set on the first entry of an attachment: the attachment it opens. */
  opens?: Attachment
}

/** What building entries keeps. */
export interface EntryState extends InlineState {
  /** Clauses whose eIds must be written (kept from AKN, not what the reader would make). */
  kept: Set<object>
  shapes: ShapeContext
}

/** Adjacent texts merged, as the reader's phrasing merges them: shapes see the same nodes. */
function merged(nodes: Inline[]): Inline[] {
  const result: Inline[] = []
  for (const node of nodes) {
    const last = result[result.length - 1]
    if (node.type === 'text' && last?.type === 'text')
      result[result.length - 1] = {type: 'text', value: last.value + node.value}
    else if (!(node.type === 'text' && node.value === '')) result.push(node)
  }
  return result
}

/** A `container` directive for a container that is `body` or keeps an eId, else nothing. */
function containerEntry(node: {type: string; eId?: string | undefined}): Entry[] {
  if (node.type !== 'body' && node.eId === undefined) return []
  const attributes: [string, string][] = [['type', node.type]]
  if (node.eId !== undefined) attributes.push(['eId', node.eId])
  return [{shape: {kind: 'paragraph'}, role: 'attachment', nodes: [], attributes, standalone: true}]
}

/** `eId` for a directive, when the clause's eId is one the reader would not make. */
function eIdAttribute(node: {eId: string}, state: EntryState): [string, string][] {
  return state.kept.has(node) ? [['eId', node.eId]] : []
}

function paragraphEntry(
  role: Role,
  children: Inline[],
  state: EntryState,
  prefix: PhrasingContent[] = [],
  shapeOf = children,
): Entry {
  // A table stands where an empty paragraph would (its key is an empty text); a table written as
  // text gives the shape its words, as the reader reads them.
  const shaped = tableOrInline(shapeOf, state.tables, shapeOf === children && prefix.length === 0)
  return {
    shape: paragraphShape(merged(shaped.inline ?? []), false, state.shapes),
    role,
    nodes: [paragraphOf(children, state, prefix)],
  }
}

function headingEntry(role: Role, level: number, children: Inline[], state: EntryState): Entry {
  const heading: Heading = {
    type: 'heading',
    depth: Math.min(level, 6) as Heading['depth'],
    children: inlineToMdast(children, state, {atStart: true, atEnd: true, heading: true, labels: false}),
  }
  return {shape: headingShape(level, merged(children), state.shapes), role, nodes: [heading]}
}

/** A preface paragraph: a heading when it is just a number or a title (and notes), else a paragraph. */
function prefaceEntries(preface: Preface, state: EntryState): Entry[] {
  const entries: Entry[] = containerEntry(preface)
  for (const child of preface.children) {
    if (child.type === 'longTitle') {
      paragraphsOf(child.children).forEach((paragraph, index) => {
        const entry = paragraphEntry('longTitle', paragraph.children, state)
        entry.attributes =
          index > 0 ? [['continue', 'true']] : child.eId === undefined ? [] : [['eId', child.eId]]
        entries.push(entry)
      })
      continue
    }
    if (child.type !== 'p') continue
    const [head, ...tail] = child.children
    const inner = head && (head.type === 'docNumber' || head.type === 'docTitle') ? head.children : undefined
    if (
      inner &&
      tail.every((node) => node.type === 'authorialNote') &&
      inner[inner.length - 1]?.type !== 'authorialNote'
    ) {
      const number = head!.type === 'docNumber'
      entries.push(
        headingEntry(
          number ? 'docNumber' : 'docTitle',
          number ? 1 : 2,
          [...inner, ...tail] as Inline[],
          state,
        ),
      )
    } else entries.push(paragraphEntry('preface', child.children, state))
  }
  return entries
}

/** A number the heading line can hold as is: no em dash, no space at its ends, no line break. */
const plainNum = /^[^\s—](?:[^\n\r\t—]*[^\s—])?$/u

/**
 * A hierarchical unit as a directive and a heading line — `<!-- clausewise: part -->` then
 * `### Part 1 — First Part` (`###` at depth 1, one `#` more a level, `level` past `######`) — then its
 * content as paragraphs, its paragraphs as lists, and its units nested.
 */
function unitEntries(unit: Hcontainer, depth: number, state: EntryState, entries: Entry[]): void {
  const {role, name} = unitDirective(unit.name)
  const attributes: [string, string][] = []
  if (name !== undefined) attributes.push(['name', name])
  if (depth > 4) attributes.push(['level', String(depth)])
  if (state.kept.has(unit)) attributes.push(['eId', unit.eId])
  const num = unit.children.find((child) => child.type === 'num')
  const heading = unit.children.find((child) => child.type === 'heading')
  if (heading?.eId !== undefined) attributes.push(['heading', heading.eId])
  const implicit = implicitLine(unit, depth, attributes, state)
  if (implicit) entries.push(headingEntry('unit', depth + 2, implicit, state))
  else {
    let line = unitLabel(unit.name)
    // A number printed with the unit's word (`Article 1`, read from text) is the line's start as it
    // is, named by the directive, not `Article Article 1`.
    if (num && plainNum.test(num.value) && num.value.startsWith(`${line} `)) {
      line = num.value
      attributes.push(['num', num.value])
    } else if (num && plainNum.test(num.value)) line += ` ${num.value}`
    else if (num) attributes.push(['num', num.value])
    const content: Inline[] = [{type: 'text', value: line}]
    if (heading && heading.children.length > 0)
      content.push({type: 'text', value: headingSeparator}, ...(heading.children as Inline[]))
    const entry = headingEntry('unit', depth + 2, content, state)
    entry.attributes = attributes
    entry.directive = role
    entries.push(entry)
  }
  let run: (Paragraph | Point)[] = []
  const flush = () => {
    if (run.length > 0) entries.push({shape: {kind: 'list'}, role: 'clauses', nodes: listsOf(run, state)})
    run = []
  }
  let previous: string | undefined
  for (const child of unit.children) {
    switch (child.type) {
      case 'num':
      case 'heading':
        continue
      case 'paragraph':
        run.push(child)
        break
      case 'list':
        // Points of a unit are outside the convention: written as its clauses.
        pushAll(run, clausesOf(child.children))
        break
      case 'hcontainer':
        flush()
        unitEntries(child, depth + 1, state, entries)
        break
      case 'content':
      case 'intro':
      case 'wrapUp': {
        // `content`, and `intro` / `wrapUp` (outside the convention: read back as content).
        flush()
        paragraphsOf(child.children).forEach((paragraph, index) => {
          const entry = paragraphEntry('content', paragraph.children, state)
          if (index === 0 && (child.eId !== undefined || previous === 'content'))
            entry.attributes = child.eId === undefined ? [] : [['eId', child.eId]]
          entries.push(entry)
        })
      }
    }
    previous = child.type
  }
  flush()
}

/**
 * A unit's heading line as a reader of others' Markdown reads it without a directive (`## Art 5
 * Scope`, `#### 1. Mission`), when that reads back as this unit: its number printed with its word,
 * its heading, no content of its own (paragraphs under such a heading are clauses), no eId to keep.
 */
function implicitLine(
  unit: Hcontainer,
  depth: number,
  attributes: [string, string][],
  state: EntryState,
): Inline[] | undefined {
  if (depth + 2 > 6 || attributes.length > 0) return undefined
  const own = new Set(['content', 'intro', 'wrapUp', 'list'])
  if (unit.children.some((child) => own.has(child.type))) return undefined
  const num = unit.children.find((child) => child.type === 'num')
  const heading = unit.children.find((child) => child.type === 'heading')
  if (!num) return undefined
  const rest = (heading?.children ?? []) as Inline[]
  const first = rest[0]
  const line: Inline[] =
    first?.type === 'text'
      ? [{type: 'text', value: `${num.value} ${first.value}`}, ...rest.slice(1)]
      : [{type: 'text', value: rest.length > 0 ? `${num.value} ` : num.value}, ...rest]
  const found = implicitUnit(line, state.shapes.words)
  if (!found || found.name !== unit.name || found.num !== num.value) return undefined
  const expected = removePositions({type: 'p', children: rest}).children
  if (JSON.stringify(found.heading) !== JSON.stringify(expected)) return undefined
  return line
}

/** The entries of a part (the document, or an attachment) in order. */
export function partEntries(
  children: Document['children'] | Attachment['children'],
  state: EntryState,
  attachment = false,
): Entry[] {
  const entries: Entry[] = []
  for (const child of children) {
    switch (child.type) {
      case 'preface':
        pushAll(entries, prefaceEntries(child, state))
        break
      case 'preamble':
        pushAll(entries, containerEntry(child))
        for (const node of child.children) {
          if (node.type === 'p') entries.push(paragraphEntry('preamble', node.children, state))
          else if (node.type === 'formula') {
            for (const paragraph of paragraphsOf(node.children)) {
              const entry = paragraphEntry('formula', paragraph.children, state)
              const attributes = eIdAttribute(node, state)
              if (node.name !== 'enactingFormula') attributes.unshift(['name', node.name])
              if (attributes.length > 0) entry.attributes = attributes
              entries.push(entry)
            }
          } else if (node.type === 'recitals') {
            for (const recital of node.children) {
              if (recital.type !== 'recital') continue
              const num = recital.children.find((grandchild) => grandchild.type === 'num')
              const prefix: PhrasingContent[] = num
                ? [
                    {
                      type: 'link',
                      url: 'clausewise:num',
                      children: inlineToMdast([{type: 'text', value: num.value}], state, {}),
                    },
                    // Raw: the separator must stay a space whatever the text after it.
                    {type: 'html', value: ' '},
                  ]
                : []
              for (const paragraph of recital.children)
                if (paragraph.type === 'p') {
                  const shapeOf: Inline[] = num
                    ? [{type: 'text', value: `${num.value} `}, ...paragraph.children]
                    : paragraph.children
                  const entry = paragraphEntry('recital', paragraph.children, state, prefix, shapeOf)
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
        pushAll(entries, containerEntry(child))
        let run: Paragraph[] = []
        const flush = () => {
          if (run.length === 0) return
          entries.push({shape: {kind: 'list'}, role: 'clauses', nodes: listsOf(run, state)})
          run = []
        }
        for (const node of child.children) {
          const only = node.type === 'paragraph' && node.children.length === 1 ? node.children[0] : undefined
          const alone = only?.type === 'content' && only.children.length === 1 ? only.children[0] : undefined
          if (attachment && alone?.type === 'p') {
            flush()
            entries.push(paragraphEntry('paragraph', alone.children, state))
            continue
          }
          if (node.type === 'paragraph') {
            run.push(node)
            continue
          }
          flush()
          if (node.type === 'blockContainer')
            for (const paragraph of paragraphsOf(node.children)) {
              const entry = paragraphEntry('block', paragraph.children, state)
              const attributes = eIdAttribute(node, state)
              if (attributes.length > 0) entry.attributes = attributes
              entries.push(entry)
            }
          else if (node.type === 'hcontainer') unitEntries(node, 1, state, entries)
        }
        flush()
        break
      }
      case 'conclusions':
        pushAll(entries, containerEntry(child))
        for (const paragraph of paragraphsOf(child.children))
          entries.push(paragraphEntry('conclusions', paragraph.children, state))
        break
      case 'attachments':
        pushAll(entries, containerEntry(child))
        for (const attachmentNode of child.children) {
          const inner = partEntries(attachmentNode.children, state, true)
          const first = inner[0] ?? {shape: {kind: 'paragraph'}, role: 'attachment', nodes: []}
          first.opens = attachmentNode
          if (inner.length === 0) inner.push(first)
          pushAll(entries, inner)
        }
        break
    }
  }
  return entries
}

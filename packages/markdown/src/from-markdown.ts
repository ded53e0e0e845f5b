import type {
  Attachment,
  Attachments,
  BlockContainer,
  Body,
  Conclusions,
  Document,
  Hcontainer,
  Inline,
  LongTitle,
  MainBody,
  Num,
  P,
  Paragraph,
  Preamble,
  Preface,
  ReadResult,
  Recital,
} from '@clausewise/model'
import {assignEIds} from '@clausewise/model'
import type {FootnoteDefinition, Node, Parent, Root} from 'mdast'
import {type Block, collectBlocks} from './blocks.js'
import {createContext, positionOf, type ReaderContext, source, warn} from './context.js'
import {noteBlocks, phrasing} from './from-inline.js'
import {paragraphsOf, stripSpace, typedNum} from './from-list.js'
import {addContent, isUnitRole, openUnit, type UnitStack} from './from-unit.js'
import {readFrontMatter} from './front-matter.js'
import {
  maximumLineDepth,
  maximumMarkers,
  maximumStackedLines,
  maximumUnderlines,
  parseMarkdown,
  prepare,
} from './parse.js'
import {advance, directiveRoles, inferRole, initialState, type Role, type State} from './roles.js'

/** Options of {@link fromMarkdown}. */
export interface FromMarkdownOptions {
  /** Largest input read, in UTF-16 code units (default: 50 000 000); longer input gives an empty document and an error diagnostic. */
  maximumLength?: number | undefined
}

type Part = {
  children: Document['children'] | Attachment['children']
  attachment?: Attachment
  /** The operative container: `mainBody` unless a `container type="body"` directive says `body`. */
  bodyType: 'mainBody' | 'body'
  /** Hierarchical units open in this part, innermost last. */
  units: UnitStack
}

/** Containers a `container` directive may name. */
const containerTypes = new Set(['preface', 'preamble', 'mainBody', 'body', 'conclusions', 'attachments'])

/**
 * Read a Markdown draft written in the clausewise convention (see `docs/markdown-convention.md`)
 * into the model. Never throws on input: what does not fit the convention is kept as text and
 * reported in `diagnostics`, with its place in the source.
 *
 * @example fromMarkdown('# Décision n^o^ 7/17\n\nLe Conseil ministériel,\n\n1. Décide ;').document.children.length // 3
 */
export function fromMarkdown(markdown: string, options: FromMarkdownOptions = {}): ReadResult {
  const maximum = options.maximumLength ?? 50_000_000
  if (typeof markdown !== 'string' || markdown.length > maximum) {
    const document = readFrontMatterOnly()
    return {
      document,
      diagnostics: [
        {
          reason: `Input longer than ${maximum} characters: not read`,
          ruleId: 'input-too-large',
          source,
          fatal: true,
        },
      ],
    }
  }
  const prepared = prepare(markdown)
  const base = createContext(markdown, prepared)
  const context = base as ReaderContext
  context.convertPhrasing = (nodes, depth) => phrasing(nodes, context, depth)
  context.convertNoteBlocks = (definition, depth) => noteBlocks(definition, context, depth)
  for (const offset of prepared.capped)
    warn(
      context,
      'too-deep',
      `Nesting deeper than ${maximumLineDepth} levels: the rest of the line is kept as text`,
      base.locator.position(offset, offset),
      false,
    )
  for (const {start, end} of prepared.flattened)
    warn(
      context,
      'too-many-markers',
      `More than ${maximumMarkers} emphasis, link or code markers in one paragraph: read as plain text`,
      base.locator.position(start, end),
      false,
    )
  if (prepared.unstacked !== -1)
    warn(
      context,
      'too-many-markers',
      `More than ${maximumStackedLines} list items open another container on their first line: from here on, that container is read as text`,
      base.locator.position(prepared.unstacked, prepared.unstacked),
      false,
    )
  if (prepared.underlined !== -1)
    warn(
      context,
      'too-many-underlines',
      `More than ${maximumUnderlines} setext heading underlines (\`=\` or \`-\` lines): from here on, they are read as text`,
      base.locator.position(prepared.underlined, prepared.underlined),
      false,
    )
  let tree: Root
  try {
    tree = parseMarkdown(prepared.text)
  } catch (error) {
    warn(
      context,
      'parse-failed',
      `Markdown parser failed: ${String((error as Error).message)}`,
      undefined,
      true,
    )
    return {document: readFrontMatterOnly(), diagnostics: context.diagnostics}
  }
  collectDefinitions(tree, context)
  const yaml = tree.children[0]?.type === 'yaml' ? tree.children[0] : undefined
  const front = readFrontMatter(yaml?.value, positionOf(context, yaml), context.diagnostics)
  const document: Document = {
    type: 'document',
    documentType: front.documentType,
    name: front.name,
    meta: front.meta,
    children: [],
  }
  document.position = base.locator.position(0, markdown.length)
  build(document, collectBlocks(tree, context), context)
  for (const identifier of context.definitions.keys()) {
    if (!context.used.has(identifier))
      warn(
        context,
        'footnote-unused',
        `Footnote \`${identifier}\` is never called`,
        positionOf(context, context.definitions.get(identifier)),
        false,
      )
  }
  return {document: assignEIds(document, {keep: true}), diagnostics: context.diagnostics}
}

function readFrontMatterOnly(): Document {
  const front = readFrontMatter(undefined, undefined, [])
  return {
    type: 'document',
    documentType: front.documentType,
    name: front.name,
    meta: front.meta,
    children: [],
  }
}

function collectDefinitions(tree: Root, context: ReaderContext): void {
  const stack: Node[] = [tree]
  while (stack.length > 0) {
    const node = stack.pop()!
    if (node.type === 'footnoteDefinition') {
      const definition = node as FootnoteDefinition
      if (!context.definitions.has(definition.identifier))
        context.definitions.set(definition.identifier, definition)
      continue
    }
    if (node.type === 'paragraph' || node.type === 'heading') continue
    if ('children' in node) stack.push(...(node as Parent).children)
  }
}

/** The container of a type in a part, created (in document order) when missing. */
function container<T extends 'preface' | 'preamble' | 'mainBody' | 'body' | 'conclusions'>(
  part: Part,
  type: T,
) {
  const children = part.children as {type: string; children: unknown[]}[]
  let found = children.find((child) => child.type === type)
  if (!found) {
    found = {type, children: []}
    children.push(found)
  }
  return found as unknown as Extract<Preface | Preamble | MainBody | Body | Conclusions, {type: T}>
}

/** Where operative clauses go: the innermost open unit, else the part's body. */
function clauseParent(part: Part): MainBody | Body | Hcontainer {
  return part.units[part.units.length - 1] ?? container(part, part.bodyType)
}

function extend(node: {position?: P['position']}, child: {position?: P['position']}): void {
  if (!child.position) return
  node.position = node.position ? {start: node.position.start, end: child.position.end} : {...child.position}
}

function p(content: Inline[], node: Node, context: ReaderContext): P {
  const result: P = {type: 'p', children: content}
  const position = positionOf(context, node)
  if (position) result.position = position
  return result
}

function build(document: Document, blocks: Block[], context: ReaderContext): void {
  let part: Part = {children: document.children, bodyType: 'mainBody', units: []}
  let state: State = initialState('main')
  let forced: {role: string; attributes: Map<string, string>; node: Node} | undefined
  const contentBlocks = blocks.filter((block) => block.kind !== 'directive')
  let contentIndex = 0

  const startAttachment = (attributes: Map<string, string>, node: Node) => {
    let attachments = document.children.find((child): child is Attachments => child.type === 'attachments')
    if (!attachments) {
      attachments = {type: 'attachments', children: []}
      document.children.push(attachments)
    }
    const attachment: Attachment = {
      type: 'attachment',
      eId: attributes.get('eId') ?? '',
      name: attributes.get('name') ?? 'interpretativeStatement',
      children: [],
    }
    const author = attributes.get('author')
    if (author) attachment.author = author
    if (author === undefined) authorless.push(attachment)
    const position = positionOf(context, node)
    if (position) attachment.position = position
    attachments.children.push(attachment)
    extend(attachments, attachment)
    part = {children: attachment.children, attachment, bodyType: 'mainBody', units: []}
    state = initialState('attachment')
  }
  const authorless: Attachment[] = []

  // `<!-- clausewise: container type="body" eId="body" -->`: the container, created here, keeps an
  // eId; `body` also stands for `mainBody` in this part from here on.
  const openContainer = (attributes: Map<string, string>, node: Node) => {
    const type = attributes.get('type') ?? ''
    if (!containerTypes.has(type)) {
      warn(
        context,
        'unknown-directive',
        `Unknown container \`${type}\` ignored`,
        positionOf(context, node),
        false,
      )
      return
    }
    let found: {eId?: string | undefined}
    if (type === 'attachments') {
      let attachments = document.children.find((child): child is Attachments => child.type === 'attachments')
      if (!attachments) {
        attachments = {type: 'attachments', children: []}
        document.children.push(attachments)
      }
      found = attachments
    } else {
      if (type === 'body' || type === 'mainBody') part.bodyType = type
      found = container(part, type as 'preface')
    }
    const eId = attributes.get('eId')
    if (eId !== undefined) found.eId = eId
  }

  for (const block of blocks) {
    if (block.kind === 'directive') {
      const {role, attributes} = block.directive
      if (role === 'attachment') startAttachment(attributes, block.node)
      else if (role === 'container') openContainer(attributes, block.node)
      else if (isUnitRole(role)) {
        const unitAttributes = new Map(attributes)
        if (role !== 'hcontainer') unitAttributes.set('name', role)
        forced = {role: 'unit', attributes: unitAttributes, node: block.node}
      } else if (directiveRoles.has(role)) forced = {role, attributes, node: block.node}
      else
        warn(
          context,
          'unknown-directive',
          `Unknown directive \`${role}\` ignored`,
          positionOf(context, block.node),
          false,
        )
      continue
    }
    const next = contentBlocks[contentIndex + 1]?.shape
    contentIndex++
    let role: Role = inferRole(state, block.shape, next)
    let attributes = new Map<string, string>()
    const wasForced = forced !== undefined
    if (forced?.role === 'unit' && block.kind === 'list') {
      // A unit with no heading line: open it, then read the list into it.
      openUnitIn(part, forced.attributes, undefined, context)
      state = advance(state, 'unit')
      role = inferRole(state, block.shape, next)
      forced = undefined
    }
    if (forced) {
      if (block.kind === 'list')
        warn(
          context,
          'directive-ignored',
          'A directive cannot change what a list is',
          positionOf(context, forced.node),
          false,
        )
      else {
        role = forced.role as Role
        attributes = forced.attributes
      }
      forced = undefined
    }
    if (role === 'attachment') {
      startAttachment(attributes, block.node)
      role = inferRole(state, block.shape, next)
    }
    if (part.attachment) extend(part.attachment, {position: positionOf(context, block.node)})
    if (role === 'unit' && block.kind === 'inline') openUnitIn(part, attributes, block, context)
    else place(part, role, block, attributes, context, wasForced)
    state = advance(state, role)
    if (!state.unit) part.units.length = 0
  }
  for (const attachment of authorless) {
    const preface = attachment.children.find((child) => child.type === 'preface')
    const party = preface ? findParty(preface.children) : undefined
    if (party) attachment.author = party
  }
}

function findParty(nodes: unknown[]): string | undefined {
  const stack = [...nodes].reverse() as {type: string; refersTo?: string; children?: unknown[]}[]
  while (stack.length > 0) {
    const node = stack.pop()!
    if (node.type === 'party') return node.refersTo
    if (node.type !== 'authorialNote' && node.children)
      stack.push(...([...node.children].reverse() as typeof stack))
  }
  return undefined
}

/** Open a unit and put it in the body or in the unit it nests in. */
function openUnitIn(
  part: Part,
  attributes: Map<string, string>,
  block: Extract<Block, {kind: 'inline'}> | undefined,
  context: ReaderContext,
): void {
  const {unit, parent} = openUnit(part.units, attributes, block, context)
  const into = parent ?? container(part, part.bodyType)
  into.children.push(unit)
  extend(into, unit)
}

function place(
  part: Part,
  role: Role,
  block: Block,
  attributes: Map<string, string>,
  context: ReaderContext,
  forced = false,
): void {
  if (block.kind === 'list') {
    const body = clauseParent(part)
    for (const paragraph of paragraphsOf(block.node, context)) {
      body.children.push(paragraph)
      extend(body, paragraph)
    }
    return
  }
  if (block.kind !== 'inline') return
  const {content, node} = block
  switch (role) {
    case 'docNumber':
    case 'docTitle': {
      let split = content.length
      while (split > 0 && content[split - 1]!.type === 'authorialNote') split--
      const inline = {type: role, children: content.slice(0, split)} as Inline
      const position = positionOf(context, node)
      if (position) inline.position = position
      const preface = container(part, 'preface')
      const paragraph = p([inline, ...content.slice(split)], node, context)
      preface.children.push(paragraph)
      extend(preface, paragraph)
      return
    }
    case 'preface':
    case 'conclusions': {
      const target = container(part, role)
      const paragraph = p(content, node, context)
      target.children.push(paragraph)
      extend(target, paragraph)
      return
    }
    case 'longTitle': {
      const preface = container(part, 'preface')
      const paragraph = p(content, node, context)
      const last = preface.children[preface.children.length - 1]
      if (attributes.get('continue') === 'true' && last?.type === 'longTitle') {
        last.children.push(paragraph)
        extend(last, paragraph)
      } else {
        const longTitle: LongTitle = {type: 'longTitle', children: [paragraph]}
        const eId = attributes.get('eId')
        if (eId !== undefined) longTitle.eId = eId
        if (paragraph.position) longTitle.position = paragraph.position
        preface.children.push(longTitle)
      }
      extend(preface, paragraph)
      return
    }
    case 'content': {
      const unit = part.units[part.units.length - 1]
      if (!unit) {
        place(part, 'paragraph', block, attributes, context)
        return
      }
      addContent(unit, p(content, node, context), attributes, forced)
      extend(unit, {position: positionOf(context, node)})
      return
    }
    case 'formula':
    case 'recital':
    case 'preamble': {
      const preamble = container(part, 'preamble')
      const {num, rest} =
        role === 'recital' ? recitalNum(node, content, context) : {num: undefined, rest: content}
      const paragraph = p(rest, node, context)
      if (role === 'preamble') preamble.children.push(paragraph)
      else if (role === 'formula') {
        preamble.children.push({
          type: 'formula',
          eId: attributes.get('eId') ?? '',
          name: attributes.get('name') ?? 'enactingFormula',
          children: [paragraph],
          ...(paragraph.position ? {position: paragraph.position} : {}),
        })
      } else {
        let recitals = preamble.children[preamble.children.length - 1]
        if (recitals?.type !== 'recitals') {
          recitals = {type: 'recitals', eId: '', children: []}
          preamble.children.push(recitals)
        }
        const recital: Recital = {
          type: 'recital',
          eId: attributes.get('eId') ?? '',
          children: num ? [num, paragraph] : [paragraph],
        }
        if (paragraph.position) recital.position = paragraph.position
        recitals.children.push(recital)
        extend(recitals, recital)
      }
      extend(preamble, paragraph)
      return
    }

    case 'block':
    case 'paragraph': {
      const body = role === 'block' ? container(part, part.bodyType) : clauseParent(part)
      const paragraph = p(content, node, context)
      const clause: BlockContainer | Paragraph =
        role === 'block'
          ? {type: 'blockContainer' as const, eId: attributes.get('eId') ?? '', children: [paragraph]}
          : {
              type: 'paragraph' as const,
              eId: '',
              children: [
                {
                  type: 'content' as const,
                  children: [paragraph],
                  ...(paragraph.position ? {position: paragraph.position} : {}),
                },
              ],
            }
      if (paragraph.position) clause.position = paragraph.position
      ;(body.children as (BlockContainer | Paragraph)[]).push(clause)
      extend(body, clause)
      return
    }
    default:
      warn(
        context,
        'unexpected-role',
        `Cannot place a block as \`${role}\``,
        positionOf(context, node),
        false,
      )
  }
}

/** A recital's number, written as a leading `[…](clausewise:num)` span. */
function recitalNum(
  node: Node,
  content: Inline[],
  context: ReaderContext,
): {num: Num | undefined; rest: Inline[]} {
  if (node.type !== 'paragraph') return {num: undefined, rest: content}
  const {num, rest} = typedNum((node as Parent).children, context)
  if (!num) return {num: undefined, rest: content}
  const converted = context.convertPhrasing(rest, 0)
  stripSpace(converted)
  return {num, rest: converted}
}

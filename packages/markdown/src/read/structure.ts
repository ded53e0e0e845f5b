import {
  type Attachment,
  type Attachments,
  type Document,
  type Hcontainer,
  type Paragraph,
  type Point,
  plainText,
} from '@clausewise/model'
import type {Node} from 'mdast'
import {isLabel, type LabelStyle, numeralOf, sameStyle, styleOf} from '../labels.js'
import {pushReversed} from '../push.js'
import {
  advance,
  directiveRoles,
  inferRole,
  initialState,
  type Role,
  type Shape,
  type State,
} from '../roles.js'
import {implicitUnit} from '../unit-heading.js'
import type {Block} from './blocks.js'
import {positionOf, type ReaderContext, warn} from './context.js'
import {lineClauses, listClauses} from './items.js'
import {clauseParent, container, extend, type Part} from './part.js'
import {placeInline} from './place.js'
import {headingShape, paragraphShape, type ShapeContext} from './shape.js'
import {isUnitRole, openImplicitUnit, openUnit, unitStack} from './units.js'

/** Containers a `container` directive may name. */
const containerTypes = new Set(['preface', 'preamble', 'mainBody', 'body', 'conclusions', 'attachments'])

/** A block's shape, read with the language profile. */
function shapeOf(block: Block, context: ShapeContext): Shape | undefined {
  switch (block.kind) {
    case 'heading':
      return headingShape(block.level, block.content, context)
    case 'paragraph':
      return paragraphShape(block.content, block.lines !== undefined, context)
    case 'list':
      return {kind: 'list'}
    case 'table':
      // A table has no text of its own that inference reads: it stands where an empty paragraph would.
      return paragraphShape([], false, context)
    default:
      return undefined
  }
}

/** Build the document's parts from its blocks, by the inference of `roles.ts` and the directives. */
export function build(
  document: Document,
  blocks: Block[],
  context: ReaderContext,
  shapes: ShapeContext,
): void {
  let part: Part = {children: document.children, bodyType: 'mainBody', units: unitStack()}
  let state: State = initialState('main')
  let forced: {role: string; attributes: Map<string, string>; node: Node} | undefined
  const content = blocks.filter((block) => block.kind !== 'directive')
  const contentShapes = content.map((block) => shapeOf(block, shapes)!)
  let contentIndex = 0
  const authorless: Attachment[] = []

  // An attachment a heading opens without a directive is named by the heading's words (`Annex`,
  // `Schedule`); one a directive opens, by its `name`; either, by default, an interpretative statement.
  const startAttachment = (attributes: Map<string, string>, node: Node, inferred?: string) => {
    let attachments = document.children.find((child): child is Attachments => child.type === 'attachments')
    if (!attachments) {
      attachments = {type: 'attachments', children: []}
      document.children.push(attachments)
    }
    const attachment: Attachment = {
      type: 'attachment',
      eId: attributes.get('eId') ?? '',
      name: attributes.get('name') ?? inferred ?? 'interpretativeStatement',
      children: [],
    }
    const author = attributes.get('author')
    if (author) attachment.author = author
    if (author === undefined) authorless.push(attachment)
    const position = positionOf(context, node)
    if (position) attachment.position = position
    attachments.children.push(attachment)
    extend(attachments, attachment)
    part = {children: attachment.children, attachment, bodyType: 'mainBody', units: unitStack()}
    state = initialState('attachment', attachment.name !== 'interpretativeStatement')
  }

  // `<!-- clausewise: container type="body" eId="body" -->`: the container, created here, keeps an
  // eId; `body` also stands for `mainBody` in this part from here on.
  const openContainer = (attributes: Map<string, string>, node: Node) => {
    const type = attributes.get('type') ?? ''
    if (!containerTypes.has(type)) {
      warn(
        context,
        'unknown-directive',
        `Unknown container \`${type.slice(0, 40)}\` ignored`,
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
          `Unknown directive \`${role.slice(0, 40)}\` ignored`,
          positionOf(context, block.node),
          false,
        )
      continue
    }
    const shape = contentShapes[contentIndex]!
    const next = contentShapes[contentIndex + 1]
    contentIndex++
    let role: Role = inferRole(state, shape, next)
    let attributes: Map<string, string> = new Map()
    const wasForced = forced !== undefined
    if (forced?.role === 'unit' && (block.kind === 'list' || block.kind === 'table')) {
      // A unit with no heading line: open it, then read the list or table into it.
      openUnitIn(part, forced.attributes, undefined, context)
      state = advance(state, 'unit', true)
      role = inferRole(state, shape, next)
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
      startAttachment(attributes, block.node, shape.attachment)
      role = inferRole(state, shape, next)
    }
    if (part.attachment) extend(part.attachment, {position: positionOf(context, block.node)})
    if (role !== 'clauses') part.nesting = undefined
    if (role === 'unit' && block.kind === 'heading') {
      if (wasForced) openUnitIn(part, attributes, block, context)
      else openImplicitIn(part, block, shapes, context)
    } else if (role === 'clauses') placeClauses(part, block, context)
    else if (role === 'paragraph' && isRubric(part, state, block)) {
      // `### Art. 1` then `(Oggetto)`: the rubric Italian laws print under an article's number is its heading.
      const unit = part.units[part.units.length - 1]!
      const heading = {type: 'heading', children: block.content} as Hcontainer['children'][number]
      const position = positionOf(context, block.node)
      if (position) heading.position = position
      unit.children.push(heading)
      extend(unit, heading)
    } else if (block.kind !== 'list') {
      placeInline(part, role, block, attributes, context, wasForced)
      // In a unit, an unnumbered paragraph introducing a list (`The purposes are:`) holds its items as
      // points, as a numbered one does: they are its enumeration, not the unit's next paragraphs. One
      // ending in a comma may as well be an item of an enumeration whose numbering broke: it does not.
      // So in an annex, an appendix or a schedule, where the paragraph says it introduces them (`:`,
      // a dash): such a text also sets out tables as lists under lines that end no sentence.
      const annexed = state.named && state.unit === 'none'
      if (
        role === 'paragraph' &&
        (state.unit === 'heading' || annexed) &&
        (next?.kind === 'list' || (next?.kind === 'paragraph' && next.labelled === true))
      ) {
        const last = clauseParent(part).children.at(-1)
        if (
          last?.type === 'paragraph' &&
          !last.children.some((child) => child.type === 'num') &&
          introduces(last, false, !annexed)
        )
          part.nesting = {clause: last}
      }
    }
    state = advance(state, role, wasForced)
    if (state.unit === 'none') {
      part.units.length = 0
      part.units.levels.length = 0
    }
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
    if (node.type !== 'authorialNote' && node.children) pushReversed(stack, node.children as typeof stack)
  }
  return undefined
}

/**
 * Whether a paragraph is the rubric of the unit just opened: the unit has a number and nothing else
 * yet, and the paragraph is one short line wholly in parentheses.
 */
function isRubric(part: Part, state: State, block: Block): block is Extract<Block, {kind: 'paragraph'}> {
  if (block.kind !== 'paragraph' || block.lines || state.unit !== 'heading') return false
  const unit = part.units[part.units.length - 1]
  if (unit?.children.length !== 1 || unit.children[0]?.type !== 'num') return false
  const [only, ...rest] = block.content
  return rest.length === 0 && only?.type === 'text' && /^\([^()\n]{1,120}\)$/u.test(only.value)
}

/** Open a directive's unit and put it in the body or in the unit it nests in. */
function openUnitIn(
  part: Part,
  attributes: Map<string, string>,
  block: Extract<Block, {kind: 'heading'}> | undefined,
  context: ReaderContext,
): void {
  const {unit, parent} = openUnit(part.units, attributes, block, context)
  const into = parent ?? container(part, part.bodyType)
  into.children.push(unit)
  extend(into, unit)
}

/** Open the unit a heading opens by its words (or a plain heading among such units). */
function openImplicitIn(
  part: Part,
  block: Extract<Block, {kind: 'heading'}>,
  shapes: ShapeContext,
  context: ReaderContext,
): void {
  const found = implicitUnit(block.content, shapes.words)
  const {unit, parent} = openImplicitUnit(part.units, block.level, found, block.content, block.node, context)
  const into = parent ?? container(part, part.bodyType)
  into.children.push(unit)
  extend(into, unit)
}

/** A list's items, or a paragraph's labelled lines, as clauses of the innermost unit or the body. */
function placeClauses(part: Part, block: Block, context: ReaderContext): void {
  const target = clauseParent(part)
  const paragraph = block.kind === 'paragraph'
  const clauses =
    block.kind === 'list'
      ? listClauses(block.node, context)
      : block.kind === 'paragraph' && block.lines
        ? lineClauses(block.lines, 'paragraph')
        : []
  for (const clause of clauses) {
    const num = clause.children.find((child) => child.type === 'num')
    const nesting = part.nesting
    const style = num && isLabel(num.value) ? labelStyle(num.value, nesting) : undefined
    if (
      nesting &&
      (nesting.style === undefined
        ? block.kind === 'list' ||
          (style !== undefined && pointStyle(style, nesting.child) && !endsEnumeration(nesting.clause))
        : style && !sameStyle(style, nesting.style) && (!nesting.child || sameStyle(style, nesting.child)))
    ) {
      if (style) nesting.child = style
      ;(clause as {type: string}).type = 'point'
      let list = nesting.clause.children.find((child) => child.type === 'list')
      if (!list) {
        const own = nesting.clause.children.find((child) => child.type === 'content')
        if (own) (own as {type: string}).type = 'intro'
        list = {type: 'list', eId: '', children: []}
        nesting.clause.children.push(list)
      }
      list.children.push(clause as Point)
      extend(nesting.clause, clause)
      continue
    }
    part.nesting = undefined
    ;(target.children as (Paragraph | Point)[]).push(clause)
    extend(target, clause)
    if (paragraph && style && introduces(clause) && !clause.children.some((child) => child.type === 'list'))
      part.nesting = {clause, style}
  }
}

/**
 * Whether a labelled paragraph under an unnumbered one that introduces it is one of its points: a
 * letter or a roman numeral (`(a)`, `ii)`), in the style of the points taken before it, if any. Figures
 * there may as well number the unit's paragraphs.
 */
function pointStyle(style: LabelStyle, taken: LabelStyle | undefined): boolean {
  if (taken) return sameStyle(style, taken)
  return style.kind !== 'decimal' && style.kind !== 'next'
}

/**
 * Whether a clause's last point ends its enumeration with a full stop (`…; or` / `(c) … controls.`): a
 * labelled paragraph after it is the unit's next clause, not one more point.
 */
function endsEnumeration(clause: Paragraph | Point): boolean {
  const list = clause.children.find((child) => child.type === 'list')
  const last = list?.type === 'list' ? list.children[list.children.length - 1] : undefined
  return last !== undefined && plainText(last).trimEnd().endsWith('.')
}

/**
 * A clause's label style, read after the clause that may take it as a point: `(c)` right after `(b)`
 * continues its letters (no roman hundred), `i)` after `a)` opens roman numerals, and among the points
 * taken, `c)` after `b)` is a letter.
 */
function labelStyle(label: string, nesting: Part['nesting']): LabelStyle {
  // Among its points, `c)` after `b)` is a letter too.
  if (nesting?.child) return styleOf(label, nesting.child)
  const own = nesting?.clause.children.find((child) => child.type === 'num')
  if (nesting?.style && own?.type === 'num') {
    const previous = numeralOf(own.value)
    const numeral = numeralOf(label)
    if (
      previous.length === 1 &&
      numeral.length === 1 &&
      numeral.charCodeAt(0) === previous.charCodeAt(0) + 1 &&
      sameStyle(styleOf(label, nesting.style), nesting.style)
    )
      return nesting.style
  }
  return styleOf(label)
}

/**
 * Whether a clause's text introduces what follows: it ends with a colon or a dash (`… means—`), or
 * its sentence is left open (`(2) Es gilt nicht für`, `… gewähren, die`, `… bedarf,`), as statutes
 * introduce their numbered points without a colon — but not when it ends in an enumeration's
 * conjunction (`…; or`); a final comma counts unless `comma` is false, a sentence left open unless
 * `open` is false.
 */
function introduces(clause: Paragraph | Point, comma = true, open = true): boolean {
  const own = clause.children.find((child) => child.type === 'content')
  const last = own?.type === 'content' ? own.children[own.children.length - 1] : undefined
  const tail = last?.type === 'p' ? last.children[last.children.length - 1] : undefined
  if (tail?.type !== 'text') return false
  const end = tail.value.trimEnd().slice(-40)
  if (/[:—–]$/u.test(end) || (comma && end.endsWith(','))) return true
  // An item of an enumeration ends in its conjunction (`…; or`, `…; und`): it introduces nothing.
  return open && /\p{L}$/u.test(end) && !/;\s*\p{L}{1,12}$/u.test(end)
}

import {
  type Attachment,
  type Clause,
  type Document,
  decisionShape,
  type Hcontainer,
  type Inline,
  type Nodes,
  type P,
  type Paragraph,
  type Point,
  type Preface,
} from '@clausewise/model'
import {maximumDepth, type Role, styleOfRole} from '../structure/roles.js'
import type {Revision, WriteInline} from './inline.js'

/** A paragraph to write: its style, its number, its content, and where it comes from. */
export interface OutParagraph {
  /** Paragraph style id. */
  style: string
  /** Automatic numbering: the list instance and level. */
  numbering?: {list: ListKey; level: number} | undefined
  /** A number written as text (in our number style, then a tab). */
  number?: WriteInline[] | undefined
  children: WriteInline[]
  /** Tags of content controls of ours around the paragraph (`clausewise:attachment?…`). */
  directives: string[]
  pageBreakBefore?: boolean | undefined
  /** The clause whose own text this paragraph holds, and whether it leads it or wraps it up. */
  clause?: string | undefined
  part?: 'lead' | 'wrapUp' | undefined
  /** The whole paragraph (runs and mark) is a tracked change of this kind. */
  revision?: Revision['kind'] | undefined
  /** A move's name, and whether its range starts or ends in this paragraph. */
  move?: {name: string; start: boolean; end: boolean} | undefined
  /** Leave out the tab after the number (the number's own runs hold it). */
  noTab?: boolean | undefined
  /** The part of the document it stands in: `preface`, `att2:conclusions`, … */
  region: string
  /** Bookmarks that start at the paragraph (the frame convention's), and the ids of those that end. */
  bookmarkStarts?: {id: number; name: string}[] | undefined
  bookmarkEnds?: number[] | undefined
  /** Left indentation, and how far the first line hangs out of it, in twentieths of a point. */
  indent?: number | undefined
  hanging?: number | undefined
  /** Body XML written before and after the paragraph (a table's, a row's, a cell's tags). */
  before?: string | undefined
  after?: string | undefined
}

/** The siblings numbered together: the clauses of one container or list. */
export type ListKey = object

/** What the numbering of a list needs: its key, the level, and each clause's number as printed. */
export interface ListRequest {
  key: ListKey
  level: number
  numbers: (string | undefined)[]
}

/** Options of {@link documentParagraphs}. */
export interface ParagraphOptions {
  /** Decide for each list whether automatic numbering prints its numbers (else they are text). */
  automatic: (request: ListRequest) => boolean
  /**
   * The comparison unit a block outside every clause stands for (`comparisonUnits` of the model), so
   * that a redline can place the comparison's groups of such blocks (default: none).
   */
  unit?: ((node: Nodes) => string | undefined) | undefined
}

// The writer writes the decision's vocabulary (`decisionShape` of the model): there, every block of
// text is a `p` and every list holds points. These narrow the model's wider types to it.
const isP = (node: Nodes): node is P => node.type === 'p'
const paragraphsOf = (blocks: readonly Nodes[]): P[] => blocks.filter(isP)
const pointsOf = (list: {children: readonly Nodes[]}): Point[] =>
  list.children.filter((item): item is Point => item.type === 'point')

function style(role: Role): string {
  return styleOfRole(role).id
}

function numText(value: string): WriteInline[] {
  return [{type: 'text', value}]
}

/** Our content-control tag for a paragraph's directive. */
function directiveTag(type: string, attributes: Record<string, string | undefined>): string {
  const query = Object.entries(attributes)
    .filter((entry): entry is [string, string] => entry[1] !== undefined && entry[1] !== '')
    .map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(value)}`)
    .join('&')
  return `clausewise:${type}${query ? `?${query}` : ''}`
}

function numOf(node: {children: Nodes[]}): string | undefined {
  const num = node.children.find((child) => child.type === 'num')
  return num && num.type === 'num' ? num.value : undefined
}

/**
 * The paragraphs of a document, in order, each with the style of its role, its number (automatic
 * where the list's numbers are a plain sequence, else text) and its content.
 */
export function documentParagraphs(source: Document, options: ParagraphOptions): OutParagraph[] {
  const document = decisionShape(source)
  const unitOf = (node: Nodes): {clause?: string; part?: 'lead'} => {
    const eId = options.unit?.(node)
    return eId === undefined ? {} : {clause: eId, part: 'lead'}
  }
  const out: OutParagraph[] = []
  let pending: string[] = []
  let region = ''
  let prefix = ''
  const push = (
    paragraph: Omit<OutParagraph, 'directives' | 'region'> & {directives?: string[]},
  ): OutParagraph => {
    const result: OutParagraph = {
      ...paragraph,
      directives: [...pending, ...(paragraph.directives ?? [])],
      region: prefix + region,
    }
    pending = []
    out.push(result)
    return result
  }

  const numbered = (
    key: ListKey,
    level: number,
    clauses: {children: Nodes[]}[],
  ): Map<object, {numbering?: OutParagraph['numbering']; number?: WriteInline[]}> => {
    const numbers = clauses.map((clause) => numOf(clause))
    const automatic = numbers.some((value) => value !== undefined) && options.automatic({key, level, numbers})
    const result = new Map<object, {numbering?: OutParagraph['numbering']; number?: WriteInline[]}>()
    clauses.forEach((clause, index) => {
      const value = numbers[index]
      if (value === undefined) result.set(clause, {})
      else if (automatic) result.set(clause, {numbering: {list: key, level}})
      else result.set(clause, {number: numText(value)})
    })
    return result
  }

  const preface = (node: Preface): void => {
    for (const child of node.children) {
      if (child.type === 'longTitle') {
        for (const p of paragraphsOf(child.children))
          push({style: style({kind: 'longTitle'}), children: p.children, ...unitOf(p)})
        continue
      }
      if (!isP(child)) continue
      const kinds = new Set(child.children.map((inline) => inline.type))
      const name = kinds.has('docNumber') ? 'Title' : kinds.has('docTitle') ? 'Subtitle' : 'CWPreface'
      push({style: name, children: child.children, ...unitOf(child)})
    }
  }

  const own = (
    clause: Clause,
    firstStyle: string,
    numbering: {numbering?: OutParagraph['numbering']; number?: WriteInline[]},
    part: 'lead' | 'wrapUp',
    paragraphs: P[],
  ): void => {
    // A block outside every clause stands in the shape as a block container of its own paragraph.
    const eId = clause.eId || (paragraphs.length === 1 ? options.unit?.(paragraphs[0]!) : undefined)
    if (paragraphs.length === 0) {
      push({style: firstStyle, ...numbering, children: [], clause: eId || undefined, part})
      return
    }
    paragraphs.forEach((p, index) => {
      push({
        style: index === 0 ? firstStyle : style({kind: 'continued'}),
        ...(index === 0 ? numbering : {}),
        children: p.children,
        clause: eId || undefined,
        part,
      })
    })
  }

  const clauseTree = (
    clause: Paragraph | Point,
    depth: number,
    numbering: {numbering?: OutParagraph['numbering']; number?: WriteInline[]},
  ): void => {
    const lead: P[] = []
    let listSeen = false
    for (const child of clause.children) {
      if ((child.type === 'content' || child.type === 'intro') && !listSeen)
        lead.push(...paragraphsOf(child.children))
      if (child.type === 'heading') lead.push({type: 'p', children: child.children})
    }
    own(clause, style({kind: 'clause', depth}), numbering, 'lead', lead)
    for (const child of clause.children) {
      if (child.type === 'list') {
        listSeen = true
        const items = pointsOf(child)
        const points = numbered(child, Math.min(depth + 1, maximumDepth), items)
        for (const point of items) clauseTree(point, depth + 1, points.get(point)!)
      } else if (
        child.type === 'wrapUp' ||
        ((child.type === 'content' || child.type === 'intro') && listSeen)
      ) {
        for (const p of paragraphsOf(child.children)) {
          push({
            style: style({kind: 'wrapUp', depth}),
            children: p.children,
            clause: clause.eId,
            part: 'wrapUp',
          })
        }
      }
    }
  }

  // The heading level of the innermost unit whose paragraphs were written last (0: none).
  let openLevel = 0
  const container = (children: Nodes[], level: number, owner?: string): void => {
    const paragraphs = children.filter((child): child is Paragraph => child.type === 'paragraph')
    const numbers = numbered(children, 0, paragraphs)
    for (const child of children) {
      if (child.type === 'hcontainer') {
        unit(child, level)
        continue
      }
      // Back in a unit after one of its sub-units: say which unit the paragraph belongs to.
      if (openLevel >= level) pending.push(directiveTag('in', {level: String(level - 1)}))
      openLevel = level - 1
      if (child.type === 'paragraph') clauseTree(child, 0, numbers.get(child)!)
      else if (child.type === 'blockContainer')
        own(child, style({kind: 'block'}), {}, 'lead', paragraphsOf(child.children))
      else if (child.type === 'content' || child.type === 'intro' || child.type === 'wrapUp') {
        if (child.type !== 'content') pending.push(directiveTag(child.type, {}))
        const part = child.type === 'wrapUp' ? 'wrapUp' : 'lead'
        for (const p of paragraphsOf(child.children)) {
          push({style: style({kind: 'unitText'}), children: p.children, clause: owner, part})
        }
      } else if (child.type === 'list') {
        pending.push(directiveTag('list', {}))
        const items = pointsOf(child)
        const points = numbered(child, 1, items)
        for (const point of items) clauseTree(point, 1, points.get(point)!)
      }
    }
  }

  const unit = (node: Hcontainer, level: number): void => {
    const num = numOf(node)
    const heading = node.children.find((child) => child.type === 'heading')
    const attributes: Record<string, string | undefined> = {name: node.name}
    if (!heading) attributes.heading = 'none'
    openLevel = level
    push({
      style: style({kind: 'heading', level: Math.min(level, 9)}),
      number: num === undefined ? undefined : numText(num),
      children: heading && heading.type === 'heading' ? heading.children : [],
      directives: [directiveTag('hcontainer', attributes)],
      clause: node.eId,
      part: 'lead',
    })
    container(
      node.children.filter((child) => child.type !== 'num' && child.type !== 'heading'),
      level + 1,
      node.eId,
    )
  }

  const parts = (node: {children: Nodes[]}): void => {
    for (const part of node.children) {
      region = part.type === 'body' ? 'mainBody' : part.type
      switch (part.type) {
        case 'preface':
          preface(part)
          break
        case 'preamble':
          for (const child of part.children) {
            if (child.type === 'formula') {
              const name = child.name === 'enactingFormula' ? undefined : child.name
              if (name) pending.push(directiveTag('formula', {name}))
              own(child, style({kind: 'formula'}), {}, 'lead', paragraphsOf(child.children))
            } else if (child.type === 'recitals') {
              const recitals = child.children.filter((item) => item.type === 'recital')
              const numbers = numbered(child, 0, recitals)
              for (const recital of recitals) {
                const paragraphs = paragraphsOf(recital.children ?? [])
                own(recital, style({kind: 'recital'}), numbers.get(recital)!, 'lead', paragraphs)
              }
            } else if (isP(child))
              push({style: style({kind: 'preamble'}), children: child.children, ...unitOf(child)})
          }
          break
        case 'mainBody':
        case 'body':
          container(part.children, 1)
          break
        case 'conclusions':
          for (const p of paragraphsOf(part.children))
            push({style: style({kind: 'conclusions'}), children: p.children, ...unitOf(p)})
          break
        case 'attachments':
          for (const attachment of part.children) attachmentParagraphs(attachment)
          break
        default:
          break
      }
    }
  }

  let attachments = 0
  const attachmentParagraphs = (attachment: Attachment): void => {
    // An attachment opens with a page break of its own, which says what the attachment is.
    prefix = `att${++attachments}:`
    region = 'start'
    push({
      style: style({kind: 'attachment'}),
      children: [],
      directives: [directiveTag('attachment', {name: attachment.name, author: attachment.author})],
      pageBreakBefore: true,
    })
    parts(attachment)
  }

  parts(document)
  return out
}

/** Inline content of a model paragraph as it is written (the model's own inline nodes). */
export function inlineOf(p: {children: Inline[]}): WriteInline[] {
  return p.children
}

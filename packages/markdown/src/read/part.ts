import type {
  Attachment,
  Body,
  Conclusions,
  Document,
  Hcontainer,
  Inline,
  MainBody,
  Paragraph,
  Point,
  Preamble,
  Preface,
} from '@clausewise/model'
import type {LabelStyle} from '../labels.js'
import type {UnitStack} from './units.js'

/** One part of the document being built: the document itself or one attachment. */
export interface Part {
  children: Document['children'] | Attachment['children']
  attachment?: Attachment
  /** The operative container: `mainBody` unless a `container type="body"` directive says `body`. */
  bodyType: 'mainBody' | 'body'
  /** Hierarchical units open in this part, innermost last. */
  units: UnitStack
  /**
   * A labelled paragraph introducing what follows (`(2) … für`, `… as follows:`) that takes the next
   * clauses of another style as points; an unnumbered one (no `style`) takes the next list's items.
   */
  nesting?: {clause: Paragraph | Point; style?: LabelStyle | undefined; child?: LabelStyle} | undefined
}

/** The container of a type in a part, created (in document order) when missing. */
export function container<T extends 'preface' | 'preamble' | 'mainBody' | 'body' | 'conclusions'>(
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
export function clauseParent(part: Part): MainBody | Body | Hcontainer {
  return part.units[part.units.length - 1] ?? container(part, part.bodyType)
}

/** Stretch a node's position to the end of a child's. */
export function extend(node: {position?: Inline['position']}, child: {position?: Inline['position']}): void {
  if (!child.position) return
  node.position = node.position ? {start: node.position.start, end: child.position.end} : {...child.position}
}

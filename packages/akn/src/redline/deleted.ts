import {
  type ClauseGroup,
  type Del,
  type Document,
  type DocumentPart,
  debateSectionNames,
  type Nodes,
  type P,
} from '@clausewise/model'
import type {MarkId} from './mark.js'

/** Where a node is: the array that holds it and its index there. */
export interface Place {
  siblings: Nodes[]
  index: number
}

/** Insertions into arrays, collected and applied once per array so that the work stays linear. */
export class Insertions {
  readonly #pending = new Map<Nodes[], {index: number; order: number; nodes: Nodes[]}[]>()
  #order = 0

  /** Queue `nodes` to go before the element now at `index` of `siblings` (or at its end). */
  add(siblings: Nodes[], index: number, nodes: Nodes[]): void {
    const list = this.#pending.get(siblings)
    const entry = {index, order: this.#order++, nodes}
    if (list) list.push(entry)
    else this.#pending.set(siblings, [entry])
  }

  /** Rebuild each array once, in place. */
  apply(): void {
    for (const [siblings, entries] of this.#pending) {
      entries.sort((left, right) => left.index - right.index || left.order - right.order)
      const result: Nodes[] = []
      let next = 0
      for (let index = 0; index <= siblings.length; index++) {
        while (next < entries.length && entries[next]!.index === index) result.push(...entries[next++]!.nodes)
        if (index < siblings.length) result.push(siblings[index]!)
      }
      siblings.length = 0
      siblings.push(...result)
    }
  }
}

/** The paragraphs that hold a deleted clause's text: its old number and text, struck. */
export function deletedParagraphs(group: ClauseGroup, owner: string, markId: MarkId): P[] {
  const text = group.oldNum ? `${group.oldNum} ${group.oldText}` : group.oldText
  const lines = text.split(/\r?\n/).filter((line) => line.trim() !== '')
  return lines.map((line) => {
    const del: Del = {type: 'del', eId: markId(owner, 'del'), children: [{type: 'text', value: line}]}
    return {type: 'p', children: [del]}
  })
}

/** AKN debate sections (`speechSection`, `speechGroup`): blocks and speeches, no `content`. */
const debateSections = new Set<string>(debateSectionNames)

/**
 * A node standing for a deleted clause beside `host`, of the host's own kind so that it is valid
 * where the host is: a unit holding its text struck, or `undefined` when the host's kind cannot hold
 * a block (the text then goes inline).
 */
export function deletedNode(host: Nodes, eId: string, paragraphs: P[]): Nodes | undefined {
  switch (host.type) {
    case 'paragraph':
    case 'point':
      return {type: host.type, eId, children: [{type: 'content', children: paragraphs}]}
    case 'hcontainer': {
      // A debate section holds blocks; any other unit its text in a `content`.
      const children = debateSections.has(host.name)
        ? paragraphs
        : [{type: 'content' as const, children: paragraphs}]
      const node: Nodes = {type: 'hcontainer', name: host.name, eId, children}
      // An hcontainer named like an AKN element keeps that name as an attribute (see the model).
      if (host.attributes?.name !== undefined) node.attributes = {name: host.attributes.name}
      return node
    }
    case 'recital':
    case 'citation':
    case 'item':
    case 'blockContainer':
    case 'tblock':
      return {type: host.type, eId, children: paragraphs} as Nodes
    case 'speech':
      return {type: 'speech', element: host.element, eId, children: paragraphs}
    case 'tr':
      return {type: 'tr', eId, children: [{type: 'td', children: paragraphs}]}
    case 'formula':
      return {type: 'formula', name: host.name, eId, children: paragraphs}
    case 'p':
      return paragraphs.length === 1 ? {...paragraphs[0]!, eId} : undefined
    default:
      return undefined
  }
}

/** Parts of each document type that hold units, and the unit a deleted clause becomes there. */
const mainParts: Partial<Record<Document['documentType'], 'mainBody' | 'body'>> = {
  act: 'body',
  bill: 'body',
  statement: 'mainBody',
  doc: 'mainBody',
  debateReport: 'mainBody',
}

/**
 * The array where clauses deleted with nothing left to stand beside go: the main part of the document
 * (made when the new document has none), as a container of struck paragraphs that the part allows.
 */
export function orphanPlace(
  document: Document,
  eId: string,
  paragraphs: P[],
): {siblings: Nodes[]; node: Nodes} {
  const find = (type: string): DocumentPart | undefined =>
    document.children.find((part) => part.type === type)
  const part = mainParts[document.documentType]
  if (part) {
    let body = find(part)
    if (!body) {
      body = {type: part, children: []} as DocumentPart
      // Before the conclusions and attachments, after the preface and preamble.
      const after = document.children.findIndex((child) =>
        ['conclusions', 'attachments', 'components'].includes(child.type),
      )
      document.children.splice(after === -1 ? document.children.length : after, 0, body)
    }
    return {
      siblings: (body as {children: Nodes[]}).children,
      node: {type: 'hcontainer', name: 'deleted', eId, children: [{type: 'content', children: paragraphs}]},
    }
  }
  // Other documents: struck paragraphs in the conclusions, which every structure but a portion has.
  let conclusions = find('conclusions')
  if (!conclusions) {
    conclusions = {type: 'conclusions', children: []}
    const after = document.children.findIndex(
      (child) => child.type === 'attachments' || child.type === 'components',
    )
    document.children.splice(after === -1 ? document.children.length : after, 0, conclusions)
  }
  return {
    siblings: (conclusions as {children: Nodes[]}).children,
    node: {type: 'blockContainer', eId, children: paragraphs},
  }
}

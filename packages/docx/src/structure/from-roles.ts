import type {
  Attachment,
  BlockContainer,
  Body,
  Conclusions,
  Formula,
  Hcontainer,
  Inline,
  List,
  LongTitle,
  MainBody,
  P,
  Paragraph,
  Point,
  Preamble,
  Preface,
  Recital,
  Recitals,
} from '@clausewise/model'
import type {DocxBlock} from '../read/body.js'
import {type Role, roleOfStyle} from './roles.js'

/** The parts of one document (the decision, or one attachment) as they fill up. */
export interface Parts {
  preface?: Preface | undefined
  preamble?: Preamble | undefined
  body?: MainBody | Body | undefined
  conclusions?: Conclusions | undefined
}

/** What a block of a document with our styles builds, by role. */
export interface RoleTree {
  main: Parts
  attachments: {node: Attachment; parts: Parts}[]
}

type Clause = Paragraph | Point
type OwnText = {type: 'content' | 'intro' | 'wrapUp'; children: P[]}

function paragraphOf(block: DocxBlock): P {
  const p: P = {type: 'p', children: block.children as Inline[]}
  if (block.position) p.position = block.position
  return p
}

/** The attributes of a content control of ours of this type around the block, if any. */
function directive(block: DocxBlock, type: string): Record<string, string> | undefined {
  return block.directives?.find((entry) => entry.type === type)?.attributes
}

function numberOf(block: DocxBlock): string | undefined {
  return block.number ?? (block.bullet ? undefined : block.label)
}

/**
 * Build the model's parts from blocks that carry roles in our paragraph styles (a document `toDocx`
 * wrote, perhaps edited in Word since). A paragraph of another style is read by its numbering: a
 * numbered one is a clause at its list level, another one continues the clause before it.
 */
export function fromRoles(
  blocks: DocxBlock[],
  operativePart: 'mainBody' | 'body',
  roleOf: (block: DocxBlock) => Role | undefined = (block) => roleOfStyle(block.style),
): RoleTree {
  const tree: RoleTree = {main: {}, attachments: []}
  let parts = tree.main
  let started = false
  // Open clauses by depth, open units by heading level, and what `continued` adds to.
  let clauses: Clause[] = []
  let units: {level: number; node: Hcontainer}[] = []
  let last: {children: unknown[]} | undefined
  let lastOwn: OwnText | undefined

  const body = (): MainBody | Body => {
    parts.body ??= {type: parts === tree.main ? operativePart : 'mainBody', children: []} as MainBody
    started = true
    return parts.body
  }
  const preamble = (): Preamble => {
    parts.preamble ??= {type: 'preamble', children: []}
    started = true
    return parts.preamble
  }
  const closeClauses = (): void => {
    clauses = []
    lastOwn = undefined
  }
  const container = (): {children: unknown[]} => (units.length > 0 ? units[units.length - 1]!.node : body())

  const addClause = (block: DocxBlock, depth: number): void => {
    const num = numberOf(block)
    let parent: Clause | undefined
    let at = Math.min(depth, clauses.length)
    if (at > 0) parent = clauses[at - 1]
    const children: Clause['children'] = []
    if (num !== undefined) children.push({type: 'num', value: num})
    const own: OwnText = {type: 'content', children: []}
    if (block.children.length > 0) {
      own.children.push(paragraphOf(block))
      children.push(own as Clause['children'][number])
    }
    if (!parent && depth > 0 && directive(block, 'list')) {
      // Points straight in a unit: a list with no paragraph around it.
      const list: List = {type: 'list', eId: '', children: []}
      container().children.push(list)
      parent = {type: 'paragraph', eId: '', children: [list]}
      clauses = [parent]
      at = 1
    }
    if (!parent) {
      at = 0
      const paragraph: Paragraph = {type: 'paragraph', eId: '', children}
      container().children.push(paragraph)
      clauses = [paragraph]
    } else {
      const point: Point = {type: 'point', eId: '', children}
      const siblings = parent.children
      const tail = siblings[siblings.length - 1]
      if (tail && tail.type === 'list') tail.children.push(point)
      else {
        for (const child of siblings) if (child.type === 'content') (child as OwnText).type = 'intro'
        siblings.push({type: 'list', eId: '', children: [point]})
      }
      clauses = [...clauses.slice(0, at), point]
    }
    lastOwn = own.children.length > 0 ? own : undefined
    last = undefined
  }

  const continueClause = (block: DocxBlock): void => {
    const p = paragraphOf(block)
    if (lastOwn) {
      lastOwn.children.push(p)
      return
    }
    const clause = clauses[clauses.length - 1]
    if (clause) {
      const tail = clause.children[clause.children.length - 1]
      const own: OwnText = {type: tail?.type === 'list' ? 'wrapUp' : 'content', children: [p]}
      clause.children.push(own as Clause['children'][number])
      lastOwn = own
      return
    }
    if (last) {
      last.children.push(p)
      return
    }
    if (started) {
      const node: BlockContainer = {type: 'blockContainer', eId: '', children: [p]}
      body().children.push(node)
      last = node
    } else {
      preamble().children.push(p)
    }
  }

  const openAttachment = (attributes: Record<string, string>): void => {
    const attachment: Attachment = {
      type: 'attachment',
      eId: '',
      name: attributes.name || 'interpretativeStatement',
      children: [],
    }
    if (attributes.author) attachment.author = attributes.author
    parts = {}
    tree.attachments.push({node: attachment, parts})
    started = false
    units = []
    closeClauses()
    last = undefined
  }

  const apply = (role: Role | undefined, block: DocxBlock): void => {
    const within = directive(block, 'in')
    if (within) {
      const level = Number(within.level)
      units = units.filter((unit) => unit.level <= level)
      closeClauses()
      last = undefined
    }
    if (!role) {
      const number = numberOf(block)
      if (number !== undefined || block.level !== undefined) addClause(block, block.level ?? 0)
      else continueClause(block)
      return
    }
    switch (role.kind) {
      case 'preface': {
        // A title after the text has begun opens an attachment (a file whose marker paragraph was lost).
        if (started) openAttachment({})
        parts.preface ??= {type: 'preface', children: []}
        parts.preface.children.push(paragraphOf(block))
        last = undefined
        return
      }
      case 'longTitle': {
        parts.preface ??= {type: 'preface', children: []}
        const tail = parts.preface.children[parts.preface.children.length - 1]
        if (tail && tail.type === 'longTitle' && last === tail) tail.children.push(paragraphOf(block))
        else {
          const longTitle: LongTitle = {type: 'longTitle', children: [paragraphOf(block)]}
          parts.preface.children.push(longTitle)
          last = longTitle
        }
        return
      }
      case 'formula': {
        const name = directive(block, 'formula')?.name
        const formula: Formula = {
          type: 'formula',
          eId: '',
          name: name || 'enactingFormula',
          children: [paragraphOf(block)],
        }
        preamble().children.push(formula)
        closeClauses()
        last = formula
        return
      }
      case 'recital': {
        const host = preamble()
        let recitals = host.children[host.children.length - 1]
        if (recitals?.type !== 'recitals') {
          recitals = {type: 'recitals', eId: '', children: []} as Recitals
          host.children.push(recitals)
        }
        const num = numberOf(block)
        const recital: Recital = {type: 'recital', eId: '', children: []}
        if (num !== undefined) recital.children.push({type: 'num', value: num})
        recital.children.push(paragraphOf(block))
        ;(recitals as Recitals).children.push(recital)
        closeClauses()
        last = recital
        return
      }
      case 'preamble':
        preamble().children.push(paragraphOf(block))
        closeClauses()
        last = undefined
        return
      case 'block': {
        units = []
        closeClauses()
        const node: BlockContainer = {type: 'blockContainer', eId: '', children: [paragraphOf(block)]}
        body().children.push(node)
        last = node
        return
      }
      case 'clause':
        addClause(block, role.depth)
        return
      case 'continued':
        continueClause(block)
        return
      case 'wrapUp': {
        const clause = clauses[Math.min(role.depth, clauses.length - 1)]
        if (!clause) {
          continueClause(block)
          return
        }
        clauses = clauses.slice(0, clauses.indexOf(clause) + 1)
        const tail = clause.children[clause.children.length - 1]
        if (tail && tail.type === 'wrapUp') tail.children.push(paragraphOf(block))
        else clause.children.push({type: 'wrapUp', children: [paragraphOf(block)]})
        lastOwn = clause.children[clause.children.length - 1] as OwnText
        return
      }
      case 'heading': {
        closeClauses()
        units = units.filter((unit) => unit.level < role.level)
        const attributes = directive(block, 'hcontainer') ?? {}
        const node: Hcontainer = {
          type: 'hcontainer',
          eId: '',
          name: attributes.name || 'section',
          children: [],
        }
        const num = numberOf(block)
        if (num !== undefined) node.children.push({type: 'num', value: num})
        if (block.children.length > 0 || attributes.heading !== 'none') {
          node.children.push({type: 'heading', children: block.children as Inline[]})
        }
        container().children.push(node)
        units.push({level: role.level, node})
        last = undefined
        return
      }
      case 'unitText': {
        closeClauses()
        const unit = units[units.length - 1]?.node
        if (!unit) {
          continueClause(block)
          return
        }
        const type = directive(block, 'intro') ? 'intro' : directive(block, 'wrapUp') ? 'wrapUp' : undefined
        const tail = unit.children[unit.children.length - 1]
        if (type === undefined && tail && last === tail) (tail as OwnText).children.push(paragraphOf(block))
        else {
          const text: OwnText = {type: type ?? 'content', children: [paragraphOf(block)]}
          unit.children.push(text as Hcontainer['children'][number])
          last = text
        }
        return
      }
      case 'attachment': {
        openAttachment(directive(block, 'attachment') ?? {})
        if (block.children.length > 0) continueClause(block)
        return
      }
      case 'conclusions':
        units = []
        closeClauses()
        parts.conclusions ??= {type: 'conclusions', children: []}
        parts.conclusions.children.push(paragraphOf(block))
        last = undefined
        return
    }
  }

  for (const block of blocks) {
    apply(roleOf(block), block)
  }
  return tree
}

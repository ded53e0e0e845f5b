import {isClause, isInline, plainText} from './tree.js'
import type {Document, DocumentPart, Inline, Nodes, Num, P} from './types.js'

// The decision's vocabulary: preface, preamble (formula, recitals), operative paragraphs, points and
// units, conclusions, statements. AKN read from others holds more (judgments, debates, tables, block
// lists, components); a writer whose convention is the decision's (Markdown, Word) writes those as the
// paragraphs of plain text they hold, so that every word is in what it writes.

const p = (value: string): P => ({type: 'p', children: value ? [{type: 'text', value}] : []})

/** The notes in a number's markup (a note called from a clause's number), which the shape keeps. */
function notesOf(num: Nodes): Inline[] {
  const notes: Inline[] = []
  const stack: Nodes[] = [num]
  while (stack.length > 0) {
    const node = stack.pop()!
    if (node.type === 'authorialNote') notes.push(node)
    else if ('children' in node && Array.isArray(node.children)) {
      for (let index = node.children.length - 1; index >= 0; index--)
        stack.push(node.children[index] as Nodes)
    }
  }
  return notes
}

/** A number as the shape holds it (its text), then a paragraph of the notes its markup called, if any. */
function number(num: Num): Nodes[] {
  const notes = notesOf(num)
  return [{type: 'num', value: num.value}, ...(notes.length > 0 ? [{type: 'p', children: notes} as P] : [])]
}

/**
 * A block the convention writes, or paragraphs of what it holds: a block of running text (inline
 * content, its markup and notes kept) is one paragraph, a container of blocks is read through, a
 * number goes at the start of the paragraph after it, anything else is the lines of its text.
 */
function paragraphs(node: Nodes): P[] {
  if (node.type === 'p') return [node]
  if (isInline(node)) return [{type: 'p', children: [node]}]
  const children = 'children' in node && Array.isArray(node.children) ? (node.children as Nodes[]) : []
  if (children.length === 0) {
    const text = plainText(node)
    return text ? text.split('\n').filter(Boolean).map(p) : []
  }
  const out: P[] = []
  let run: Inline[] = []
  let pending: Inline[] | undefined
  const add = (paragraph: P): void => {
    out.push(pending ? {type: 'p', children: [...pending, ...paragraph.children]} : paragraph)
    pending = undefined
  }
  const flush = (): void => {
    if (run.length > 0) add({type: 'p', children: run})
    run = []
  }
  for (const child of children) {
    if (isInline(child)) {
      run.push(child)
      continue
    }
    flush()
    if (child.type === 'num') {
      const shown: Inline[] = child.children?.length ? child.children : [{type: 'text', value: child.value}]
      pending = [...(pending ?? []), ...shown, {type: 'text', value: ' '}]
      continue
    }
    for (const paragraph of paragraphs(child)) add(paragraph)
  }
  flush()
  if (pending) out.push({type: 'p', children: pending})
  return out
}

function clause(node: Nodes): Nodes {
  if (node.type === 'blockContainer') return {...node, children: node.children.flatMap(paragraphs)}
  if (node.type !== 'paragraph' && node.type !== 'point' && node.type !== 'hcontainer') {
    return {
      type: 'blockContainer',
      eId: 'eId' in node && typeof node.eId === 'string' ? node.eId : '',
      children: paragraphs(node),
    }
  }
  const children: Nodes[] = []
  for (const child of node.children as Nodes[]) {
    switch (child.type) {
      case 'num':
        for (const item of number(child)) {
          children.push(item.type === 'p' ? {type: 'content', children: [item as P]} : item)
        }
        break
      case 'heading':
        children.push(child)
        break
      case 'content':
      case 'intro':
      case 'wrapUp':
        children.push({...child, children: child.children.flatMap(paragraphs)})
        break
      case 'list': {
        // A list's own introduction or closing words (AKN allows them) go before it, as text.
        const others = child.children.filter((item) => item.type !== 'point')
        if (others.length > 0) children.push({type: 'content', children: others.flatMap(paragraphs)})
        children.push({
          ...child,
          children: child.children.filter((item) => item.type === 'point').map(clause),
        } as Nodes)
        break
      }
      default:
        if (node.type === 'hcontainer' && (child.type === 'paragraph' || child.type === 'hcontainer')) {
          children.push(clause(child))
        } else children.push({type: 'content', children: paragraphs(child)})
    }
  }
  return {...node, children} as Nodes
}

function part(node: DocumentPart): DocumentPart[] {
  switch (node.type) {
    case 'preface':
      return [
        {
          ...node,
          children: node.children.flatMap((child): Nodes[] =>
            child.type === 'longTitle'
              ? [{...child, children: child.children.flatMap(paragraphs)}]
              : paragraphs(child),
          ),
        } as DocumentPart,
      ]
    case 'preamble':
      return [
        {
          ...node,
          children: node.children.flatMap((child): Nodes[] => {
            if (child.type === 'formula') return [{...child, children: child.children.flatMap(paragraphs)}]
            if (child.type === 'recitals') {
              // The recitals' own introduction (`considering`) goes before them, as a paragraph.
              const intro = child.children.filter((item) => item.type !== 'recital').flatMap(paragraphs)
              return [
                ...intro,
                {
                  ...child,
                  children: child.children
                    .filter((recital) => recital.type === 'recital')
                    .map((recital) => ({
                      ...recital,
                      children: recital.children.flatMap((item): Nodes[] =>
                        item.type === 'num' ? number(item) : paragraphs(item),
                      ),
                    })),
                } as Nodes,
              ]
            }
            return paragraphs(child)
          }),
        } as DocumentPart,
      ]
    case 'mainBody':
    case 'body':
      return [{...node, children: node.children.map(clause)} as unknown as DocumentPart]
    case 'conclusions':
      return [{...node, children: node.children.flatMap(paragraphs)}]
    case 'attachments':
      return [
        {
          ...node,
          children: node.children.map((attachment) => ({
            ...attachment,
            children: attachment.children.flatMap((child) =>
              isPart(child)
                ? part(child)
                : [{type: 'mainBody', children: [clause(child as Nodes)]} as unknown as DocumentPart],
            ),
          })),
        } as DocumentPart,
      ]
    default: {
      // Other parts (a judgment's header and body, a debate, a collection, kept content): their
      // clauses and blocks.
      const inner = 'children' in node && node.children !== undefined ? units(node) : [node as Nodes]
      return [{type: 'mainBody', children: inner.map(clause)} as unknown as DocumentPart]
    }
  }
}

const partTypes = new Set(['preface', 'preamble', 'mainBody', 'body', 'conclusions', 'attachments'])
const isPart = (node: {type: string}): node is DocumentPart =>
  partTypes.has(node.type) || node.type.endsWith('Body')

/**
 * The outermost clauses and text blocks of a part, in order: containers of blocks are read through, a
 * block of running text (one that holds inline content, such as a `p` or a named `block`) is one.
 */
function units(node: Nodes): Nodes[] {
  const result: Nodes[] = []
  const stack: Nodes[] = [...((node as {children?: Nodes[]}).children ?? [])].reverse()
  while (stack.length > 0) {
    const current = stack.pop()!
    if (
      isClause(current) ||
      current.type === 'p' ||
      isInline(current) ||
      !('children' in current) ||
      current.children === undefined ||
      (current.children as Nodes[]).some(isInline)
    ) {
      result.push(current)
      continue
    }
    stack.push(...[...(current.children as Nodes[])].reverse())
  }
  return result
}

/**
 * A copy of a document in the decision's vocabulary — preface paragraphs, preamble (formula and
 * recitals), operative paragraphs, points and hierarchical units, conclusions, attachments — for writers
 * whose convention is the decision's (Markdown, Word). What lies outside it (a judgment's or a debate's
 * parts, tables, block lists, components, kept content) becomes paragraphs of its plain text, so every
 * word is kept; markup outside the vocabulary is not.
 *
 * @example decisionShape(fromAkn(judgmentXml).document).children.map((part) => part.type) // ['mainBody']
 */
export function decisionShape(document: Document): Document {
  return {...document, children: document.children.flatMap(part)}
}

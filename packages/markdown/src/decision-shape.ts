import {type Document, type DocumentPart, isClause, type Nodes, type P, plainText} from '@clausewise/model'

// The Markdown convention is the decision's: preface, preamble (formula, recitals), operative
// paragraphs, points and units, conclusions, statements. AKN read from others holds more (judgments,
// debates, tables, block lists, components); until the writer knows them, they are written as the
// paragraphs of plain text they hold, so that every word is in the Markdown.

const p = (value: string): P => ({type: 'p', children: value ? [{type: 'text', value}] : []})

/** A block the convention writes, or paragraphs of its text. */
function paragraphs(node: Nodes): P[] {
  if (node.type === 'p') return [node]
  const text = plainText(node)
  return text ? text.split('\n').filter(Boolean).map(p) : []
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
        children.push({type: 'num', value: child.value})
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
                        item.type === 'num' ? [{type: 'num', value: item.value}] : paragraphs(item),
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

/** The outermost clauses and text blocks of a part, in order. */
function units(node: Nodes): Nodes[] {
  const result: Nodes[] = []
  const stack: Nodes[] = [...((node as {children?: Nodes[]}).children ?? [])].reverse()
  while (stack.length > 0) {
    const current = stack.pop()!
    if (
      isClause(current) ||
      current.type === 'p' ||
      !('children' in current) ||
      current.children === undefined
    ) {
      result.push(current)
      continue
    }
    stack.push(...[...(current.children as Nodes[])].reverse())
  }
  return result
}

/** The document in the decision vocabulary the Markdown convention writes (see above). */
export function decisionShape(document: Document): Document {
  return {...document, children: document.children.flatMap(part)}
}

import type {
  BlockList,
  Content,
  Document,
  Flow,
  Inline,
  Intro,
  Item,
  List,
  Nodes,
  P,
  Paragraph,
  Point,
  WrapUp,
} from '@clausewise/model'

// A block list (`<blockList>`: an introduction, numbered items, closing words) is what the convention
// writes as a clause's points or a unit's numbered paragraphs: the introduction before the list, each
// item a list item opening with its number, the closing words after it. Where a block list stands in
// a clause's text, a unit's content or the body, it becomes those clauses before the decision shape
// is taken, so that it is written as a Markdown list; anywhere else the shape writes it as
// paragraphs, each opening with its item's number.

const p = (children: Inline[]): P => ({type: 'p', children})
const isHeading = (node: Nodes): boolean => node.type === 'heading'

/** The words around a block list's items, as paragraphs. */
function around(list: BlockList, type: 'listIntroduction' | 'listWrapUp'): P[] {
  return list.children.filter((child) => child.type === type).map((child) => p(child.children as Inline[]))
}

/** An item as a clause of the given type: its number, its heading, its blocks as content. */
function clauseOf<T extends 'paragraph' | 'point'>(
  item: Item,
  type: T,
): T extends 'point' ? Point : Paragraph {
  const children: Nodes[] = []
  const content: Flow[] = []
  for (const child of item.children) {
    if (child.type === 'num') children.push(child)
    else if (child.type === 'heading' && content.length === 0 && !children.some(isHeading))
      children.push(child)
    else if (child.type === 'heading' || child.type === 'subheading') content.push(p(child.children))
    else content.push(child)
  }
  if (content.length > 0) children.push({type: 'content', children: content} satisfies Content)
  return clause({type, eId: '', children} as Paragraph | Point) as T extends 'point' ? Point : Paragraph
}

/**
 * A clause whose text is one `content` holding a block list: the text before the list and its
 * introduction are the clause's `intro`, the items its points, the closing words and the text after
 * its `wrapUp`. Its points are read the same way, so lists in lists become points of points.
 */
function clause(node: Paragraph | Point): Paragraph | Point {
  const contents = node.children.filter((child) => child.type === 'content')
  const own = contents[0]
  if (
    contents.length !== 1 ||
    !own ||
    node.children.some((child) => child.type === 'list' || child.type === 'intro' || child.type === 'wrapUp')
  )
    return node
  const lists = own.children.filter((child): child is BlockList => child.type === 'blockList')
  const list = lists[0]
  if (lists.length !== 1 || !list) return node
  const at = own.children.indexOf(list)
  const introduction: Flow[] = [...own.children.slice(0, at), ...around(list, 'listIntroduction')]
  const closing: Flow[] = [...around(list, 'listWrapUp'), ...own.children.slice(at + 1)]
  const points: List = {
    type: 'list',
    eId: '',
    children: list.children
      .filter((child): child is Item => child.type === 'item')
      .map((item) => clauseOf(item, 'point')),
  }
  const children: Nodes[] = []
  for (const child of node.children) {
    if (child !== own) {
      children.push(child)
      continue
    }
    if (introduction.length > 0) children.push({type: 'intro', children: introduction} satisfies Intro)
    children.push(points)
    if (closing.length > 0) children.push({type: 'wrapUp', children: closing} satisfies WrapUp)
  }
  return {...node, children} as Paragraph | Point
}

/**
 * The children of the body or of a unit, a block list among them (or in a unit's `content`) made
 * numbered paragraphs: its introduction and closing words stay text of the body (a `blockContainer`)
 * or of the unit (`content`) before and after them.
 */
function units(children: readonly Nodes[], inUnit: boolean): Nodes[] {
  const result: Nodes[] = []
  const text = (paragraphs: Flow[]): void => {
    if (paragraphs.length === 0) return
    result.push(
      inUnit
        ? ({type: 'content', children: paragraphs} satisfies Content)
        : {type: 'blockContainer', eId: '', children: paragraphs},
    )
  }
  const expand = (list: BlockList): void => {
    text(around(list, 'listIntroduction'))
    for (const item of list.children) if (item.type === 'item') result.push(clauseOf(item, 'paragraph'))
    text(around(list, 'listWrapUp'))
  }
  for (const child of children) {
    if (child.type === 'blockList') expand(child)
    else if (
      inUnit &&
      child.type === 'content' &&
      child.children.some((block) => block.type === 'blockList')
    ) {
      let run: Flow[] = []
      for (const block of child.children) {
        if (block.type !== 'blockList') {
          run.push(block)
          continue
        }
        text(run)
        run = []
        expand(block)
      }
      text(run)
    } else result.push(rewrite(child))
  }
  return result
}

/** A node with its block lists made clauses where the convention writes them so. */
function rewrite(node: Nodes): Nodes {
  switch (node.type) {
    case 'paragraph':
    case 'point': {
      const shaped = clause(node)
      const children = shaped.children.map((child) =>
        child.type === 'list' ? {...child, children: child.children.map(rewrite)} : child,
      )
      return {...shaped, children} as Nodes
    }
    case 'hcontainer':
      return {...node, children: units(node.children, true)} as Nodes
    case 'mainBody':
    case 'body':
      return {...node, children: units(node.children, false)} as Nodes
    case 'attachments':
      return {...node, children: node.children.map((attachment) => rewrite(attachment) as typeof attachment)}
    case 'attachment':
      return {...node, children: node.children.map((part) => rewrite(part as Nodes) as typeof part)}
    default:
      return node
  }
}

/**
 * A copy of a document whose block lists standing in a clause's text, a unit's content or the body
 * are the clauses the convention writes as lists (see above). Parents are copied, leaves shared.
 *
 * @example blockListsAsClauses(act).children // the act's units, their block lists now paragraphs
 */
export function blockListsAsClauses(document: Document): Document {
  return {
    ...document,
    children: document.children.map((part) => rewrite(part as Nodes)) as Document['children'],
  }
}

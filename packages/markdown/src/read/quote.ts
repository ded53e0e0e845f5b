import type {Inline, P} from '@clausewise/model'
import type {List, ListItem, Node, Parent} from 'mdast'
import {positionOf, type ReaderContext, sliceOf} from './context.js'
import {orderedNum} from './items.js'

/**
 * The paragraphs of a block quote, read as quoted text of the clause it stands in: each paragraph or
 * heading a `p` with its inline markup, each list item a `p` opening with its number as written
 * (`1. The Council …`), so that nothing quoted opens a unit or numbers the document's clauses. Iterative.
 * @example quotedParagraphs(blockquote, context) // [{type: 'p', children: [{type: 'b', …}]}, …]
 */
export function quotedParagraphs(quote: Parent, context: ReaderContext): P[] {
  const result: P[] = []
  // Each entry: a node and the label its first paragraph opens with (a list item's number).
  const stack: {node: Node; label?: string}[] = [...quote.children].reverse().map((node) => ({node}))
  while (stack.length > 0) {
    const {node, label} = stack.pop()!
    let content: Inline[]
    switch (node.type) {
      case 'blockquote':
      case 'listItem': {
        const children = (node as Parent).children
        for (let index = children.length - 1; index >= 0; index--)
          stack.push(
            index === 0 && label !== undefined ? {node: children[index]!, label} : {node: children[index]!},
          )
        continue
      }
      case 'list': {
        const list = node as List
        for (let index = list.children.length - 1; index >= 0; index--) {
          const item = list.children[index] as ListItem
          const num = list.ordered ? orderedNum(item, context)?.value : undefined
          stack.push(num === undefined ? {node: item} : {node: item, label: num})
        }
        continue
      }
      case 'paragraph':
      case 'heading':
        content = context.convertPhrasing((node as Parent).children, 0)
        break
      case 'yaml':
      case 'definition':
      case 'footnoteDefinition':
      case 'thematicBreak':
        continue
      default:
        content = [{type: 'text', value: sliceOf(context, node)}]
    }
    if (label !== undefined) {
      const head = content[0]
      if (head?.type === 'text') head.value = `${label} ${head.value}`
      else content.unshift({type: 'text', value: `${label} `})
    }
    const p: P = {type: 'p', children: content}
    const position = positionOf(context, node)
    if (position) p.position = position
    result.push(p)
  }
  return result
}

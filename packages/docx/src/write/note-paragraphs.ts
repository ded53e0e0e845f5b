import {type Flow, isInline, type Nodes, type P, plainText} from '@clausewise/model'

/**
 * A note's content as Word paragraphs. A Word footnote holds paragraphs only, while an AKN note may
 * hold lists, tables or other blocks: paragraphs are kept, block containers are read through, and any
 * other block becomes one paragraph of its words, so that no word of a note is lost.
 */
export function noteParagraphs(blocks: readonly Flow[]): P[] {
  const out: P[] = []
  const add = (node: Nodes): void => {
    if (node.type === 'p') {
      out.push(node)
      return
    }
    const children = 'children' in node && Array.isArray(node.children) ? (node.children as Nodes[]) : []
    if (children.length > 0 && !children.some(isInline)) {
      for (const child of children) add(child)
      return
    }
    const value = plainText(node)
    if (value.length > 0) out.push({type: 'p', children: [{type: 'text', value}]})
  }
  for (const block of blocks) add(block)
  return out
}

import type {Nodes} from '@clausewise/model'
import {collapseBreaks} from './state.js'

type Leaf = {value: string}

/** Nodes whose content is blocks of its own (normalised when read), a leaf of the running text. */
const ownBlocks = new Set(['authorialNote', 'subFlow'])

/**
 * Apply the whitespace policy to the inline content of one block, in place: runs of white space that
 * hold a line break become one space, or nothing at the block's edges; emptied text nodes are removed
 * and neighbouring text joined. Markup between words is never given a space it did not have, so
 * `<span>w</span><span>as</span>` stays `was` and `della<eol/>Camera` keeps its line end.
 */
export function normalizeInline(nodes: Nodes[]): Nodes[] {
  const leaves: Leaf[] = []
  const collect = (list: Nodes[]): void => {
    for (const node of list) {
      if (node.type === 'text') leaves.push(node)
      else if (!ownBlocks.has(node.type) && 'children' in node && node.children)
        collect(node.children as Nodes[])
      else leaves.push({value: 'x'})
    }
  }
  collect(nodes)
  const first = leaves[0]
  const last = leaves[leaves.length - 1]
  for (const leaf of leaves) {
    if (leaf.value === 'x' && !('type' in leaf)) continue
    leaf.value = collapseBreaks(leaf.value, leaf === first, leaf === last)
  }
  const prune = (list: Nodes[]): Nodes[] => {
    const kept: Nodes[] = []
    for (const node of list) {
      if (node.type === 'text' && node.value === '') continue
      if (!ownBlocks.has(node.type) && node.type !== 'num' && 'children' in node && node.children) {
        ;(node as {children: Nodes[]}).children = prune(node.children as Nodes[])
      }
      const previous = kept[kept.length - 1]
      if (node.type === 'text' && previous && previous.type === 'text') previous.value += node.value
      else kept.push(node)
    }
    return kept
  }
  return prune(nodes)
}

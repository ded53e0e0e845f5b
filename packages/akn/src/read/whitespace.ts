import type {Nodes, Text} from '@clausewise/model'
import {collapseBreaks} from './state.js'

/** Nodes whose content is blocks of its own (normalised when read), a leaf of the running text. */
const ownBlocks = new Set(['authorialNote', 'subFlow'])

/**
 * Apply the whitespace policy to the inline content of one block, in place: runs of white space that
 * hold a line break become one space, or nothing at the block's edges; emptied text nodes are removed
 * and neighbouring text joined. Markup between words is never given a space it did not have, so
 * `<span>w</span><span>as</span>` stays `was` and `della<eol/>Camera` keeps its line end.
 */
export function normalizeInline(nodes: Nodes[]): Nodes[] {
  const only = nodes.length === 1 ? nodes[0] : undefined
  if (only?.type === 'text') {
    // The common block of one text run (`<p>…</p>`, `<num>(a)</num>`).
    only.value = collapseBreaks(trimEnd(trimStart(only.value)), false, false)
    return only.value === '' ? [] : nodes
  }
  // Text leaves in reading order; `undefined` stands for a leaf that is not text (a marker, a note).
  const leaves: (Text | undefined)[] = []
  const collect = (list: Nodes[]): void => {
    for (const node of list) {
      if (node.type === 'text') leaves.push(node)
      else if (!ownBlocks.has(node.type) && 'children' in node && node.children)
        collect(node.children as Nodes[])
      else leaves.push(undefined)
    }
  }
  collect(nodes)
  // The block's edges: white space holding a line break is dropped at the start and the end, across
  // as many text runs as it spans (`<p>\n<span>\nLa …` starts with `La`).
  for (let index = 0; index < leaves.length; index++) {
    const leaf = leaves[index]
    if (!leaf) break
    leaf.value = trimStart(leaf.value)
    if (leaf.value !== '') break
  }
  for (let index = leaves.length - 1; index >= 0; index--) {
    const leaf = leaves[index]
    if (!leaf) break
    leaf.value = trimEnd(leaf.value)
    if (leaf.value !== '') break
  }
  let pruning = false
  for (const leaf of leaves) {
    if (!leaf) continue
    leaf.value = collapseBreaks(leaf.value, false, false)
    if (leaf.value === '') pruning = true
  }
  if (!pruning && !hasAdjacentText(nodes)) return nodes
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

/** Whether two text nodes stand side by side anywhere in inline content (they are joined when so). */
function hasAdjacentText(nodes: Nodes[]): boolean {
  for (let index = 0; index < nodes.length; index++) {
    const node = nodes[index]!
    if (node.type === 'text' && nodes[index + 1]?.type === 'text') return true
    if (!ownBlocks.has(node.type) && node.type !== 'num' && 'children' in node && node.children) {
      if (hasAdjacentText(node.children as Nodes[])) return true
    }
  }
  return false
}

const isSpace = (code: number): boolean => code === 32 || code === 9 || code === 10 || code === 13

/** Drop the leading white space of a run when it holds a line break. */
function trimStart(value: string): string {
  let end = 0
  let lineBreak = false
  while (end < value.length && isSpace(value.charCodeAt(end))) {
    if (value.charCodeAt(end) === 10 || value.charCodeAt(end) === 13) lineBreak = true
    end++
  }
  return lineBreak ? value.slice(end) : value
}

/** Drop the trailing white space of a run when it holds a line break. */
function trimEnd(value: string): string {
  let start = value.length
  let lineBreak = false
  while (start > 0 && isSpace(value.charCodeAt(start - 1))) {
    if (value.charCodeAt(start - 1) === 10 || value.charCodeAt(start - 1) === 13) lineBreak = true
    start--
  }
  return lineBreak ? value.slice(0, start) : value
}

import {type Document, plainText} from '@clausewise/model'
import type {SourceBlock} from '../src/index.js'

/** Plain-text blocks, one per string, as a plain-text reader hands them over. */
export function blocks(...texts: string[]): SourceBlock[] {
  return texts.map((value) => ({children: [{type: 'text', value}]}))
}

type Node = {type: string; children?: Node[]; name?: string; eId?: string; value?: string}

/** All nodes of a type, in document order. */
export function all(tree: unknown, type: string): Node[] {
  const found: Node[] = []
  const walk = (node: Node): void => {
    if (node.type === type) found.push(node)
    for (const child of node.children ?? []) walk(child)
  }
  walk(tree as Node)
  return found
}

/** Plain text of each node of a type. */
export function texts(tree: unknown, type: string): string[] {
  return all(tree, type).map((node) => plainText(node as never))
}

/** The types of a document's parts. */
export function parts(document: Document): string[] {
  return document.children.map((child) => child.type)
}

import {ClausewiseError, characterReporter, invisibleCharacters} from '@clausewise/model'
import type {Definition, FootnoteDefinition, Node, Parent, Root} from 'mdast'
import {pushReversed} from '../push.js'
import {type ReaderContext, warn} from './context.js'
import type {InlineContext} from './inline.js'

/** Refuse a tree with more nodes than `maxNodes` (counted iteratively). */
export function countNodes(tree: Root, maxNodes: number): void {
  let count = 0
  const stack: Node[] = [tree]
  while (stack.length > 0) {
    const node = stack.pop()!
    if (++count > maxNodes)
      throw new ClausewiseError('too-many-nodes', `More than maxNodes (${maxNodes}) Markdown nodes`)
    const children = (node as Parent).children
    if (children) for (const child of children) stack.push(child)
  }
}

/**
 * Report the invisible format characters (bidi controls, zero-width characters) with their places: the
 * first thousand one by one, then one diagnostic counting the rest (`characterReporter` of the model).
 */
export function reportInvisible(markdown: string, context: ReaderContext): void {
  const reporter = characterReporter<[number, number]>('invisible-character', (reason, [start, end]) =>
    warn(context, 'invisible-character', reason, context.locator.position(start, end), false),
  )
  for (const character of invisibleCharacters(markdown))
    reporter.add(character.label, [character.index, character.index + (character.codePoint > 0xffff ? 2 : 1)])
  reporter.finish()
}

/** Footnote and link definitions, by label; the first of a label wins (as CommonMark says). */
export function collectDefinitions(tree: Root, context: InlineContext): void {
  const stack: Node[] = [tree]
  while (stack.length > 0) {
    const node = stack.pop()!
    if (node.type === 'footnoteDefinition') {
      const definition = node as FootnoteDefinition
      if (!context.definitions.has(definition.identifier))
        context.definitions.set(definition.identifier, definition)
      continue
    }
    if (node.type === 'definition') {
      const definition = node as Definition
      if (!context.links.has(definition.identifier)) context.links.set(definition.identifier, definition)
      continue
    }
    if (node.type === 'paragraph' || node.type === 'heading') continue
    if ('children' in node) pushReversed(stack, (node as Parent).children)
  }
}

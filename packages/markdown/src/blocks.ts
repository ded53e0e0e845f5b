import type {Inline} from '@clausewise/model'
import {plainText} from '@clausewise/model'
import type {List, Node, Parent, Root} from 'mdast'
import {positionOf, type ReaderContext, sliceOf, warn} from './context.js'
import {type Directive, parseDirective} from './directive.js'
import {isUnitRole} from './from-unit.js'
import type {Shape} from './roles.js'

/** A top-level block of a draft, ready for role inference. */
export type Block =
  | {kind: 'directive'; directive: Directive; node: Node}
  | {kind: 'inline'; shape: Shape; content: Inline[]; node: Node}
  | {kind: 'list'; shape: Shape; node: List}

/** Shape of a run of inline content read as a paragraph (shared with the writer). */
export function inlineShape(kind: Shape['kind'], content: Inline[]): Shape {
  const text = plainText({type: 'p', children: content})
  const shape: Shape = {kind}
  if (/:\s*$/u.test(text.slice(-8))) shape.colon = true
  if (hasParty(content)) shape.party = true
  return shape
}

function hasParty(content: Inline[]): boolean {
  const stack = [...content]
  while (stack.length > 0) {
    const node = stack.pop()!
    if (node.type === 'party') return true
    if (node.type !== 'authorialNote' && 'children' in node) stack.push(...(node.children as Inline[]))
  }
  return false
}

/**
 * The blocks of a tree in order, block quotes unwrapped, footnote definitions and front matter left
 * out, anything outside the convention read as a paragraph of its source text. Iterative.
 */
export function collectBlocks(tree: Root, context: ReaderContext): Block[] {
  const blocks: Block[] = []
  const stack: Node[] = [...tree.children].reverse()
  while (stack.length > 0) {
    const node = stack.pop()!
    switch (node.type) {
      case 'yaml':
      case 'footnoteDefinition':
        break
      case 'blockquote':
        warn(
          context,
          'blockquote-unwrapped',
          'Block quote read as the blocks it holds',
          positionOf(context, node),
        )
        for (let index = (node as Parent).children.length - 1; index >= 0; index--)
          stack.push((node as Parent).children[index]!)
        break
      case 'heading': {
        const depth = (node as unknown as {depth: number}).depth
        const content = context.convertPhrasing((node as Parent).children, 0)
        const previous = blocks[blocks.length - 1]
        const unitHeading = previous?.kind === 'directive' && isUnitRole(previous.directive.role)
        if (depth > 2 && !unitHeading)
          warn(
            context,
            'heading-level',
            `Heading of level ${depth} read as a paragraph`,
            positionOf(context, node),
            false,
          )
        blocks.push({
          kind: 'inline',
          shape: inlineShape(depth === 1 ? 'h1' : depth === 2 ? 'h2' : 'paragraph', content),
          content,
          node,
        })
        break
      }
      case 'paragraph': {
        const content = context.convertPhrasing((node as Parent).children, 0)
        blocks.push({kind: 'inline', shape: inlineShape('paragraph', content), content, node})
        break
      }
      case 'list':
        blocks.push({kind: 'list', shape: {kind: 'list'}, node: node as List})
        break
      case 'html': {
        const directive = parseDirective((node as unknown as {value: string}).value)
        if (directive) {
          blocks.push({kind: 'directive', directive, node})
          break
        }
        warn(context, 'raw-html', 'Raw HTML kept as text', positionOf(context, node), false)
        blocks.push(textBlock(node, context))
        break
      }
      case 'thematicBreak':
        warn(context, 'thematic-break', 'Thematic break ignored', positionOf(context, node))
        break
      case 'definition':
        warn(context, 'definition', 'Link reference definition ignored', positionOf(context, node), false)
        break
      default:
        warn(
          context,
          'unsupported-block',
          `\`${node.type}\` is not part of the convention: kept as text`,
          positionOf(context, node),
          false,
        )
        blocks.push(textBlock(node, context))
    }
  }
  return blocks
}

/** A block kept as a paragraph of its own source text. */
export function textBlock(node: Node, context: ReaderContext): Block {
  const value = sliceOf(context, node)
  const content: Inline[] = value ? [{type: 'text', value}] : []
  const position = positionOf(context, node)
  if (position && content[0]) content[0].position = position
  return {kind: 'inline', shape: inlineShape('paragraph', content), content, node}
}

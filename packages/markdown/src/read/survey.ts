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

/** CriticMarkup's marks by the two characters after `{`, and the two before the closing `}`. */
const criticOpeners: Record<string, string> = {'++': '++', '--': '--', '~~': '~~', '==': '==', '>>': '<<'}

/**
 * Report CriticMarkup in a draft (`{++ ++}`, `{~~a~>b~~}`, … opened and closed on one line): the reader
 * takes it as text (`~~` even as a deletion), so a redline read as a draft mixes both versions. One
 * warning, at the first mark, with the count; one pass over the text.
 */
export function reportCriticMarkup(markdown: string, context: ReaderContext): void {
  let count = 0
  let first = -1
  // Opened marks of the current line: the closing pair each waits for, and where it opened.
  const open = new Map<string, number>()
  for (let index = 0; index < markdown.length; index++) {
    const character = markdown[index]
    if (character === '\n') open.clear()
    else if (character === '{') {
      const pair = markdown.slice(index + 1, index + 3)
      const closing = Object.hasOwn(criticOpeners, pair) ? criticOpeners[pair]! : undefined
      if (closing !== undefined && !open.has(closing)) open.set(closing, index)
    } else if (character === '}' && index >= 2) {
      const closing = markdown.slice(index - 2, index)
      const start = open.get(closing)
      if (start !== undefined && start + 3 <= index - 2) {
        count++
        if (first === -1 || start < first) first = start
        open.delete(closing)
      }
    }
  }
  if (count === 0) return
  warn(
    context,
    'critic-markup',
    `${count} CriticMarkup mark${count === 1 ? '' : 's'} read as text: resolve ${count === 1 ? 'it' : 'them'} first (\`acceptCriticMarkup\` or \`rejectCriticMarkup\`) to read one version`,
    context.locator.position(first, first + 3),
    false,
  )
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

import type {BlockContainer, Document, MainBody, P, Preamble} from '@clausewise/model'
import {plainText} from '@clausewise/model'
import {type PartHeading, partHeadingOf} from '../part-heading.js'
import type {Block} from './blocks.js'
import {positionOf, type ReaderContext} from './context.js'
import {headingShape, type ShapeContext} from './shape.js'

/** A part heading taken out of a draft before its recognition, with the paragraph that keeps its words. */
export interface TakenHeading {
  part: PartHeading
  paragraph: P
}

/**
 * The part headings of a draft read by the clause recognition (`## Preamble`, `## Operative part`,
 * at any depth, before the first attachment's heading; the first of each part), taken out of its
 * blocks: the recognition would read them as the title or as sections, at whatever depth they stand.
 * Their words go back in where their parts start ({@link placePartHeadings}).
 */
export function takePartHeadings(
  blocks: readonly Block[],
  shapes: ShapeContext,
  context: ReaderContext,
): {blocks: Block[]; taken: TakenHeading[]} {
  const kept: Block[] = []
  const taken: TakenHeading[] = []
  let open = true
  for (const block of blocks) {
    if (open && block.kind === 'heading') {
      const text = plainText({type: 'p', children: block.content})
      const part = partHeadingOf(text, shapes.profile)
      if (part && !taken.some((heading) => heading.part === part)) {
        const paragraph: P = {type: 'p', children: block.content}
        const position = positionOf(context, block.node)
        if (position) paragraph.position = position
        taken.push({part, paragraph})
        continue
      }
      if (headingShape(block.level, block.content, shapes).attachment) open = false
    }
    kept.push(block)
  }
  return {blocks: kept, taken}
}

/**
 * Put the words of part headings back where their parts start: the preamble's heading is its first
 * paragraph (a preamble `p`), the operative part's the body's first block (a `blockContainer`), each
 * part made when the recognition found none, after the parts before it.
 */
export function placePartHeadings(document: Document, taken: readonly TakenHeading[]): void {
  for (const {part, paragraph} of taken) {
    if (part === 'preamble') {
      const preamble = partOf<Preamble>(document, 'preamble', ['preface'])
      preamble.children.unshift(paragraph)
      stretch(preamble, paragraph)
    } else {
      const body = partOf<MainBody>(document, 'mainBody', ['preface', 'preamble'])
      const block: BlockContainer = {type: 'blockContainer', eId: '', children: [paragraph]}
      if (paragraph.position) block.position = paragraph.position
      body.children.unshift(block)
      stretch(body, paragraph)
    }
  }
}

/** The document's part of this type (a `body` stands for the `mainBody`), made after `before` if missing. */
function partOf<T extends Preamble | MainBody>(
  document: Document,
  type: T['type'],
  before: readonly string[],
): T {
  const found = document.children.find(
    (child) => child.type === type || (type === 'mainBody' && child.type === 'body'),
  )
  if (found) return found as T
  let index = 0
  while (index < document.children.length && before.includes(document.children[index]!.type)) index++
  const made = {type, children: []} as unknown as T
  document.children.splice(index, 0, made)
  return made
}

/** Stretch a part's span to start at its heading. */
function stretch(node: {position?: P['position']}, heading: P): void {
  if (!heading.position) return
  node.position = {start: heading.position.start, end: node.position?.end ?? heading.position.end}
}

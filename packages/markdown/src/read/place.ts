import type {BlockContainer, Inline, LongTitle, Num, P, Paragraph, Recital, Table} from '@clausewise/model'
import type {Node, Parent} from 'mdast'
import type {Role} from '../roles.js'
import type {Block} from './blocks.js'
import {positionOf, type ReaderContext, warn} from './context.js'
import {stripSpace, typedNum} from './items.js'
import {clauseParent, container, extend, type Part} from './part.js'
import {tableOf} from './tables.js'
import {addContent} from './units.js'

function p(content: Inline[], node: Node, context: ReaderContext): P {
  const result: P = {type: 'p', children: content}
  const position = positionOf(context, node)
  if (position) result.position = position
  return result
}

/** A block placed as text: a paragraph, or a table (which stands where a paragraph would). */
type Placed = Exclude<Block, {kind: 'list'} | {kind: 'directive'}>

/**
 * The block a role's paragraph is made of: its paragraph, or its table. The model types say `P` where
 * the place holds any block (`Flow`): a table is one.
 */
function blockOf(block: Placed, context: ReaderContext): P {
  if (block.kind === 'table') return tableOf(block.node, context) as Table as unknown as P
  return p(block.content, block.node, context)
}

/** A recital's number, written as a leading `[…](clausewise:num)` span. */
function recitalNum(
  node: Node,
  content: Inline[],
  context: ReaderContext,
): {num: Num | undefined; rest: Inline[]} {
  if (node.type !== 'paragraph') return {num: undefined, rest: content}
  const {num, rest} = typedNum((node as Parent).children, context)
  if (!num) return {num: undefined, rest: content}
  const converted = context.convertPhrasing(rest, 0)
  stripSpace(converted)
  return {num, rest: converted}
}

/** Place a heading or paragraph block in its part by its role. */
export function placeInline(
  part: Part,
  role: Role,
  block: Placed,
  attributes: Map<string, string>,
  context: ReaderContext,
  forced = false,
): void {
  if (block.kind === 'table' && (role === 'docNumber' || role === 'docTitle')) role = 'preface'
  const content = block.kind === 'table' ? [] : block.content
  const {node} = block
  switch (role) {
    case 'docNumber':
    case 'docTitle': {
      let split = content.length
      while (split > 0 && content[split - 1]!.type === 'authorialNote') split--
      const inline = {type: role, children: content.slice(0, split)} as Inline
      const position = positionOf(context, node)
      if (position) inline.position = position
      const preface = container(part, 'preface')
      const paragraph = p([inline, ...content.slice(split)], node, context)
      preface.children.push(paragraph)
      extend(preface, paragraph)
      return
    }
    case 'preface':
    case 'conclusions': {
      const target = container(part, role)
      const paragraph = blockOf(block, context)
      target.children.push(paragraph)
      extend(target, paragraph)
      return
    }
    case 'longTitle': {
      const preface = container(part, 'preface')
      const paragraph = blockOf(block, context)
      const last = preface.children[preface.children.length - 1]
      if (attributes.get('continue') === 'true' && last?.type === 'longTitle') {
        last.children.push(paragraph)
        extend(last, paragraph)
      } else {
        const longTitle: LongTitle = {type: 'longTitle', children: [paragraph]}
        const eId = attributes.get('eId')
        if (eId !== undefined) longTitle.eId = eId
        if (paragraph.position) longTitle.position = paragraph.position
        preface.children.push(longTitle)
      }
      extend(preface, paragraph)
      return
    }
    case 'content': {
      const unit = part.units[part.units.length - 1]
      if (!unit) {
        placeInline(part, 'paragraph', block, attributes, context)
        return
      }
      addContent(unit, blockOf(block, context), attributes, forced)
      extend(unit, {position: positionOf(context, node)})
      return
    }
    case 'formula':
    case 'recital':
    case 'preamble':
    case 'preambleHeading': {
      const preamble = container(part, 'preamble')
      const {num, rest} =
        role === 'recital' ? recitalNum(node, content, context) : {num: undefined, rest: content}
      const paragraph = block.kind === 'table' ? blockOf(block, context) : p(rest, node, context)
      if (role === 'preamble' || role === 'preambleHeading') preamble.children.push(paragraph)
      else if (role === 'formula') {
        preamble.children.push({
          type: 'formula',
          eId: attributes.get('eId') ?? '',
          name: attributes.get('name') ?? 'enactingFormula',
          children: [paragraph],
          ...(paragraph.position ? {position: paragraph.position} : {}),
        })
      } else {
        let recitals = preamble.children[preamble.children.length - 1]
        if (recitals?.type !== 'recitals') {
          recitals = {type: 'recitals', eId: '', children: []}
          preamble.children.push(recitals)
        }
        const recital: Recital = {
          type: 'recital',
          eId: attributes.get('eId') ?? '',
          children: num ? [num, paragraph] : [paragraph],
        }
        if (paragraph.position) recital.position = paragraph.position
        recitals.children.push(recital)
        extend(recitals, recital)
      }
      extend(preamble, paragraph)
      return
    }
    case 'block':
    case 'paragraph': {
      const body = role === 'block' ? container(part, part.bodyType) : clauseParent(part)
      const paragraph = blockOf(block, context)
      const clause: BlockContainer | Paragraph =
        role === 'block'
          ? {type: 'blockContainer', eId: attributes.get('eId') ?? '', children: [paragraph]}
          : {
              type: 'paragraph',
              eId: '',
              children: [
                {
                  type: 'content',
                  children: [paragraph],
                  ...(paragraph.position ? {position: paragraph.position} : {}),
                },
              ],
            }
      if (paragraph.position) clause.position = paragraph.position
      ;(body.children as (BlockContainer | Paragraph)[]).push(clause)
      extend(body, clause)
      return
    }
    default:
      warn(
        context,
        'unexpected-role',
        `Cannot place a block as \`${role}\``,
        positionOf(context, node),
        false,
      )
  }
}

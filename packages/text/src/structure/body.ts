import type {Attachment, BlockContainer, MainBody, Paragraph, Person, Recital} from '@clausewise/model'
import type {Item} from '../layout/types.js'
import type {Reporter} from '../report.js'
import {isUpperCaseText} from '../text-utils.js'
import {type Block, groupBlocks, type WordIndex} from './blocks.js'
import {attachmentRule, isOperativeStart, isRecitalStart, type Lexicon, paragraphNumber} from './classify.js'
import {addClause, createTarget, plainEnd, type Target} from './clauses.js'
import {delegationOf} from './delegation.js'
import {type Anchors, leadingText, paragraphOf} from './inline.js'

/** The preamble's recitals, the operative part, the attachments and the persons they name. */
export interface BodyParts {
  recitals: Recital[]
  operative: (Paragraph | BlockContainer)[]
  attachments: Attachment[]
  persons: Person[]
}

type Phase = 'preamble' | 'operative' | 'attachment-preface' | 'attachment'

/**
 * Read everything after the formula: recitals (a recital opener, or anything ending with `,`) until
 * the first numbered paragraph, operative introduction (`…:`) or operative verb; then operative
 * paragraphs and points; then each attachment from its heading, with its author line and paragraphs.
 */
export function readBody(
  items: Item[],
  from: number,
  preamble: boolean,
  lexicon: Lexicon,
  words: WordIndex,
  anchors: Anchors,
  report: Reporter,
  country: string,
): BodyParts {
  const parts: BodyParts = {recitals: [], operative: [], attachments: [], persons: []}
  const persons = new Map<string, Person>()
  const blocks = groupBlocks(items, from, items.length, lexicon, words, report)
  const lowerCase = lexicon.profile.lowerCaseClauses === true
  let phase: Phase = preamble ? 'preamble' : 'operative'
  let target: Target = createTarget(parts.operative)
  let attachment: Attachment | undefined
  const numbered = (block: Block | undefined): boolean =>
    block !== undefined && paragraphNumber(block.lines[0]!.flat, lowerCase) !== undefined

  let pending: Block | undefined
  for (let index = 0; index < blocks.length || pending; index++) {
    let block: Block
    if (pending) {
      block = pending
      pending = undefined
      index--
    } else block = blocks[index]!
    const rule = attachmentRule(block.lines[0]!.flat, lexicon.profile)
    if (rule && (phase !== 'preamble' || parts.recitals.length > 0)) {
      let cut = 1
      while (cut < block.lines.length && isUpperCaseText(block.lines[cut]!.flat)) cut++
      if (cut < block.lines.length) {
        const rest: Block = {
          ...block,
          lines: block.lines.slice(cut),
          joins: block.joins.slice(cut),
          afterBreak: true,
        }
        rest.start = rest.lines[0]!.start
        pending = rest
        block = {...block, lines: block.lines.slice(0, cut), joins: block.joins.slice(0, cut - 1)}
        block.end = block.lines[cut - 1]!.end
      }
      const heading = paragraphOf(block, anchors, report)
      heading.children = [{type: 'docTitle', children: heading.children}]
      const mainBody: MainBody = {type: 'mainBody', children: []}
      attachment = {
        type: 'attachment',
        eId: '',
        name: rule.name,
        children: [{type: 'preface', children: [heading]}, mainBody],
        position: report.position(block.start, block.end),
      }
      parts.attachments.push(attachment)
      target = createTarget(mainBody.children as Parameters<typeof createTarget>[0])
      phase = 'attachment-preface'
      continue
    }
    const p = paragraphOf(block, anchors, report)
    if (phase === 'attachment-preface' && attachment) {
      phase = 'attachment'
      const delegation = delegationOf(p, lexicon.profile, country)
      if (delegation) {
        const preface = attachment.children[0]
        if (preface?.type === 'preface') preface.children.push(p)
        attachment.author = delegation.eId
        if (!persons.has(delegation.eId)) {
          persons.set(delegation.eId, delegation)
          parts.persons.push(delegation)
        }
        continue
      }
    }
    if (phase === 'preamble') {
      const text = leadingText(p.children)
      const end = plainEnd(p)
      if (paragraphNumber(text, lowerCase) === undefined && (end !== ':' || isRecitalStart(text, lexicon))) {
        const opener = isRecitalStart(text, lexicon)
        if (opener || end === ',' || !isOperativeStart(text, lexicon)) {
          if (!opener && end !== ',') {
            report.warn(
              'recital-guessed',
              'Read as a recital, though it neither opens nor ends like one',
              block.start,
              block.end,
            )
          }
          parts.recitals.push({type: 'recital', eId: '', children: [p], position: p.position})
          continue
        }
      }
      phase = 'operative'
    }
    addClause(target, p, numbered(pending ?? blocks[index + 1]), lowerCase, report)
  }
  return parts
}

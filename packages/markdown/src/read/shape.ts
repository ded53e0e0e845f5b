import type {Inline} from '@clausewise/model'
import {plainText} from '@clausewise/model'
import {isLetter, type Profile} from '@clausewise/recognize'
import {leadingLabel} from '../labels.js'
import {openingOf} from '../opening.js'
import {partHeadingOf} from '../part-heading.js'
import type {Shape} from '../roles.js'
import {type HierarchyWord, implicitUnit} from '../unit-heading.js'
import {inlineShape} from './blocks.js'

/** What shapes are read with: the language profile and the words that head units. */
export interface ShapeContext {
  profile: Profile | undefined
  words: readonly HierarchyWord[]
}

/** A heading's shape: its level, and whether it opens a unit, names a document or an attachment. */
export function headingShape(level: number, content: Inline[], context: ShapeContext): Shape {
  const shape = inlineShape('heading', content)
  shape.level = level
  if (implicitUnit(content, context.words)) shape.unit = true
  const text = plainText({type: 'p', children: content}).slice(0, 200)
  if (looksLikeNumber(text, context.profile)) shape.numberLike = true
  const part = partHeadingOf(text, context.profile)
  if (part) shape.part = part
  const attachment = attachmentName(text, context.profile)
  if (attachment) shape.attachment = attachment
  return shape
}

/**
 * The AKN name of the attachment a heading opens by the profile's words (`Annex A: Forms` →
 * `annex`, `Schedule 1` → `schedule`), the first rule whose words start it as whole words
 * (`Scheduled reviews` opens none), as the headings of a text name their attachments.
 */
function attachmentName(text: string, profile: Profile | undefined): string | undefined {
  const rules = profile?.attachments
  if (!rules || text === '') return undefined
  // Most headings open with a letter no rule does: the upper case is made only when one may.
  const first = text.charAt(0).toUpperCase()
  let upper: string | undefined
  for (const rule of rules) {
    if (rule.startsWith.charAt(0).toUpperCase() !== first) continue
    upper ??= text.toUpperCase()
    const words = rule.startsWith.toUpperCase()
    if (upper.startsWith(words) && !isLetter(upper[words.length])) return rule.name
  }
  return undefined
}

/**
 * Whether a heading reads as a document's number: the profile's number patterns, or a number sign
 * (`No.`, `Nº`, `nº`, `Nr.`, `№`) or a number with a slash (`7/17`) in a short line.
 */
function looksLikeNumber(text: string, profile: Profile | undefined): boolean {
  if ((profile?.documentNumber ?? []).some((pattern) => pattern.test(text))) return true
  if (text.length > 80) return false
  return /(?:^|[\s(])(?:n[ºo°]|no\.|nr\.|№)\s?\d/iu.test(text) || /\d\/\d/u.test(text)
}

/** A paragraph's shape: colon, party, label, and what its opening words make it. */
export function paragraphShape(content: Inline[], labelled: boolean, context: ShapeContext): Shape {
  const shape = inlineShape('paragraph', content)
  if (labelled) shape.labelled = true
  const text = plainText({type: 'p', children: content}).slice(0, 200)
  const opening = openingOf(text, context.profile)
  if (opening) shape.opening = opening
  return shape
}

/** Whether a paragraph's text opens with a label (the writer escapes it where it is not one). */
export function opensWithLabel(content: Inline[]): boolean {
  const head = content[0]
  return head?.type === 'text' && leadingLabel(head.value) !== undefined
}

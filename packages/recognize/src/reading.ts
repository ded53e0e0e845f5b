import {isLetter, isUpper} from './characters.js'
import {headText, lastCharacter} from './inline.js'
import {type Label, labelOf} from './labels.js'
import {enactingTermOf, type Lexicon, opensWithClosing, opensWithRecital, opensWithVerb} from './lexicon.js'
import type {AttachmentRule} from './profile.js'
import type {SourceBlock} from './source-block.js'

/** What a block looks like, once: its text, label and the signals the recognition decides on. */
export interface Reading {
  block: SourceBlock
  index: number
  /** Plain text of the block's start (at most 400 characters). */
  text: string
  /** The text without opening quotation marks (`"The Security Council,`). */
  bare: string
  /** The block's label, from the source (list item, number) or printed at the start of its text. */
  label?: Label | undefined
  /** Whether the label is printed in the text (and leaves it to become the `num`). */
  printed: boolean
  /** The bare text after the label. */
  rest: string
  /** The last character of the block's text. */
  last?: string | undefined
  /** Opens (after its label) with an operative verb. */
  verb: boolean
  /** Opens (after its label) with a recital opener. */
  recital: boolean
  /** The enacting term it ends with before `:`, if any (`DISPONGO:`). */
  enacting?: string | undefined
  /** A meeting or adoption line (`62nd plenary meeting`). */
  adoption: boolean
  /** A closing formula (`Done at`). */
  closing: boolean
  /** The attachment heading it is, if any. */
  attachment?: AttachmentRule | undefined
  /** Short and without a sentence's final punctuation: a title, a heading, a cover line. */
  headingLike: boolean
  /** Letters in upper case only. */
  capitals: boolean
  /** Words in the head text. */
  words: number
}

const quotes = '"“”„«‘\'»'

/** Read one block. */
export function readBlock(block: SourceBlock, index: number, lexicon: Lexicon): Reading {
  const text = headText(block.children)
  let start = 0
  while (start < text.length && start < 3 && quotes.includes(text[start]!)) start++
  const bare = text.slice(start).trimStart()
  let label: Label | undefined
  let printed = false
  const given = block.number ?? block.item?.label
  if (given !== undefined) {
    label = labelOf(`${given} `, lexicon) ?? {kind: 'number', printed: given, value: given, length: 0}
    const position = block.item?.label === given ? block.item.labelPosition : undefined
    label = {...label, length: 0, ...(position ? {position} : {})}
  } else if (block.item) {
    label = {kind: block.item.ordered ? 'number' : 'dash', printed: '', value: '', length: 0}
  } else {
    label = labelOf(bare, lexicon)
    printed = label !== undefined
  }
  const rest = printed && label ? bare.slice(label.length) : bare
  const last = lastCharacter(block.children)
  const words = countWords(text)
  const labelled = label !== undefined && label.kind !== 'dash'
  return {
    block,
    index,
    text,
    bare,
    label,
    printed,
    rest,
    last,
    verb: opensWithVerb(rest, lexicon, labelled),
    recital: opensWithRecital(rest, lexicon, labelled),
    enacting: enactingTermOf(text, lexicon),
    adoption: (lexicon.profile.adoptionLines ?? []).some((pattern) => pattern.test(bare.slice(0, 300))),
    closing: opensWithClosing(bare, lexicon),
    attachment: attachmentOf(bare, words, last, lexicon),
    headingLike: words <= 24 && !isSentenceEnd(last),
    capitals: isCapitals(bare),
    words,
  }
}

/** Whether a character ends a sentence or a clause. */
export function isSentenceEnd(character: string | undefined): boolean {
  return character !== undefined && '.;:,!?'.includes(character)
}

function countWords(text: string): number {
  let count = 0
  let inWord = false
  for (const character of text) {
    const letter = character !== ' '
    if (letter && !inWord) count++
    inWord = letter
  }
  return count
}

/** Whether a text has at least two letters and none in lower case. */
export function isCapitals(text: string): boolean {
  let letters = 0
  for (const character of text.slice(0, 200)) {
    if (!isLetter(character)) continue
    if (character !== character.toUpperCase()) return false
    letters++
  }
  return letters >= 2
}

/**
 * The attachment a heading opens: its text starts with a rule's words (without case), then ends or
 * goes on with a number, a capital or a title; it is short and no sentence.
 */
function attachmentOf(
  text: string,
  words: number,
  last: string | undefined,
  lexicon: Lexicon,
): AttachmentRule | undefined {
  if (words > 40 || last === ';' || last === ',') return undefined
  const upper = text.slice(0, 80).toUpperCase()
  for (const rule of lexicon.attachments) {
    const head = rule.startsWith.toUpperCase()
    if (!upper.startsWith(head)) continue
    const after = text[head.length]
    if (after !== undefined && isLetter(after)) continue
    // `Annex I to the present resolution contains…` is a sentence, not a heading.
    if (isSentenceEnd(last) && !isCapitals(text) && words > 12) continue
    const next = text.slice(head.length).trimStart()
    if (next && !isCapitals(text) && !isUpper(next[0]) && !/^[\dIVX]/.test(next) && next[0] !== ':') continue
    return rule
  }
  return undefined
}

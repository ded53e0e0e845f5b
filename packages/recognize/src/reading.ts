import {actDateOf} from './act-dates.js'
import {aloneNumber, referenceStart} from './attachment-reference.js'
import {isDigit, isLetter, isLower, isUpper} from './characters.js'
import {enactingClauseOf, enactingOpenerOf, enactingTermOf, enactingVerbOf} from './enacting.js'
import {headText, lastCharacter} from './inline.js'
import {type Label, labelOf} from './labels.js'
import type {Lexicon} from './lexicon.js'
import {lowerFirstWord, opensWithClosing, opensWithRecital, opensWithVerb} from './phrases.js'
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
  /** A meeting or adoption line (`62nd plenary meeting`), or a line that dates an act (`Assented to …`). */
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

/** Opening quotation marks a block's text may start with. */
export const quotes = '"“”„«‘\'»'

/**
 * Read one block. Its text, label and last character are read at once; each signal (operative verb,
 * recital opener, enacting term, …) is worked out the first time it is asked for and kept: a reader
 * that cuts lines asks one or two of them of every line, the recognition most of them of a few blocks.
 */
export function readBlock(block: SourceBlock, index: number, lexicon: Lexicon): Reading {
  return new BlockReading(block, index, lexicon)
}

/** Not worked out yet (the signals' own values include `undefined`). */
const unread = Symbol('unread')

class BlockReading implements Reading {
  readonly text: string
  readonly bare: string
  readonly label: Label | undefined
  readonly printed: boolean
  readonly rest: string
  readonly last: string | undefined
  readonly #labelled: boolean
  readonly #lexicon: Lexicon
  #verb: boolean | typeof unread = unread
  #recital: boolean | typeof unread = unread
  #enacting: string | undefined | typeof unread = unread
  #adoption: boolean | typeof unread = unread
  #closing: boolean | typeof unread = unread
  #attachment: AttachmentRule | undefined | typeof unread = unread
  #capitals: boolean | typeof unread = unread
  #words = -1
  /** The first word of `rest` in lower case, which the phrase tests look up first. */
  #restWord: string | undefined

  constructor(
    readonly block: SourceBlock,
    readonly index: number,
    lexicon: Lexicon,
  ) {
    this.#lexicon = lexicon
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
    this.text = text
    this.bare = bare
    this.label = label
    this.printed = printed
    this.rest = printed && label ? bare.slice(label.length) : bare
    this.last = lastCharacter(block.children)
    this.#labelled = label !== undefined && label.kind !== 'dash'
  }

  get #word(): string {
    this.#restWord ??= lowerFirstWord(this.rest)
    return this.#restWord
  }

  get verb(): boolean {
    if (this.#verb === unread)
      this.#verb = opensWithVerb(this.rest, this.#lexicon, this.#labelled, this.#word)
    return this.#verb
  }

  get recital(): boolean {
    if (this.#recital === unread)
      this.#recital = opensWithRecital(this.rest, this.#lexicon, this.#labelled, this.#word)
    return this.#recital
  }

  get enacting(): string | undefined {
    if (this.#enacting === unread) {
      this.#enacting =
        enactingTermOf(this.text, this.#lexicon) ??
        enactingVerbOf(this.text, this.#lexicon) ??
        (this.label
          ? undefined
          : (enactingOpenerOf(this.bare, this.#lexicon) ?? enactingClauseOf(this.text, this.#lexicon)))
    }
    return this.#enacting
  }

  get adoption(): boolean {
    if (this.#adoption === unread) {
      const head = this.bare.slice(0, 300)
      // An act's dates of assent and commencement are such lines too (`[Date of Assent: …]`).
      this.#adoption =
        this.#lexicon.isAdoptionLine(head) || actDateOf(head, this.#lexicon.profile) !== undefined
    }
    return this.#adoption
  }

  get closing(): boolean {
    if (this.#closing === unread) {
      const first = this.bare === this.rest ? this.#word : undefined
      this.#closing = opensWithClosing(this.bare, this.#lexicon, first)
    }
    return this.#closing
  }

  get attachment(): AttachmentRule | undefined {
    if (this.#attachment === unread) {
      // A heading in quotation marks (`“SCHEDULE 2`, `‘ANNEX II`) is one an amending act inserts: text.
      const quoted = this.text.length > 0 && quotes.includes(this.text[0]!)
      this.#attachment = quoted
        ? undefined
        : attachmentOf(this.bare, () => this.words, this.last, this.#lexicon)
    }
    return this.#attachment
  }

  get words(): number {
    if (this.#words < 0) this.#words = countWords(this.text)
    return this.#words
  }

  get headingLike(): boolean {
    return !isSentenceEnd(this.last) && this.words <= 24
  }

  get capitals(): boolean {
    if (this.#capitals === unread) this.#capitals = isCapitals(this.bare)
    return this.#capitals
  }
}

/** Whether a character ends a sentence or a clause. */
export function isSentenceEnd(character: string | undefined): boolean {
  return character !== undefined && '.;:,!?'.includes(character)
}

function countWords(text: string): number {
  let count = 0
  let inWord = false
  for (let index = 0; index < text.length; index++) {
    const letter = text.charCodeAt(index) !== 32
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
/**
 * The rest of an attachment's heading that gives its title after a dash, its number before it or
 * not: `1—Amendments` (as Australian acts print their schedules, the dash unspaced), `2 — FEES`, `—
 * Fees`; the title opens with a capital or a figure.
 */
const dashedTitle = /^(?:(?:\d{1,3}[A-Z]?|[IVX]{1,5}|[A-Z]) ?)?(?:[—–]|- ) ?[\p{Lu}\d]/u

/**
 * Whether a block that opens an attachment prints the attachment's title on its line after a dash
 * (`Schedule 1—Amendments`, `SCHEDULE 2 — FEES`): no line under it is the title then.
 */
export function titledAfterDash(reading: Reading): boolean {
  const rule = reading.attachment
  if (!rule?.alone) return false
  return dashedTitle.test(reading.bare.slice(rule.startsWith.length).trimStart())
}

/**
 * Whether a text after an attachment's word opens with a number (`XIX`, `II`, `2`, `A`) and goes on
 * in lower case (`XIX is deleted.`): a sentence about that attachment, when it ends as one.
 */
function opensSentenceAfterNumber(next: string): boolean {
  let end = 0
  while (end < next.length && end < 8 && (isDigit(next[end]) || 'IVXLC'.includes(next[end]!))) end++
  if (end === 0 && isUpper(next[0]) && next[1] === ' ') end = 1
  if (end === 0 || next[end] !== ' ') return false
  return isLower(next[end + 1])
}

function attachmentOf(
  text: string,
  words: () => number,
  last: string | undefined,
  lexicon: Lexicon,
): AttachmentRule | undefined {
  if (last === ';' || last === ',') return undefined
  // Most blocks open with a letter no heading opens with: the upper case of the start is made only
  // when one may (the first character's upper case is the upper-cased start's first character).
  const first = text.slice(0, 2).toUpperCase()[0]
  let upper: string | undefined
  for (let index = 0; index < lexicon.attachments.length; index++) {
    const head = lexicon.attachmentHeads[index]!
    if (head !== '' && head[0] !== first) continue
    if (words() > 40) return undefined
    upper ??= text.slice(0, 80).toUpperCase()
    if (!upper.startsWith(head)) continue
    const rule = lexicon.attachments[index]!
    const after = text[head.length]
    if (after !== undefined && isLetter(after)) continue
    // `Annex I to the present resolution contains…` is a sentence, not a heading.
    if (isSentenceEnd(last) && !isCapitals(text) && words() > 12) continue
    const next = text.slice(head.length).trimStart()
    // The provision it belongs to may follow on its line (`SCHEDULE 1   Regulation 3`, `FIRST SCHEDULE
    // [s. 3]`), in brackets as the Commonwealth prints it.
    const referenced =
      rule.alone && next !== '' && !aloneNumber.test(next) && referenceStart(next, lexicon) !== undefined
    // Or its title after a dash (`Schedule 1—Amendments`, `SCHEDULE 2 — FEES`, `FIRST SCHEDULE—Fees`).
    const titled = rule.alone === true && dashedTitle.test(next)
    if (rule.alone && next !== '' && !aloneNumber.test(next) && !referenced && !titled) continue
    // `Annex XIX is deleted.`, `Anhang II wird wie folgt geändert:`, `Anexo II queda modificado como
    // sigue:`: after its number the text goes on in lower case to a sentence's end, as an amending
    // act's article does; a heading goes on with its title, or names in lower case what it is
    // attached to without ending a sentence (`Annex I to the present resolution`).
    if (isSentenceEnd(last) && !isCapitals(text) && opensSentenceAfterNumber(next)) continue
    // A heading names what it is attached to in lower case (`Appendix to Recommendation CM/Rec(2030)4`,
    // `Annexe à la décision 5/1`): a few words that end no sentence.
    const tail = isLower(next[0]) && words() <= 12 && !isSentenceEnd(last)
    if (
      next &&
      !referenced &&
      !titled &&
      !isCapitals(text) &&
      !isUpper(next[0]) &&
      !/^[\dIVX]/.test(next) &&
      next[0] !== ':' &&
      // The provision it belongs to in brackets under it (`ANEXO` / `(a que se refere o n.º 1)`,
      // `ALLEGATO` / `(di cui all'articolo 1)`, `ANNEX` / `(referred to in Article 2)`).
      next[0] !== '(' &&
      !tail
    )
      continue
    return rule
  }
  return undefined
}

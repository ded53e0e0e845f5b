import {isLetter, isSpace} from './characters.js'
import {opensWithDocumentNumber} from './document-kinds.js'
import {formulaOf} from './front.js'
import type {LabelKind} from './labels.js'
import {
  firstWord,
  type Lexicon,
  leadingLetters,
  lexiconOf,
  normaliseFormula,
  recitalOpening,
} from './lexicon.js'
import type {Profile} from './profile.js'
import {quotes, type Reading, readBlock} from './reading.js'

/** What the start of a block looks like to the recognition: what a reader needs to cut blocks. */
export interface Opening {
  /** The label it opens with (`1.`, `(a)`, `II`, `- `, `Article 2`), if any. */
  label?: {kind: LabelKind; printed: string; value: string; length: number} | undefined
  /** Opens (after its label) with a recital opener (`Recalling`, `Having regard to`). */
  recital: boolean
  /**
   * The recital opener is one the profile lists (`Recalling`), not a participle found by its ending
   * only (`Stockpiling`): strong enough to start a block after a comma.
   */
  recitalListed: boolean
  /** Opens (after its label) with an operative verb (`Decides`, `DECIDES`, `Also requests`). */
  verb: boolean
  /** Is an opening formula (`The General Assembly,`). */
  formula: boolean
  /** Ends with an enacting term and a colon (`HAS ADOPTED THIS REGULATION:`, `DISPONGO:`). */
  enacting: boolean
  /** Is a meeting or adoption line (`62nd plenary meeting`). */
  adoption: boolean
  /** Opens a closing formula (`Done at`). */
  closing: boolean
  /** Is an attachment heading (`ANNEX`, `Annex II`). */
  attachment: boolean
  /**
   * Is a line of the front matter that stands alone: the document's number line (the profile's
   * `documentNumber`), a meeting-day or a journal line.
   */
  number: boolean
}

function frontLine(text: string, profile: Profile): boolean {
  if (opensWithDocumentNumber(text, profile)) return true
  return profile.meetingDay?.test(text) === true || profile.journal?.test(text) === true
}

/**
 * How the recognition would read a block that holds `text`: its label and the signals it decides
 * on. Readers use it to tell where a block starts (a plain-text reader cuts lines into paragraphs
 * with it), so that they cut where the recognition will look.
 *
 * A reader asks this of every line, and mostly one or two signals: each signal is worked out the
 * first time it is read, then kept (it may also be set). The label and signals are accessors, so a
 * spread (`{...opening}`) copies none of them; `JSON.stringify` and `opening.toJSON()` give them all.
 *
 * @param text The text of a line or block.
 * @param profile The profile to read with.
 * @returns The opening's label and signals.
 * @example readOpening('1. Decides to remain seized of the matter.', profiles.en).verb // true
 */
export function readOpening(text: string, profile: Profile): Opening {
  return new LazyOpening(text, profile)
}

/** The signals of an opening, all but its label. */
type Signals = Omit<Opening, 'label'>

/**
 * An opening whose signals are worked out when first read (a reader cutting lines asks one or two of
 * each line) and may be set. They are accessors of the class: `toJSON` lists them all.
 */
class LazyOpening implements Opening {
  readonly #text: string
  readonly #profile: Profile
  #reading: Reading | undefined
  #label: Opening['label'] | null = null
  readonly #known: Partial<Signals> = {}

  constructor(text: string, profile: Profile) {
    this.#text = text
    this.#profile = profile
  }

  /** The reading of the text, made when a signal first needs it. */
  get #read(): Reading {
    this.#reading ??= readBlock({children: [{type: 'text', value: this.#text}]}, 0, lexiconOf(this.#profile))
    return this.#reading
  }

  get label(): Opening['label'] {
    if (this.#label === null) {
      const reading = this.#read
      this.#label = reading.label
        ? {
            kind: reading.label.kind,
            printed: reading.label.printed,
            value: reading.label.value,
            length: reading.text.length - reading.bare.length + reading.label.length,
          }
        : undefined
    }
    return this.#label
  }
  set label(value: Opening['label']) {
    this.#label = value
  }

  #signal(name: keyof Signals, read: (reading: Reading) => boolean): boolean {
    const known = this.#known[name]
    if (known !== undefined) return known
    const value = read(this.#read)
    this.#known[name] = value
    return value
  }

  get recital(): boolean {
    return this.#signal('recital', (reading) => reading.recital)
  }
  set recital(value: boolean) {
    this.#known.recital = value
  }
  get recitalListed(): boolean {
    // Most lines a reader asks this of open with a plain word that no listed phrase starts with.
    if (this.#reading === undefined && this.#known.recitalListed === undefined) {
      if (!mayOpenListed(this.#text, lexiconOf(this.#profile))) this.#known.recitalListed = false
    }
    return this.#signal(
      'recitalListed',
      (reading) =>
        recitalOpening(reading.rest, lexiconOf(this.#profile), reading.label !== undefined) === 'listed',
    )
  }
  set recitalListed(value: boolean) {
    this.#known.recitalListed = value
  }
  get verb(): boolean {
    return this.#signal('verb', (reading) => reading.verb)
  }
  set verb(value: boolean) {
    this.#known.verb = value
  }
  get formula(): boolean {
    // Most lines open with words no formula opens with.
    if (this.#reading === undefined && this.#known.formula === undefined) {
      if (!mayBeFormula(this.#text, lexiconOf(this.#profile))) this.#known.formula = false
    }
    return this.#signal(
      'formula',
      (reading) => formulaOf(reading, undefined, lexiconOf(this.#profile)) !== undefined,
    )
  }
  set formula(value: boolean) {
    this.#known.formula = value
  }
  get enacting(): boolean {
    // An enacting formula ends with `:` (a term also with `,` or a dash): most lines end otherwise.
    if (this.#reading === undefined && this.#known.enacting === undefined) {
      if (!mayBeEnacting(this.#text)) this.#known.enacting = false
    }
    return this.#signal('enacting', (reading) => reading.enacting !== undefined)
  }
  set enacting(value: boolean) {
    this.#known.enacting = value
  }
  get adoption(): boolean {
    return this.#signal('adoption', (reading) => reading.adoption)
  }
  set adoption(value: boolean) {
    this.#known.adoption = value
  }
  get closing(): boolean {
    return this.#signal('closing', (reading) => reading.closing)
  }
  set closing(value: boolean) {
    this.#known.closing = value
  }
  get attachment(): boolean {
    return this.#signal('attachment', (reading) => reading.attachment !== undefined)
  }
  set attachment(value: boolean) {
    this.#known.attachment = value
  }
  get number(): boolean {
    return this.#signal('number', (reading) => frontLine(reading.bare.slice(0, 300), this.#profile))
  }
  set number(value: boolean) {
    this.#known.number = value
  }

  toJSON(): Opening {
    const {label, recital, recitalListed, verb, formula, enacting, adoption, closing, attachment, number} =
      this
    return {
      ...(label ? {label} : {}),
      recital,
      recitalListed,
      verb,
      formula,
      enacting,
      adoption,
      closing,
      attachment,
      number,
    }
  }
}

/**
 * Whether a text may open with a listed recital phrase, read without the whole reading: it does not
 * when it opens (after opening quotes and spaces) with a word that starts no listed phrase and no
 * adverb, and that is no label (`a)`, `iv.`, `Art.`) or hierarchy word (`Article 2`).
 */
function mayOpenListed(text: string, lexicon: Lexicon): boolean {
  const start = openingStart(text)
  if (!isLetter(text[start])) return true
  const lower = text.slice(start, start + 48).toLowerCase()
  const word = firstWord(lower)
  if (lexicon.openers.has(word) || lexicon.adverbs.has(word)) return true
  const after = lower[word.length]
  if (after === ')' || after === '.' || after === undefined || word.length === lower.length) return true
  // A letter or a roman numeral may be a label printed without its stop (`a Recalling`, `IV Noting`).
  if (word.length === 1 || /^[ivxlcdm]+$/.test(word)) return true
  return lexicon.hierarchyWords.has(word)
}

/**
 * Whether a text may be a formula, read without the whole reading: it is not when it opens (after
 * opening quotes and spaces) with none of the profile's formula articles (`The `) and, white space
 * made single and the case and apostrophes as formulas are compared, with none of its bodies'
 * formulas (`the general assembly`). Opening characters other than quotes and spaces, or more than
 * eight of them, leave the answer to the reading.
 */
function mayBeFormula(text: string, lexicon: Lexicon): boolean {
  const start = openingStart(text)
  if (!isLetter(text[start])) return true
  for (const article of lexicon.profile.formulaArticles ?? [])
    if (text.startsWith(article, start)) return true
  const keys = lexicon.formulaStarts.get(leadingLetters(normaliseFormula(text.slice(start, start + 48))))
  if (!keys) return false
  // White space made single as the reading does (`headText`).
  const head = normaliseFormula(text.slice(start, start + 400).replace(/\s+/g, ' '))
  return keys.some((key) => head.startsWith(key))
}

/**
 * Whether a text may end with an enacting term or verb (see `enactingTermOf`, `enactingVerbOf`),
 * read without the whole reading: it does not when its last character other than white space is none
 * of `:` `,` `–` `-`. A text longer than the reading's head (400 characters) is left to the reading.
 */
function mayBeEnacting(text: string): boolean {
  const trimmed = text.trimEnd()
  if (trimmed.length > 400) return true
  const last = trimmed[trimmed.length - 1]
  return last === ':' || last === ',' || last === '–' || last === '-'
}

/**
 * Where a line's words start, for the quick tests above: past opening quotation marks and white
 * space, at most eight characters in (a line that opens with more is left to the whole reading).
 */
function openingStart(text: string): number {
  let start = 0
  while (
    start < text.length &&
    start < 8 &&
    (isSpace(text.charCodeAt(start)) || quotes.includes(text[start]!))
  )
    start++
  return start
}

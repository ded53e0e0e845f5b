import {actTitleOf} from './document-kinds.js'
import {formulaOf} from './front.js'
import {mayBeOpenerAlone} from './group-headings.js'
import type {LabelKind} from './labels.js'
import {type Lexicon, lexiconOf} from './lexicon.js'
import {mayBeEnacting, mayBeFormula, mayEndFormula, mayOpenListed} from './opening-checks.js'
import {recitalOpening} from './phrases.js'
import type {Profile} from './profile.js'
import {type Reading, readBlock} from './reading.js'
import {isWholeSymbol} from './symbols.js'

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
  /** Is a document's symbol alone, by a body's convention (`P10_TA(2031)0087`, `A/RES/79/1`). */
  symbol: boolean
  /**
   * May be an opener printed alone above the clauses it governs, as the ITU prints them: in lower
   * case, no punctuation at its end, an operative verb or recital opener first (`resolves`,
   * `instructs the Director of the Telecommunication Standardization Bureau`, `considering`).
   */
  opener: boolean
  /**
   * Opens with an act's title that prints its date (the profile's `actTitles`: `European Parliament
   * resolution of 12 March 2031 on …`, `Ley 7/2031, de 14 de marzo, …`).
   */
  actTitle: boolean
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

/**
 * An opening whose signals are worked out when first read (a reader cutting lines asks one or two of
 * each line) and may be set. They are accessors of the class: `toJSON` lists them all. Each signal
 * is a field of its own, `undefined` until known (one shape for every opening).
 */
class LazyOpening implements Opening {
  readonly #text: string
  readonly #lexicon: Lexicon
  #reading: Reading | undefined
  #label: Opening['label'] | null = null
  #recital: boolean | undefined
  #recitalListed: boolean | undefined
  #verb: boolean | undefined
  #formula: boolean | undefined
  #enacting: boolean | undefined
  #adoption: boolean | undefined
  #closing: boolean | undefined
  #attachment: boolean | undefined
  #number: boolean | undefined
  #symbol: boolean | undefined
  #opener: boolean | undefined
  #actTitle: boolean | undefined

  constructor(text: string, profile: Profile) {
    this.#text = text
    this.#lexicon = lexiconOf(profile)
  }

  /** The reading of the text, made when a signal first needs it. */
  get #read(): Reading {
    this.#reading ??= readBlock({children: [{type: 'text', value: this.#text}]}, 0, this.#lexicon)
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

  get recital(): boolean {
    this.#recital ??= this.#read.recital
    return this.#recital
  }
  set recital(value: boolean) {
    this.#recital = value
  }
  get recitalListed(): boolean {
    // Most lines a reader asks this of open with a plain word that no listed phrase starts with.
    if (
      this.#recitalListed === undefined &&
      this.#reading === undefined &&
      !mayOpenListed(this.#text, this.#lexicon)
    )
      this.#recitalListed = false
    if (this.#recitalListed === undefined) {
      const reading = this.#read
      this.#recitalListed =
        recitalOpening(reading.rest, this.#lexicon, reading.label !== undefined) === 'listed'
    }
    return this.#recitalListed
  }
  set recitalListed(value: boolean) {
    this.#recitalListed = value
  }
  get verb(): boolean {
    this.#verb ??= this.#read.verb
    return this.#verb
  }
  set verb(value: boolean) {
    this.#verb = value
  }
  get formula(): boolean {
    // Most lines open with words no formula opens with, or end otherwise than a formula does.
    if (
      this.#formula === undefined &&
      this.#reading === undefined &&
      (!mayEndFormula(this.#text, this.#lexicon) || !mayBeFormula(this.#text, this.#lexicon))
    )
      this.#formula = false
    this.#formula ??= formulaOf(this.#read, undefined, this.#lexicon) !== undefined
    return this.#formula
  }
  set formula(value: boolean) {
    this.#formula = value
  }
  get enacting(): boolean {
    // An enacting formula ends with `:` (a term also with `,` or a dash): most lines end otherwise.
    if (this.#enacting === undefined && this.#reading === undefined && !mayBeEnacting(this.#text))
      this.#enacting = false
    this.#enacting ??= this.#read.enacting !== undefined
    return this.#enacting
  }
  set enacting(value: boolean) {
    this.#enacting = value
  }
  get adoption(): boolean {
    this.#adoption ??= this.#read.adoption
    return this.#adoption
  }
  set adoption(value: boolean) {
    this.#adoption = value
  }
  get closing(): boolean {
    this.#closing ??= this.#read.closing
    return this.#closing
  }
  set closing(value: boolean) {
    this.#closing = value
  }
  get attachment(): boolean {
    this.#attachment ??= this.#read.attachment !== undefined
    return this.#attachment
  }
  set attachment(value: boolean) {
    this.#attachment = value
  }
  get number(): boolean {
    this.#number ??= this.#lexicon.isFrontLine(this.#read.bare.slice(0, 300))
    return this.#number
  }
  set number(value: boolean) {
    this.#number = value
  }
  get symbol(): boolean {
    // Symbols hold no space but before a bracketed year (`S/RES/2999 (2031)`): most lines hold more.
    this.#symbol ??= this.#text.length <= 60 && isWholeSymbol(this.#read.bare)
    return this.#symbol
  }
  set symbol(value: boolean) {
    this.#symbol = value
  }
  get opener(): boolean {
    this.#opener ??= mayBeOpenerAlone(this.#read, this.#lexicon)
    return this.#opener
  }
  set opener(value: boolean) {
    this.#opener = value
  }
  get actTitle(): boolean {
    this.#actTitle ??= actTitleOf(this.#read.bare, this.#lexicon.profile) !== undefined
    return this.#actTitle
  }
  set actTitle(value: boolean) {
    this.#actTitle = value
  }

  toJSON(): Opening {
    const {
      label,
      recital,
      recitalListed,
      verb,
      formula,
      enacting,
      adoption,
      closing,
      attachment,
      number,
      symbol,
      opener,
      actTitle,
    } = this
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
      symbol,
      opener,
      actTitle,
    }
  }
}

import {formulaOf} from './front.js'
import type {LabelKind} from './labels.js'
import {lexiconOf, recitalOpening} from './lexicon.js'
import type {Profile} from './profile.js'
import {type Reading, readBlock} from './reading.js'

/** What the start of a block looks like to the recognition: what a reader needs to cut blocks. */
export interface Opening {
  /** The label it opens with (`1.`, `(a)`, `II`, `- `, `Article 2`), if any. */
  label?: {kind: LabelKind; printed: string; length: number} | undefined
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
  if ((profile.documentNumber ?? []).some((pattern) => pattern.test(text))) return true
  return profile.meetingDay?.test(text) === true || profile.journal?.test(text) === true
}

/**
 * How the recognition would read a block that holds `text`: its label and the signals it decides
 * on. Readers use it to tell where a block starts (a plain-text reader cuts lines into paragraphs
 * with it), so that they cut where the recognition will look.
 *
 * A reader asks this of every line, and mostly one or two signals: each signal is worked out the
 * first time it is read, then kept (it may also be set). The signals are accessors, so a spread
 * (`{...opening}`) copies only the label; `JSON.stringify` and `opening.toJSON()` give them all.
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
  label?: Opening['label']
  readonly #reading: Reading
  readonly #profile: Profile
  readonly #known: Partial<Signals> = {}

  constructor(text: string, profile: Profile) {
    const lexicon = lexiconOf(profile)
    const reading = readBlock({children: [{type: 'text', value: text}]}, 0, lexicon)
    this.#reading = reading
    this.#profile = profile
    if (reading.label) {
      this.label = {
        kind: reading.label.kind,
        printed: reading.label.printed,
        length: reading.text.length - reading.bare.length + reading.label.length,
      }
    }
  }

  #signal(name: keyof Signals, read: (reading: Reading) => boolean): boolean {
    const known = this.#known[name]
    if (known !== undefined) return known
    const value = read(this.#reading)
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
    return this.#signal(
      'formula',
      (reading) => formulaOf(reading, undefined, lexiconOf(this.#profile)) !== undefined,
    )
  }
  set formula(value: boolean) {
    this.#known.formula = value
  }
  get enacting(): boolean {
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

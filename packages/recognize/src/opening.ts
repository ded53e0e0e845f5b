import {formulaOf} from './front.js'
import type {LabelKind} from './labels.js'
import {lexiconOf, recitalOpening} from './lexicon.js'
import type {Profile} from './profile.js'
import {readBlock} from './reading.js'

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
 * @param text The text of a line or block.
 * @param profile The profile to read with.
 * @returns The opening's label and signals.
 * @example readOpening('1. Decides to remain seized of the matter.', profiles.en).verb // true
 */
export function readOpening(text: string, profile: Profile): Opening {
  const lexicon = lexiconOf(profile)
  const reading = readBlock({children: [{type: 'text', value: text}]}, 0, lexicon)
  const opening: Opening = {
    recital: reading.recital,
    recitalListed: recitalOpening(reading.rest, lexicon, reading.label !== undefined) === 'listed',
    verb: reading.verb,
    formula: formulaOf(reading, undefined, lexicon) !== undefined,
    enacting: reading.enacting !== undefined,
    adoption: reading.adoption,
    closing: reading.closing,
    attachment: reading.attachment !== undefined,
    number: frontLine(reading.bare.slice(0, 300), profile),
  }
  if (reading.label) {
    opening.label = {
      kind: reading.label.kind,
      printed: reading.label.printed,
      length: reading.text.length - reading.bare.length + reading.label.length,
    }
  }
  return opening
}

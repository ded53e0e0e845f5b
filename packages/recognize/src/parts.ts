import type {
  Attachment,
  BlockContainer,
  Hcontainer,
  MainBody,
  P,
  Paragraph,
  Person,
  Preface,
  Recital,
} from '@clausewise/model'

/** The parts of a document as the recognition fills them, in reading order. */
export interface Parts {
  preface: Preface['children']
  /**
   * Formulas, the recitals, and the words that introduce the recitals after them (`Whereas:`,
   * `considering`: the `intro` of their `recitals`) of the preamble, and its other paragraphs, in
   * order; a formula of several blocks (a promulgation formula) holds the rest in `more`; a `group`
   * opens recitals of their own under a number (the parts `I`, `II` of a Spanish act's preamble).
   */
  preamble: (
    | {type: 'formula'; p: P; more?: P[] | undefined}
    | {type: 'recital'; recital: Recital}
    | {type: 'intro'; p: P}
    | {type: 'p'; p: P}
    | {type: 'group'; num: string}
  )[]
  body: MainBody['children']
  conclusions: P[]
  attachments: Attachment[]
  persons: Person[]
}

/** Empty parts. */
export function createParts(): Parts {
  return {preface: [], preamble: [], body: [], conclusions: [], attachments: [], persons: []}
}

export type {BlockContainer, Hcontainer, Paragraph}

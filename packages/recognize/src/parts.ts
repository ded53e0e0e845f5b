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
  /** Formulas and lead-ins (`Whereas:`) of the preamble, and the recitals, in order. */
  preamble: ({type: 'formula'; p: P} | {type: 'recital'; recital: Recital} | {type: 'p'; p: P})[]
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

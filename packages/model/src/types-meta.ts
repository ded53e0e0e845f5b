import type {Flow} from './types-block.js'
import type {Attributes, OpaqueElement} from './types-inline.js'

/** A lifecycle event: the adoption, or a corrigendum and its date. */
export interface LifecycleEvent {
  /** `evnt_N`. */
  eId: string
  /** ISO date `YYYY-MM-DD`. */
  date: string
  /** `generation` for the adoption, `amendment` for a corrigendum, `repeal`. */
  type: 'generation' | 'amendment' | 'repeal'
  /** What happened, e.g. `adoption`, `linguisticConformity`, `corrigendum`. */
  refersTo?: string | undefined
  /** Document symbol of the version this event produced, e.g. `MC.DEC/7/17/Corr.1`. */
  symbol?: string | undefined
  /** Kind of correction, for corrigenda: `linguisticConformity`, `correction`, … */
  kind?: string | undefined
  /** `eId` of the reference (in `meta.references`) the event's source is, when read from AKN. */
  source?: string | undefined
  /** Other attributes of the `eventRef`, as read. */
  attributes?: Attributes | undefined
}

/** A person or body named by the document, e.g. a delegation. */
export interface Person {
  type: 'person'
  /** `eId` referred to by {@link Party.refersTo}. */
  eId: string
  /** Human-readable name, e.g. `délégation de la Fédération de Russie`. */
  showAs: string
  /** Ontology IRI, e.g. `/ontology/person/osce/delegation.russianFederation`. */
  href: string
  /** Other attributes, as read (e.g. `shortForm`). */
  attributes?: Attributes | undefined
}

/** An organization named by the document, e.g. the issuing body. */
export interface Organization {
  type: 'organization'
  eId: string
  showAs: string
  href: string
  /** Other attributes, as read. */
  attributes?: Attributes | undefined
}

/** AKN reference elements other than persons and organizations. */
export type ReferenceName =
  | 'TLCConcept'
  | 'TLCEvent'
  | 'TLCLocation'
  | 'TLCObject'
  | 'TLCProcess'
  | 'TLCReference'
  | 'TLCRole'
  | 'TLCTerm'
  | 'activeRef'
  | 'attachmentOf'
  | 'hasAttachment'
  | 'jurisprudence'
  | 'original'
  | 'passiveRef'

/** Any other entry of `<references>`: a role, term, concept, location, or another document. */
export interface Reference {
  type: 'reference'
  element: ReferenceName
  eId: string
  href: string
  showAs: string
  /** Other attributes, as read. */
  attributes?: Attributes | undefined
}

/** A note kept in `meta.notes` and pointed at by `noteRef`. */
export interface Note {
  eId: string
  children: Flow[]
  /** Other attributes of the `note`, as read (e.g. `class="footnote"`). */
  attributes?: Attributes | undefined
}

/** FRBR identity: work, expression and manifestation. */
export interface Frbr {
  /** Country or body code of the FRBR URI, e.g. `osce`, `un`, `au`. */
  country: string
  /** Sub-type, e.g. `decision`. */
  subtype?: string | undefined
  /** Work date (adoption), `YYYY-MM-DD`. */
  date: string
  /** Work number, e.g. `7/17`. */
  number: string
  /** Expression language, ISO 639-2/B three letters as AKN wants (`fra`, `eng`). */
  language: string
  /** Expression date: the adoption, or the latest corrigendum. */
  expressionDate: string
  /** Work URI, e.g. `/akn/osce/statement/decision/2017-12-08/mc-7-17`; derived when absent. */
  workUri?: string | undefined
  /** Expression URI; derived when absent. */
  expressionUri?: string | undefined
  /** Work name (`FRBRname`), if the source gave one. */
  name?: string | undefined
}

/** The meeting a decision was adopted at. */
export interface Meeting {
  /** E.g. `Vingt-quatrième Réunion` / `Twenty-fourth Meeting`. */
  name?: string | undefined
  /** E.g. `CM(24)`. */
  symbol?: string | undefined
  /** Day of the meeting as printed, e.g. `Deuxième jour`. */
  day?: string | undefined
  /** Journal number, e.g. `2`. */
  journal?: string | undefined
  /** Agenda item, e.g. `7`. */
  agendaItem?: string | undefined
  /** Place, e.g. `Vienne`. */
  place?: string | undefined
}

/** Everything about the document that is not its text (`<meta>`). */
export interface Meta {
  frbr: Frbr
  /** Issuing body. */
  body?: Organization | undefined
  /** Document symbol of this version, e.g. `MC.DEC/7/17/Corr.1`. */
  symbol?: string | undefined
  /** Symbol of the original, e.g. `MC.DEC/7/17`, when this version is a corrigendum. */
  originalSymbol?: string | undefined
  meeting?: Meeting | undefined
  /** BCP 47 tag of the text, e.g. `fr`, `en`. */
  language: string
  /** Adoption and corrigenda, in date order. */
  lifecycle: LifecycleEvent[]
  /** Persons, organizations and other references the text names. */
  references: (Person | Organization | Reference)[]
  /** Notes kept apart from the text, referred to by `noteRef`. */
  notes: Note[]
  /**
   * The `<identification>` as read, when it holds more than the fields above give (aliases, dates'
   * names, authors' roles, component lists): writers keep it, with the fields above in their places.
   */
  identification?: OpaqueElement | undefined
  /** Attributes of `identification`, `lifecycle`, `references` and `notes` as read (their `source`). */
  partAttributes?:
    | Partial<Record<'identification' | 'lifecycle' | 'references' | 'notes', Attributes>>
    | undefined
  /**
   * Parts of `<meta>` the model does not interpret (`publication`, `classification`, `workflow`,
   * `analysis`, `temporalData`, other `proprietary` blocks, `presentation`), kept as read and written
   * back in schema order.
   */
  kept?: OpaqueElement[] | undefined
}

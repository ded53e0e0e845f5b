/**
 * The inference rules, shared by the reader and the writer so that they cannot drift: the reader gives
 * each block the role inferred here unless a directive says otherwise, and the writer writes a
 * directive exactly where the role it needs differs from the one inferred here.
 */
import {hierarchyNames} from '@clausewise/model'
import type {Opening} from './opening.js'

/** What a block looks like, as far as inference cares. */
export interface Shape {
  kind: 'heading' | 'paragraph' | 'list'
  /** Heading level, 1–6. */
  level?: number | undefined
  /** A heading that opens a unit by its words (`Article 5`, `1. Mission`). */
  unit?: boolean | undefined
  /** A heading that looks like a document number (`Decision No. 7/17`). */
  numberLike?: boolean | undefined
  /**
   * A heading the language profile names as an attachment's (`ANNEX`, `INTERPRETATIVE STATEMENT`):
   * the name of the attachment it opens (`annex`, `interpretativeStatement`).
   */
  attachment?: string | undefined
  /** A heading that names a part of the decision by its words alone (`Preamble`, `Operative part`). */
  part?: 'preamble' | 'body' | undefined
  /** Its plain text ends with a colon (an introduction, an author line). */
  colon?: boolean | undefined
  /** It names a party (`[…](party:id)`): an author line. */
  party?: boolean | undefined
  /** A paragraph opening with a label (`(1)`, `2a.`, `A.`): a numbered clause. */
  labelled?: boolean | undefined
  /** What its opening words make it, by the language profile. */
  opening?: Opening | undefined
}

/** What a block stands for in the model. */
export type Role =
  | 'docNumber'
  | 'docTitle'
  | 'preface'
  | 'formula'
  | 'recital'
  | 'preamble'
  | 'preambleHeading'
  | 'block'
  | 'paragraph'
  | 'clauses'
  | 'conclusions'
  | 'attachment'
  | 'longTitle'
  | 'unit'
  | 'content'

/** Roles a directive may force. */
export const directiveRoles = new Set<string>([
  'docNumber',
  'docTitle',
  'preface',
  'formula',
  'recital',
  'preamble',
  'block',
  'paragraph',
  'conclusions',
  'attachment',
  'longTitle',
  'content',
])

/**
 * AKN hierarchical elements a directive opens as a unit (`<!-- clausewise: part -->`); any other
 * unit is `<!-- clausewise: hcontainer name="…" -->`.
 */
export const unitNames: ReadonlySet<string> = new Set<string>(hierarchyNames)

/** The directive that opens a unit of this name, and its `name` attribute when it needs one. */
export function unitDirective(name: string): {role: string; name?: string} {
  return unitNames.has(name) ? {role: name} : {role: 'hcontainer', name}
}

/** The word a unit's heading line starts with: its name, capitalised (`part` → `Part`). */
export function unitLabel(name: string): string {
  return name.charAt(0).toUpperCase() + name.slice(1)
}

/** Where inference stands inside one part (the document, or one attachment). */
export interface State {
  part: 'main' | 'attachment'
  zone: 'preface' | 'preamble' | 'body' | 'conclusions'
  /** What of the title has been read: nothing, a number heading, or the title. */
  title: 'none' | 'number' | 'title'
  /** Whether the preamble has a formula, recital or paragraph yet (its heading aside). */
  preamble: boolean
  /** The open unit: none, one a directive opened (its paragraphs are its content), or a heading's. */
  unit: 'none' | 'directive' | 'heading'
  /** Whether a heading has opened a unit in this part: later plain headings open units too. */
  units: boolean
  /**
   * Whether the part is an attachment other than an interpretative statement (an annex, an appendix,
   * a schedule): the plain headings in its body head its units, not attachments of their own.
   */
  named: boolean
}

/** The state at the start of a part (`named`: an attachment that is no interpretative statement). */
export function initialState(part: State['part'], named = false): State {
  return {part, zone: 'preface', title: 'none', preamble: false, unit: 'none', units: false, named}
}

function headingRole(state: State, shape: Shape, next: Shape | undefined): Role {
  if (shape.unit) return 'unit'
  // A part heading opens its part at whatever depth it is written: the preamble's heading is its
  // first paragraph, the operative part's the body's first block.
  if (shape.part && state.part === 'main' && !state.units && state.zone !== 'body') {
    if (shape.part === 'preamble' && state.zone === 'preface') return 'preambleHeading'
    if (shape.part === 'body' && state.zone !== 'conclusions') return 'block'
  }
  if (state.zone === 'preface') {
    if (state.title === 'none') {
      if (
        shape.level === 1 &&
        (shape.numberLike || (next?.kind === 'heading' && next.level === 2 && !next.unit && !next.part))
      )
        return 'docNumber'
      return 'docTitle'
    }
    if (state.title === 'number' && shape.level === 2) return 'docTitle'
    return 'preambleHeading'
  }
  if (state.zone === 'preamble') return 'preambleHeading'
  if ((state.units || state.named) && !shape.attachment) return 'unit'
  return 'attachment'
}

/**
 * The role a block gets when no directive says otherwise. `attachment` means the block opens a new
 * attachment (read it again in that part's initial state).
 */
export function inferRole(state: State, shape: Shape, next: Shape | undefined): Role {
  if (shape.kind === 'heading') return headingRole(state, shape, next)
  if (shape.kind === 'list') return 'clauses'
  if (state.zone === 'conclusions') return 'conclusions'
  if (state.unit === 'directive') return 'content'
  if (shape.labelled && (state.zone === 'body' || state.unit === 'heading')) return 'clauses'
  if (state.unit === 'heading') return 'paragraph'
  if (state.part === 'attachment') return state.zone === 'preface' && shape.party ? 'preface' : 'paragraph'
  if (shape.colon && next?.kind === 'list' && state.zone !== 'preface') return 'block'
  if (state.zone === 'body') return shape.opening === 'operative' ? 'paragraph' : 'block'
  if (shape.opening === 'operative') return 'paragraph'
  if (state.zone === 'preface') {
    if (shape.opening === 'formula' || shape.opening === 'enacting') return 'formula'
    if (shape.opening === 'recital') return 'recital'
    return 'preface'
  }
  // Under the preamble's own heading, before any recital, the formula still opens it; the enacting
  // formula closes it, after the recitals too (`Whereas: … HAVE ADOPTED THIS REGULATION:`).
  if (!state.preamble && shape.opening === 'formula') return 'formula'
  if (shape.opening === 'enacting') return 'formula'
  return 'recital'
}

/** The state after a block of this role (`forced`: a directive gave it). */
export function advance(state: State, role: Role, forced = false): State {
  switch (role) {
    case 'docNumber':
      return {...state, title: state.title === 'none' ? 'number' : state.title}
    case 'docTitle':
      return {...state, title: 'title'}
    case 'preface':
    case 'attachment':
    case 'longTitle':
      return state
    case 'preambleHeading':
      return {...state, zone: 'preamble', unit: 'none'}
    case 'formula':
    case 'recital':
    case 'preamble':
      return {...state, zone: 'preamble', preamble: true, unit: 'none'}
    case 'conclusions':
      return {...state, zone: 'conclusions', unit: 'none'}
    case 'unit':
      return forced
        ? {...state, zone: 'body', unit: 'directive'}
        : {...state, zone: 'body', unit: 'heading', units: true}
    case 'block':
      return {...state, zone: 'body', unit: 'none'}
    default:
      return {...state, zone: 'body'}
  }
}

/**
 * The convention's inference rules, shared by the reader and the writer so that they cannot drift:
 * the reader gives each block the role inferred here unless a directive says otherwise, and the
 * writer writes a directive exactly where the role it needs differs from the one inferred here.
 */

/** What a block looks like, as far as inference cares. */
export interface Shape {
  kind: 'h1' | 'h2' | 'paragraph' | 'list'
  /** Its plain text ends with a colon (an operative introduction, an author line). */
  colon?: boolean | undefined
  /** It names a party (`[…](party:id)`): an author line. */
  party?: boolean | undefined
}

/** What a block stands for in the model. */
export type Role =
  | 'docNumber'
  | 'docTitle'
  | 'preface'
  | 'formula'
  | 'recital'
  | 'preamble'
  | 'block'
  | 'paragraph'
  | 'clauses'
  | 'conclusions'
  | 'attachment'
  | 'longTitle'
  | 'unit'
  | 'content'

/** Roles a directive may force (every role but the headings', which only headings have). */
export const directiveRoles = new Set<string>([
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
export const unitNames = new Set<string>([
  'alinea',
  'article',
  'book',
  'chapter',
  'clause',
  'division',
  'indent',
  'level',
  'part',
  'rule',
  'section',
  'subchapter',
  'subclause',
  'subdivision',
  'subparagraph',
  'subpart',
  'subrule',
  'subsection',
  'title',
  'tome',
])

/** The directive that opens a unit of this name, and its `name` attribute when it needs one. */
export function unitDirective(name: string): {role: string; name?: string} {
  return unitNames.has(name) ? {role: name} : {role: 'hcontainer', name}
}

/** The word a unit's heading line starts with: its name, capitalised (`part` → `Part`). */
export function unitLabel(name: string): string {
  return name.charAt(0).toUpperCase() + name.slice(1)
}

/** Where inference stands inside one part (the decision, or one attachment). */
export interface State {
  part: 'main' | 'attachment'
  zone: 'preface' | 'preamble' | 'body' | 'conclusions'
  /** Whether the preamble has a formula, recital or paragraph yet. */
  preamble: boolean
  /** Whether a hierarchical unit is open: its paragraphs are its content. */
  unit: boolean
}

/** The state at the start of a part. */
export function initialState(part: State['part']): State {
  return {part, zone: 'preface', preamble: false, unit: false}
}

/**
 * The role a block gets when no directive says otherwise. `attachment` means the block opens a new
 * attachment (read it again in that part's initial state).
 */
export function inferRole(state: State, shape: Shape, next: Shape | undefined): Role {
  if (shape.kind === 'h1' || shape.kind === 'h2') {
    if (state.zone !== 'preface') return 'attachment'
    return shape.kind === 'h1' ? 'docNumber' : 'docTitle'
  }
  if (shape.kind === 'list') return 'clauses'
  if (state.zone === 'conclusions') return 'conclusions'
  if (state.unit) return 'content'
  if (state.part === 'attachment') {
    return state.zone === 'preface' && shape.party ? 'preface' : 'paragraph'
  }
  if (state.zone === 'body') return 'block'
  if (!state.preamble) return 'formula'
  if (shape.colon && next?.kind === 'list') return 'block'
  return 'recital'
}

/** The state after a block of this role. */
export function advance(state: State, role: Role): State {
  switch (role) {
    case 'docNumber':
    case 'docTitle':
    case 'preface':
    case 'attachment':
    case 'longTitle':
      return state
    case 'formula':
    case 'recital':
    case 'preamble':
      return {...state, zone: 'preamble', preamble: true, unit: false}
    case 'conclusions':
      return {...state, zone: 'conclusions', unit: false}
    case 'unit':
      return {...state, zone: 'body', unit: true}
    case 'block':
      return {...state, zone: 'body', unit: false}
    default:
      return {...state, zone: 'body'}
  }
}

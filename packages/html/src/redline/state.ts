import type {ChangeKind, ClauseGroup, Comparison} from '@clausewise/model'
import type {IdRegistry} from '../ids.js'
import type {Labels} from '../labels.js'

/** What the redline renderers share while rendering one comparison. */
export interface RedlineState {
  comparison: Comparison
  labels: Labels
  /** The page's language, `'en'` or `'fr'`. */
  language: 'en' | 'fr'
  ids: IdRegistry
  /** Change classes shown as plain text. */
  hide: ReadonlySet<ChangeKind>
  /** Show unchanged clauses. */
  unchanged: boolean
  /** HTML id of each group, by group id. */
  groupIds: Map<string, string>
  /** Move number (1-based) of each moved group, by group id. */
  moves: Map<string, number>
  /** `datetime` of changes: the new version's expression date, if known. */
  datetime: string | undefined
  /** `cite` of changes: the new version's expression URI, if allowed. */
  cite: string | undefined
  /** HTML ids of the metadata changes, in order. */
  metadataIds: string[]
  /** Prefix of every id made for this rendering (`''` on screen, `print-` for the print copy). */
  prefix: string
  /** Whether changes are navigation targets (`data-change`, `tabindex`); off for the print copy. */
  interactive: boolean
  /** Raise the ordinal indicator of `nº` (French pages). */
  superscriptOrdinals: boolean
  /** Groups by the eIds of their members on each side, to name a point by its paragraph. */
  byEId: {old: Map<string, ClauseGroup>; new: Map<string, ClauseGroup>}
  /** Groups by their id (the first of a duplicated id), and the groups of each cascade or swap. */
  byId: Map<string, ClauseGroup>
  edits: Map<string, ClauseGroup[]>
}

/** The kinds of word-level change we know; anything else in input is shown as `wording`. */
export const changeKinds: readonly ChangeKind[] = [
  'wording',
  'punctuation',
  'case',
  'typography',
  'whitespace',
  'number',
  'formatting',
]

/** A known change kind for a value from input. */
export function kindOf(value: unknown): ChangeKind {
  return changeKinds.includes(value as ChangeKind) ? (value as ChangeKind) : 'wording'
}

/**
 * The groups of a comparison by id and by edit, built once: looking them up per group would make a
 * page of many cascades quadratic.
 *
 * @example indexGroups(comparison.clauses).edits.get('g20') // the groups of the cascade g20 opens
 */
export function indexGroups(clauses: readonly ClauseGroup[]): {
  byId: Map<string, ClauseGroup>
  edits: Map<string, ClauseGroup[]>
} {
  const byId = new Map<string, ClauseGroup>()
  const edits = new Map<string, ClauseGroup[]>()
  for (const group of clauses) {
    if (typeof group.id === 'string' && !byId.has(group.id)) byId.set(group.id, group)
    const edit = editOf(group)
    if (!edit) continue
    const members = edits.get(edit.id)
    if (members) members.push(group)
    else edits.set(edit.id, [group])
  }
  return {byId, edits}
}

/**
 * The cascade or swap a group is part of, when well-formed.
 *
 * @example editOf({edit: {type: 'swap', id: 'g6'}}) // {type: 'swap', id: 'g6'}
 */
export function editOf(
  group: ClauseGroup,
): {type: 'cascade' | 'swap'; id: string; cause?: string} | undefined {
  const edit = group.edit as unknown
  if (edit === null || typeof edit !== 'object') return undefined
  const {type, id, cause} = edit as {type?: unknown; id?: unknown; cause?: unknown}
  if ((type !== 'cascade' && type !== 'swap') || typeof id !== 'string') return undefined
  return typeof cause === 'string' ? {type, id, cause} : {type, id}
}

/**
 * The edit of a group when its first group is in the comparison and opens that same edit; else
 * nothing, and the group is shown on its own.
 *
 * @example activeEdit(group, state)?.type // 'cascade'
 */
export function activeEdit(group: ClauseGroup, state: RedlineState): ReturnType<typeof editOf> {
  const edit = editOf(group)
  if (!edit) return undefined
  const first = state.byId.get(edit.id)
  const opened = first === undefined ? undefined : editOf(first)
  return opened?.id === edit.id && opened.type === edit.type ? edit : undefined
}

/**
 * A group whose only change is being renumbered inside a cascade it does not open: its number is
 * shown quietly, without a note, a change bar or a stop — the cascade's first group carries those.
 * Only when that first group is there and opens the same cascade: a comparison cannot silence a
 * renumbering by pointing at a cascade nobody announces.
 *
 * @example isQuietRenumbering(group, state) // true for paragraphs 12–14 of the cascade 11–14
 */
export function isQuietRenumbering(group: ClauseGroup, state: RedlineState): boolean {
  const edit = activeEdit(group, state)
  if (edit?.type !== 'cascade' || edit.id === group.id) return false
  return group.change === 'unchanged' && group.moved !== true
}

/** Whether a group is shown as changed (a move, a renumbering, or a change not all hidden). */
export function isChanged(group: ClauseGroup, state: RedlineState): boolean {
  if (isQuietRenumbering(group, state)) return false
  if (group.moved || group.renumbered) return true
  if (group.change === 'unchanged') return false
  if (group.change !== 'modified') return true
  const changes = Array.isArray(group.changes) ? group.changes : []
  if (changes.length === 0) return group.oldText !== group.newText
  return changes.some((change) => change.op !== 'equal' && !state.hide.has(kindOf(change.kind)))
}

/** The HTML id of a group (made on first use). */
export function groupId(group: ClauseGroup, index: number, state: RedlineState): string {
  const known = state.groupIds.get(group.id)
  if (known !== undefined) return known
  const id = state.ids.take(state.prefix + String(group.id), `${state.prefix}g${index + 1}`)
  state.groupIds.set(group.id, id)
  return id
}

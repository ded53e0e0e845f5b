import type {ClauseGroup} from '@clausewise/model'
import type {Labels} from '../labels.js'
import type {RedlineState} from './state.js'

const abbreviations: Readonly<Record<string, keyof Labels['clauseKind']>> = {
  para: 'paragraph',
  recital: 'recital',
  point: 'point',
  formula: 'formula',
  authorialNote: 'authorialNote',
  blockContainer: 'blockContainer',
  hcontainer: 'hcontainer',
}

function kindName(kind: string, labels: Labels): string {
  return Object.hasOwn(labels.clauseKind, kind) ? labels.clauseKind[kind as keyof Labels['clauseKind']] : kind
}

/**
 * A clause named for people from its eId, e.g. `para_5__list_1__point_a` → `point a`.
 */
export function eIdLabel(eId: string, labels: Labels): string {
  const last = eId.split('__').pop() ?? eId
  const underscore = last.indexOf('_')
  if (underscore < 0) return last
  const abbreviation = last.slice(0, underscore)
  const name = Object.hasOwn(abbreviations, abbreviation) ? abbreviations[abbreviation]! : abbreviation
  return `${kindName(name, labels)} ${last.slice(underscore + 1)}`
}

/**
 * A number with the kind of unit it numbers: `paragraph 5`; an AKN unit by its element (`section 5`,
 * `regulation 2`); a number that names its unit already (`PART 1`, `Art. 186`) as it is.
 */
function numbered(group: ClauseGroup, num: string, labels: Labels): string {
  const trimmed = num.trim().replace(/\.$/, '')
  if (/^\p{L}{2,}\.?\s/u.test(trimmed)) return trimmed
  const generic = group.kind === 'hcontainer' || group.kind === 'item' || group.kind === 'speech'
  const name =
    generic && group.element && group.element !== 'hcontainer'
      ? group.element
      : kindName(String(group.kind), labels)
  return `${name} ${trimmed}`
}

/**
 * A clause group named for people, on one side: `paragraph 5`, `point a)`, `Statement 1, paragraph 2`.
 */
export function groupLabel(group: ClauseGroup, side: 'old' | 'new', labels: Labels): string {
  const num = side === 'old' ? (group.oldNum ?? group.newNum) : (group.newNum ?? group.oldNum)
  const members =
    side === 'old'
      ? [...(group.old ?? []), ...(group.new ?? [])]
      : [...(group.new ?? []), ...(group.old ?? [])]
  const eId = members[0]
  let label: string
  if (typeof num === 'string' && num.trim() !== '') {
    label = numbered(group, num, labels)
  } else if (typeof eId === 'string' && eId !== '') {
    label = eIdLabel(eId, labels)
  } else {
    label = kindName(String(group.kind), labels)
  }
  if (group.section === 'attachment') {
    const index = typeof group.attachment === 'number' ? group.attachment : 1
    label = `${labels.statement(index)}, ${label}`
  }
  return label
}

function stripped(num: unknown): string | undefined {
  return typeof num === 'string' && num.trim() !== '' ? num.trim().replace(/\.$/, '') : undefined
}

/** The place of a recital among its siblings, from its eId (`…recital_3` → `3`). */
function ordinal(eId: string | undefined): string | undefined {
  const match = /_(\d+)$/.exec(eId ?? '')
  return match?.[1]
}

/**
 * A clause group named in full for a cover note, on one side: `preambular paragraph 3`, `operative
 * paragraph 5`, `point c) of operative paragraph 5`, `Statement 1, paragraph 2`.
 */
export function fullLabel(group: ClauseGroup, side: 'old' | 'new', state: RedlineState, depth = 0): string {
  const {labels} = state
  const members =
    side === 'old'
      ? [...(group.old ?? []), ...(group.new ?? [])]
      : [...(group.new ?? []), ...(group.old ?? [])]
  const eId = typeof members[0] === 'string' ? members[0] : undefined
  const num = stripped(side === 'old' ? (group.oldNum ?? group.newNum) : (group.newNum ?? group.oldNum))
  const attachment = group.section === 'attachment'
  let label: string | undefined
  if (!attachment && group.kind === 'recital') {
    const place = num ?? ordinal(eId)
    if (place !== undefined) label = labels.preambular(place)
  } else if (!attachment && group.kind === 'paragraph' && group.depth === 0 && num !== undefined) {
    label = labels.operativeParagraph(num)
  } else if (group.kind === 'point' && num !== undefined && eId !== undefined && depth < 8) {
    // The paragraph (or point) the point belongs to: its eId without the last `__list_N__point_x`.
    const parts = eId.split('__')
    if (parts[parts.length - 1]?.startsWith('point_')) parts.pop()
    if (parts[parts.length - 1]?.startsWith('list_')) parts.pop()
    const parentEId = parts.join('__')
    const parent =
      parentEId !== eId ? (state.byEId[side].get(parentEId) ?? state.byEId.new.get(parentEId)) : undefined
    if (parent)
      label = labels.pointOf(num.endsWith(')') ? num : `${num})`, fullLabel(parent, side, state, depth + 1))
  }
  if (label === undefined) return groupLabel(group, side, labels)
  return attachment
    ? `${labels.statement(typeof group.attachment === 'number' ? group.attachment : 1)}, ${label}`
    : label
}

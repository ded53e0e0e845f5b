import type {ClauseGroup} from '@clausewise/model'
import type {Labels} from '../labels.js'

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
    label = `${kindName(String(group.kind), labels)} ${num.trim().replace(/\.$/, '')}`
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

import type {ClauseGroup, Nodes, TextUnit} from '@clausewise/model'
import type {OutParagraph} from '../write/blocks.js'

/** Where the paragraphs of a redline go: the new document's, and those added before or after them. */
export interface Placement {
  /** A comparison unit of the new document (a clause, or a block outside every clause) by eId. */
  unit(eId: string): Nodes | undefined
  /** The paragraphs that hold a clause's own text (lead and wrap-up), in order. */
  paragraphsOf(eId: string): OutParagraph[]
  /** The last paragraph of a clause's leading text. */
  lead(eId: string): OutParagraph | undefined
  /** Put paragraphs of group `index` (not in the new document) where the group stood. */
  after(index: number, paragraphs: OutParagraph[]): void
  /** Put paragraphs right before one of the new document's paragraphs (at the start if none). */
  before(paragraph: OutParagraph | undefined, paragraphs: OutParagraph[]): void
  /** Put paragraphs right after one of the new document's paragraphs. */
  afterParagraph(paragraph: OutParagraph, paragraphs: OutParagraph[]): void
  /** Put paragraphs at the end. */
  end(paragraphs: OutParagraph[]): void
  /** Put a moved group's old paragraphs after the group it followed in the old document. */
  afterGroup(groupId: string | undefined, group: ClauseGroup, paragraphs: OutParagraph[]): void
  /** The last leading paragraph of the nearest group before `index` that the new document has. */
  leadBefore(index: number): OutParagraph | undefined
  /** Every paragraph, in order. */
  assemble(): OutParagraph[]
}

/** The placement of a redline's paragraphs around those of the new document. */
export function createPlacement(
  backbone: OutParagraph[],
  groups: readonly ClauseGroup[],
  units: readonly TextUnit[] = [],
): Placement {
  const byClause = new Map<string, number[]>()
  backbone.forEach((paragraph, index) => {
    if (paragraph.clause === undefined) return
    const list = byClause.get(paragraph.clause)
    if (list) list.push(index)
    else byClause.set(paragraph.clause, [index])
  })
  const unitNodes = new Map<string, Nodes>()
  for (const unit of units) unitNodes.set(unit.eId, unit.node)
  const lists = new Map<number, OutParagraph[]>()
  const placedAt = new Map<string, number>()
  const groupIndex = new Map(groups.map((group, index) => [group.id, index]))

  const add = (key: number, paragraphs: OutParagraph[]): void => {
    const list = lists.get(key)
    if (list) list.push(...paragraphs)
    else lists.set(key, [...paragraphs])
  }
  const subtreeEnd = (eId: string): number | undefined => {
    const indices = byClause.get(eId)
    if (!indices) return undefined
    let end = indices[indices.length - 1]!
    const prefix = `${eId}__`
    for (let index = end + 1; index < backbone.length; index++) {
      const clause = backbone[index]!.clause
      if (clause === undefined || !(clause === eId || clause.startsWith(prefix))) break
      end = index
    }
    return end
  }
  const leadIndex = (eId: string): number | undefined => {
    const indices = byClause.get(eId)
    if (!indices) return undefined
    const leads = indices.filter((index) => backbone[index]!.part !== 'wrapUp')
    return leads.length > 0 ? leads[leads.length - 1] : indices[0]
  }
  const firstIndex = (group: ClauseGroup): number | undefined => {
    for (const eId of group.new) {
      const indices = byClause.get(eId)
      if (indices) return indices[0]
    }
    return undefined
  }
  /** The key after which paragraphs following group `j` go, for a group at `depth`. */
  const keyAfter = (j: ClauseGroup, depth: number): number | undefined => {
    const placed = placedAt.get(j.id)
    if (placed !== undefined) return placed
    const eId = j.new.find((candidate) => byClause.has(candidate))
    if (eId === undefined) return undefined
    return depth <= j.depth ? subtreeEnd(eId) : leadIndex(eId)
  }
  const sameSection = (left: ClauseGroup, right: ClauseGroup): boolean =>
    left.section === right.section && left.attachment === right.attachment
  const keyFor = (index: number): number => {
    const group = groups[index]!
    let fallback: number | undefined
    for (let j = index - 1; j >= 0; j--) {
      const candidate = groups[j]!
      if (candidate.kind === 'authorialNote') continue
      const key = keyAfter(candidate, group.depth)
      if (key === undefined) continue
      if (sameSection(candidate, group)) return key
      fallback = key
      break
    }
    for (let k = index + 1; k < groups.length; k++) {
      const candidate = groups[k]!
      if (candidate.kind === 'authorialNote' || !sameSection(candidate, group)) continue
      const first = firstIndex(candidate)
      if (first !== undefined) return first - 1
    }
    return fallback ?? backbone.length - 1
  }

  return {
    unit: (eId) => unitNodes.get(eId),
    paragraphsOf: (eId) => (byClause.get(eId) ?? []).map((index) => backbone[index]!),
    lead(eId) {
      const index = leadIndex(eId)
      return index === undefined ? undefined : backbone[index]
    },
    after(index, paragraphs) {
      const key = keyFor(index)
      placedAt.set(groups[index]!.id, key)
      add(key, paragraphs)
    },
    before(paragraph, paragraphs) {
      const index = paragraph ? backbone.indexOf(paragraph) : 0
      add(Math.max(index, 0) - 1, paragraphs)
    },
    afterParagraph(paragraph, paragraphs) {
      add(backbone.indexOf(paragraph), paragraphs)
    },
    end(paragraphs) {
      add(backbone.length - 1, paragraphs)
    },
    afterGroup(groupId, group, paragraphs) {
      const j = groupId === undefined ? undefined : groupIndex.get(groupId)
      let key = j === undefined ? undefined : keyAfter(groups[j]!, group.depth)
      if (key === undefined) {
        // First in its section in the old document: before the section's first clause.
        const first = groups.find(
          (candidate) =>
            candidate !== group && sameSection(candidate, group) && firstIndex(candidate) !== undefined,
        )
        key = first ? firstIndex(first)! - 1 : -1
      }
      placedAt.set(group.id, key)
      add(key, paragraphs)
    },
    leadBefore(index) {
      for (let j = index - 1; j >= 0; j--) {
        const candidate = groups[j]!
        if (candidate.kind === 'authorialNote') continue
        const eId = candidate.new.find((value) => byClause.has(value))
        if (eId !== undefined) return backbone[leadIndex(eId)!]
      }
      return undefined
    },
    assemble() {
      const out: OutParagraph[] = [...(lists.get(-1) ?? [])]
      backbone.forEach((paragraph, index) => {
        out.push(paragraph, ...(lists.get(index) ?? []))
      })
      return out
    },
  }
}

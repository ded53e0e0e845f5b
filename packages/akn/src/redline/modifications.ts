import type {ClauseGroup, Comparison, Document, OpaqueElement} from '@clausewise/model'

/** The textual modification types of AKN (`TextualMods`) a comparison's groups become. */
const types: Record<ClauseGroup['change'], string | undefined> = {
  unchanged: undefined,
  modified: 'substitution',
  inserted: 'insertion',
  deleted: 'repeal',
  split: 'split',
  merged: 'join',
}

const empty = (name: string, attributes: Record<string, string>): OpaqueElement => ({
  name,
  attributes,
  children: [],
})

/**
 * Record a comparison in the redline's metadata, the way AKN records amendments: the old version as
 * a reference (`TLCReference name="oldVersion"`), and one `textualMod` in `analysis /
 * activeModifications` per changed group — `substitution`, `insertion`, `repeal`, `split`, `join`, and
 * `renumbering` for a clause renumbered or moved (`refersTo="#clausewise-moved"` for a move), each with
 * its source (the old version), its destination in this document, where it stood before and its old
 * and new eIds. `where` gives the eId in this document of each group (a deleted clause's struck
 * text). Changes the document's metadata in place.
 */
export function recordModifications(
  document: Document,
  comparison: Comparison,
  where: Map<ClauseGroup, string>,
  take: (wanted: string) => string,
): void {
  const {meta} = document
  const oldVersion = take('clausewise-old-version')
  const label =
    comparison.old.symbol ?? comparison.old.label ?? comparison.old.number ?? comparison.old.expression
  meta.references.push({
    type: 'reference',
    element: 'TLCReference',
    eId: oldVersion,
    href: comparison.old.expression,
    showAs: label,
    attributes: {name: 'oldVersion'},
  })
  const moved = take('clausewise-moved')
  let movedUsed = false
  const modifications: OpaqueElement[] = []
  const old = (eId: string): string => `${comparison.old.expression}#${eId}`
  for (const group of comparison.clauses) {
    const destination = where.get(group)
    if (destination === undefined) continue
    const entries: [string, boolean][] = []
    const type = types[group.change]
    if (type) entries.push([type, false])
    if (group.change !== 'inserted' && group.change !== 'deleted' && (group.renumbered || group.moved)) {
      entries.push(['renumbering', group.moved])
    }
    for (const [kind, isMove] of entries) {
      const attributes: Record<string, string> = {
        eId: take(`clausewise-mod_${modifications.length + 1}`),
        type: kind,
      }
      if (isMove) {
        attributes.refersTo = `#${moved}`
        movedUsed = true
      }
      const children: OpaqueElement[] = [
        empty('source', {href: `#${oldVersion}`}),
        empty('destination', {href: `#${destination}`}),
      ]
      if (kind === 'renumbering' && group.old[0] !== undefined)
        children.push(empty('previous', {href: old(group.old[0])}))
      for (const eId of group.old) children.push(empty('old', {href: old(eId)}))
      for (const eId of group.new) children.push(empty('new', {href: `#${eId}`}))
      modifications.push({name: 'textualMod', attributes, children})
    }
  }
  if (movedUsed) {
    meta.references.push({
      type: 'reference',
      element: 'TLCConcept',
      eId: moved,
      href: '/ontology/concept/clausewise/moved',
      showAs: 'moved',
    })
  }
  if (modifications.length === 0) return
  meta.kept ??= []
  let analysis = meta.kept.find((item) => item.name === 'analysis')
  if (!analysis) {
    analysis = {name: 'analysis', attributes: {source: '#clausewise'}, children: []}
    meta.kept.push(analysis)
  }
  let active = analysis.children.find(
    (child): child is OpaqueElement => typeof child !== 'string' && child.name === 'activeModifications',
  )
  if (!active) {
    active = {name: 'activeModifications', children: []}
    // `activeModifications` comes first in `analysis`.
    analysis.children.unshift(active)
  }
  active.children.push(...modifications)
}

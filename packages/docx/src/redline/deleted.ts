import type {ClauseGroup, Inline} from '@clausewise/model'
import {styleOfRole} from '../structure/roles.js'
import type {OutParagraph} from '../write/blocks.js'
import type {Revision} from '../write/inline.js'
import type {NoteIndex} from './notes.js'

// Directives that say where a paragraph stood among its neighbours, untrue once it is moved elsewhere.
const positional = /^clausewise:(?:attachment|in)(?:\?|$)/

/** How deep a clause sits, from its eId: points below points, units below units. */
function depthOf(eId: string, segment: RegExp): number {
  return eId.split('__').filter((part) => segment.test(part)).length
}

function styleOf(group: ClauseGroup): string {
  const eId = group.old[0] ?? ''
  switch (group.kind) {
    case 'recital':
      return styleOfRole({kind: 'recital'}).id
    case 'formula':
      return styleOfRole({kind: 'formula'}).id
    case 'blockContainer':
      return styleOfRole({kind: 'block'}).id
    case 'point':
      return styleOfRole({kind: 'clause', depth: Math.max(1, depthOf(eId, /^point_/))}).id
    case 'hcontainer':
      return styleOfRole({
        kind: 'heading',
        level: Math.max(1, depthOf(eId, /^(?!para_|list_|point_|att_)[a-z]+_/)),
      }).id
    default:
      return styleOfRole({kind: 'clause', depth: 0}).id
  }
}

/**
 * The old paragraphs of a group that the new document does not hold where they stood (deleted, or
 * the old end of a move), whole in a tracked change: from the old document when given (formatting,
 * notes deleted with them), else from the comparison's number and text.
 */
export function deletedParagraphs(
  group: ClauseGroup,
  kind: Revision['kind'],
  oldParagraphs: ReadonlyMap<string, OutParagraph[]> | undefined,
  notes: NoteIndex,
): OutParagraph[] {
  const result: OutParagraph[] = []
  if (oldParagraphs) {
    for (const eId of group.old) {
      for (const paragraph of oldParagraphs.get(eId) ?? []) {
        const children = (paragraph.children as Inline[]).filter((child) => {
          if (child.type !== 'authorialNote') return true
          // A note that goes with the clause stays in it; one the new text still has is shown there.
          if (!notes.deletedOld.has(child.eId)) return false
          notes.handled.add(child.eId)
          return true
        })
        result.push({
          ...paragraph,
          children,
          directives: paragraph.directives.filter((directive) => !positional.test(directive)),
          pageBreakBefore: false,
          revision: kind,
        })
      }
    }
    if (result.length > 0) return result
  }
  const lines = group.oldText.split('\n')
  lines.forEach((line, index) => {
    const paragraph: OutParagraph = {
      style: index === 0 ? styleOf(group) : styleOfRole({kind: 'continued'}).id,
      children: line ? [{type: 'text', value: line}] : [],
      directives: [],
      revision: kind,
      region: '',
    }
    if (index === 0 && group.oldNum !== undefined) paragraph.number = [{type: 'text', value: group.oldNum}]
    result.push(paragraph)
  })
  return result
}

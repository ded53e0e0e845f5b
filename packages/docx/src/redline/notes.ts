import {
  type AuthorialNote,
  type ChangeKind,
  type ClauseGroup,
  type Document,
  type Nodes,
  visit,
} from '@clausewise/model'
import type {WriteInline} from '../write/inline.js'
import {noteParagraphs} from '../write/note-paragraphs.js'
import {markChanges, textSlots, visibleRuns, wrap} from './mark.js'
import type {Placement} from './placement.js'

/** The notes of both documents, and which deleted ones are already written inside a deleted clause. */
export interface NoteIndex {
  /** Notes of the new document by eId, with the array that holds each. */
  current: Map<string, {note: AuthorialNote; parent: WriteInline[]}>
  /** Notes of the old document by eId. */
  previous: Map<string, AuthorialNote>
  /** eIds (in the old document) of notes the new document does not have. */
  deletedOld: Set<string>
  /** Deleted notes written inside their deleted clause. */
  handled: Set<string>
}

function notesOf(document: Document): Map<string, {note: AuthorialNote; parent: WriteInline[]}> {
  const result = new Map<string, {note: AuthorialNote; parent: WriteInline[]}>()
  visit(document, (node: Nodes, parent) => {
    if (node.type === 'authorialNote' && parent && 'children' in parent) {
      result.set(node.eId, {note: node, parent: parent.children as WriteInline[]})
    }
    return undefined
  })
  return result
}

/** Index the notes of the documents a redline is written from. */
export function indexNotes(
  document: Document,
  old: Document | undefined,
  groups: readonly ClauseGroup[],
): NoteIndex {
  const previous = new Map<string, AuthorialNote>()
  if (old) for (const [eId, {note}] of notesOf(old)) previous.set(eId, note)
  const deletedOld = new Set<string>()
  for (const group of groups) {
    if (group.kind === 'authorialNote' && group.new.length === 0)
      for (const eId of group.old) deletedOld.add(eId)
  }
  return {current: notesOf(document), previous, deletedOld, handled: new Set()}
}

/**
 * Mark the changes of notes: words changed inside a note's text, a new note's reference inserted, a
 * deleted note's reference (with its text) deleted after the clause that held it.
 */
export function markNotes(
  groups: readonly ClauseGroup[],
  notes: NoteIndex,
  placement: Placement,
  ignore: ReadonlySet<ChangeKind>,
): void {
  for (const [index, group] of groups.entries()) {
    if (group.kind !== 'authorialNote') continue
    if (group.new.length > 0) {
      const found = notes.current.get(group.new[0]!)
      if (!found) continue
      if (group.old.length === 0) {
        const at = found.parent.indexOf(found.note)
        if (at >= 0) found.parent.splice(at, 1, ...wrap('ins', [found.note]))
        continue
      }
      const runs = visibleRuns(group.changes, ignore)
      if (runs.some((run) => run.op !== 'equal')) {
        if (!markChanges(textSlots(found.note.children), group.newText, runs)) {
          found.note.children = [
            {
              type: 'p',
              children: [
                ...wrap('del', [{type: 'text', value: group.oldText}]),
                ...wrap(
                  'ins',
                  noteParagraphs(found.note.children).flatMap((p) => p.children),
                ),
              ] as never,
            },
          ]
        }
      }
      continue
    }
    const eId = group.old[0] ?? ''
    if (notes.handled.has(eId)) continue
    const note: AuthorialNote = notes.previous.get(eId) ?? {
      type: 'authorialNote',
      eId,
      marker: group.oldNum ?? '',
      placement: 'bottom',
      children: group.oldText
        .split('\n')
        .map((line) => ({type: 'p', children: [{type: 'text', value: line}]})),
    }
    const host = placement.leadBefore(index)
    if (host) host.children.push(...wrap('del', [note]))
  }
}

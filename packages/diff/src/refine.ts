import {type ChangeKind, type ClauseGroup, cosmeticKinds, type Document} from '@clausewise/model'
import {annotateEdits} from './edits.js'
import type {ClauseItem} from './flatten.js'
import {formattingOf} from './formatting.js'
import {applyFormatting} from './formatting-changes.js'

/** What {@link refineGroups} reads besides the groups. */
export interface RefineContext {
  oldDocument: Document
  newDocument: Document
  oldItems: readonly ClauseItem[]
  newItems: readonly ClauseItem[]
  ignore?: ReadonlySet<ChangeKind> | undefined
}

/**
 * Mark a group `cosmetic` when it changed and every one of its changes is of a cosmetic kind
 * (typography, case, punctuation, whitespace, formatting): its wording is the same.
 *
 * @example markCosmetic(groups) // a paragraph whose only change is an apostrophe gets cosmetic: true
 */
export function markCosmetic(groups: readonly ClauseGroup[]): void {
  for (const group of groups) {
    if (group.change === 'unchanged' || group.change === 'inserted' || group.change === 'deleted') continue
    let changed = false
    let cosmetic = true
    for (const change of group.changes) {
      if (change.op === 'equal') continue
      changed = true
      if (change.kind === undefined || !cosmeticKinds.includes(change.kind)) cosmetic = false
    }
    if (changed && cosmetic) group.cosmetic = true
  }
}

/**
 * What the word diff alone cannot see, added to the groups: formatting changes (emphasis, links…
 * added or removed on the same words), the `cosmetic` mark, and the edits that span several groups
 * (renumbering cascades, swaps).
 *
 * @example refineGroups(groups, {oldDocument, newDocument, oldItems, newItems})
 */
export function refineGroups(groups: ClauseGroup[], context: RefineContext): void {
  applyFormatting(
    groups,
    context.oldItems,
    context.newItems,
    formattingOf(context.oldDocument),
    formattingOf(context.newDocument),
    context.ignore,
  )
  markCosmetic(groups)
  annotateEdits(groups, context.oldItems, context.newItems)
}

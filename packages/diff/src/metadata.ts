import type {MetadataChange} from '@clausewise/model'
import {type Document, type LifecycleEvent, titleOf} from '@clausewise/model'
import {identityOf} from './identity.js'
import {diffWordsOf, type WordDiffOptions} from './words.js'

function eventText(event: LifecycleEvent): string {
  const parts = [event.date, event.type]
  if (event.refersTo) parts.push(event.refersTo)
  if (event.kind && event.kind !== event.refersTo) parts.push(event.kind)
  if (event.symbol) parts.push(event.symbol)
  return parts.join(' ')
}

/** The lifecycle as one line per event, e.g. `2018-02-02 amendment linguisticConformity MC.DEC/7/17/Corr.1`. */
function lifecycleText(document: Document): string {
  return document.meta.lifecycle.map(eventText).join('\n')
}

/** Whether `date` is absent or the date of one of the document's lifecycle events. */
function datedByLifecycle(document: Document, date: string | undefined): boolean {
  return date === undefined || document.meta.lifecycle.some((event) => event.date === date)
}

/**
 * Changes to a document's number, title, symbol, language, expression date and lifecycle (adoption,
 * corrigenda), with word-level runs for the textual ones. A changed expression date that is the date
 * of an event of each side's lifecycle is left to the lifecycle change, which says it.
 *
 * @example metadataChanges(draft1, draft2) // [{field: 'title', old: '…', new: '…', changes: […]}]
 */
export function metadataChanges(
  oldDocument: Document,
  newDocument: Document,
  options: WordDiffOptions = {},
): MetadataChange[] {
  const oldTitle = titleOf(oldDocument)
  const newTitle = titleOf(newDocument)
  const fields: [MetadataChange['field'], string | undefined, string | undefined, boolean][] = [
    ['number', oldTitle.number, newTitle.number, true],
    ['title', oldTitle.title, newTitle.title, true],
    ['symbol', oldDocument.meta.symbol, newDocument.meta.symbol, true],
    ['language', oldDocument.meta.language, newDocument.meta.language, false],
    [
      'date',
      oldDocument.meta.frbr.expressionDate || undefined,
      newDocument.meta.frbr.expressionDate || undefined,
      false,
    ],
    ['lifecycle', lifecycleText(oldDocument) || undefined, lifecycleText(newDocument) || undefined, true],
  ]
  const result: MetadataChange[] = []
  // The heading of each attached statement, by position: a changed title is a change a reader sees.
  const oldAttachments = identityOf(oldDocument).attachments ?? []
  const newAttachments = identityOf(newDocument).attachments ?? []
  const headings: [number, string | undefined, string | undefined][] = []
  for (let index = 0; index < Math.max(oldAttachments.length, newAttachments.length); index++) {
    headings.push([index + 1, oldAttachments[index]?.title, newAttachments[index]?.title])
  }
  // An expression date that is the date of one of its document's events is said by the lifecycle
  // change, when there is one: the same date is not shown twice. It waits for the lifecycle's turn.
  let dated: {at: number; change: MetadataChange} | undefined
  for (const [field, oldValue, newValue, textual] of fields) {
    if (oldValue === newValue) continue
    const change: MetadataChange = {field}
    if (oldValue !== undefined) change.old = oldValue
    if (newValue !== undefined) change.new = newValue
    if (textual) {
      const changes = diffWordsOf(oldValue ?? '', newValue ?? '', options)
      if (options.ignore && changes.every((run) => run.op === 'equal')) continue
      change.changes = changes
    }
    if (
      field === 'date' &&
      datedByLifecycle(oldDocument, oldValue) &&
      datedByLifecycle(newDocument, newValue)
    ) {
      dated = {at: result.length, change}
      continue
    }
    result.push(change)
  }
  if (dated && !result.some((change) => change.field === 'lifecycle'))
    result.splice(dated.at, 0, dated.change)
  for (const [attachment, oldValue, newValue] of headings) {
    if (oldValue === newValue || oldValue === undefined || newValue === undefined) continue
    const changes = diffWordsOf(oldValue, newValue, options)
    if (changes.every((run) => run.op === 'equal')) continue
    result.push({field: 'heading', attachment, old: oldValue, new: newValue, changes})
  }
  return result
}

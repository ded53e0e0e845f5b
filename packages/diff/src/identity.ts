import {type Document, frbrUris, titleOf} from '@clausewise/model'
import type {DocumentIdentity} from './types.js'

/**
 * Who a document is, for the head of a comparison: FRBR expression URI, symbol, number and title as
 * printed, language, and the caller's label.
 *
 * @example identityOf(document, 'draft-1.md').expression // '/akn/osce/statement/decision/…'
 */
export function identityOf(document: Document, label?: string): DocumentIdentity {
  const {number, title} = titleOf(document)
  const identity: DocumentIdentity = {
    expression: frbrUris(document).expression,
    language: document.meta.language,
  }
  if (document.meta.symbol !== undefined) identity.symbol = document.meta.symbol
  if (number !== undefined) identity.number = number
  if (title !== undefined) identity.title = title
  if (label !== undefined) identity.label = label
  return identity
}

/** Whether two documents are versions of one work (same FRBR work URI). */
export function sameWork(a: Document, b: Document): boolean {
  return frbrUris(a).work === frbrUris(b).work
}

import type {DocumentIdentity} from '@clausewise/model'
import {type Document, frbrUris, plainText, titleOf, visit} from '@clausewise/model'

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
  const date = document.meta.frbr.expressionDate || document.meta.frbr.date
  if (/^\d{4}-\d{2}-\d{2}$/.test(date)) identity.date = date
  const attachments = attachmentsOf(document)
  if (attachments.length > 0) identity.attachments = attachments
  return identity
}

/** Heading and author line of each attached statement, from its preface. */
function attachmentsOf(document: Document): NonNullable<DocumentIdentity['attachments']> {
  const result: NonNullable<DocumentIdentity['attachments']> = []
  for (const child of document.children) {
    if (child.type !== 'attachments') continue
    for (const attachment of child.children) {
      const entry: NonNullable<DocumentIdentity['attachments']>[number] = {}
      const preface = attachment.children.find((part) => part.type === 'preface')
      if (preface) {
        // The attachment's own heading: the work's title alias is the document's, not the attachment's.
        const meta = {...document.meta, identification: undefined}
        const title = titleOf({...document, meta, children: [preface]}).title
        if (title !== undefined) entry.title = title
        visit(preface, (node) => {
          if (
            node.type === 'p' &&
            entry.author === undefined &&
            node.children.some((inline) => inline.type === 'party')
          ) {
            entry.author = plainText(node)
          }
          return undefined
        })
      }
      result.push(entry)
    }
  }
  return result
}

/**
 * What identifies the work a document is a version of: its body, type and number when it has a number
 * (`osce/statement/decision/7/17`), else its FRBR work URI. The date is left out on purpose: a text whose
 * header the extraction lost has no adoption date, yet is the same work as a dated draft of it.
 */
export function workKey(document: Document): string {
  const {frbr} = document.meta
  if (frbr.number === '') return frbrUris(document).work
  return [frbr.country, document.documentType, frbr.subtype ?? '', frbr.number].join('/')
}

/** Whether two documents are versions of one work (see {@link workKey}). */
export function sameWork(a: Document, b: Document): boolean {
  return workKey(a) === workKey(b)
}

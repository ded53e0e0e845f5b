import {
  bcp47Language,
  type DocumentType,
  emptyMeta,
  frbrUris,
  type LifecycleEvent,
  type Meeting,
  type Meta,
  type Organization,
  type Person,
} from '@clausewise/model'
import {roleAttribute} from '../namespaces.js'
import type {XmlElement} from '../xml/parse.js'
import {readParagraphs} from './inline.js'
import {elementsOf, nameOf, type ReadState} from './state.js'

const eventTypes = new Set(['generation', 'amendment', 'repeal'])
const meetingFields = ['name', 'symbol', 'day', 'journal', 'agendaItem', 'place'] as const

const stripHash = (value: string): string => (value.startsWith('#') ? value.slice(1) : value)
const child = (element: XmlElement | undefined, name: string): XmlElement | undefined =>
  element ? elementsOf(element).find((item) => nameOf(item) === name) : undefined

/** Read `<meta>` into the model's `Meta`; what we wrote in `proprietary` wins over what AKN implies. */
export function readMeta(
  element: XmlElement | undefined,
  documentType: DocumentType,
  state: ReadState,
): Meta {
  const meta = emptyMeta()
  meta.frbr.language = 'und'
  if (!element) return meta
  const identification = child(element, 'identification')
  const work = child(identification, 'FRBRWork')
  const expression = child(identification, 'FRBRExpression')
  const value = (parent: XmlElement | undefined, name: string, attribute = 'value'): string | undefined =>
    child(parent, name)?.attributes[attribute]

  const {frbr} = meta
  frbr.country = value(work, 'FRBRcountry') ?? frbr.country
  const subtype = value(work, 'FRBRsubtype')
  if (subtype !== undefined) frbr.subtype = subtype
  frbr.date = value(work, 'FRBRdate', 'date') ?? ''
  frbr.number = value(work, 'FRBRnumber') ?? ''
  const name = value(work, 'FRBRname')
  if (name !== undefined) frbr.name = name
  frbr.language = value(expression, 'FRBRlanguage', 'language') ?? 'und'
  frbr.expressionDate = value(expression, 'FRBRdate', 'date') ?? frbr.date
  meta.language = bcp47Language(frbr.language)

  // Symbols of the documents the lifecycle refers to, by eId.
  const symbols = new Map<string, string>()
  const references = elementsOf(element).filter((item) => nameOf(item) === 'references')
  for (const item of references.flatMap(elementsOf)) {
    const itemName = nameOf(item)
    const {eId, showAs, href} = item.attributes
    if (itemName === 'original' || itemName === 'passiveRef' || itemName === 'activeRef') {
      if (eId !== undefined && showAs !== undefined) symbols.set(eId, showAs)
      if (itemName === 'original' && showAs !== undefined) meta.originalSymbol = showAs
      continue
    }
    if (itemName !== 'TLCPerson' && itemName !== 'TLCOrganization') continue
    const role = item.attributes[roleAttribute]
    if (role === 'generated') continue
    const reference: Person | Organization = {
      type: itemName === 'TLCPerson' ? 'person' : 'organization',
      eId: eId ?? '',
      showAs: showAs ?? '',
      href: href ?? '',
    }
    if ((role === 'body' || role === 'body-reference') && reference.type === 'organization') {
      meta.body = {...reference}
    }
    if (role !== 'body') meta.references.push(reference)
  }

  for (const lifecycle of elementsOf(element).filter((item) => nameOf(item) === 'lifecycle')) {
    for (const eventRef of elementsOf(lifecycle)) {
      if (nameOf(eventRef) !== 'eventRef') continue
      const {eId, date, type, refersTo, source} = eventRef.attributes
      const event: LifecycleEvent = {
        eId: eId ?? '',
        date: date ?? '',
        type: type !== undefined && eventTypes.has(type) ? (type as LifecycleEvent['type']) : 'generation',
      }
      if (refersTo !== undefined) event.refersTo = stripHash(refersTo)
      const symbol = source === undefined ? undefined : symbols.get(stripHash(source))
      if (symbol !== undefined) event.symbol = symbol
      meta.lifecycle.push(event)
    }
  }

  for (const notes of elementsOf(element).filter((item) => nameOf(item) === 'notes')) {
    for (const note of elementsOf(notes)) {
      if (nameOf(note) !== 'note') continue
      meta.notes.push({eId: note.attributes.eId ?? '', children: readParagraphs(note, state, 'a note')})
    }
  }

  let ours = false
  for (const proprietary of elementsOf(element).filter((item) => nameOf(item) === 'proprietary')) {
    for (const properties of elementsOf(proprietary)) {
      if (nameOf(properties) === 'document') {
        readProperties(properties, meta)
        ours = true
      }
    }
  }
  // AKN written by others: the issuing body is the work's author, when it is an organization.
  const author = child(work, 'FRBRauthor')?.attributes.href
  if (!ours && meta.body === undefined && author !== undefined) {
    const body = meta.references.find(
      (item) => item.type === 'organization' && item.eId === stripHash(author),
    )
    if (body && body.type === 'organization') meta.body = {...body}
  }

  // URIs are kept only when they are not the ones the naming convention gives.
  const derived = frbrUris({documentType, meta})
  const workUri = value(work, 'FRBRuri')
  if (workUri !== undefined && workUri !== derived.work) frbr.workUri = workUri
  const derivedExpression = frbrUris({documentType, meta}).expression
  const expressionUri = value(expression, 'FRBRuri')
  if (expressionUri !== undefined && expressionUri !== derivedExpression) frbr.expressionUri = expressionUri
  return meta
}

/** `<cw:document>`: what AKN has no element for. */
function readProperties(element: XmlElement, meta: Meta): void {
  const {language, symbol} = element.attributes
  if (language !== undefined) meta.language = language
  if (symbol !== undefined) meta.symbol = symbol
  for (const item of elementsOf(element)) {
    const attributes = item.attributes
    switch (nameOf(item)) {
      case 'frbr':
        if (attributes.date !== undefined) meta.frbr.date = attributes.date
        if (attributes.expressionDate !== undefined) meta.frbr.expressionDate = attributes.expressionDate
        break
      case 'meeting': {
        const meeting: Meeting = {}
        for (const field of meetingFields) {
          const fieldValue = attributes[field]
          if (fieldValue !== undefined) meeting[field] = fieldValue
        }
        meta.meeting = meeting
        break
      }
      case 'event': {
        const event = meta.lifecycle[Number(attributes.index)]
        if (!event) break
        if (attributes.kind !== undefined) event.kind = attributes.kind
        if (attributes.date !== undefined) event.date = attributes.date
        break
      }
      default:
        break
    }
  }
}

/** The author of an attached document: what we recorded, else its FRBR author if it is a reference. */
export function readAttachmentAuthor(element: XmlElement | undefined, meta: Meta): string | undefined {
  if (!element) return undefined
  for (const proprietary of elementsOf(element).filter((item) => nameOf(item) === 'proprietary')) {
    for (const properties of elementsOf(proprietary)) {
      if (nameOf(properties) === 'attachment') return properties.attributes.author
    }
  }
  const author = child(child(child(element, 'identification'), 'FRBRWork'), 'FRBRauthor')?.attributes.href
  if (author === undefined) return undefined
  const eId = stripHash(author)
  return meta.references.some((reference) => reference.eId === eId) ? eId : undefined
}

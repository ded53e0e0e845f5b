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
  type Reference,
  type ReferenceName,
} from '@clausewise/model'
import {clausewiseNamespace, roleAttribute} from '../namespaces.js'
import type {XmlElement} from '../xml/parse.js'
import {readAttributes} from './attributes.js'
import {readBlocks} from './nodes.js'
import {toOpaque} from './opaque.js'
import {isAkn, nameOf, namespaceOf, type ReadState, report, type Scope, scopeOf, shown} from './state.js'

const eventTypes = new Set(['generation', 'amendment', 'repeal'])
const meetingFields = ['name', 'symbol', 'day', 'journal', 'agendaItem', 'place'] as const
const referenceNames = new Set<string>([
  'TLCConcept',
  'TLCEvent',
  'TLCLocation',
  'TLCObject',
  'TLCProcess',
  'TLCReference',
  'TLCRole',
  'TLCTerm',
  'activeRef',
  'attachmentOf',
  'hasAttachment',
  'jurisprudence',
  'original',
  'passiveRef',
])

/** The default `source` we write on `identification`, `lifecycle`, `references` and `notes`. */
const ourSource = '#clausewise'

const stripHash = (value: string): string => (value.startsWith('#') ? value.slice(1) : value)

/** The meta element read, and what the caller needs to finish it. */
export interface ReadMeta {
  meta: Meta
  /** Whether the metadata carries our `cw:document` (we wrote it). */
  ours: boolean
  /** Our `cw:attachment`, for an attached document we wrote: its author. */
  attachment?: {author?: string | undefined} | undefined
  /** The `identification` element, to keep unless it is the one the writer derives. */
  identification?: XmlElement | undefined
  scope: Scope
}

/** Read `<meta>` into the model's `Meta`: what AKN says, what we recorded in `proprietary`, and the rest kept. */
export function readMeta(
  element: XmlElement | undefined,
  documentType: DocumentType,
  scope: Scope,
  state: ReadState,
): ReadMeta {
  const meta = emptyMeta()
  meta.frbr.language = 'und'
  const result: ReadMeta = {meta, ours: false, scope}
  if (!element) return result
  const inner = scopeOf(element, scope)
  result.scope = inner
  const kids = (parent: XmlElement | undefined): XmlElement[] =>
    parent ? (parent.children.filter((child) => child.type === 'element') as XmlElement[]) : []
  const child = (parent: XmlElement | undefined, name: string): XmlElement | undefined =>
    kids(parent).find((item) => nameOf(item) === name)
  const value = (parent: XmlElement | undefined, name: string, attribute = 'value'): string | undefined =>
    child(parent, name)?.attributes[attribute]

  const identification = child(element, 'identification')
  result.identification = identification
  const work = child(identification, 'FRBRWork')
  const expression = child(identification, 'FRBRExpression')
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

  const partAttributes = (
    part: 'identification' | 'lifecycle' | 'references' | 'notes',
    item: XmlElement,
  ) => {
    if (meta.partAttributes?.[part] !== undefined) return
    const attributes = readAttributes(item, inner, state).rest()
    if (!attributes || (Object.keys(attributes).length === 1 && attributes.source === ourSource)) return
    meta.partAttributes ??= {}
    meta.partAttributes[part] = attributes
  }
  if (identification) partAttributes('identification', identification)

  // Symbols of the documents the lifecycle refers to, by eId; references we generated are not kept.
  const symbols = new Map<string, string>()
  const generated = new Set<string>()
  const kept: XmlElement[] = []
  for (const part of kids(element)) {
    const partName = nameOf(part)
    if (!isAkn(part, inner, state)) {
      kept.push(part)
      continue
    }
    if (partName === 'identification') continue
    if (partName === 'references') {
      partAttributes('references', part)
      for (const item of kids(part)) readReference(item, meta, symbols, generated, kept, inner, state)
    } else if (partName === 'lifecycle' || partName === 'notes' || partName === 'proprietary') {
      // Read below, once the references are known.
    } else kept.push(part)
  }

  for (const lifecycle of kids(element).filter((item) => nameOf(item) === 'lifecycle')) {
    partAttributes('lifecycle', lifecycle)
    for (const eventRef of kids(lifecycle)) {
      if (nameOf(eventRef) !== 'eventRef') {
        report(
          state,
          eventRef,
          'unknown-element',
          `Element \`${shown(eventRef.name)}\` in a lifecycle is not kept`,
          false,
        )
        continue
      }
      const attributes = readAttributes(eventRef, inner, state)
      const type = attributes.take('type')
      const event: LifecycleEvent = {
        eId: attributes.take('eId') ?? '',
        date: attributes.take('date') ?? '',
        type: type !== undefined && eventTypes.has(type) ? (type as LifecycleEvent['type']) : 'generation',
      }
      // A type AKN allows but the model does not name, or none at all (`''`), stays as read.
      if (type === undefined || !eventTypes.has(type)) attributes.set('type', type ?? '')
      const refersTo = attributes.take('refersTo')
      if (refersTo !== undefined) event.refersTo = stripHash(refersTo)
      const source = attributes.take('source')
      if (source !== undefined) {
        const eId = stripHash(source)
        const symbol = symbols.get(eId)
        if (symbol !== undefined) event.symbol = symbol
        if (!generated.has(eId)) event.source = source.startsWith('#') ? eId : source
      }
      const rest = attributes.rest()
      if (rest) event.attributes = rest
      meta.lifecycle.push(event)
    }
  }

  for (const notes of kids(element).filter((item) => nameOf(item) === 'notes')) {
    partAttributes('notes', notes)
    for (const note of kids(notes)) {
      if (nameOf(note) !== 'note') {
        report(
          state,
          note,
          'unknown-element',
          `Element \`${shown(note.name)}\` in notes is kept in the metadata`,
        )
        kept.push(note)
        continue
      }
      const attributes = readAttributes(note, inner, state)
      const item: Meta['notes'][number] = {
        eId: attributes.take('eId') ?? '',
        children: readBlocks(note, scopeOf(note, inner), state) as Meta['notes'][number]['children'],
      }
      const rest = attributes.rest()
      if (rest) item.attributes = rest
      meta.notes.push(item)
    }
  }

  for (const proprietary of kids(element).filter((item) => nameOf(item) === 'proprietary')) {
    const ourParts = kids(proprietary).filter(
      (item) =>
        namespaceOf(item.name, scopeOf(item, scopeOf(proprietary, inner)), state, item) ===
        clausewiseNamespace,
    )
    if (ourParts.length === 0) {
      kept.push(proprietary)
      continue
    }
    for (const properties of ourParts) {
      if (nameOf(properties) === 'document') {
        readProperties(properties, meta)
        result.ours = true
      } else if (nameOf(properties) === 'attachment') {
        result.attachment = {author: properties.attributes.author}
      }
    }
  }
  if (kept.length > 0) meta.kept = kept.map((item) => toOpaque(item, inner, state))

  // AKN written by others: the issuing body is the work's author, when it is an organization.
  const author = child(work, 'FRBRauthor')?.attributes.href
  if (meta.body === undefined && author !== undefined) {
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
  return result
}

function readReference(
  item: XmlElement,
  meta: Meta,
  symbols: Map<string, string>,
  generated: Set<string>,
  kept: XmlElement[],
  scope: Scope,
  state: ReadState,
): void {
  const itemName = nameOf(item)
  const attributes = readAttributes(item, scope, state)
  const role = attributes.take(roleAttribute)
  const eId = attributes.take('eId') ?? ''
  const showAs = attributes.take('showAs')
  const href = attributes.take('href') ?? ''
  if (
    (itemName === 'original' || itemName === 'passiveRef' || itemName === 'activeRef') &&
    showAs !== undefined
  ) {
    if (eId) symbols.set(eId, showAs)
    if (itemName === 'original') meta.originalSymbol = showAs
  }
  if (role === 'generated') {
    if (eId) generated.add(eId)
    return
  }
  const rest = attributes.rest()
  if (itemName === 'TLCPerson' || itemName === 'TLCOrganization') {
    const reference: Person | Organization = {
      type: itemName === 'TLCPerson' ? 'person' : 'organization',
      eId,
      showAs: showAs ?? '',
      href,
    }
    if (rest) reference.attributes = rest
    if ((role === 'body' || role === 'body-reference') && reference.type === 'organization') {
      meta.body = {...reference}
    }
    if (role !== 'body') meta.references.push(reference)
    return
  }
  if (!referenceNames.has(itemName)) {
    report(
      state,
      item,
      'unknown-element',
      `Element \`${shown(item.name)}\` in references is kept in the metadata`,
    )
    kept.push(item)
    return
  }
  const reference: Reference = {
    type: 'reference',
    element: itemName as ReferenceName,
    eId,
    href,
    showAs: showAs ?? '',
  }
  if (rest) reference.attributes = rest
  meta.references.push(reference)
}

/** `<cw:document>`: what AKN has no element for. */
function readProperties(element: XmlElement, meta: Meta): void {
  const {language, symbol} = element.attributes
  if (language !== undefined) meta.language = language
  if (symbol !== undefined) meta.symbol = symbol
  for (const item of element.children) {
    if (item.type !== 'element') continue
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
export function attachmentAuthor(
  read: ReadMeta,
  element: XmlElement | undefined,
  parent: Meta,
): string | undefined {
  if (read.attachment) return read.attachment.author
  const identification = element?.children.find(
    (child): child is XmlElement => child.type === 'element' && nameOf(child) === 'identification',
  )
  const work = identification?.children.find(
    (child): child is XmlElement => child.type === 'element' && nameOf(child) === 'FRBRWork',
  )
  const author = work?.children.find(
    (child): child is XmlElement => child.type === 'element' && nameOf(child) === 'FRBRauthor',
  )?.attributes.href
  if (author === undefined) return undefined
  const eId = stripHash(author)
  return parent.references.some((reference) => reference.eId === eId) ? eId : undefined
}

import {type Attachment, bcp47Language, type Document, frbrUris, type Meta} from '@clausewise/model'
import {clausewisePrefix, isIsoDate, roleAttribute} from '../namespaces.js'
import {metaOrder} from '../schema/elements.js'
import {element, type OutElement, type OutNode} from '../xml/serialize.js'
import {derivedIdentification, type Identity, identificationOf, ourEId, safeDate} from './identification.js'
import {attributesOf, one, opaqueElement, type WriteState} from './nodes.js'

const ourHref = '/ontology/organization/clausewise'
type Pairs = [string, string | undefined][]

/** Hands out eIds for elements the writer adds to `<references>`, unused by anything in the document. */
export interface EIdPool {
  take(wanted: string): string
  has(eId: string): boolean
}

/** A pool seeded with every eId of the document and its metadata. */
export function eIdPool(used: Set<string>): EIdPool {
  return {
    has: (eId) => used.has(eId),
    take(wanted) {
      // An eId is an XML token: white space (a corrigendum kind such as `correction linguistique`)
      // becomes `_`.
      const base = wanted.replace(/\s+/g, '_') || 'id'
      let eId = base
      let suffix = 2
      while (used.has(eId)) eId = `${base}-${suffix++}`
      used.add(eId)
      return eId
    },
  }
}

/** Whether the model holds what AKN has no element for, so that our `proprietary` block is needed. */
function needsProperties(meta: Meta): boolean {
  return (
    meta.meeting !== undefined ||
    meta.symbol !== undefined ||
    meta.language !== bcp47Language(meta.frbr.language) ||
    !isIsoDate(meta.frbr.date) ||
    !isIsoDate(meta.frbr.expressionDate) ||
    meta.lifecycle.some((event) => event.kind !== undefined || !isIsoDate(event.date))
  )
}

/**
 * `<meta>` of a document: identification, lifecycle, references, notes, what was kept as read, and a
 * `proprietary` block with everything AKN has no element for, so that reading it back gives the same
 * `Meta`. `component` names the part in FRBR URIs (`!main`, `!att_1`).
 */
export function writeMeta(
  identity: Identity,
  pool: EIdPool,
  state: WriteState,
  component = '!main',
  extra: OutElement[] = [],
): OutElement {
  const meta = identity.meta
  const references: OutElement[] = []
  const lifecycle: OutElement[] = []
  const proprietary: OutElement[] = []
  let ours = false
  const source = (part: 'identification' | 'lifecycle' | 'references' | 'notes'): Pairs => {
    const kept = meta.partAttributes?.[part]
    if (kept?.source !== undefined) return attributesOf([], kept)
    ours = true
    return attributesOf([['source', `#${ourEId}`]], kept)
  }
  const kept = (element: string) =>
    meta.references.some((item) => item.type === 'reference' && item.element === element)

  // Document symbols: the original, then one passiveRef per event that names a symbol, unless the
  // references read with the document hold them already.
  let originalId: string | undefined
  if (meta.originalSymbol !== undefined && !kept('original')) {
    originalId = pool.take('original')
    references.push(
      element('original', [
        ['eId', originalId],
        ['href', frbrUris(identity).work],
        ['showAs', meta.originalSymbol],
        [roleAttribute, 'generated'],
      ]),
    )
  }
  const generatedEvents = new Map<string, string>()
  // Passive references count the corrigenda alone, so that `Corr.1` is `corr_1` after an adoption.
  let corrigenda = 0
  for (const [index, event] of meta.lifecycle.entries()) {
    let eventSource: string
    if (event.source !== undefined) {
      eventSource = pool.has(event.source) || !event.source.includes('/') ? `#${event.source}` : event.source
    } else if (
      event.symbol !== undefined &&
      !(originalId !== undefined && event.symbol === meta.originalSymbol && index === 0)
    ) {
      const passiveId = pool.take(`corr_${++corrigenda}`)
      references.push(
        element('passiveRef', [
          ['eId', passiveId],
          ['href', `${frbrUris(identity).work}/${meta.frbr.language}@${safeDate(event.date)}`],
          ['showAs', event.symbol],
          [roleAttribute, 'generated'],
        ]),
      )
      eventSource = `#${passiveId}`
    } else if (event.symbol !== undefined && originalId !== undefined) {
      eventSource = `#${originalId}`
    } else {
      eventSource = `#${ourEId}`
      ours = true
    }
    if (event.refersTo !== undefined && !generatedEvents.has(event.refersTo) && !pool.has(event.refersTo)) {
      generatedEvents.set(event.refersTo, pool.take(event.refersTo))
    }
    const refersTo =
      event.refersTo === undefined ? undefined : `#${generatedEvents.get(event.refersTo) ?? event.refersTo}`
    const typed = event.attributes?.type === '' ? {...event.attributes, type: undefined} : event.attributes
    lifecycle.push(
      element(
        'eventRef',
        attributesOf(
          [
            ['eId', event.eId || undefined],
            ['date', safeDate(event.date)],
            ['source', eventSource],
            ['type', event.type],
            ['refersTo', refersTo],
          ],
          typed as typeof event.attributes,
        ),
      ),
    )
    if (event.kind !== undefined || !isIsoDate(event.date)) {
      proprietary.push(
        element(`${clausewisePrefix}:event`, [
          ['index', String(index)],
          ['kind', event.kind],
          ['date', isIsoDate(event.date) ? undefined : event.date],
        ]),
      )
    }
  }

  // Persons, organizations and other references of the model, then the body if it is not one of them.
  const body = meta.body
  let bodyWritten = false
  for (const reference of meta.references) {
    if (reference.type === 'reference') {
      references.push(
        element(
          reference.element,
          attributesOf(
            [
              ['eId', reference.eId || undefined],
              ['href', reference.href],
              ['showAs', reference.showAs || undefined],
            ],
            reference.attributes,
          ),
        ),
      )
      continue
    }
    const isBody =
      body !== undefined &&
      reference.type === 'organization' &&
      reference.eId === body.eId &&
      reference.href === body.href &&
      reference.showAs === body.showAs
    if (isBody) bodyWritten = true
    references.push(tlc(reference, isBody && !meta.identification ? 'body-reference' : undefined))
  }
  if (body !== undefined && !bodyWritten) references.push(tlc(body, 'body'))
  // Where our organization goes, when something refers to it: after the document's own references.
  const ourPlace = references.length
  for (const [refersTo, eId] of generatedEvents) {
    references.push(
      element('TLCEvent', [
        ['eId', eId],
        ['href', `/ontology/event/${meta.frbr.country}/${refersTo.replace(/\s+/g, '_')}`],
        ['showAs', refersTo],
        [roleAttribute, 'generated'],
      ]),
    )
  }

  const author = body ? `#${body.eId}` : `#${ourEId}`
  if (!meta.identification) ours = true
  const identification = identificationOf(meta, derivedIdentification(identity, component, author))
  const parts = new Map<string, OutNode[]>()
  const add = (name: string, node: OutNode): void => {
    const list = parts.get(name)
    if (list) list.push(node)
    else parts.set(name, [node])
  }
  add('identification', identification)
  if (lifecycle.length > 0) add('lifecycle', element('lifecycle', source('lifecycle'), lifecycle))
  if (meta.notes.length > 0) {
    add(
      'notes',
      element(
        'notes',
        source('notes'),
        meta.notes.map((note) =>
          element(
            'note',
            attributesOf([['eId', note.eId || undefined]], note.attributes),
            note.children.map((child) => one(child, state)),
          ),
        ),
      ),
    )
  }
  if (!meta.identification || needsProperties(meta) || extra.length > 0) {
    ours = true
    const children =
      meta.identification && !needsProperties(meta) ? [] : [documentProperties(meta, proprietary)]
    add('proprietary', element('proprietary', [['source', `#${ourEId}`]], [...children, ...extra]))
  }
  for (const item of meta.kept ?? [])
    add(item.name.includes(':') ? 'proprietary' : item.name, keptElement(item))
  const referencesSource = source('references')
  if (ours && !pool.has(ourEId)) {
    pool.take(ourEId)
    references.splice(
      ourPlace,
      0,
      tlc({type: 'organization', eId: ourEId, href: ourHref, showAs: 'clausewise'}, 'generated'),
    )
  }
  if (references.length > 0 || !meta.identification)
    add('references', element('references', referencesSource, references))

  const children: OutNode[] = []
  for (const name of metaOrder) children.push(...(parts.get(name) ?? []))
  for (const [name, list] of parts) if (!metaOrder.includes(name)) children.push(...list)
  return element('meta', [], children)
}

/** A part of `meta` kept as read. */
function keptElement(item: Meta['kept'] extends (infer T)[] | undefined ? T : never): OutElement {
  return opaqueElement(item)
}

function tlc(
  reference: Exclude<Meta['references'][number], {type: 'reference'}>,
  role: string | undefined,
): OutElement {
  return element(
    reference.type === 'person' ? 'TLCPerson' : 'TLCOrganization',
    attributesOf(
      [
        ['eId', reference.eId],
        ['href', reference.href],
        ['showAs', reference.showAs],
        [roleAttribute, role],
      ],
      reference.attributes,
    ),
  )
}

function documentProperties(meta: Meta, events: OutElement[]): OutElement {
  const children: OutElement[] = []
  const {frbr, meeting} = meta
  if (!isIsoDate(frbr.date) || !isIsoDate(frbr.expressionDate)) {
    children.push(
      element(`${clausewisePrefix}:frbr`, [
        ['date', frbr.date],
        ['expressionDate', frbr.expressionDate],
      ]),
    )
  }
  if (meeting !== undefined) {
    children.push(
      element(`${clausewisePrefix}:meeting`, [
        ['name', meeting.name],
        ['symbol', meeting.symbol],
        ['day', meeting.day],
        ['journal', meeting.journal],
        ['agendaItem', meeting.agendaItem],
        ['place', meeting.place],
      ]),
    )
  }
  children.push(...events)
  return element(
    `${clausewisePrefix}:document`,
    [
      ['language', meta.language],
      ['symbol', meta.symbol],
    ],
    children,
  )
}

/**
 * `<meta>` of an attached document without metadata of its own: its identification (authored by the
 * delegation when known) and a `proprietary` block recording the model's `author`.
 */
export function writeAttachmentMeta(document: Document, attachment: Attachment): OutElement {
  const author = attachment.author ?? document.meta.body?.eId ?? ourEId
  const component = attachment.eId ? `!${attachment.eId}` : '!attachment'
  return element(
    'meta',
    [],
    [
      derivedIdentification(document, component, `#${author}`),
      element(
        'proprietary',
        [['source', `#${ourEId}`]],
        [element(`${clausewisePrefix}:attachment`, [['author', attachment.author]])],
      ),
    ],
  )
}

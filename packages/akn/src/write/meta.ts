import {type Attachment, type Document, frbrUris, type Meta} from '@clausewise/model'
import {clausewisePrefix, isIsoDate, roleAttribute} from '../namespaces.js'
import {element, type OutElement, type OutNode} from '../xml/serialize.js'
import {one, type WriteState} from './nodes.js'

/** A date AKN accepts where the model has none (the real value goes to `cw:frbr`). */
const placeholderDate = '0001-01-01'
const ourEId = 'clausewise'
const ourHref = '/ontology/organization/clausewise'
const source: [string, string] = ['source', `#${ourEId}`]

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
      let eId = wanted
      let suffix = 2
      while (used.has(eId)) eId = `${wanted}-${suffix++}`
      used.add(eId)
      return eId
    },
  }
}

const safeDate = (date: string): string => (isIsoDate(date) ? date : placeholderDate)
const value = (name: string, text: string): OutElement => element(name, [['value', text]])

function identification(document: Document, component: string, author: string): OutElement {
  const {frbr} = document.meta
  const {work, expression} = frbrUris(document)
  const workParts: OutNode[] = [
    value('FRBRthis', `${work}/${component}`),
    value('FRBRuri', work),
    // AKN requires a date; when the source gave none, say so in the name rather than pass 0001-01-01 off
    // as an adoption date.
    element('FRBRdate', [
      ['date', safeDate(frbr.date)],
      ['name', isIsoDate(frbr.date) ? 'adoption' : 'unknown'],
    ]),
    element('FRBRauthor', [['href', author]]),
    value('FRBRcountry', frbr.country),
  ]
  if (frbr.subtype !== undefined) workParts.push(value('FRBRsubtype', frbr.subtype))
  if (frbr.number !== '') workParts.push(value('FRBRnumber', frbr.number))
  if (frbr.name !== undefined) workParts.push(value('FRBRname', frbr.name))
  return element(
    'identification',
    [source],
    [
      element('FRBRWork', [], workParts),
      element(
        'FRBRExpression',
        [],
        [
          value('FRBRthis', `${expression}/${component}`),
          value('FRBRuri', expression),
          element('FRBRdate', [
            ['date', safeDate(frbr.expressionDate)],
            ['name', 'expression'],
          ]),
          element('FRBRauthor', [['href', author]]),
          element('FRBRlanguage', [['language', frbr.language]]),
        ],
      ),
      element(
        'FRBRManifestation',
        [],
        [
          value('FRBRthis', `${expression}/${component}.xml`),
          value('FRBRuri', `${expression}.akn`),
          element('FRBRdate', [
            ['date', safeDate(frbr.expressionDate)],
            ['name', 'manifestation'],
          ]),
          element('FRBRauthor', [['href', `#${ourEId}`]]),
        ],
      ),
    ],
  )
}

/**
 * `<meta>` of the document: identification, lifecycle, references, notes, and a `proprietary` block
 * with everything AKN has no element for, so that reading it back gives the same `Meta`.
 */
export function writeMeta(document: Document, pool: EIdPool, state: WriteState): OutElement {
  const meta = document.meta
  const references: OutElement[] = []
  const lifecycle: OutElement[] = []
  const proprietary: OutElement[] = []

  // Document symbols: the original, then one passiveRef per event that names a symbol.
  let originalId: string | undefined
  if (meta.originalSymbol !== undefined) {
    originalId = pool.take('original')
    references.push(
      element('original', [
        ['eId', originalId],
        ['href', frbrUris(document).work],
        ['showAs', meta.originalSymbol],
      ]),
    )
  }
  const generatedEvents = new Map<string, string>()
  // Passive references count the corrigenda alone, so that `Corr.1` is `corr_1` after an adoption.
  let corrigenda = 0
  for (const [index, event] of meta.lifecycle.entries()) {
    let eventSource = `#${ourEId}`
    if (event.symbol !== undefined) {
      if (originalId !== undefined && event.symbol === meta.originalSymbol && index === 0) {
        eventSource = `#${originalId}`
      } else {
        const passiveId = pool.take(`corr_${++corrigenda}`)
        references.push(
          element('passiveRef', [
            ['eId', passiveId],
            ['href', `${frbrUris(document).work}/${document.meta.frbr.language}@${safeDate(event.date)}`],
            ['showAs', event.symbol],
          ]),
        )
        eventSource = `#${passiveId}`
      }
    }
    if (event.refersTo !== undefined && !generatedEvents.has(event.refersTo) && !pool.has(event.refersTo)) {
      generatedEvents.set(event.refersTo, pool.take(event.refersTo))
    }
    lifecycle.push(
      element('eventRef', [
        ['eId', event.eId || undefined],
        ['date', safeDate(event.date)],
        ['source', eventSource],
        ['type', event.type],
        ['refersTo', event.refersTo === undefined ? undefined : `#${event.refersTo}`],
      ]),
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

  // Persons and organizations of the model, then the body if it is not one of them, then ours.
  const body = meta.body
  let bodyWritten = false
  for (const reference of meta.references) {
    const isBody =
      body !== undefined &&
      reference.type === 'organization' &&
      reference.eId === body.eId &&
      reference.href === body.href &&
      reference.showAs === body.showAs
    if (isBody) bodyWritten = true
    references.push(tlc(reference, isBody ? 'body-reference' : undefined))
  }
  if (body !== undefined && !bodyWritten) references.push(tlc(body, 'body'))
  const author = body ? `#${body.eId}` : `#${ourEId}`
  if (!pool.has(ourEId)) {
    pool.take(ourEId)
    references.push(
      tlc({type: 'organization', eId: ourEId, href: ourHref, showAs: 'clausewise'}, 'generated'),
    )
  }
  for (const [refersTo, eId] of generatedEvents) {
    references.push(
      element('TLCEvent', [
        ['eId', eId],
        ['href', `/ontology/event/${meta.frbr.country}/${refersTo}`],
        ['showAs', refersTo],
        [roleAttribute, 'generated'],
      ]),
    )
  }

  const children: OutNode[] = [identification(document, '!main', author)]
  if (lifecycle.length > 0) children.push(element('lifecycle', [source], lifecycle))
  children.push(element('references', [source], references))
  if (meta.notes.length > 0) {
    children.push(
      element(
        'notes',
        [source],
        meta.notes.map((note) =>
          element(
            'note',
            [['eId', note.eId]],
            note.children.map((child) => one(child, state)),
          ),
        ),
      ),
    )
  }
  children.push(element('proprietary', [source], [documentProperties(meta, proprietary)]))
  return element('meta', [], children)
}

function tlc(reference: Meta['references'][number], role: string | undefined): OutElement {
  return element(reference.type === 'person' ? 'TLCPerson' : 'TLCOrganization', [
    ['eId', reference.eId],
    ['href', reference.href],
    ['showAs', reference.showAs],
    [roleAttribute, role],
  ])
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
 * `<meta>` of an attached document: its identification (authored by the delegation when known) and
 * a `proprietary` block recording the model's `author`.
 */
export function writeAttachmentMeta(document: Document, attachment: Attachment): OutElement {
  const author = attachment.author ?? document.meta.body?.eId ?? ourEId
  const component = attachment.eId ? `!${attachment.eId}` : '!attachment'
  return element(
    'meta',
    [],
    [
      identification(document, component, `#${author}`),
      element(
        'proprietary',
        [source],
        [element(`${clausewisePrefix}:attachment`, [['author', attachment.author]])],
      ),
    ],
  )
}

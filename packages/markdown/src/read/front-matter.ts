import type {
  Diagnostic,
  Document,
  LifecycleEvent,
  Meeting,
  Meta,
  Organization,
  Person,
  Position,
} from '@clausewise/model'
import {aknLanguage, emptyMeta} from '@clausewise/model'
import {source} from './context.js'
import {readNotes} from './front-matter-notes.js'

/** Document type and name the reader assumes when the front matter gives none. */
export const defaults = {documentType: 'statement', name: 'decision'} as const

type Loose = Record<string, unknown>

/** Keys the front matter may hold: the canonical ones (mirroring `Meta`) and the drafts' shortcuts. */
export const knownKeys: ReadonlySet<string> = new Set([
  'documentType',
  'name',
  'language',
  'symbol',
  'originalSymbol',
  'frbr',
  'body',
  'meeting',
  'lifecycle',
  'references',
  'notes',
  'date',
  'number',
  'country',
  'subtype',
  'corrigenda',
  'title',
  'subtitle',
  'lang',
])

const frbrFields = [
  'country',
  'subtype',
  'date',
  'number',
  'language',
  'expressionDate',
  'workUri',
  'expressionUri',
  'name',
] as const
const meetingFields = ['name', 'symbol', 'day', 'journal', 'agendaItem', 'place'] as const
const eventFields = ['eId', 'date', 'type', 'refersTo', 'symbol', 'kind', 'source'] as const

function isRecord(value: unknown): value is Loose {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function text(value: unknown): string | undefined {
  if (typeof value === 'string') return value
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  return undefined
}

/** Copy the string fields named in `fields` from `from`, and only those (no prototype keys). */
function pick<K extends string>(from: Loose, fields: readonly K[]): Partial<Record<K, string>> {
  const result: Partial<Record<K, string>> = {}
  for (const field of fields) {
    if (!Object.hasOwn(from, field)) continue
    const value = text(from[field])
    if (value !== undefined) result[field] = value
  }
  return result
}

/** What the front matter says: document type and name, the metadata, and Pandoc's title lines. */
export interface FrontMatter {
  documentType: Document['documentType']
  name: string
  meta: Meta
  /** Pandoc's `title`, `subtitle` and a `date` that is not an ISO date: lines of the title page. */
  lines: {title?: string; subtitle?: string; date?: string}
}

const isoDate = /^\d{4}-\d{2}-\d{2}$/

/**
 * An eId made from a name: its ASCII letters and digits, accents dropped, words in camel case
 * (`Third Committee` → `thirdCommittee`); empty when the name has none.
 */
function nameId(name: string): string {
  const words = name
    .normalize('NFD')
    .replace(/[^A-Za-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter((word) => word !== '')
    .slice(0, 12)
  return words
    .map((word, index) =>
      index === 0 ? word.toLowerCase() : word[0]!.toUpperCase() + word.slice(1).toLowerCase(),
    )
    .join('')
}

/**
 * Read front matter (already parsed YAML) into metadata. Canonical keys mirror `Meta` (`language`,
 * `symbol`, `originalSymbol`, `frbr`, `body`, `meeting`, `lifecycle`, `references`, `notes`);
 * shortcuts for drafts: `date` (adoption, also the expression date unless `frbr` says otherwise),
 * `number`, `country`, `subtype`, and `corrigenda` (a list of `{date, symbol, kind}`); Pandoc's
 * `title` and `subtitle` (and a `date` that is not an ISO date) are lines of the title page. Other keys
 * are reported; notes that do not fit the model are left out and reported.
 */
export function readFrontMatter(
  value: unknown,
  place: Position | undefined,
  diagnostics: Diagnostic[],
): FrontMatter {
  const report = (reason: string) => {
    const diagnostic: Diagnostic = {reason, ruleId: 'front-matter', source, fatal: false}
    if (place) diagnostic.place = place
    diagnostics.push(diagnostic)
  }
  let data = value
  if (!isRecord(data)) {
    if (data !== null && data !== undefined) report('Front matter is not a mapping: ignored')
    data = {}
  }
  const fields = data as Loose
  // A misspelt key would otherwise vanish without a word.
  for (const key of Object.keys(fields)) {
    if (!knownKeys.has(key)) report(`Unknown front matter key \`${key.slice(0, 40)}\`: ignored`)
  }
  // Pandoc's `lang` (`de`, `en-GB`) says the language when `language` does not.
  const language = text(fields.language) ?? text(fields.lang) ?? 'und'
  const meta = emptyMeta(language)
  const documentType = text(fields.documentType)
  const result: FrontMatter = {
    documentType:
      documentType === 'doc' || documentType === 'act' || documentType === 'bill'
        ? documentType
        : defaults.documentType,
    name: text(fields.name) ?? defaults.name,
    meta,
    lines: {},
  }
  const title = text(fields.title)
  if (title !== undefined) result.lines.title = title
  const subtitle = text(fields.subtitle)
  if (subtitle !== undefined) result.lines.subtitle = subtitle
  if (documentType !== undefined && documentType !== result.documentType)
    report(`Unknown document type \`${documentType}\``)

  const date = text(fields.date)
  if (date !== undefined && isoDate.test(date)) meta.frbr.date = meta.frbr.expressionDate = date
  else if (date !== undefined) result.lines.date = date
  const number = text(fields.number)
  if (number !== undefined) meta.frbr.number = number
  const country = text(fields.country)
  if (country !== undefined) meta.frbr.country = country
  const subtype = text(fields.subtype)
  if (subtype !== undefined) meta.frbr.subtype = subtype
  if (isRecord(fields.frbr)) Object.assign(meta.frbr, pick(fields.frbr, frbrFields))
  const symbol = text(fields.symbol)
  if (symbol !== undefined) meta.symbol = symbol
  const originalSymbol = text(fields.originalSymbol)
  if (originalSymbol !== undefined) meta.originalSymbol = originalSymbol
  if (isRecord(fields.meeting)) meta.meeting = pick(fields.meeting, meetingFields) as Meeting
  if (isRecord(fields.body))
    meta.body = {...pick(fields.body, ['eId', 'showAs', 'href']), type: 'organization'} as Organization
  else if (typeof fields.body === 'string' && fields.body.trim() !== '') {
    // `body: Third Committee`: its name; the eId and the ontology reference are made from it.
    const showAs = fields.body.trim().slice(0, 500)
    const eId = nameId(showAs) || 'body'
    meta.body = {type: 'organization', eId, href: `/ontology/organization/${eId}`, showAs}
  } else if (fields.body !== undefined && fields.body !== null)
    report('Front matter `body` is neither a name nor a mapping: ignored')
  if (Array.isArray(fields.lifecycle)) {
    for (const event of fields.lifecycle)
      if (isRecord(event)) meta.lifecycle.push(pick(event, eventFields) as LifecycleEvent)
  }
  if (Array.isArray(fields.corrigenda)) {
    for (const entry of fields.corrigenda) {
      if (!isRecord(entry)) continue
      const corrigendum = pick(entry, ['date', 'symbol', 'kind'])
      const event: LifecycleEvent = {
        eId: `evnt_${meta.lifecycle.length + 1}`,
        date: corrigendum.date ?? '',
        type: 'amendment',
      }
      if (corrigendum.kind !== undefined) event.refersTo = event.kind = corrigendum.kind
      if (corrigendum.symbol !== undefined) event.symbol = corrigendum.symbol
      meta.lifecycle.push(event)
      if (corrigendum.date !== undefined && !isRecord(fields.frbr))
        meta.frbr.expressionDate = corrigendum.date
    }
  }
  if (Array.isArray(fields.references)) {
    for (const reference of fields.references) {
      if (!isRecord(reference)) continue
      const picked = pick(reference, ['type', 'eId', 'showAs', 'href'])
      meta.references.push({
        type: picked.type === 'organization' ? 'organization' : 'person',
        eId: picked.eId ?? '',
        showAs: picked.showAs ?? '',
        href: picked.href ?? '',
      } as Person | Organization)
    }
  }
  if (fields.notes !== undefined && fields.notes !== null) meta.notes = readNotes(fields.notes, report)
  if (
    (Object.hasOwn(fields, 'language') || Object.hasOwn(fields, 'lang')) &&
    meta.frbr.language !== aknLanguage(language) &&
    !isRecord(fields.frbr)
  )
    meta.frbr.language = aknLanguage(language)
  return result
}

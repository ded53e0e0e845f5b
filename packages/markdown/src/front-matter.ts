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
import {parse, stringify} from 'yaml'
import {source} from './context.js'
import {readNotes} from './front-matter-notes.js'

/** Document type and name the reader assumes when the front matter gives none. */
export const defaults = {documentType: 'statement', name: 'decision'} as const

type Loose = Record<string, unknown>

/** Keys the front matter may hold: the canonical ones (mirroring `Meta`) and the drafts' shortcuts. */
const knownKeys = new Set([
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
const eventFields = ['eId', 'date', 'type', 'refersTo', 'symbol', 'kind'] as const

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

/** What the front matter says: document type and name, and the metadata. */
export interface FrontMatter {
  documentType: Document['documentType']
  name: string
  meta: Meta
}

/**
 * Read YAML front matter into metadata. Canonical keys mirror `Meta` (`language`, `symbol`,
 * `originalSymbol`, `frbr`, `body`, `meeting`, `lifecycle`, `references`, `notes`); shortcuts for
 * drafts: `date` (adoption, also the expression date unless `frbr` says otherwise), `number`,
 * `country`, `subtype`, and `corrigenda` (a list of `{date, symbol, kind}`). Other keys are reported;
 * notes that do not fit the model are left out and reported.
 */
export function readFrontMatter(
  value: string | undefined,
  place: Position | undefined,
  diagnostics: Diagnostic[],
): FrontMatter {
  const report = (reason: string) => {
    const diagnostic: Diagnostic = {reason, ruleId: 'front-matter', source, fatal: false}
    if (place) diagnostic.place = place
    diagnostics.push(diagnostic)
  }
  let data: unknown = {}
  if (value !== undefined && value.trim() !== '') {
    try {
      data = parse(value, {maxAliasCount: 100, prettyErrors: false})
    } catch (error) {
      report(`Front matter is not valid YAML: ${String((error as Error).message).split('\n')[0]}`)
    }
  }
  if (!isRecord(data)) {
    if (data !== null && data !== undefined) report('Front matter is not a mapping: ignored')
    data = {}
  }
  const fields = data as Loose
  // A misspelt key would otherwise vanish without a word.
  for (const key of Object.keys(fields)) {
    if (!knownKeys.has(key)) report(`Unknown front matter key \`${key}\`: ignored`)
  }
  const language = text(fields.language) ?? 'und'
  const meta = emptyMeta(language)
  const documentType = text(fields.documentType)
  const result: FrontMatter = {
    documentType:
      documentType === 'doc' || documentType === 'act' || documentType === 'bill'
        ? documentType
        : defaults.documentType,
    name: text(fields.name) ?? defaults.name,
    meta,
  }
  if (documentType !== undefined && documentType !== result.documentType)
    report(`Unknown document type \`${documentType}\``)

  const date = text(fields.date)
  if (date !== undefined) meta.frbr.date = meta.frbr.expressionDate = date
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
    Object.hasOwn(fields, 'language') &&
    meta.frbr.language !== aknLanguage(language) &&
    !isRecord(fields.frbr)
  )
    meta.frbr.language = aknLanguage(language)
  return result
}

/** A JSON copy without `position`s (notes read from AKN carry them; the front matter does not). */
function clean<T extends object>(value: T): Loose {
  return JSON.parse(JSON.stringify(value, (key, field) => (key === 'position' ? undefined : field))) as Loose
}

/** Front matter for a document: canonical keys only, each left out when the reader's default matches. */
export function writeFrontMatter(document: Document): string {
  const {meta} = document
  const data: Loose = {}
  if (document.documentType !== defaults.documentType) data.documentType = document.documentType
  if (document.name !== defaults.name) data.name = document.name
  if (meta.language !== 'und') data.language = meta.language
  if (meta.symbol !== undefined) data.symbol = meta.symbol
  if (meta.originalSymbol !== undefined) data.originalSymbol = meta.originalSymbol
  if (JSON.stringify(clean(meta.frbr)) !== JSON.stringify(clean(emptyMeta(meta.language).frbr)))
    data.frbr = clean(meta.frbr)
  if (meta.body !== undefined) data.body = clean(meta.body)
  if (meta.meeting !== undefined) data.meeting = clean(meta.meeting)
  if (meta.lifecycle.length > 0) data.lifecycle = meta.lifecycle.map(clean)
  // Persons and organizations; other AKN references (roles, terms, documents) are AKN's alone.
  const references = meta.references.filter((reference) => reference.type !== 'reference')
  if (references.length > 0) data.references = references.map(clean)
  if (meta.notes.length > 0) data.notes = meta.notes.map(clean)
  if (Object.keys(data).length === 0) return ''
  return `---\n${stringify(data, {lineWidth: 0})}---`
}

import type {AuthorialNote, Inline, Note, P} from '@clausewise/model'
import {isSafeHref} from '../href.js'

/** Deepest nesting of inline nodes read from a note in the front matter. */
const maximumDepth = 100

type Loose = Record<string, unknown>

/** Why a value is not a note; thrown inside this module only, caught by {@link readNotes}. */
class Misfit extends Error {}

function isRecord(value: unknown): value is Loose {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function field(record: Loose, key: string): unknown {
  return Object.hasOwn(record, key) ? record[key] : undefined
}

function string(record: Loose, key: string, where: string): string {
  const value = field(record, key)
  if (typeof value !== 'string') throw new Misfit(`${where}: \`${key}\` is not a string`)
  return value
}

function optionalString(record: Loose, key: string, where: string): string | undefined {
  return field(record, key) === undefined ? undefined : string(record, key, where)
}

function list(record: Loose, key: string, where: string): unknown[] {
  const value = field(record, key)
  if (!Array.isArray(value)) throw new Misfit(`${where}: \`${key}\` is not a list`)
  return value
}

const spans = new Set(['sup', 'sub', 'b', 'i', 'u', 'docNumber', 'docTitle', 'shortTitle'])
const placements = new Set(['bottom', 'inline', 'side'])

function inlines(record: Loose, depth: number, unsafe: string[]): Inline[] {
  return list(record, 'children', 'inline').flatMap((child) => inline(child, depth + 1, unsafe))
}

/** A model inline node rebuilt from a YAML value, known fields only; throws {@link Misfit}. */
function inline(value: unknown, depth: number, unsafe: string[]): Inline | Inline[] {
  if (depth > maximumDepth) throw new Misfit(`nested deeper than ${maximumDepth} levels`)
  if (!isRecord(value)) throw new Misfit('an inline node is not a mapping')
  const type = field(value, 'type')
  if (type === 'text') return {type, value: string(value, 'value', 'text')}
  if (type === 'br') return {type}
  if (typeof type === 'string' && spans.has(type))
    return {type, children: inlines(value, depth, unsafe)} as Inline
  switch (type) {
    case 'party':
      return {type, refersTo: string(value, 'refersTo', type), children: inlines(value, depth, unsafe)}
    case 'quotedText': {
      const node: Inline = {type, children: inlines(value, depth, unsafe)}
      const start = optionalString(value, 'startQuote', type)
      const end = optionalString(value, 'endQuote', type)
      if (start !== undefined) node.startQuote = start
      if (end !== undefined) node.endQuote = end
      return node
    }
    case 'ref': {
      const href = string(value, 'href', type)
      const children = inlines(value, depth, unsafe)
      if (isSafeHref(href)) return {type, href, children}
      // As in the text: a link to anything but http, https, mailto or a relative target keeps its text.
      unsafe.push(href)
      return children
    }
    case 'noteRef': {
      const node: Inline = {type, href: string(value, 'href', type)}
      const marker = optionalString(value, 'marker', type)
      if (marker !== undefined) node.marker = marker
      return node
    }
    case 'ins':
    case 'del': {
      const eId = optionalString(value, 'eId', type)
      const children = inlines(value, depth, unsafe)
      return eId === undefined ? {type, children} : {type, eId, children}
    }
    case 'authorialNote': {
      const placement = optionalString(value, 'placement', type)
      if (placement !== undefined && !placements.has(placement))
        throw new Misfit(`authorialNote: unknown placement \`${placement.slice(0, 20)}\``)
      const node: AuthorialNote = {
        type,
        eId: string(value, 'eId', type),
        marker: string(value, 'marker', type),
        children: paragraphs(value, depth, unsafe),
      }
      if (placement !== undefined) node.placement = placement as AuthorialNote['placement']
      return node
    }
    default:
      throw new Misfit(`unknown inline type \`${String(type).slice(0, 20)}\``)
  }
}

function paragraphs(record: Loose, depth: number, unsafe: string[]): P[] {
  return list(record, 'children', 'note').map((block) => {
    if (!isRecord(block) || field(block, 'type') !== 'p') throw new Misfit('a block is not a `p`')
    const p: P = {type: 'p', children: inlines(block, depth + 1, unsafe)}
    const eId = optionalString(block, 'eId', 'p')
    if (eId !== undefined) p.eId = eId
    return p
  })
}

/** One note: `{eId, children: [{type: 'p', children: [...]}]}`, or the shortcut `{eId, text}`. */
function note(value: unknown, unsafe: string[]): Note {
  if (!isRecord(value)) throw new Misfit('not a mapping')
  const eId = string(value, 'eId', 'note')
  if (field(value, 'children') === undefined && field(value, 'text') !== undefined)
    return {eId, children: [{type: 'p', children: [{type: 'text', value: string(value, 'text', 'note')}]}]}
  return {eId, children: paragraphs(value, 0, unsafe)}
}

/**
 * Read the front matter's `notes` into model notes, rebuilt from their known fields. A note that does
 * not fit the model is left out, and a link to anything but http, https, mailto or a relative target
 * becomes its text; each is reported through `report`.
 */
export function readNotes(value: unknown, report: (reason: string) => void): Note[] {
  if (!Array.isArray(value)) {
    report('Front matter `notes` is not a list: ignored')
    return []
  }
  const notes: Note[] = []
  value.forEach((entry, index) => {
    const unsafe: string[] = []
    try {
      notes.push(note(entry, unsafe))
    } catch (error) {
      if (!(error instanceof Misfit)) throw error
      report(`Front matter note ${index + 1} left out: ${error.message}`)
      return
    }
    for (const href of unsafe)
      report(`Front matter note ${index + 1}: link to \`${href.slice(0, 40)}\` dropped, its text kept`)
  })
  return notes
}

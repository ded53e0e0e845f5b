import type {Document} from '@clausewise/model'
import {emptyMeta} from '@clausewise/model'
import {stringify} from 'yaml'
import {defaults} from '../read/front-matter.js'

type Loose = Record<string, unknown>

/** A JSON copy without `position`s (notes read from AKN carry them; the front matter does not). */
function clean<T extends object>(value: T): Loose {
  return JSON.parse(JSON.stringify(value, (key, field) => (key === 'position' ? undefined : field))) as Loose
}

/** How the front matter is written. */
export interface FrontMatterOptions {
  /** Write `language` even when it is `und` (the reader would otherwise guess one from the text). */
  language?: boolean | undefined
  /**
   * Write YAML that no CriticMarkup mark can be read in: when the YAML would hold `{`, `}` or a
   * backslash, write the data as JSON instead (YAML reads it the same), with `{` and `}` in strings as
   * `\u007b` and `\u007d`.
   */
  markSafe?: boolean | undefined
}

/** The metadata a front matter holds: canonical keys only, each left out when the reader's default matches. */
export function frontMatterData(document: Document, options: FrontMatterOptions = {}): Loose {
  const {meta} = document
  const data: Loose = {}
  if (document.documentType !== defaults.documentType) data.documentType = document.documentType
  if (document.name !== defaults.name) data.name = document.name
  if (meta.language !== 'und' || options.language) data.language = meta.language
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
  return data
}

/** The YAML of a front matter (without its `---` lines), or `undefined` when there is nothing to say. */
export function frontMatterValue(document: Document, options: FrontMatterOptions = {}): string | undefined {
  const data = frontMatterData(document, options)
  if (Object.keys(data).length === 0) return undefined
  const yaml = stringify(data, {lineWidth: 0}).replace(/\n$/, '')
  if (options.markSafe && /[{}\\]/.test(yaml)) return bracesEscaped(JSON.stringify(data, null, 2))
  return yaml
}

/** JSON text with `{` and `}` inside its strings written `\u007b` and `\u007d`; one pass. */
function bracesEscaped(json: string): string {
  let result = ''
  let inside = false
  for (let index = 0; index < json.length; index++) {
    const character = json[index]!
    if (inside && character === '\\') {
      result += character + json[index + 1]
      index++
    } else if (character === '"') {
      inside = !inside
      result += character
    } else if (inside && character === '{') result += '\\u007b'
    else if (inside && character === '}') result += '\\u007d'
    else result += character
  }
  return result
}

import {ClausewiseError, type Diagnostic} from '@clausewise/model'
import {attribute, canonicalNames, elements} from '../xml/names.js'
import {parseXml, type XmlElement} from '../xml/parse.js'
import {openZip, type ZipArchive, type ZipLimits} from '../zip/read-zip.js'

/** A relationship of a part (`_rels/*.rels`). */
export interface Relationship {
  id: string
  /** The type URI's last segment, e.g. `styles`, `footnotes`, `hyperlink`. */
  type: string
  /** For an internal target, the part name it resolves to; for an external one, the target as given. */
  target: string
  external: boolean
}

/** An opened .docx: parts read and parsed on demand, relationships, what was noticed. */
export interface DocxPackage {
  /** The main document part's name, e.g. `word/document.xml`. */
  main: string
  /** Parse a part, or `undefined` (with a diagnostic) when it is missing or refused. */
  xml(name: string, required?: boolean): XmlElement | undefined
  relationships(part: string): Relationship[]
  diagnostics: Diagnostic[]
}

const source = '@clausewise/docx'
const macroTypes = new Set(['vbaProject', 'vbaData', 'keyMapCustomizations', 'attachedToolbars'])

function warn(diagnostics: Diagnostic[], ruleId: string, reason: string): void {
  diagnostics.push({reason, ruleId, source, fatal: false})
}

/** Text of a part: UTF-8, or UTF-16 when a byte-order mark says so; a UTF-8 BOM is dropped. */
function decode(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2))
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2))
  const text = new TextDecoder('utf-8').decode(bytes)
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
}

/** Resolve a relationship target against the folder of its source part; `undefined` if it escapes. */
export function resolveTarget(sourcePart: string, target: string): string | undefined {
  const path = target.split('#')[0] ?? ''
  const segments = path.startsWith('/') ? [] : sourcePart.split('/').slice(0, -1)
  for (const segment of path.split('/')) {
    if (segment === '' || segment === '.') continue
    if (segment === '..') {
      if (segments.length === 0) return undefined
      segments.pop()
    } else segments.push(segment)
  }
  const joined = segments.map((segment) => safeDecode(segment)).join('/')
  return joined === '' ? undefined : joined
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment)
  } catch {
    return segment
  }
}

/**
 * Open a .docx: the zip's directory, the main document part (from the package relationships), and
 * what the package holds that we never run or fetch (macros, external targets), each reported.
 */
export function openPackage(bytes: Uint8Array, limits: ZipLimits & {maxDepth: number}): DocxPackage {
  const diagnostics: Diagnostic[] = []
  const archive: ZipArchive = openZip(bytes, limits)
  for (const {name, why} of archive.refused) {
    warn(diagnostics, 'part-refused', `Part \`${name}\` was ignored: its name is ${why}`)
  }
  const parsed = new Map<string, XmlElement | undefined>()
  const xml = (name: string, required = false): XmlElement | undefined => {
    if (parsed.has(name)) return parsed.get(name)
    parsed.set(name, undefined)
    if (!archive.entries.has(name)) {
      if (required) throw new ClausewiseError('not-docx', `Not a .docx: the part \`${name}\` is missing`)
      return undefined
    }
    const bytes = archive.read(name)
    if (!(bytes instanceof Uint8Array)) {
      const reason = `Part \`${name}\` could not be read: ${bytes.detail}`
      if (required || bytes.problem === 'total') {
        const code =
          bytes.problem === 'corrupt' || bytes.problem === 'method' ? 'not-docx' : 'input-too-large'
        throw new ClausewiseError(code, reason)
      }
      diagnostics.push({reason, ruleId: 'part-unreadable', source, fatal: true})
      return undefined
    }
    const root = parseXml(decode(bytes), {maxDepth: limits.maxDepth, part: name})
    canonicalNames(root)
    parsed.set(name, root)
    return root
  }

  const relationshipCache = new Map<string, Relationship[]>()
  const relationships = (part: string): Relationship[] => {
    const cached = relationshipCache.get(part)
    if (cached) return cached
    const slash = part.lastIndexOf('/')
    const relsName = `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`
    const root = xml(relsName)
    const result: Relationship[] = []
    for (const element of root ? elements(root, 'rel:Relationship') : []) {
      const id = attribute(element, 'Id')
      const typeUri = attribute(element, 'Type') ?? ''
      const target = attribute(element, 'Target') ?? ''
      if (id === undefined) continue
      const type = typeUri.slice(typeUri.lastIndexOf('/') + 1)
      const external = attribute(element, 'TargetMode') === 'External'
      if (external) {
        result.push({id, type, target, external})
        continue
      }
      const resolved = resolveTarget(part, target)
      if (resolved === undefined) {
        warn(diagnostics, 'part-refused', `Relationship \`${id}\` of \`${part}\` points outside the package`)
        continue
      }
      result.push({id, type, target: resolved, external})
    }
    relationshipCache.set(part, result)
    return result
  }

  const packageRelationships = relationships('')
  const office = packageRelationships.find(
    (relation) => relation.type === 'officeDocument' && !relation.external,
  )
  const main = office?.target ?? 'word/document.xml'
  if (!archive.entries.has(main)) {
    throw new ClausewiseError('not-docx', `Not a .docx: no main document part (\`${main}\` is missing)`)
  }

  const mainRelationships = relationships(main)
  const macros = [...archive.entries.keys()].some((name) => /(^|\/)vbaProject\.bin$/i.test(name))
  if (macros || mainRelationships.some((relation) => macroTypes.has(relation.type))) {
    warn(diagnostics, 'macros-ignored', 'The document holds macros: they were ignored, never run')
  }
  for (const relation of mainRelationships) {
    if (!relation.external || relation.type === 'hyperlink') continue
    warn(
      diagnostics,
      'external-target-ignored',
      `An external ${relation.type} target was ignored, never fetched: ${relation.target.slice(0, 200)}`,
    )
  }
  return {main, xml, relationships, diagnostics}
}

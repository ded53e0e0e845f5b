import {ClausewiseError, createLocator, isXmlCharacter, type Locator} from '@clausewise/model'
import {XMLParser, XMLValidator} from 'fast-xml-parser'

// The rules of `packages/akn/src/xml/parse.ts`, the project's one way to read untrusted XML (no DTD,
// no entity but the five predefined, validation before parsing, depth capped by a linear pre-scan),
// applied to the parts of a .docx. Errors name the part.

/** An element of a parsed XML tree; `attributes` has no prototype, so any attribute name is harmless. */
export interface XmlElement {
  type: 'element'
  name: string
  attributes: Record<string, string>
  children: XmlChild[]
}

/** A run of character data (entities decoded, CDATA included). */
export interface XmlText {
  type: 'text'
  value: string
}

/** A child of an element. */
export type XmlChild = XmlElement | XmlText

/** Limits of {@link parseXml}. */
export interface ParseXmlOptions {
  /** Deepest element nesting accepted. */
  maxDepth: number
  /** The part's name, for messages. */
  part: string
}

// Names fast-xml-parser refuses (`__proto__`, …) or renames (`toString` → `__toString`). We mark them
// with a character no XML name can hold and unmark them when converting, so that they arrive intact
// in our prototype-less maps instead of failing the parse.
const guardedNames = new Set([
  '__proto__',
  'constructor',
  'prototype',
  'hasOwnProperty',
  'toString',
  'valueOf',
  '__defineGetter__',
  '__defineSetter__',
  '__lookupGetter__',
  '__lookupSetter__',
])
const guard = '\u0000'
const guardName = (name: string): string => (guardedNames.has(name) ? guard + name : name)
const unguardName = (name: string): string => (name.startsWith(guard) ? name.slice(1) : name)

/**
 * Parse an untrusted XML part into a plain element tree. Rejects DTDs (`<!DOCTYPE`, `<!ENTITY`), so no
 * entity is ever expanded; checks well-formedness before parsing; caps nesting depth with a linear
 * scan before anything recurses.
 *
 * @throws {ClausewiseError} `xml-doctype`, `xml-too-deep`, `xml-malformed`, naming the part.
 */
export function parseXml(xml: string, options: ParseXmlOptions): XmlElement {
  const {maxDepth, part} = options
  const locator = createLocator(xml)
  scan(xml, maxDepth, locator, part)

  const validation = XMLValidator.validate(xml, {allowBooleanAttributes: false})
  if (validation !== true) {
    const {line, col, msg} = validation.err
    throw new ClausewiseError(
      'xml-malformed',
      `Malformed XML in ${part}: ${msg}`,
      line > 0 ? {line, column: col > 0 ? col : 1} : undefined,
    )
  }

  let raw: unknown
  try {
    const parser = new XMLParser({
      preserveOrder: true,
      ignoreAttributes: false,
      attributeNamePrefix: '',
      trimValues: false,
      parseTagValue: false,
      parseAttributeValue: false,
      processEntities: true,
      htmlEntities: true,
      maxNestedTags: maxDepth + 1,
      transformTagName: guardName,
      transformAttributeName: guardName,
    })
    raw = parser.parse(xml)
  } catch (error) {
    throw new ClausewiseError('xml-malformed', `Malformed XML in ${part}: ${String(error)}`, undefined, {
      cause: error,
    })
  }
  const root = convert(raw as RawNode[])
  if (!root) throw new ClausewiseError('xml-malformed', `Malformed XML in ${part}: no root element`)
  return root
}

type RawNode = Record<string, unknown>

/** fast-xml-parser's ordered output to our tree; depth is bounded by the pre-scan. */
function convert(nodes: RawNode[]): XmlElement | undefined {
  const top: XmlElement = {type: 'element', name: '#root', attributes: {}, children: []}
  const stack: {element: XmlElement; nodes: RawNode[]; index: number}[] = [{element: top, nodes, index: 0}]
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!
    if (frame.index >= frame.nodes.length) {
      stack.pop()
      continue
    }
    const node = frame.nodes[frame.index++]!
    for (const key of Object.keys(node)) {
      if (key === ':@') continue
      const value = node[key]
      if (key === '#text') {
        const text = String(value)
        const children = frame.element.children
        const last = children[children.length - 1]
        // Comments and CDATA sections split text into runs: join them again.
        if (last && last.type === 'text') last.value += text
        else if (text) children.push({type: 'text', value: text})
        continue
      }
      if (key.startsWith('?') || !Array.isArray(value)) continue
      const attributes: Record<string, string> = Object.create(null)
      const rawAttributes = node[':@'] as Record<string, unknown> | undefined
      if (rawAttributes) {
        for (const name of Object.keys(rawAttributes)) {
          attributes[unguardName(name)] = String(rawAttributes[name])
        }
      }
      const element: XmlElement = {type: 'element', name: unguardName(key), attributes, children: []}
      frame.element.children.push(element)
      stack.push({element, nodes: value as RawNode[], index: 0})
    }
  }
  return top.children.find((child): child is XmlElement => child.type === 'element')
}

const predefinedEntities = new Set(['amp', 'lt', 'gt', 'quot', 'apos'])

/**
 * Check every `&` between `from` and `to`: without a DTD, XML knows only its five predefined entities
 * and character references to characters it allows. Anything else is not well-formed, and would
 * otherwise be kept as literal text or dropped without a word.
 */
/**
 * The next `&` at or after an offset, found once for the whole scan: regions are checked in order, so
 * a search per region (which runs to the end of the text when none is left) would make the scan
 * quadratic.
 */
interface Ampersands {
  next: number
}

function checkReferences(
  xml: string,
  from: number,
  to: number,
  locator: Locator,
  part: string,
  ampersands: Ampersands,
): void {
  if (ampersands.next !== -1 && ampersands.next < from) ampersands.next = xml.indexOf('&', from)
  let at = ampersands.next
  while (at !== -1 && at < to) {
    const end = xml.indexOf(';', at + 1)
    const reference = end !== -1 && end - at <= 12 ? xml.slice(at + 1, end) : undefined
    let problem: string | undefined
    if (reference === undefined || reference === '') {
      problem = 'A bare `&` must be written `&amp;`'
    } else if (reference.startsWith('#')) {
      const hex = reference.startsWith('#x')
      const digits = reference.slice(hex ? 2 : 1)
      const valid = hex ? /^[0-9A-Fa-f]{1,6}$/.test(digits) : /^[0-9]{1,7}$/.test(digits)
      const code = valid ? Number.parseInt(digits, hex ? 16 : 10) : Number.NaN
      if (!isXmlCharacter(code))
        problem = `Character reference \`&${reference};\` is not a character XML allows`
    } else if (!predefinedEntities.has(reference)) {
      problem = `Undefined entity \`&${reference};\` (XML without a DTD knows &amp; &lt; &gt; &quot; &apos;)`
    }
    if (problem) throw new ClausewiseError('xml-malformed', `${part}: ${problem}`, locator.point(at))
    at = xml.indexOf('&', end + 1)
  }
  ampersands.next = at
}

/**
 * One linear pass over the markup: rejects declarations (DTDs), undefined entities and references to
 * characters XML forbids, and measures nesting depth, so that neither the validator nor the parser
 * ever sees a DTD or recurses without bound.
 */
function scan(xml: string, maxDepth: number, locator: Locator, part: string): void {
  const ampersands: Ampersands = {next: xml.indexOf('&')}
  let depth = 0
  let index = 0
  const length = xml.length
  while (index < length) {
    const open = xml.indexOf('<', index)
    checkReferences(xml, index, open === -1 ? length : open, locator, part, ampersands)
    if (open === -1) return
    const next = xml.charCodeAt(open + 1)
    if (next === 33 /* ! */) {
      if (xml.startsWith('<!--', open)) {
        const close = xml.indexOf('-->', open + 4)
        if (close === -1) return
        index = close + 3
        continue
      }
      if (xml.startsWith('<![CDATA[', open)) {
        const close = xml.indexOf(']]>', open + 9)
        if (close === -1) return
        index = close + 3
        continue
      }
      const what = xml.startsWith('<!ENTITY', open) ? 'Entity declarations' : 'Document type declarations'
      throw new ClausewiseError('xml-doctype', `${part}: ${what} are not allowed`, locator.point(open))
    }
    if (next === 63 /* ? */) {
      const close = xml.indexOf('?>', open + 2)
      if (close === -1) return
      index = close + 2
      continue
    }
    if (next === 47 /* / */) {
      depth--
      const close = xml.indexOf('>', open + 2)
      if (close === -1) return
      index = close + 1
      continue
    }
    // A start tag: find its end outside quoted attribute values.
    let cursor = open + 1
    let quote = 0
    while (cursor < length) {
      const code = xml.charCodeAt(cursor)
      if (quote) {
        if (code === quote) quote = 0
      } else if (code === 34 || code === 39) quote = code
      else if (code === 62 /* > */) break
      cursor++
    }
    if (cursor >= length) return
    checkReferences(xml, open, cursor, locator, part, ampersands)
    if (xml.charCodeAt(cursor - 1) !== 47 /* / */) {
      depth++
      if (depth > maxDepth) {
        throw new ClausewiseError(
          'xml-too-deep',
          `${part}: elements nest deeper than the limit of ${maxDepth} (maxDepth)`,
          locator.point(open),
        )
      }
    }
    index = cursor + 1
  }
}

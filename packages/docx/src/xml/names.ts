import type {XmlChild, XmlElement} from './parse.js'

/**
 * The prefixes this package reads names by, for each namespace URI: a part may bind any prefix to a
 * namespace (`ns0:p` is as good as `w:p`), so names are rewritten to these before anything reads them.
 * Transitional and Strict OOXML namespaces share a prefix.
 */
const canonical: Record<string, string> = {
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main': 'w',
  'http://purl.oclc.org/ooxml/wordprocessingml/main': 'w',
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships': 'r',
  'http://purl.oclc.org/ooxml/officeDocument/relationships': 'r',
  'http://schemas.openxmlformats.org/package/2006/relationships': 'rel',
  'http://schemas.openxmlformats.org/package/2006/content-types': 'ct',
  'http://schemas.openxmlformats.org/markup-compatibility/2006': 'mc',
  'http://schemas.openxmlformats.org/officeDocument/2006/math': 'm',
  'http://purl.oclc.org/ooxml/officeDocument/math': 'm',
  'http://schemas.openxmlformats.org/package/2006/metadata/core-properties': 'cp',
  'http://purl.org/dc/elements/1.1/': 'dc',
  'http://purl.org/dc/terms/': 'dcterms',
  'http://schemas.openxmlformats.org/officeDocument/2006/custom-properties': 'op',
  'http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes': 'vt',
}

function rename(name: string, scope: Map<string, string>): string {
  const colon = name.indexOf(':')
  const prefix = colon < 0 ? '' : name.slice(0, colon)
  const local = colon < 0 ? name : name.slice(colon + 1)
  const uri = scope.get(prefix)
  if (uri === undefined) return name
  const known = canonical[uri]
  return known === undefined ? `?${prefix}:${local}` : known === '' ? local : `${known}:${local}`
}

/**
 * Rewrite every element and attribute name of a parsed part to the canonical prefix of its namespace
 * (unknown namespaces get a `?` in front, so they never match a name we read). In place; iterative.
 */
export function canonicalNames(root: XmlElement): void {
  const stack: {element: XmlElement; scope: Map<string, string>}[] = [{element: root, scope: new Map()}]
  while (stack.length > 0) {
    const {element, scope: outer} = stack.pop()!
    let scope = outer
    for (const name of Object.keys(element.attributes)) {
      if (name === 'xmlns' || name.startsWith('xmlns:')) {
        if (scope === outer) scope = new Map(outer)
        scope.set(name === 'xmlns' ? '' : name.slice(6), element.attributes[name]!)
      }
    }
    element.name = rename(element.name, scope)
    const attributes: Record<string, string> = Object.create(null)
    for (const name of Object.keys(element.attributes)) {
      if (name === 'xmlns' || name.startsWith('xmlns:')) continue
      // Unprefixed attributes are in no namespace, whatever the default namespace is.
      attributes[name.includes(':') ? rename(name, scope) : name] = element.attributes[name]!
    }
    element.attributes = attributes
    for (const child of element.children) if (child.type === 'element') stack.push({element: child, scope})
  }
}

/** The element children of an element, optionally only those with this name. */
export function elements(parent: XmlElement, name?: string): XmlElement[] {
  const result: XmlElement[] = []
  for (const child of parent.children) {
    if (child.type === 'element' && (name === undefined || child.name === name)) result.push(child)
  }
  return result
}

/** The first element child with this name. */
export function first(parent: XmlElement | undefined, name: string): XmlElement | undefined {
  if (!parent) return undefined
  for (const child of parent.children) if (child.type === 'element' && child.name === name) return child
  return undefined
}

/** An attribute's value (`w:val` by default). */
export function attribute(element: XmlElement | undefined, name = 'w:val'): string | undefined {
  return element ? element.attributes[name] : undefined
}

/** The text content of an element, all descendants. */
export function textOf(element: XmlChild): string {
  if (element.type === 'text') return element.value
  let result = ''
  const stack: XmlChild[] = [element]
  while (stack.length > 0) {
    const node = stack.pop()!
    if (node.type === 'text') result += node.value
    else for (let index = node.children.length - 1; index >= 0; index--) stack.push(node.children[index]!)
  }
  return result
}

/**
 * An OOXML on/off property (`<w:b/>`, `<w:b w:val="0"/>`, `true`, `off`…): `undefined` when absent.
 */
export function onOff(element: XmlElement | undefined): boolean | undefined {
  if (!element) return undefined
  const value = element.attributes['w:val']
  return !(value === '0' || value === 'false' || value === 'off')
}

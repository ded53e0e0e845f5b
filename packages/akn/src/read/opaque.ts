import type {Attributes, OpaqueElement} from '@clausewise/model'
import {aknNamespace, localName, prefixOf, xmlNamespace} from '../namespaces.js'
import {mixedElements} from '../schema/elements.js'
import type {XmlElement} from '../xml/parse.js'
import {migrate} from './attributes.js'
import {isBlank, namespaceOf, type ReadState, type Scope, scopeOf} from './state.js'

/**
 * An element kept exactly as it came, made self-contained: AKN elements (of any version) are named in
 * the AKN 3.0 default namespace we write, foreign ones keep their prefix, and every namespace they
 * need is declared on the element itself, so that it can be written back anywhere, well-formed. Text
 * is kept as read, white space included. Iterative.
 */
export function toOpaque(element: XmlElement, scope: Scope, state: ReadState): OpaqueElement {
  interface Frame {
    element: XmlElement
    scope: Scope
    /** Namespaces bound in the output at this point, by prefix. */
    bound: Record<string, string>
    target: OpaqueElement[] | (OpaqueElement | string)[]
  }
  const outer = Object.create(null) as Record<string, string>
  outer[''] = aknNamespace
  outer.xml = xmlNamespace
  const result: OpaqueElement[] = []
  const stack: Frame[] = [{element, scope, bound: outer, target: result}]
  while (stack.length > 0) {
    const frame = stack.pop()!
    const inner = scopeOf(frame.element, frame.scope)
    const bound = Object.create(frame.bound) as Record<string, string>
    const attributes = Object.create(null) as Attributes
    const declare = (prefix: string, uri: string): void => {
      if (bound[prefix] === uri) return
      bound[prefix] = uri
      attributes[prefix === '' ? 'xmlns' : `xmlns:${prefix}`] = uri
    }
    const uri = namespaceOf(frame.element.name, inner, state, frame.element)
    let name = frame.element.name
    const akn = state.akn.has(uri)
    if (akn) {
      name = localName(name)
      declare('', aknNamespace)
    } else {
      const prefix = prefixOf(name)
      declare(prefix, uri)
    }
    const source = Object.create(null) as Attributes
    for (const attribute in frame.element.attributes) {
      if (attribute === 'xmlns' || attribute.startsWith('xmlns:')) continue
      source[attribute] = frame.element.attributes[attribute]!
    }
    if (akn) migrate(name, source, frame.element, state)
    for (const attribute in source) {
      const prefix = prefixOf(attribute)
      if (prefix !== '' && prefix !== 'xml') {
        declare(prefix, namespaceOf(attribute, inner, state, frame.element))
      }
      attributes[attribute] = source[attribute]!
    }
    const opaque: OpaqueElement = {name, children: []}
    if (Object.keys(attributes).length > 0) opaque.attributes = {...attributes}
    frame.target.push(opaque)
    // Children in order: push in reverse, text straight away would lose the order, so frames for
    // elements and strings for text go on the stack through a placeholder list.
    const children = frame.element.children
    const placed: (OpaqueElement | string)[] = opaque.children
    const pending: Frame[] = []
    for (const child of children) {
      if (child.type === 'text') {
        // White space between the blocks of an AKN element is layout; in other content it is kept.
        if (!(akn && !mixedElements.has(name) && isBlank(child.value))) placed.push(child.value)
      } else {
        // Reserve the slot; the frame fills it.
        const slot: OpaqueElement[] = []
        placed.push(slot as unknown as OpaqueElement)
        pending.push({element: child, scope: inner, bound, target: slot})
      }
    }
    for (let index = pending.length - 1; index >= 0; index--) stack.push(pending[index]!)
  }
  return flatten(result[0]!)
}

/** Replace the one-element slots left by {@link toOpaque} by their element. */
function flatten(root: OpaqueElement): OpaqueElement {
  const stack: OpaqueElement[] = [root]
  while (stack.length > 0) {
    const element = stack.pop()!
    for (let index = 0; index < element.children.length; index++) {
      const child = element.children[index]!
      if (Array.isArray(child)) {
        const filled = (child as OpaqueElement[])[0]!
        element.children[index] = filled
        stack.push(filled)
      } else if (typeof child !== 'string') stack.push(child)
    }
  }
  return root
}

import type {OpaqueElement} from '@clausewise/model'
import {derivedIdentification, identificationOf, ourEId, structured} from '../write/identification.js'
import type {OutElement, OutNode} from '../xml/serialize.js'
import type {ReadDocument} from './document.js'
import {toOpaque} from './opaque.js'
import type {ReadState} from './state.js'

/**
 * Keep the `<identification>` read with a document when it is not exactly the one the writer derives
 * from the model (a third party's aliases, dates' names, authors, component lists), so that it is
 * written back as it came; an identification we wrote is derived again.
 */
export function keepIdentification(document: ReadDocument, state: ReadState, component = '!main'): void {
  const element = document.read.meta.identification === undefined ? document.metaElement : undefined
  const identification = element?.children.find(
    (child) => child.type === 'element' && child.name.endsWith('identification'),
  )
  if (identification?.type !== 'element') return
  const {meta} = document.read
  const kept = toOpaque(identification, document.read.scope, state)
  const author = meta.body ? `#${meta.body.eId}` : `#${ourEId}`
  const derived = derivedIdentification({documentType: document.documentType, meta}, component, author)
  if (same(structured(kept), derived)) return
  // Kept with the model's values already in their places: what is written is what was read.
  meta.identification = kept
  meta.identification = toKept(identificationOf(meta, derived))
}

/** Whether two elements to write are the same: names, attributes written, children. */
function same(left: OutNode, right: OutNode): boolean {
  if (left.type === 'text' || right.type === 'text') {
    return left.type === right.type && (left as {value: string}).value === (right as {value: string}).value
  }
  const written = (element: OutElement) => element.attributes.filter(([, value]) => value !== undefined)
  const a = written(left)
  const b = written(right)
  if (left.name !== right.name || a.length !== b.length || left.children.length !== right.children.length)
    return false
  for (let index = 0; index < a.length; index++) {
    if (a[index]![0] !== b[index]![0] || a[index]![1] !== b[index]![1]) return false
  }
  return left.children.every((child, index) => same(child, right.children[index]!))
}

/** An element built to write, as one kept in the model. */
function toKept(out: OutElement): OpaqueElement {
  const kept: OpaqueElement = {name: out.name, children: []}
  const attributes = out.attributes.filter((pair): pair is [string, string] => pair[1] !== undefined)
  if (attributes.length > 0) kept.attributes = Object.fromEntries(attributes)
  for (const child of out.children) kept.children.push(child.type === 'text' ? child.value : toKept(child))
  return kept
}

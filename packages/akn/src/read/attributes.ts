import type {Attributes} from '@clausewise/model'
import {clausewisePrefix, localName} from '../namespaces.js'
import {documentTypes, renamedInVersion3} from '../schema/elements.js'
import type {XmlElement} from '../xml/parse.js'
import {namespaceOf, type ReadState, type Scope} from './state.js'

/** The attributes of an element that has none: shared, never written to (`take` finds nothing). */
const empty: Attributes = Object.freeze(Object.create(null) as Attributes)

/** The attributes of an element the model keeps as read: all but namespace declarations. */
export class ReadAttributes {
  /** Attributes by name, with `id` and `xml:id` of earlier AKN read as `eId`. */
  all: Attributes

  constructor(all: Attributes) {
    this.all = all
  }

  /** Set an attribute (the shared empty set is copied first). */
  set(name: string, value: string): void {
    if (this.all === empty) this.all = Object.create(null) as Attributes
    this.all[name] = value
  }

  /** Take an attribute out (to put it in a field of its own). */
  take(name: string): string | undefined {
    const value = this.all[name]
    if (value !== undefined) delete this.all[name]
    return value
  }

  /** What is left, or `undefined` when nothing is. */
  rest(): Attributes | undefined {
    let result: Attributes | undefined
    for (const key in this.all) {
      result ??= {}
      Object.defineProperty(result, key, {
        value: this.all[key],
        enumerable: true,
        writable: true,
        configurable: true,
      })
    }
    return result
  }
}

/**
 * Read an element's attributes: namespace declarations dropped (writers declare what they need),
 * prefixes of foreign attributes recorded for the document, `id` / `xml:id` (earlier AKN, the 3.0
 * drafts) read as `eId` when the element has none.
 */
export function readAttributes(element: XmlElement, scope: Scope, state: ReadState): ReadAttributes {
  let any = false
  for (const _ in element.attributes) {
    any = true
    break
  }
  const local = localName(element.name)
  if (!any && !requireName.has(renamedInVersion3[local] ?? local)) return new ReadAttributes(empty)
  const all = Object.create(null) as Attributes
  for (const name in element.attributes) {
    if (name === 'xmlns' || name.startsWith('xmlns:')) continue
    const value = element.attributes[name]!
    const colon = name.indexOf(':')
    if (colon !== -1) {
      const prefix = name.slice(0, colon)
      if (prefix !== 'xml') state.namespaces[prefix] ??= namespaceOf(name, scope, state, element)
    }
    all[name] = value
  }
  migrate(local, all, element, state)
  return new ReadAttributes(all)
}

/** The values of AKN 3.0's `status` (`statusType`). */
const statuses = new Set([
  'removed',
  'temporarilyRemoved',
  'translated',
  'editorial',
  'edited',
  'verbatim',
  'incomplete',
  'unknown',
  'undefined',
  'ignored',
])

/** Elements whose `name` AKN 3.0 requires (every document type but `portion`, which allows none). */
const requireName = new Set([
  ...[...documentTypes].filter((type) => type !== 'portion'),
  'formula',
  'debateSection',
  'entity',
  'subFlow',
  'hcontainer',
  'container',
  'block',
  'inline',
  'marker',
  'FRBRalias',
  'FRBRdate',
  'componentData',
  'publication',
  'TLCReference',
])

/**
 * Bring the attributes of an AKN element to AKN 3.0, in place: `id` and `xml:id` (earlier AKN, the
 * 3.0 drafts) become `eId`; a `name` 3.0 requires and the source lacks is the element's own name;
 * AKN 2.0's `actor` of a workflow step is 3.0's `by`, its status `ignore` is `ignored`. Each repair
 * is counted for one diagnostic per kind.
 */
export function migrate(local: string, all: Attributes, element: XmlElement, state: ReadState): void {
  for (const legacy of ['id', 'xml:id']) {
    const value = all[legacy]
    if (value === undefined || all.eId !== undefined) continue
    all.eId = value
    delete all[legacy]
    state.identifiers.count++
    state.identifiers.first ??= element
  }
  const name = renamedInVersion3[local] ?? local
  if (requireName.has(name) && all.name === undefined) {
    all.name = name === 'formula' ? 'enactingFormula' : name
    state.repairs.set('name', (state.repairs.get('name') ?? 0) + 1)
  }
  if (state.version !== '3.0') {
    if (name === 'step' && all.actor !== undefined && all.by === undefined) {
      all.by = all.actor
      delete all.actor
      state.repairs.set('actor', (state.repairs.get('actor') ?? 0) + 1)
    }
    if (all.status === 'ignore') {
      all.status = 'ignored'
      state.repairs.set('status', (state.repairs.get('status') ?? 0) + 1)
    } else if (all.status !== undefined && !statuses.has(all.status)) {
      // A status AKN 3.0 has no value for stays, in our namespace, where 3.0 allows any attribute.
      all[`${clausewisePrefix}:status`] = all.status
      delete all.status
      state.repairs.set('cw:status', (state.repairs.get('cw:status') ?? 0) + 1)
    }
  }
}

/** `#x` → `x`; a value without `#` is left for the caller to keep as an attribute. */
export function withoutHash(value: string | undefined): string | undefined {
  return value?.startsWith('#') ? value.slice(1) : undefined
}

import {type DocumentType, frbrUris, type Meta, type OpaqueElement} from '@clausewise/model'
import {isIsoDate} from '../namespaces.js'
import {element, type OutElement, type OutNode} from '../xml/serialize.js'

/** A date AKN accepts where the model has none (the real value goes to `cw:frbr`). */
export const placeholderDate = '0001-01-01'
/** The eId of the organization we are, in `<references>`. */
export const ourEId = 'clausewise'

/** The date to write for a model date: itself when it is an ISO date, else the placeholder. */
export const safeDate = (date: string): string => (isIsoDate(date) ? date : placeholderDate)
const value = (name: string, text: string): OutElement => element(name, [['value', text]])

/** What an identification is derived from. */
export interface Identity {
  documentType: DocumentType
  meta: Meta
}

/**
 * The `<identification>` the naming convention gives a document: FRBR work, expression and
 * manifestation from the model's fields, `component` naming the part (`!main`, `!att_1`).
 */
export function derivedIdentification(identity: Identity, component: string, author: string): OutElement {
  const {frbr} = identity.meta
  const {work, expression} = frbrUris(identity)
  const workParts: OutNode[] = [
    value('FRBRthis', `${work}/${component}`),
    value('FRBRuri', work),
    // AKN requires a date; when the source gave none, say so in the name rather than pass 0001-01-01 off
    // as an adoption date.
    element('FRBRdate', [
      ['date', safeDate(frbr.date)],
      ['name', isIsoDate(frbr.date) ? 'adoption' : 'unknown'],
    ]),
    element('FRBRauthor', [['href', author]]),
    value('FRBRcountry', frbr.country),
  ]
  if (frbr.subtype !== undefined) workParts.push(value('FRBRsubtype', frbr.subtype))
  if (frbr.number !== '') workParts.push(value('FRBRnumber', frbr.number))
  if (frbr.name !== undefined) workParts.push(value('FRBRname', frbr.name))
  return element(
    'identification',
    [['source', `#${ourEId}`]],
    [
      element('FRBRWork', [], workParts),
      element(
        'FRBRExpression',
        [],
        [
          value('FRBRthis', `${expression}/${component}`),
          value('FRBRuri', expression),
          element('FRBRdate', [
            ['date', safeDate(frbr.expressionDate)],
            ['name', 'expression'],
          ]),
          element('FRBRauthor', [['href', author]]),
          element('FRBRlanguage', [['language', frbr.language]]),
        ],
      ),
      element(
        'FRBRManifestation',
        [],
        [
          value('FRBRthis', `${expression}/${component}.xml`),
          value('FRBRuri', `${expression}.akn`),
          element('FRBRdate', [
            ['date', safeDate(frbr.expressionDate)],
            ['name', 'manifestation'],
          ]),
          element('FRBRauthor', [['href', `#${ourEId}`]]),
        ],
      ),
    ],
  )
}

const core = ['FRBRthis', 'FRBRuri', 'FRBRalias', 'FRBRdate', 'FRBRauthor', 'componentInfo', 'preservation']
const order: Record<string, string[]> = {
  FRBRWork: [
    ...core,
    'FRBRcountry',
    'FRBRsubtype',
    'FRBRnumber',
    'FRBRname',
    'FRBRprescriptive',
    'FRBRauthoritative',
  ],
  FRBRExpression: [
    ...core,
    'FRBRversionNumber',
    'FRBRauthoritative',
    'FRBRmasterExpression',
    'FRBRlanguage',
    'FRBRtranslation',
  ],
}
/** What the model says, by element and attribute: written over the kept identification. */
const owned: Record<string, string> = {
  FRBRuri: 'value',
  FRBRdate: 'date',
  FRBRcountry: 'value',
  FRBRsubtype: 'value',
  FRBRnumber: 'value',
  FRBRname: 'value',
  FRBRlanguage: 'language',
}

/** An element kept in the model, as an element to write; white space between elements dropped. */
export function structured(item: OpaqueElement): OutElement {
  const out = element(item.name, item.attributes ? Object.entries(item.attributes) : [])
  for (const child of item.children) {
    if (typeof child !== 'string') out.children.push(structured(child))
    else if (child.trim() !== '') out.children.push({type: 'text', value: child})
  }
  return out
}

const childNamed = (parent: OutElement, name: string): OutElement | undefined =>
  parent.children.find((child): child is OutElement => child.type === 'element' && child.name === name)
const attributeOf = (parent: OutElement | undefined, name: string, attribute: string): string | undefined =>
  parent ? childNamed(parent, name)?.attributes.find(([key]) => key === attribute)?.[1] : undefined

/** One FRBR level: the kept one with the model's values in their places, and what it lacks added. */
function mergeLevel(kept: OutElement, derived: OutElement): OutElement {
  const levelOrder = order[kept.name]
  if (!levelOrder) return kept
  const keptUri = attributeOf(kept, 'FRBRuri', 'value')
  const derivedUri = attributeOf(derived, 'FRBRuri', 'value')
  const seen = new Set<string>()
  const children: OutNode[] = []
  for (const child of kept.children) {
    if (child.type !== 'element') continue
    const attribute = owned[child.name]
    const first = !seen.has(child.name)
    seen.add(child.name)
    if (child.name === 'FRBRthis' && keptUri !== derivedUri) {
      const replacement = childNamed(derived, 'FRBRthis')
      if (replacement) children.push(replacement)
      continue
    }
    if (attribute === undefined || !first) {
      children.push(child)
      continue
    }
    const model = attributeOf(derived, child.name, attribute)
    if (model === undefined) continue
    children.push(
      element(
        child.name,
        child.attributes.map(([key, old]) => [key, key === attribute ? model : old]),
      ),
    )
  }
  // What the model holds and the kept level does not, at its place in the schema's order.
  for (const child of derived.children) {
    if (child.type !== 'element' || seen.has(child.name) || owned[child.name] === undefined) continue
    const rank = levelOrder.indexOf(child.name)
    let at = children.length
    for (let index = 0; index < children.length; index++) {
      const other = children[index] as OutElement
      if (levelOrder.indexOf(other.name) > rank) {
        at = index
        break
      }
    }
    children.splice(at, 0, child)
  }
  return element(kept.name, kept.attributes, children)
}

/**
 * The identification to write: the one kept from the source with the model's values in their places
 * (aliases, dates' names, authors, component lists kept as read), or the derived one.
 */
export function identificationOf(meta: Meta, derived: OutElement): OutElement {
  if (!meta.identification) return derived
  const kept = structured(meta.identification)
  const expressionKept = attributeOf(childNamed(kept, 'FRBRExpression'), 'FRBRuri', 'value')
  const expressionDerived = attributeOf(childNamed(derived, 'FRBRExpression'), 'FRBRuri', 'value')
  const children = kept.children.map((child) => {
    if (child.type !== 'element') return child
    if (child.name === 'FRBRManifestation') {
      return expressionKept === expressionDerived ? child : (childNamed(derived, child.name) ?? child)
    }
    const level = childNamed(derived, child.name)
    return level ? mergeLevel(child, level) : child
  })
  return element('identification', kept.attributes, children)
}

import {
  type BlockContainer,
  type ClauseChild,
  type Content,
  type Formula,
  type Hcontainer,
  type Heading,
  type Intro,
  isHierarchyName,
  type List,
  type LongTitle,
  type Num,
  type P,
  type Paragraph,
  type Point,
  type Preamble,
  type Preface,
  type Recital,
  type Recitals,
  type WrapUp,
} from '@clausewise/model'
import type {XmlElement} from '../xml/parse.js'
import {readMixed, readP, readParagraphs} from './inline.js'
import {
  collapseBreaks,
  elementsOf,
  nameOf,
  positionOf,
  type ReadState,
  reportUnknown,
  textOf,
} from './state.js'

type HierarchyChild = ClauseChild | Hcontainer | Paragraph
type BodyChild = Paragraph | BlockContainer | Hcontainer

const addressed = (element: XmlElement): string => element.attributes.eId ?? ''

function identify<T extends {eId?: string | undefined}>(node: T, element: XmlElement): T {
  if (element.attributes.eId !== undefined) node.eId = element.attributes.eId
  return node
}

/** An element we do not model, in a hierarchy: an `hcontainer` named after it, holding its text. */
function fallbackHcontainer(element: XmlElement, state: ReadState, where: string): Hcontainer {
  reportUnknown(state, element, where)
  const value = textOf(element)
  return {
    type: 'hcontainer',
    name: nameOf(element),
    eId: addressed(element),
    children: [{type: 'content', children: [{type: 'p', children: value ? [{type: 'text', value}] : []}]}],
    position: positionOf(element, state),
  }
}

function readNum(element: XmlElement, state: ReadState): Num {
  const value = collapseBreaks(textOf(element), true, true)
  return {type: 'num', value, position: positionOf(element, state)}
}

function readList(element: XmlElement, state: ReadState): List {
  const children: Point[] = []
  for (const child of elementsOf(element)) {
    if (nameOf(child) === 'point') {
      const point = readClause(child, state)
      if (point.type === 'point') children.push(point)
      else {
        // A point holding sub-hierarchies: keep it a point, its sub-units as text in its content.
        children.push(flattenToPoint(point as Hcontainer, child, state))
      }
      continue
    }
    reportUnknown(state, child, 'a list')
    const value = textOf(child)
    children.push({
      type: 'point',
      eId: addressed(child),
      children: [{type: 'content', children: [{type: 'p', children: value ? [{type: 'text', value}] : []}]}],
      position: positionOf(child, state),
    })
  }
  return {type: 'list', eId: addressed(element), children, position: positionOf(element, state)}
}

function flattenToPoint(node: Hcontainer, element: XmlElement, state: ReadState): Point {
  const children: ClauseChild[] = []
  const extra: P[] = []
  for (const child of node.children) {
    if (child.type === 'hcontainer' || child.type === 'paragraph') {
      extra.push({type: 'p', children: [{type: 'text', value: textOf(findElement(element, child))}]})
    } else children.push(child)
  }
  children.push({type: 'wrapUp', children: extra})
  state.diagnostics.push({
    reason: 'Sub-units of a point kept as text in its wrap-up',
    place: positionOf(element, state),
    ruleId: 'unsupported-structure',
    source: '@clausewise/akn',
    fatal: false,
  })
  return {type: 'point', eId: node.eId, children, position: positionOf(element, state)}
}

function findElement(
  parent: XmlElement,
  node: {position?: {start: {offset?: number | undefined}} | undefined},
): XmlElement {
  const offset = node.position?.start.offset
  return elementsOf(parent).find((child) => child.start === offset) ?? parent
}

/**
 * Read a numbered unit: `<paragraph>`, `<point>`, `<chapter>`… or `<hcontainer name>`. A paragraph or
 * point that holds sub-units (which the model does not allow) becomes an `hcontainer` of that name.
 */
export function readClause(element: XmlElement, state: ReadState): Paragraph | Point | Hcontainer {
  const name = nameOf(element)
  const children: HierarchyChild[] = []
  let nested = false
  for (const child of elementsOf(element)) {
    const childName = nameOf(child)
    switch (childName) {
      case 'num':
        children.push(readNum(child, state))
        break
      case 'heading':
        children.push(
          identify<Heading>(
            {type: 'heading', children: readMixed(child, state), position: positionOf(child, state)},
            child,
          ),
        )
        break
      case 'content':
      case 'intro':
      case 'wrapUp':
        children.push(
          identify<Content | Intro | WrapUp>(
            {
              type: childName,
              children: readParagraphs(child, state, `a ${childName}`),
              position: positionOf(child, state),
            },
            child,
          ),
        )
        break
      case 'list':
        children.push(readList(child, state))
        break
      default:
        if (
          childName === 'paragraph' ||
          childName === 'point' ||
          childName === 'hcontainer' ||
          isHierarchyName(childName)
        ) {
          const unit = readClause(child, state)
          children.push(unit.type === 'point' ? {...unit, type: 'hcontainer', name: 'point'} : unit)
        } else children.push(fallbackHcontainer(child, state, `a ${name}`))
        nested = true
    }
  }
  const position = positionOf(element, state)
  const eId = addressed(element)
  if ((name === 'paragraph' || name === 'point') && !nested) {
    return {type: name, eId, children: children as ClauseChild[], position}
  }
  const hierarchyName = name === 'hcontainer' ? (element.attributes.name ?? '') : name
  return {type: 'hcontainer', name: hierarchyName, eId, children, position}
}

/** Read `<mainBody>` or `<body>` children. */
export function readBodyChildren(element: XmlElement, state: ReadState): BodyChild[] {
  const result: BodyChild[] = []
  for (const child of elementsOf(element)) {
    const name = nameOf(child)
    if (name === 'blockContainer') {
      result.push({
        type: 'blockContainer',
        eId: addressed(child),
        children: readParagraphs(child, state, 'a block container'),
        position: positionOf(child, state),
      })
    } else if (name === 'p') {
      result.push({
        type: 'blockContainer',
        eId: '',
        children: [readP(child, state)],
        position: positionOf(child, state),
      })
    } else if (name === 'paragraph' || name === 'point' || name === 'hcontainer' || isHierarchyName(name)) {
      const point = readClause(child, state)
      result.push(point.type === 'point' ? {...point, type: 'hcontainer', name: 'point'} : point)
    } else result.push(fallbackHcontainer(child, state, `\`${element.name}\``))
  }
  return result
}

/** Read `<preface>`. */
export function readPreface(element: XmlElement, state: ReadState): Preface {
  const children: Preface['children'] = []
  for (const child of elementsOf(element)) {
    const name = nameOf(child)
    if (name === 'p') children.push(readP(child, state))
    else if (name === 'longTitle') {
      children.push(
        identify<LongTitle>(
          {
            type: 'longTitle',
            children: readParagraphs(child, state, 'a long title'),
            position: positionOf(child, state),
          },
          child,
        ),
      )
    } else {
      reportUnknown(state, child, 'the preface')
      children.push({type: 'p', children: readMixed(child, state), position: positionOf(child, state)})
    }
  }
  return identify<Preface>({type: 'preface', children, position: positionOf(element, state)}, element)
}

function readRecital(element: XmlElement, state: ReadState): Recital {
  const children: Recital['children'] = []
  for (const child of elementsOf(element)) {
    const name = nameOf(child)
    if (name === 'num') children.push(readNum(child, state))
    else if (name === 'p') children.push(readP(child, state))
    else children.push(...readParagraphs({...element, children: [child]}, state, 'a recital'))
  }
  return {type: 'recital', eId: addressed(element), children, position: positionOf(element, state)}
}

/** Read `<preamble>`. */
export function readPreamble(element: XmlElement, state: ReadState): Preamble {
  const children: Preamble['children'] = []
  for (const child of elementsOf(element)) {
    const name = nameOf(child)
    if (name === 'formula') {
      const formula: Formula = {
        type: 'formula',
        name: child.attributes.name ?? 'enactingFormula',
        eId: addressed(child),
        children: readParagraphs(child, state, 'a formula'),
        position: positionOf(child, state),
      }
      children.push(formula)
    } else if (name === 'recitals') {
      const recitals: Recitals = {
        type: 'recitals',
        eId: addressed(child),
        children: [],
        position: positionOf(child, state),
      }
      for (const item of elementsOf(child)) {
        if (nameOf(item) === 'recital') recitals.children.push(readRecital(item, state))
        else {
          recitals.children.push({
            type: 'recital',
            eId: '',
            children: readParagraphs({...child, children: [item]}, state, 'the recitals'),
            position: positionOf(item, state),
          })
        }
      }
      children.push(recitals)
    } else if (name === 'p') children.push(readP(child, state))
    else children.push(...readParagraphs({...element, children: [child]}, state, 'the preamble'))
  }
  return identify<Preamble>({type: 'preamble', children, position: positionOf(element, state)}, element)
}

/** Read `<conclusions>` (or an unknown block kept as one). */
export function readConclusions(element: XmlElement, state: ReadState): P[] {
  return readParagraphs(element, state, 'the conclusions')
}

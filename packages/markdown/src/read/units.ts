import type {Content, Hcontainer, Heading, Inline, Num, P} from '@clausewise/model'
import type {Node} from 'mdast'
import {unitLabel, unitNames} from '../roles.js'
import type {UnitHeading} from '../unit-heading.js'
import {positionOf, type ReaderContext, warn} from './context.js'

/**
 * The `name` of a unit known only by its heading (a plain heading among units, or a directive
 * without a name): AKN's `<hcontainer name="unit">`.
 */
export const genericUnit = 'unit'

/** Deepest nesting of hierarchical units read; deeper units are read as siblings at this depth. */
export const maximumUnitDepth = 32

/** The separator between a unit's number and its heading: `### Part 1 — First Part`. */
export const headingSeparator = ' — '

/** Whether a directive role opens a hierarchical unit (`part`, `chapter`, `hcontainer`, …). */
export function isUnitRole(role: string): boolean {
  return role === 'hcontainer' || unitNames.has(role)
}

/**
 * Split a unit's heading line into its number and heading: `Part 1 — First Part` → `1`, `First
 * Part`; `Part — First Part` → no number; `Part 1` → no heading. The line must start with the unit's
 * label; otherwise the whole line is the heading. A `num` attribute gives the number instead.
 */
export function splitUnitHeading(
  content: Inline[],
  name: string,
  num: string | undefined,
): {num?: string; heading: Inline[]} {
  const label = unitLabel(name)
  const first = content[0]
  if (first?.type !== 'text' || !first.value.startsWith(label)) return {heading: content}
  const tail = content.slice(1)
  const headingFrom = (text: string): Inline[] => (text ? [{...first, value: text}, ...tail] : tail)
  // `num="Article 1"` and `### Article 1 — Name`: the number printed with the unit's word opens the line.
  if (num?.startsWith(`${label} `) && first.value.startsWith(num)) {
    const after = first.value.slice(num.length)
    if (after === '') return {num, heading: tail}
    if (after.startsWith(headingSeparator))
      return {num, heading: headingFrom(after.slice(headingSeparator.length))}
  }
  const rest = first.value.slice(label.length)
  if (rest === '' && tail.length === 0) return num === undefined ? {heading: []} : {num, heading: []}
  if (rest.startsWith(headingSeparator)) {
    const heading = headingFrom(rest.slice(headingSeparator.length))
    return num === undefined ? {heading} : {num, heading}
  }
  if (num !== undefined || !rest.startsWith(' ')) return {heading: content}
  const separator = rest.indexOf(headingSeparator, 1)
  if (separator === -1) return tail.length === 0 ? {num: rest.slice(1), heading: []} : {heading: content}
  return {
    num: rest.slice(1, separator),
    heading: headingFrom(rest.slice(separator + headingSeparator.length)),
  }
}

/** Where open units stand in a part: the innermost last, with the heading level that opened each. */
export type UnitStack = Hcontainer[] & {levels: number[]}

/** An empty stack of units. */
export function unitStack(): UnitStack {
  return Object.assign([] as Hcontainer[], {levels: [] as number[]})
}

/**
 * Open a unit from its directive and heading block: number and heading from the heading line, depth
 * from the heading's level (`###` is 1) or the directive's `level`, eIds from `eId` and `heading`.
 * Returns the unit, to be put in the body (depth 1) or in the unit it nests in (`parent`).
 */
export function openUnit(
  units: UnitStack,
  attributes: Map<string, string>,
  block: {content: Inline[]; node: Node} | undefined,
  context: ReaderContext,
): {unit: Hcontainer; parent: Hcontainer | undefined} {
  const name = attributes.get('name') ?? genericUnit
  const level = Number.parseInt(attributes.get('level') ?? '', 10)
  const headingDepth =
    block?.node.type === 'heading' ? (block.node as unknown as {depth: number}).depth - 2 : 1
  let depth = Number.isFinite(level) ? level : headingDepth
  depth = Math.max(1, Math.min(depth, units.length + 1))
  if (depth > maximumUnitDepth) {
    warn(
      context,
      'too-deep',
      `Units nested deeper than ${maximumUnitDepth} levels: read at level ${maximumUnitDepth}`,
      positionOf(context, block?.node),
      false,
    )
    depth = maximumUnitDepth
  }
  units.length = depth - 1
  units.levels.length = depth - 1
  const parent = units[units.length - 1]
  const unit: Hcontainer = {type: 'hcontainer', eId: attributes.get('eId') ?? '', name, children: []}
  const position = positionOf(context, block?.node)
  if (position) unit.position = position
  if (block) {
    const split = splitUnitHeading(block.content, name, attributes.get('num'))
    if (split.num !== undefined) {
      const num: Num = {type: 'num', value: split.num}
      if (position) num.position = position
      unit.children.push(num)
    }
    const headingEId = attributes.get('heading')
    if (split.heading.length > 0 || headingEId !== undefined) {
      const heading: Heading = {type: 'heading', children: split.heading}
      if (headingEId !== undefined) heading.eId = headingEId
      if (position) heading.position = position
      unit.children.push(heading)
    }
  }
  units.push(unit)
  units.levels.push(depth + 2)
  return {unit, parent}
}

/**
 * Open a unit a heading opens by its words (`### Art 1`, `#### 1. Mission`), nested by heading
 * level: it closes the open units of its level or deeper. A plain heading among such units opens a
 * generic `hcontainer` with that heading.
 */
export function openImplicitUnit(
  units: UnitStack,
  level: number,
  found: UnitHeading | undefined,
  content: Inline[],
  node: Node,
  context: ReaderContext,
): {unit: Hcontainer; parent: Hcontainer | undefined} {
  const {levels} = units
  while (units.length > 0 && (levels[levels.length - 1] ?? 0) >= level) {
    units.pop()
    levels.pop()
  }
  if (units.length >= maximumUnitDepth) {
    warn(
      context,
      'too-deep',
      `Units nested deeper than ${maximumUnitDepth} levels: read as siblings`,
      positionOf(context, node),
      false,
    )
    units.pop()
    levels.pop()
  }
  const parent = units[units.length - 1]
  const name = found?.name ?? genericUnit
  const unit: Hcontainer = {type: 'hcontainer', eId: '', name, children: []}
  const position = positionOf(context, node)
  if (position) unit.position = position
  if (found) {
    const num: Num = {type: 'num', value: found.num}
    if (position) num.position = position
    unit.children.push(num)
  }
  const headingContent = found ? found.heading : content
  if (headingContent.length > 0) {
    const heading: Heading = {type: 'heading', children: headingContent}
    if (position) heading.position = position
    unit.children.push(heading)
  }
  units.push(unit)
  levels.push(level)
  return {unit, parent}
}

/**
 * Put a paragraph in the innermost unit's content: a new `content` when a directive asks for one
 * (it may carry an `eId`) or when the unit's last child is not content, else the same one.
 */
export function addContent(unit: Hcontainer, paragraph: P, attributes: Map<string, string>, forced: boolean) {
  const last = unit.children[unit.children.length - 1]
  if (!forced && last?.type === 'content') {
    last.children.push(paragraph)
    if (last.position && paragraph.position)
      last.position = {start: last.position.start, end: paragraph.position.end}
    return
  }
  const content: Content = {type: 'content', children: [paragraph]}
  const eId = attributes.get('eId')
  if (eId !== undefined) content.eId = eId
  if (paragraph.position) content.position = paragraph.position
  unit.children.push(content)
}

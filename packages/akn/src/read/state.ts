import type {Diagnostic, Locator, Position} from '@clausewise/model'
import {localName} from '../namespaces.js'
import type {XmlChild, XmlElement} from '../xml/parse.js'

/** What the readers share: the source locator and the diagnostics collected so far. */
export interface ReadState {
  locator: Locator
  diagnostics: Diagnostic[]
}

/** The element's position in the source. */
export function positionOf(element: XmlElement, state: ReadState): Position {
  return state.locator.position(element.start, element.end)
}

/** The element's local name (namespace prefix dropped). */
export function nameOf(element: XmlElement): string {
  return localName(element.name)
}

/** Add a diagnostic about an element. */
export function report(
  state: ReadState,
  element: XmlElement,
  ruleId: string,
  reason: string,
  fatal?: boolean,
): void {
  const diagnostic: Diagnostic = {
    reason,
    place: positionOf(element, state),
    ruleId,
    source: '@clausewise/akn',
  }
  if (fatal !== undefined) diagnostic.fatal = fatal
  state.diagnostics.push(diagnostic)
}

/** Report an element we do not model; its text is kept by the caller. */
export function reportUnknown(state: ReadState, element: XmlElement, where: string): void {
  report(
    state,
    element,
    'unknown-element',
    `Element \`${element.name}\` is not modelled in ${where}; its text is kept`,
    false,
  )
}

/** The element children of an element. */
export function elementsOf(element: XmlElement): XmlElement[] {
  return element.children.filter((child): child is XmlElement => child.type === 'element')
}

/** Whether a character is XML white space. */
function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13
}

/**
 * Apply the whitespace policy to one run of text: a run of white space that holds a line break
 * becomes one space (or nothing at the `start`/`end` edge of a block); other text is kept verbatim.
 * A hand-written scanner, linear in the text.
 */
export function collapseBreaks(value: string, start: boolean, end: boolean): string {
  let result = ''
  let index = 0
  const length = value.length
  while (index < length) {
    const code = value.charCodeAt(index)
    if (!isSpace(code)) {
      let next = index + 1
      while (next < length && !isSpace(value.charCodeAt(next))) next++
      result += value.slice(index, next)
      index = next
      continue
    }
    let next = index
    let hasBreak = false
    while (next < length && isSpace(value.charCodeAt(next))) {
      const inner = value.charCodeAt(next)
      if (inner === 10 || inner === 13) hasBreak = true
      next++
    }
    if (!hasBreak) result += value.slice(index, next)
    else if (!(start && index === 0) && !(end && next === length)) result += ' '
    index = next
  }
  return result
}

/** Whether a text is only XML white space. */
export function isBlank(value: string): boolean {
  for (let index = 0; index < value.length; index++) if (!isSpace(value.charCodeAt(index))) return false
  return true
}

/**
 * The text of an element and its descendants, for elements we do not model: runs of text joined,
 * blocks separated by a space, the whitespace policy applied. Iterative.
 */
export function textOf(element: XmlElement): string {
  const parts: string[] = []
  const stack: XmlChild[] = [element]
  while (stack.length > 0) {
    const node = stack.pop()!
    if (node.type === 'text') {
      parts.push(node.value)
      continue
    }
    parts.push(' ')
    for (let index = node.children.length - 1; index >= 0; index--) stack.push(node.children[index]!)
  }
  // Element boundaries count as breaks, then the policy trims and joins.
  let joined = ''
  for (const part of parts) joined += part === ' ' ? '\n' : part
  return collapseBreaks(joined, true, true)
}

import type {Diagnostic, Locator, Meta, Position} from '@clausewise/model'
import {type AknVersion, localName, prefixOf, xmlNamespace} from '../namespaces.js'
import {shown} from '../xml/names.js'
import type {XmlElement} from '../xml/parse.js'

export {shown}

/** Namespace bindings in scope, by prefix (`''` for the default namespace); no prototype. */
export type Scope = Record<string, string>

/** What the readers share. */
export interface ReadState {
  locator: Locator
  diagnostics: Diagnostic[]
  /** Namespaces whose elements are AKN elements (the root's, and the 3.0 one). */
  akn: ReadonlySet<string>
  /** Prefixes of kept attributes and elements, and their namespaces, for the document. */
  namespaces: Record<string, string>
  /** Undeclared prefixes already reported. */
  undeclared: Set<string>
  /** `id` / `xml:id` attributes read as `eId`: how many, and the first. */
  identifiers: {count: number; first?: XmlElement | undefined}
  /** The document's metadata, once read (attachments name their author from its references). */
  meta?: Meta | undefined
  /** The Akoma Ntoso the root declares. */
  version: AknVersion
  /** Repairs made to reach AKN 3.0, by kind (`name`, `actor`, `status`), for one diagnostic each. */
  repairs: Map<string, number>
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
  element: XmlElement | undefined,
  ruleId: string,
  reason: string,
  fatal?: boolean,
): void {
  const diagnostic: Diagnostic = {reason, ruleId, source: '@clausewise/akn'}
  if (element) diagnostic.place = positionOf(element, state)
  if (fatal !== undefined) diagnostic.fatal = fatal
  state.diagnostics.push(diagnostic)
}

/** The scope inside an element: its parent's, with the element's own namespace declarations. */
export function scopeOf(element: XmlElement, parent: Scope): Scope {
  let scope: Scope | undefined
  for (const name in element.attributes) {
    if (name !== 'xmlns' && !name.startsWith('xmlns:')) continue
    scope ??= Object.create(parent) as Scope
    scope[name === 'xmlns' ? '' : name.slice(6)] = element.attributes[name]!
  }
  return scope ?? parent
}

/** A scope with nothing bound but `xml:`. */
export function rootScope(): Scope {
  const scope = Object.create(null) as Scope
  scope.xml = xmlNamespace
  return scope
}

/**
 * The namespace of a qualified name in a scope. An undeclared prefix (not namespace-well-formed XML)
 * is reported once and given a namespace of its own, so that the element is kept as foreign content
 * and written back well-formed.
 */
export function namespaceOf(name: string, scope: Scope, state: ReadState, element: XmlElement): string {
  const prefix = prefixOf(name)
  const uri = scope[prefix]
  if (uri !== undefined) return uri
  if (prefix === '') return ''
  const made = `urn:clausewise:undeclared-prefix:${prefix}`
  if (!state.undeclared.has(prefix)) {
    state.undeclared.add(prefix)
    report(
      state,
      element,
      'undeclared-prefix',
      `Prefix \`${shown(prefix)}\` is not declared: its elements are kept as foreign content in \`${shown(made)}\``,
      false,
    )
  }
  return made
}

/**
 * Whether an element is an AKN element (in the document's AKN namespace). `scope` is its parent's: an
 * element's own declarations bind its own name (`<m:math xmlns:m="…">`, `<table xmlns="…">`).
 */
export function isAkn(element: XmlElement, scope: Scope, state: ReadState): boolean {
  return state.akn.has(namespaceOf(element.name, scopeOf(element, scope), state, element))
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

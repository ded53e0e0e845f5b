/**
 * A small XML writer. Names are checked to be XML names (they come from our tables, or were read as
 * names); text and attribute values are escaped here, in one place; a value XML cannot carry is a
 * caller error.
 */
import {ClausewiseError, xmlForbiddenCharacters} from '@clausewise/model'
import {isXmlName} from './names.js'

/** An element to write. `attributes` keep their order; `undefined` values are left out. */
export interface OutElement {
  type: 'element'
  name: string
  attributes: [string, string | undefined][]
  children: OutNode[]
  /** Written exactly as held, never indented (kept foreign content, whose white space is its own). */
  verbatim?: boolean | undefined
}

/** Text to write, escaped on output. */
export interface OutText {
  type: 'text'
  value: string
}

/** Anything the writer writes. */
export type OutNode = OutElement | OutText

/** Build an element. */
export function element(
  name: string,
  attributes: [string, string | undefined][] = [],
  children: OutNode[] = [],
): OutElement {
  return {type: 'element', name, attributes, children}
}

/** Build a text node. */
export function text(value: string): OutText {
  return {type: 'text', value}
}

/** Options of {@link serialize}. */
export interface SerializeOptions {
  /** Indent block elements (default: `true`); mixed content is never indented. */
  indent: boolean
  /** Names of elements whose content is mixed (text and inline elements): written on one line. */
  mixed: ReadonlySet<string>
  /** Names of elements inside mixed content whose own content is blocks, laid out as blocks again. */
  blocks?: ReadonlySet<string> | undefined
}

function check(value: string): string {
  const found = xmlForbiddenCharacters(value)[0]
  if (found) {
    throw new ClausewiseError(
      'invalid-document',
      `The document holds ${found.label}, a character XML 1.0 cannot carry (in \`${value.slice(Math.max(0, found.index - 20), found.index)}…\`)`,
    )
  }
  return value
}

function checkName(name: string): string {
  if (!isXmlName(name)) {
    throw new ClausewiseError('invalid-document', `\`${name.slice(0, 60)}\` is not an XML name`)
  }
  return name
}

const textEscapes: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
}

/** Escape text content: `& < > " '` always, and `\r` so that it survives line-end normalisation. */
export function escapeText(value: string): string {
  return value.replace(/[&<>"'\r]/g, (character) => textEscapes[character]!)
}

/** Escape an attribute value: as text, plus tab and line feed, which parsers would turn into spaces. */
export function escapeAttribute(value: string): string {
  return value.replace(/[&<>"'\t\n\r]/g, (character) => textEscapes[character]!)
}

/**
 * Serialise a tree. Block elements go one per line when `indent` is set; elements in `mixed`, any
 * element holding text, verbatim elements and everything inside them are written as they are, so
 * no white space is ever added to text. Iterative, so any depth is safe.
 *
 * @throws {ClausewiseError} `invalid-document` for a name that is not an XML name or a character XML
 * cannot carry.
 * @example serialize(element('p', [], [text('a & b')]), {indent: true, mixed: new Set(['p'])}) // '<p>a &amp; b</p>'
 */
export function serialize(root: OutElement, options: SerializeOptions): string {
  const parts: string[] = []
  type Frame =
    | {node: OutNode; depth: number; inline: boolean}
    | {close: string; depth: number; inline: boolean}
  const stack: Frame[] = [{node: root, depth: 0, inline: false}]
  while (stack.length > 0) {
    const frame = stack.pop()!
    if ('close' in frame) {
      if (!frame.inline && options.indent) parts.push('\n', '  '.repeat(frame.depth))
      parts.push(`</${frame.close}>`)
      continue
    }
    const {node, depth, inline} = frame
    if (node.type === 'text') {
      parts.push(escapeText(check(node.value)))
      continue
    }
    if (!inline && options.indent && depth > 0) parts.push('\n', '  '.repeat(depth))
    parts.push('<', checkName(node.name))
    for (const [name, value] of node.attributes) {
      if (value !== undefined) parts.push(' ', checkName(name), '="', escapeAttribute(check(value)), '"')
    }
    if (node.children.length === 0) {
      parts.push('/>')
      continue
    }
    parts.push('>')
    const childInline =
      (inline && options.blocks?.has(node.name) !== true) ||
      node.verbatim === true ||
      options.mixed.has(node.name) ||
      node.children.some((child) => child.type === 'text')
    stack.push({close: node.name, depth, inline: childInline})
    for (let index = node.children.length - 1; index >= 0; index--) {
      stack.push({node: node.children[index]!, depth: depth + 1, inline: childInline})
    }
  }
  return parts.join('')
}

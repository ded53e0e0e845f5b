import {escapeHtml} from './escape.js'
import {markInvisible, textToHtml} from './invisible.js'

const trustedKey: unique symbol = Symbol('clausewise.html')

/**
 * Markup built by this module: the only way to make one is {@link h} (which escapes every text and
 * attribute value) or {@link trusted} on a constant of our own source. Input text can never become
 * markup without going through `escapeHtml`.
 */
export interface Html {
  readonly [trustedKey]: string
}

/** A child of an element: markup, text (escaped), or nothing. */
export type Child = Html | string | undefined | null | false | readonly Child[]

/** Attribute values: strings are escaped; `true` writes the bare attribute; nothing leaves it out. */
export type Attributes = Readonly<Record<string, string | number | boolean | undefined | null>>

const voidElements = new Set(['br', 'hr', 'img', 'link', 'meta', 'wbr'])
const nameCheck = /^[a-z][a-z0-9-]*$/

function make(value: string): Html {
  return {[trustedKey]: value}
}

/**
 * An element. `name` and attribute names come from our own source; text children and attribute
 * values are escaped.
 *
 * @example serialize(h('p', {class: 'x'}, 'a < b')) // '<p class="x">a &lt; b</p>'
 */
export function h(name: string, attributes: Attributes | null, ...children: Child[]): Html {
  // Names are ours, but check them anyway: a wrong name here would be a hole, not a typo.
  if (!nameCheck.test(name)) throw new Error(`Invalid element name \`${name}\``)
  let open = '<' + name
  if (attributes) {
    for (const key of Object.keys(attributes)) {
      const value = attributes[key]
      if (value === undefined || value === null || value === false) continue
      if (!nameCheck.test(key)) throw new Error(`Invalid attribute name \`${key}\``)
      open += value === true ? ' ' + key : ' ' + key + '="' + escapeHtml(markInvisible(String(value))) + '"'
    }
  }
  open += '>'
  if (voidElements.has(name)) return make(open)
  // `<title>` holds text only: its invisible characters get plain-text markers.
  if (name === 'title') return make(open + escapeHtml(markInvisible(textOf(children))) + '</title>')
  return make(open + serialize(children) + '</' + name + '>')
}

/** Children joined, without an element around them. */
export function fragment(...children: Child[]): Html {
  return make(serialize(children))
}

/**
 * Text with line breaks turned into `<br>`, each line escaped.
 *
 * @example serialize(lines('a\nb')) // 'a<br>b'
 */
export function lines(text: string): Html {
  const parts = text.split('\n')
  const out: Child[] = []
  parts.forEach((part, index) => {
    if (index > 0) out.push(h('br', null))
    out.push(part)
  })
  return fragment(out)
}

/**
 * Markup from a constant of our own source (the doctype, the stylesheet, the script). Never call it
 * with input.
 */
export function trusted(constant: string): Html {
  return make(constant)
}

function textOf(children: readonly Child[]): string {
  return children.map((child) => (typeof child === 'string' ? child : '')).join('')
}

/** The markup as a string; text is escaped and its invisible characters shown as markers. */
export function serialize(child: Child): string {
  if (child === undefined || child === null || child === false) return ''
  if (typeof child === 'string') return textToHtml(child)
  if (Array.isArray(child)) {
    let result = ''
    // Iterative over siblings; nesting depth is bounded by the renderers.
    for (const item of child as readonly Child[]) result += serialize(item)
    return result
  }
  return (child as Html)[trustedKey]
}

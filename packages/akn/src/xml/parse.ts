import {ClausewiseError, createLocator, type Limits, type Locator, resolveLimits} from '@clausewise/model'
import {decode} from './decode.js'
import {isNameChar, isNameStart, shown} from './names.js'

/** An element of a parsed XML tree; `attributes` has no prototype, so any attribute name is harmless. */
export interface XmlElement {
  type: 'element'
  /** Qualified name as written, e.g. `an:akomaNtoso`. */
  name: string
  /** Attributes in the order written, values decoded and normalised as XML says. */
  attributes: Record<string, string>
  children: XmlChild[]
  /** 0-based UTF-16 offsets of the start tag's `<` and just past the end tag's `>`. */
  start: number
  end: number
}

/** A run of character data (references decoded, CDATA included, line ends normalised). */
export interface XmlText {
  type: 'text'
  value: string
}

/** A child of an element. */
export type XmlChild = XmlElement | XmlText

/** The result of {@link parseXml}. */
export interface XmlTree {
  root: XmlElement
  locator: Locator
  /** Where a document type declaration without an internal subset stood, skipped (offsets). */
  doctype?: {start: number; end: number} | undefined
  /** Characters examined, for tests that bound the work (about the input's length, never a multiple of it per tag). */
  work: number
}

/**
 * Parse untrusted XML into a plain element tree in one pass, linear in the input: well-formedness is
 * checked as we go (names, matching tags, quoted attribute values, unique attributes, references,
 * characters XML allows), DTDs are refused (a `<!DOCTYPE` without an internal subset is skipped and
 * noted in `doctype`), so no entity is ever expanded, and size, depth and node
 * count are capped before anything is built deeper or bigger.
 *
 * @throws {ClausewiseError} `input-too-large`, `too-deep`, `too-many-nodes`, `xml-doctype`,
 * `xml-malformed`.
 * @example parseXml('<a x="1">b</a>').root.attributes.x // '1'
 */
export function parseXml(xml: string, options: Limits = {}): XmlTree {
  const limits = resolveLimits(options)
  if (xml.length > limits.maxLength) {
    throw new ClausewiseError(
      'input-too-large',
      `Input of ${xml.length} characters exceeds the limit of ${limits.maxLength} (maxLength)`,
    )
  }
  const locator = createLocator(xml)
  const parser = new Parser(xml, locator, limits.maxDepth, limits.maxNodes)
  const root = parser.document()
  const tree: XmlTree = {root, locator, work: parser.work}
  if (parser.doctype) tree.doctype = parser.doctype
  return tree
}

/** The attributes of every element that has none: one shared, frozen, prototype-less object. */
const noAttributes: Record<string, string> = Object.freeze(Object.create(null) as Record<string, string>)

class Parser {
  index = 0
  work = 0
  nodes = 0
  doctype: {start: number; end: number} | undefined
  readonly length: number

  constructor(
    readonly xml: string,
    readonly locator: Locator,
    readonly maxDepth: number,
    readonly maxNodes: number,
  ) {
    this.length = xml.length
  }

  fail(reason: string, at = this.index): never {
    throw new ClausewiseError(
      'xml-malformed',
      `Malformed XML: ${reason}`,
      this.locator.point(Math.min(at, this.length)),
    )
  }

  count(): void {
    if (++this.nodes > this.maxNodes) {
      throw new ClausewiseError(
        'too-many-nodes',
        `The document has more than ${this.maxNodes} nodes (maxNodes)`,
        this.locator.point(this.index),
      )
    }
  }

  /** Index of `needle` at or after `from`, or fail with `what` when there is none. */
  find(needle: string, from: number, what: string): number {
    const at = this.xml.indexOf(needle, from)
    if (at === -1) this.fail(`${what} is not closed`, from)
    this.work += at - from + needle.length
    return at
  }

  document(): XmlElement {
    const {xml} = this
    if (xml.charCodeAt(0) === 0xfeff) this.index = 1
    this.misc(true)
    if (this.index >= this.length || xml.charCodeAt(this.index) !== 60) this.fail('no root element')
    const root = this.element()
    this.misc(false)
    if (this.index < this.length) this.fail('content after the root element')
    return root
  }

  /** White space, comments, processing instructions (and the declaration at the very start). */
  misc(prolog: boolean): void {
    const {xml} = this
    while (this.index < this.length) {
      const code = xml.charCodeAt(this.index)
      if (code === 32 || code === 9 || code === 10 || code === 13) {
        this.index++
        this.work++
        continue
      }
      if (code !== 60) return
      if (xml.startsWith('<!--', this.index)) this.comment()
      else if (xml.startsWith('<?', this.index)) this.instruction()
      else if (xml.startsWith('<!', this.index)) {
        const what = xml.startsWith('<!ENTITY', this.index)
          ? 'Entity declarations'
          : 'Document type declarations'
        if (prolog && !this.doctype && what !== 'Entity declarations' && this.skipDoctype()) continue
        if (prolog || what === 'Entity declarations') {
          throw new ClausewiseError('xml-doctype', `${what} are not allowed`, this.locator.point(this.index))
        }
        this.fail('markup declaration after the root element')
      } else return
    }
  }

  /**
   * Skip a document type declaration that only names the root and an external DTD (`<!DOCTYPE
   * akomaNtoso>`, `<!DOCTYPE akomaNtoso SYSTEM "akomantoso30.dtd">`): nothing is fetched, declared or
   * expanded. One with an internal subset (`[`, where entities are declared) is left to be refused.
   * Linear: one scan to the `>`, quoted literals skipped whole.
   */
  skipDoctype(): boolean {
    const {xml} = this
    const start = this.index
    if (!xml.startsWith('<!DOCTYPE', start)) return false
    let at = start + 9
    const after = xml.charCodeAt(at)
    if (after !== 32 && after !== 9 && after !== 10 && after !== 13) return false
    while (at < this.length) {
      const char = xml[at]!
      this.work++
      if (char === '>') {
        this.doctype = {start, end: at + 1}
        this.index = at + 1
        return true
      }
      if (char === '[' || char === '<') return false
      if (char === '"' || char === "'") {
        const close = xml.indexOf(char, at + 1)
        if (close === -1) return false
        this.work += close - at
        at = close + 1
        continue
      }
      at++
    }
    return false
  }

  comment(): void {
    const end = this.find('-->', this.index + 4, 'A comment')
    if (this.xml.indexOf('--', this.index + 4) < end) this.fail('`--` inside a comment')
    this.index = end + 3
  }

  instruction(): void {
    const end = this.find('?>', this.index + 2, 'A processing instruction')
    this.index = end + 2
  }

  name(): string {
    const {xml} = this
    const start = this.index
    if (start >= this.length || !isNameStart(xml.charCodeAt(start))) this.fail('a name was expected')
    let cursor = start + 1
    while (cursor < this.length && isNameChar(xml.charCodeAt(cursor))) cursor++
    this.work += cursor - start
    this.index = cursor
    return xml.slice(start, cursor)
  }

  spaces(): boolean {
    const {xml} = this
    const start = this.index
    while (this.index < this.length) {
      const code = xml.charCodeAt(this.index)
      if (code !== 32 && code !== 9 && code !== 10 && code !== 13) break
      this.index++
    }
    this.work += this.index - start
    return this.index > start
  }

  /** An element and everything inside it, iteratively: any depth up to the limit is safe. */
  element(): XmlElement {
    const {xml} = this
    const stack: XmlElement[] = []
    let root: XmlElement | undefined
    for (;;) {
      // At `<` of a start tag.
      const start = this.index
      this.index++
      const element: XmlElement = {
        type: 'element',
        name: this.name(),
        attributes: noAttributes,
        children: [],
        start,
        end: start,
      }
      this.count()
      const empty = this.attributes(element)
      const parent = stack[stack.length - 1]
      if (parent) parent.children.push(element)
      else root = element
      if (empty) {
        element.end = this.index
        if (!parent) return element
      } else {
        stack.push(element)
        if (stack.length > this.maxDepth) {
          throw new ClausewiseError(
            'too-deep',
            `Elements nest deeper than the limit of ${this.maxDepth} (maxDepth)`,
            this.locator.point(start),
          )
        }
      }
      // Content until the next start tag, or the end of the element(s).
      for (;;) {
        const current = stack[stack.length - 1]!
        this.text(current)
        if (this.index >= this.length)
          this.fail(`element \`${shown(current.name)}\` is not closed`, current.start)
        if (xml.charCodeAt(this.index + 1) === 47 /* / */) {
          const tag = this.index
          this.index += 2
          const name = this.name()
          if (name !== current.name) {
            this.fail(`end tag \`${shown(name)}\` does not match start tag \`${shown(current.name)}\``, tag)
          }
          this.spaces()
          if (xml.charCodeAt(this.index) !== 62) this.fail('`>` expected')
          this.index++
          current.end = this.index
          stack.pop()
          if (stack.length === 0) return root!
          continue
        }
        if (xml.startsWith('<!--', this.index)) {
          this.comment()
          continue
        }
        if (xml.startsWith('<![CDATA[', this.index)) {
          const end = this.find(']]>', this.index + 9, 'A CDATA section')
          const data = xml.slice(this.index + 9, end)
          this.checkChars(data, this.index + 9)
          appendText(current, normaliseLines(data))
          this.index = end + 3
          continue
        }
        if (xml.startsWith('<?', this.index)) {
          this.instruction()
          continue
        }
        if (xml.startsWith('<!', this.index)) {
          throw new ClausewiseError(
            'xml-doctype',
            'Markup declarations are not allowed',
            this.locator.point(this.index),
          )
        }
        break
      }
    }
  }

  /** Attributes up to `>` or `/>`; returns whether the element was empty (`/>`). */
  attributes(element: XmlElement): boolean {
    const {xml} = this
    for (;;) {
      const spaced = this.spaces()
      const code = xml.charCodeAt(this.index)
      if (code === 62 /* > */) {
        this.index++
        return false
      }
      if (code === 47 /* / */) {
        if (xml.charCodeAt(this.index + 1) !== 62) this.fail('`>` expected after `/`')
        this.index += 2
        return true
      }
      if (this.index >= this.length)
        this.fail(`start tag \`${shown(element.name)}\` is not closed`, element.start)
      if (!spaced) this.fail('white space expected between attributes')
      const name = this.name()
      this.spaces()
      if (xml.charCodeAt(this.index) !== 61 /* = */)
        this.fail(`\`=\` expected after attribute \`${shown(name)}\``)
      this.index++
      this.spaces()
      const quote = xml.charCodeAt(this.index)
      if (quote !== 34 && quote !== 39) this.fail(`the value of attribute \`${shown(name)}\` must be quoted`)
      const valueStart = this.index + 1
      const end = this.find(quote === 34 ? '"' : "'", valueStart, `The value of attribute \`${shown(name)}\``)
      const raw = xml.slice(valueStart, end)
      if (raw.includes('<'))
        this.fail(`\`<\` in the value of attribute \`${shown(name)}\``, valueStart + raw.indexOf('<'))
      this.checkChars(raw, valueStart)
      if (element.attributes === noAttributes)
        element.attributes = Object.create(null) as Record<string, string>
      else if (Object.hasOwn(element.attributes, name))
        this.fail(`attribute \`${shown(name)}\` is given twice`)
      element.attributes[name] = decode(raw, true, (reason, offset) => this.fail(reason, valueStart + offset))
      this.index = end + 1
    }
  }

  /** Character data up to the next `<`, appended to `element`. */
  text(element: XmlElement): void {
    const {xml} = this
    const start = this.index
    let end = xml.indexOf('<', start)
    if (end === -1) end = this.length
    this.work += end - start
    this.index = end
    if (end === start) return
    const raw = xml.slice(start, end)
    this.checkChars(raw, start)
    if (raw.includes(']]>')) this.fail('`]]>` in text', start + raw.indexOf(']]>'))
    const last = element.children[element.children.length - 1]
    if (last?.type !== 'text') this.count()
    appendText(
      element,
      decode(normaliseLines(raw), false, (reason, offset) => this.fail(reason, start + offset)),
    )
  }

  /**
   * Characters XML 1.0 forbids (§2.2) in `raw`, which starts at `offset`: C0 controls but tab and
   * line ends, U+FFFE/F, lone surrogates. One native test of the run; the exact scan only when it
   * finds something suspect.
   */
  checkChars(raw: string, offset: number): void {
    this.work += raw.length
    if (!suspect.test(raw)) return
    for (let at = 0; at < raw.length; at++) {
      const code = raw.charCodeAt(at)
      if (code >= 0x20 && code < 0xd800) continue
      if (code === 9 || code === 10 || code === 13) continue
      if (code >= 0xd800 && code <= 0xdbff) {
        const next = raw.charCodeAt(at + 1)
        if (next >= 0xdc00 && next <= 0xdfff) {
          at++
          continue
        }
      } else if (code >= 0xe000 && code !== 0xfffe && code !== 0xffff) continue
      this.fail(
        `character U+${code.toString(16).toUpperCase().padStart(4, '0')} is not allowed in XML`,
        offset + at,
      )
    }
  }
}

/** Characters that may not be allowed: controls, U+FFFE/F, surrogates (allowed in pairs). Not global: no state. */
const suspect = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/

function appendText(element: XmlElement, value: string): void {
  if (value === '') return
  const last = element.children[element.children.length - 1]
  if (last && last.type === 'text') last.value += value
  else element.children.push({type: 'text', value})
}

/** XML line ends (§2.11): `\r\n` and a lone `\r` become `\n`. */
function normaliseLines(value: string): string {
  return value.includes('\r') ? value.replace(/\r\n?/g, '\n') : value
}

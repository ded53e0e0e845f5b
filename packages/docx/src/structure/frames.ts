/**
 * The frame convention: how a .docx of ours carries AKN structure Word has no notion of. Each element
 * of the model is a *frame*: a bookmark at a point named `_cw<serial>_<kind>` in the paragraph where
 * its content starts and, when that content goes on over further paragraphs, a second one named
 * `_cwe<serial>` in its last paragraph (hidden bookmarks, which Word and LibreOffice keep; LibreOffice
 * drops or moves bookmarks that span paragraphs next to tables). Serials count elements in document
 * order, so that frames that start in one paragraph nest outer first. The kind indexes a descriptor
 * kept in a custom document property `clausewise.frame.<kind>`: the element's mode and its fields
 * (type, name, attributes), written once for every element alike.
 */

import {documentPartTypes} from '@clausewise/model'

/**
 * How a frame's element holds what its paragraphs say:
 * - `leaf`: running text (`p`, `heading`, `num`, `from`…): the paragraph's content is its children;
 * - `container`: blocks: its frames' elements, and a paragraph added in Word is a `p` of it;
 * - `run`: no element, inline content of the enclosing element that mixes text and blocks;
 * - `bare`: an element without content (`componentRef`, kept XML): the paragraph shows its text;
 * - `num`: a number written at the start of the next paragraph, in the number style.
 */
export type FrameMode = 'leaf' | 'container' | 'run' | 'bare' | 'num'

/** What a frame's kind stands for: its mode and the element's fields but children and position. */
export interface FrameKind {
  mode: FrameMode
  fields: Record<string, unknown>
}

const modes: ReadonlySet<string> = new Set(['leaf', 'container', 'run', 'bare', 'num'])

/** The bookmark name of a frame. */
export function frameName(serial: number, kind: number): string {
  return `_cw${serial}_${kind}`
}

/** The name of the mark where a frame ends, for a frame whose bookmark could not hold its paragraphs. */
export function endMarkerName(serial: number): string {
  return `_cwe${serial}`
}

const endMarkerPattern = /^_cwe(\d{1,9})$/

/** The serial of the frame an end mark closes, if the name is one. */
export function parseEndMarker(name: string): number | undefined {
  const match = endMarkerPattern.exec(name)
  return match ? Number(match[1]) : undefined
}

const framePattern = /^_cw(\d{1,9})_(\d{1,6})$/

/** A frame's serial and kind from its bookmark name, if it is one of ours. */
export function parseFrameName(name: string): {serial: number; kind: number} | undefined {
  const match = framePattern.exec(name)
  return match ? {serial: Number(match[1]), kind: Number(match[2])} : undefined
}

/** The custom property value of a kind. */
export function writeKind(kind: FrameKind): string {
  return JSON.stringify([kind.mode, kind.fields])
}

// The element types a frame may build: the model's blocks and parts, never inline nodes, the document
// itself or anything a hostile file names.
const elementTypes: ReadonlySet<string> = new Set([
  ...documentPartTypes,
  'judgmentBlock',
  'amendmentBlock',
  'attachment',
  'component',
  'recitals',
  'recital',
  'citations',
  'citation',
  'formula',
  'longTitle',
  'p',
  'block',
  'num',
  'heading',
  'subheading',
  'crossHeading',
  'content',
  'intro',
  'wrapUp',
  'list',
  'paragraph',
  'point',
  'hcontainer',
  'speech',
  'from',
  'blockList',
  'listIntroduction',
  'listWrapUp',
  'item',
  'tblock',
  'blockContainer',
  'table',
  'caption',
  'tr',
  'th',
  'td',
  'toc',
  'tocItem',
  'ul',
  'ol',
  'li',
  'container',
  'componentRef',
  'opaque',
  'inline',
])

const unsafeKeys: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype'])

// An XML name as writers write it (an element or attribute name, with a prefix or not).
const xmlName = /^[A-Za-z_][\w.-]{0,99}(?::[A-Za-z_][\w.-]{0,99})?$/

// The values an element's `element` may take, for the types whose elements are a closed list.
const elementsOf: Record<string, ReadonlySet<string>> = {
  speech: new Set(['speech', 'question', 'answer']),
  container: new Set(['container', 'div', 'other', 'interstitial']),
  judgmentBlock: new Set(['introduction', 'background', 'arguments', 'remedies', 'motivation', 'decision']),
  amendmentBlock: new Set([
    'amendmentHeading',
    'amendmentContent',
    'amendmentReference',
    'amendmentJustification',
  ]),
  componentRef: new Set(['componentRef', 'documentRef']),
}

// Types whose elements always have a `name`.
const namedTypes: ReadonlySet<string> = new Set(['hcontainer', 'block', 'formula', 'attachment', 'component'])

/** Attributes as plain data: valid names, text values; `undefined` for anything else. */
function attributesOf(value: unknown): Record<string, string> | undefined {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined
  const result: Record<string, string> = {}
  for (const [key, inner] of Object.entries(value)) {
    if (!xmlName.test(key) || typeof inner !== 'string') return undefined
    result[key] = inner
  }
  return result
}

/** Kept XML (an `opaque` element) as plain data: names that are XML names, text, at most 10,000 nodes. */
function keptXml(value: unknown): boolean {
  const stack: unknown[] = [value]
  let nodes = 0
  while (stack.length > 0) {
    const item = stack.pop()
    if (typeof item === 'string') continue
    if (++nodes > 10_000 || item === null || typeof item !== 'object' || Array.isArray(item)) return false
    const {name, attributes, children} = item as Record<string, unknown>
    if (typeof name !== 'string' || !xmlName.test(name)) return false
    if (attributes !== undefined && attributesOf(attributes) === undefined) return false
    if (children !== undefined && !Array.isArray(children)) return false
    stack.push(...((children as unknown[] | undefined) ?? []))
  }
  return true
}

/** Whether a field of an element is plain data a writer can write as it is. */
function safeField(type: string, key: string, value: unknown): boolean {
  if (key === 'attributes' || key === 'documentAttributes') return attributesOf(value) !== undefined
  if (key === 'xml') return type === 'opaque' && keptXml(value)
  if (key === 'element') {
    return typeof value === 'string' && xmlName.test(value) && (elementsOf[type]?.has(value) ?? true)
  }
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
}

/**
 * Read a kind from its custom property value (untrusted): a known mode and element type, fields that
 * are plain data a writer can write (names that are XML names, an `element` the type allows, text
 * values), without keys that could reach a prototype; `undefined` for anything else.
 */
export function readKind(value: string): FrameKind | undefined {
  let parsed: unknown
  try {
    parsed = JSON.parse(value, (key, inner) => (unsafeKeys.has(key) ? undefined : inner))
  } catch {
    return undefined
  }
  if (!Array.isArray(parsed) || parsed.length !== 2) return undefined
  const [mode, fields] = parsed as [unknown, unknown]
  if (typeof mode !== 'string' || !modes.has(mode)) return undefined
  if (fields === null || typeof fields !== 'object' || Array.isArray(fields)) return undefined
  const record = fields as Record<string, unknown>
  if (mode === 'run') return {mode, fields: {}}
  const type = record.type
  if (typeof type !== 'string' || !elementTypes.has(type)) return undefined
  if (type === 'opaque' && !keptXml(record.xml)) return undefined
  const element = record.element
  if (
    (type === 'inline' || type in elementsOf) &&
    (element === undefined || !safeField(type, 'element', element))
  )
    return undefined
  const name = record.name
  if (namedTypes.has(type) && typeof name !== 'string') return undefined
  const clean: Record<string, unknown> = {}
  for (const [key, inner] of Object.entries(record)) {
    if (key === 'children' || key === 'position' || key === 'meta') continue
    if (safeField(type, key, inner)) clean[key] = inner
  }
  return {mode: mode as FrameMode, fields: clean}
}

/** Types whose children are running text, even when there is none. */
export const leafTypes: ReadonlySet<string> = new Set([
  'p',
  'block',
  'num',
  'heading',
  'subheading',
  'crossHeading',
  'from',
  'listIntroduction',
  'listWrapUp',
  'caption',
  'tocItem',
])

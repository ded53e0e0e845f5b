import {attribute, elements, first, onOff} from '../xml/names.js'
import type {XmlElement} from '../xml/parse.js'

/** Run properties we keep: what the model can say of text. */
export interface RunProperties {
  b?: boolean | undefined
  i?: boolean | undefined
  u?: boolean | undefined
  vertAlign?: 'superscript' | 'subscript' | 'baseline' | undefined
}

/** Numbering a paragraph (or its style) asks for. `numId` `0` takes numbering away. */
export interface NumberingReference {
  numId?: string | undefined
  ilvl?: number | undefined
}

/** A style, its own properties and what it inherits from. */
export interface Style {
  id: string
  /** The name Word shows in English, e.g. `heading 1`, `Title`. */
  name: string
  type: string
  basedOn?: string | undefined
  numbering?: NumberingReference | undefined
  /** `w:outlineLvl`, 0-based. */
  outlineLevel?: number | undefined
  run: RunProperties
}

/** The styles of a document, with inheritance resolved on demand. */
export interface Styles {
  byId: Map<string, Style>
  /** The default paragraph style's id. */
  defaultParagraph?: string | undefined
  /** The style and its ancestors, nearest first (cycles and chains past 32 cut). */
  chain(id: string | undefined): Style[]
}

/** Run properties of a `w:rPr`. */
export function runProperties(rPr: XmlElement | undefined): RunProperties {
  const result: RunProperties = {}
  if (!rPr) return result
  const b = onOff(first(rPr, 'w:b'))
  if (b !== undefined) result.b = b
  const i = onOff(first(rPr, 'w:i'))
  if (i !== undefined) result.i = i
  const u = first(rPr, 'w:u')
  if (u) result.u = attribute(u) !== 'none'
  const vertAlign = attribute(first(rPr, 'w:vertAlign'))
  if (vertAlign === 'superscript' || vertAlign === 'subscript' || vertAlign === 'baseline') {
    result.vertAlign = vertAlign
  } else {
    // Text raised or lowered by a position (how LibreOffice writes an HTML `<sup>`) reads as such.
    const position = Number.parseInt(attribute(first(rPr, 'w:position')) ?? '', 10)
    if (position > 0) result.vertAlign = 'superscript'
    else if (position < 0) result.vertAlign = 'subscript'
  }
  return result
}

/** The numbering reference of a `w:pPr`, if it has one. */
export function numberingReference(pPr: XmlElement | undefined): NumberingReference | undefined {
  const numPr = first(pPr, 'w:numPr')
  if (!numPr) return undefined
  const numId = attribute(first(numPr, 'w:numId'))
  const ilvl = Number.parseInt(attribute(first(numPr, 'w:ilvl')) ?? '', 10)
  return {numId, ilvl: Number.isInteger(ilvl) && ilvl >= 0 && ilvl <= 8 ? ilvl : undefined}
}

/** The outline level of a `w:pPr` (0-based, 9 = body text), if set. */
export function outlineLevel(pPr: XmlElement | undefined): number | undefined {
  const value = Number.parseInt(attribute(first(pPr, 'w:outlineLvl')) ?? '', 10)
  return Number.isInteger(value) && value >= 0 && value <= 9 ? value : undefined
}

/** Read `styles.xml` (or nothing: an empty style sheet). */
export function readStyles(root: XmlElement | undefined): Styles {
  const byId = new Map<string, Style>()
  let defaultParagraph: string | undefined
  for (const element of root ? elements(root, 'w:style') : []) {
    const id = attribute(element, 'w:styleId')
    if (id === undefined || byId.has(id)) continue
    const type = attribute(element, 'w:type') ?? 'paragraph'
    const pPr = first(element, 'w:pPr')
    const style: Style = {
      id,
      name: attribute(first(element, 'w:name')) ?? id,
      type,
      basedOn: attribute(first(element, 'w:basedOn')),
      numbering: numberingReference(pPr),
      outlineLevel: outlineLevel(pPr),
      run: runProperties(first(element, 'w:rPr')),
    }
    byId.set(id, style)
    const isDefault = element.attributes['w:default']
    if (type === 'paragraph' && (isDefault === '1' || isDefault === 'true' || isDefault === 'on')) {
      defaultParagraph ??= id
    }
  }
  const chain = (id: string | undefined): Style[] => {
    const result: Style[] = []
    const seen = new Set<string>()
    let current = id
    while (current !== undefined && !seen.has(current) && result.length < 32) {
      seen.add(current)
      const style = byId.get(current)
      if (!style) break
      result.push(style)
      current = style.basedOn
    }
    return result
  }
  return {byId, defaultParagraph, chain}
}

/** Heading level 1–9 of a style name Word gives its built-in headings (`heading 1`). */
export function headingLevelOfName(name: string): number | undefined {
  const match = /^heading ([1-9])$/i.exec(name.trim())
  return match ? Number(match[1]) : undefined
}

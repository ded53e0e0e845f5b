import {formatCounter} from '../numbering/format.js'
import type {ListKey, ListRequest} from './blocks.js'
import {declaration, escapeAttribute, wordNamespaces} from './xml.js'

/** A sequence Word can print by itself: a format, what stands before and after the counter, a start. */
export interface Sequence {
  format: 'decimal' | 'lowerLetter' | 'upperLetter' | 'lowerRoman' | 'upperRoman'
  prefix: string
  suffix: string
  start: number
}

const formats: Sequence['format'][] = ['decimal', 'lowerRoman', 'upperRoman', 'lowerLetter', 'upperLetter']
const counterPatterns: Record<Sequence['format'], RegExp> = {
  decimal: /[1-9][0-9]{0,5}/,
  lowerRoman: /[ivxlcdm]{1,12}/,
  upperRoman: /[IVXLCDM]{1,12}/,
  lowerLetter: /[a-z]{1,4}/,
  upperLetter: /[A-Z]{1,4}/,
}

function parseCounter(text: string, format: Sequence['format']): number | undefined {
  switch (format) {
    case 'decimal':
      return Number(text)
    case 'lowerLetter':
    case 'upperLetter': {
      const lower = text.toLowerCase()
      if (!/^([a-z])\1*$/.test(lower)) return undefined
      return (lower.length - 1) * 26 + (lower.charCodeAt(0) - 96)
    }
    default: {
      // The value whose Roman form is exactly this text.
      const values: Record<string, number> = {i: 1, v: 5, x: 10, l: 50, c: 100, d: 500, m: 1000}
      const lower = text.toLowerCase()
      let total = 0
      for (let index = 0; index < lower.length; index++) {
        const value = values[lower[index]!]!
        const next = values[lower[index + 1] ?? ''] ?? 0
        total += value < next ? -value : value
      }
      return formatCounter(total, 'lowerRoman') === lower ? total : undefined
    }
  }
}

/**
 * The sequence that prints exactly these numbers, one after the other, or `undefined`: every clause
 * numbered, one format, the same text around each counter, consecutive counters. Formats are tried in
 * order (a list `i)`, `ii)` is Roman; `h)`, `i)`, `j)` is letters).
 */
export function inferSequence(numbers: readonly (string | undefined)[]): Sequence | undefined {
  if (numbers.length === 0 || numbers.some((value) => value === undefined || value.includes('%'))) {
    return undefined
  }
  for (const format of formats) {
    const pattern = new RegExp(`^([^A-Za-z0-9]{0,3})(${counterPatterns[format].source})([^A-Za-z0-9]{0,3})$`)
    let sequence: Sequence | undefined
    let ok = true
    for (const [index, value] of numbers.entries()) {
      const match = pattern.exec(value!)
      const counter = match ? parseCounter(match[2]!, format) : undefined
      if (!match || counter === undefined) {
        ok = false
        break
      }
      if (index === 0) sequence = {format, prefix: match[1]!, suffix: match[3]!, start: counter}
      else if (
        match[1] !== sequence!.prefix ||
        match[3] !== sequence!.suffix ||
        counter !== sequence!.start + index
      ) {
        ok = false
        break
      }
    }
    if (ok && sequence) return sequence
  }
  return undefined
}

/** Lists numbered automatically, as `numbering.xml` defines them. */
export interface NumberingRegistry {
  /** Decide whether a list's numbers can be printed by Word, and register it if so. */
  request(request: ListRequest): boolean
  /** Register a list Word marks with bullets (an unordered list) at a level. */
  bullets(key: ListKey, level: number): void
  /** The `w:numId` of a registered list. */
  numId(key: ListKey): number | undefined
  /** `numbering.xml`, or `undefined` when no list is numbered automatically. */
  xml(): string | undefined
}

/** Indentation, in twentieths of a point, of a clause at a list level: 1 cm per level. */
export function indentation(level: number): {left: number; hanging: number} {
  return {left: 567 * (level + 1), hanging: 567}
}

/** A registry of automatically numbered lists: one definition per format and level, one instance per list. */
export function createNumbering(): NumberingRegistry {
  const abstracts = new Map<string, {id: number; sequence: Sequence | 'bullet'; level: number}>()
  const lists = new Map<ListKey, {numId: number; abstractId: number; level: number; start: number}>()
  return {
    request({key, level, numbers}) {
      const sequence = inferSequence(numbers)
      if (!sequence) return false
      const signature = `${sequence.format}\u0000${sequence.prefix}\u0000${sequence.suffix}\u0000${level}`
      let abstract = abstracts.get(signature)
      if (!abstract) {
        abstract = {id: abstracts.size, sequence, level}
        abstracts.set(signature, abstract)
      }
      lists.set(key, {numId: lists.size + 1, abstractId: abstract.id, level, start: sequence.start})
      return true
    },
    bullets(key, level) {
      const signature = `bullet\u0000${level}`
      let abstract = abstracts.get(signature)
      if (!abstract) {
        abstract = {id: abstracts.size, sequence: 'bullet', level}
        abstracts.set(signature, abstract)
      }
      lists.set(key, {numId: lists.size + 1, abstractId: abstract.id, level, start: 1})
    },
    numId: (key) => lists.get(key)?.numId,
    xml() {
      if (lists.size === 0) return undefined
      const out: string[] = [declaration, `<w:numbering ${wordNamespaces}>`]
      for (const {id, sequence, level} of abstracts.values()) {
        out.push(`<w:abstractNum w:abstractNumId="${id}"><w:multiLevelType w:val="multilevel"/>`)
        for (let index = 0; index < 9; index++) {
          const own = index === level
          const bullet = own && sequence === 'bullet'
          const format = bullet ? 'bullet' : own && sequence !== 'bullet' ? sequence.format : 'decimal'
          const text = bullet
            ? '\u2022'
            : own && sequence !== 'bullet'
              ? `${sequence.prefix}%${index + 1}${sequence.suffix}`
              : `%${index + 1}.`
          const {left, hanging} = indentation(index)
          out.push(
            `<w:lvl w:ilvl="${index}"><w:start w:val="1"/><w:numFmt w:val="${format}"/>` +
              `<w:lvlText w:val="${escapeAttribute(text)}"/><w:lvlJc w:val="left"/>` +
              `<w:pPr><w:ind w:left="${left}" w:hanging="${hanging}"/></w:pPr></w:lvl>`,
          )
        }
        out.push('</w:abstractNum>')
      }
      for (const {numId, abstractId, level, start} of lists.values()) {
        out.push(
          `<w:num w:numId="${numId}"><w:abstractNumId w:val="${abstractId}"/>` +
            `<w:lvlOverride w:ilvl="${level}"><w:startOverride w:val="${start}"/></w:lvlOverride></w:num>`,
        )
      }
      out.push('</w:numbering>')
      return out.join('')
    },
  }
}

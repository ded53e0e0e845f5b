import type {Styles} from '../read/styles.js'
import {attribute, elements, first, onOff} from '../xml/names.js'
import type {XmlElement} from '../xml/parse.js'
import {formatCounter} from './format.js'

/** One level of a list definition (`w:lvl`). */
interface Level {
  start: number
  format: string
  text: string
  /** 1-based level whose use restarts this one; 0 never; undefined: any shallower level. */
  restart?: number | undefined
  legal: boolean
  /** The paragraph style tied to this level (`w:pStyle`). */
  style?: string | undefined
}

interface AbstractNumbering {
  levels: (Level | undefined)[]
  /** `w:numStyleLink`: the definition lives in the numbering style of this id. */
  styleLink?: string | undefined
}

interface Instance {
  abstractId: string
  /** Levels whose start is overridden (`w:lvlOverride/w:startOverride`). */
  starts: Map<number, number>
  /** Levels redefined whole (`w:lvlOverride/w:lvl`). */
  levels: Map<number, Level>
}

/** A paragraph's label as Word prints it. */
export interface Label {
  /** The printed text, e.g. `5.`, `(a)`, `IV.2`; `''` for a level that prints nothing. */
  text: string
  /** 0-based list level (`w:ilvl`). */
  level: number
  /** A bullet, not a counter. */
  bullet: boolean
}

function readLevel(element: XmlElement): Level {
  const start = Number.parseInt(attribute(first(element, 'w:start')) ?? '', 10)
  const restart = Number.parseInt(attribute(first(element, 'w:lvlRestart')) ?? '', 10)
  return {
    start: Number.isInteger(start) && start >= 0 ? start : 1,
    format: attribute(first(element, 'w:numFmt')) ?? 'decimal',
    text: attribute(first(element, 'w:lvlText')) ?? '',
    restart: Number.isInteger(restart) && restart >= 0 ? restart : undefined,
    legal: onOff(first(element, 'w:isLgl')) === true,
    style: attribute(first(element, 'w:pStyle')),
  }
}

function levelIndex(element: XmlElement): number | undefined {
  const value = Number.parseInt(attribute(element, 'w:ilvl') ?? '', 10)
  return Number.isInteger(value) && value >= 0 && value <= 8 ? value : undefined
}

/**
 * The lists of a document (`numbering.xml`), and the counters that turn each numbered paragraph, in
 * document order, into the label Word prints. Counters belong to a list definition: instances
 * (`w:num`) that share one continue each other's numbering; an instance that overrides a level's start
 * restarts that level at its first paragraph (as LibreOffice writes a list: its first paragraph in an
 * instance that restarts it, the others in one that goes on).
 */
export class Numbering {
  private readonly abstracts = new Map<string, AbstractNumbering>()
  private readonly instances = new Map<string, Instance>()
  private readonly counters = new Map<string, (number | undefined)[]>()
  private readonly restarted = new Set<string>()

  constructor(
    root: XmlElement | undefined,
    private readonly styles: Styles,
  ) {
    if (!root) return
    for (const element of elements(root, 'w:abstractNum')) {
      const id = attribute(element, 'w:abstractNumId')
      if (id === undefined || this.abstracts.has(id)) continue
      const levels: (Level | undefined)[] = []
      for (const lvl of elements(element, 'w:lvl')) {
        const index = levelIndex(lvl)
        if (index !== undefined) levels[index] = readLevel(lvl)
      }
      this.abstracts.set(id, {levels, styleLink: attribute(first(element, 'w:numStyleLink'))})
    }
    for (const element of elements(root, 'w:num')) {
      const id = attribute(element, 'w:numId')
      const abstractId = attribute(first(element, 'w:abstractNumId'))
      if (id === undefined || abstractId === undefined || this.instances.has(id)) continue
      const starts = new Map<number, number>()
      const levels = new Map<number, Level>()
      for (const override of elements(element, 'w:lvlOverride')) {
        const index = levelIndex(override)
        if (index === undefined) continue
        const start = Number.parseInt(attribute(first(override, 'w:startOverride')) ?? '', 10)
        if (Number.isInteger(start) && start >= 0) starts.set(index, start)
        const lvl = first(override, 'w:lvl')
        if (lvl) levels.set(index, readLevel(lvl))
      }
      this.instances.set(id, {abstractId, starts, levels})
    }
  }

  /** The list definition behind an instance, following `w:numStyleLink` through a numbering style. */
  private definition(instance: Instance): {id: string; abstract: AbstractNumbering} | undefined {
    let id = instance.abstractId
    for (let hop = 0; hop < 4; hop++) {
      const abstract = this.abstracts.get(id)
      if (!abstract) return undefined
      if (!abstract.styleLink) return {id, abstract}
      const numId = this.styles.chain(abstract.styleLink).find((style) => style.numbering?.numId)
        ?.numbering?.numId
      const linked = numId === undefined ? undefined : this.instances.get(numId)
      if (!linked || linked.abstractId === id) return {id, abstract}
      id = linked.abstractId
    }
    return undefined
  }

  /** The level a paragraph of this style sits at in this list (`w:pStyle` on a level), if tied. */
  levelOfStyle(numId: string, styleId: string | undefined): number | undefined {
    const instance = this.instances.get(numId)
    const found = instance && this.definition(instance)
    if (!found || styleId === undefined) return undefined
    const index = found.abstract.levels.findIndex((level) => level?.style === styleId)
    return index >= 0 ? index : undefined
  }

  /**
   * Count one paragraph of list `numId` at level `ilvl` and return its label, or `undefined` when the
   * list or level is not defined (or `numId` is `0`: numbering taken away).
   */
  next(numId: string, ilvl: number): Label | undefined {
    if (numId === '0') return undefined
    const instance = this.instances.get(numId)
    const found = instance && this.definition(instance)
    if (!instance || !found) return undefined
    const levelOf = (index: number): Level | undefined =>
      instance.levels.get(index) ?? found.abstract.levels[index]
    const level = levelOf(ilvl)
    if (!level) return undefined
    const startOf = (index: number): number => instance.starts.get(index) ?? levelOf(index)?.start ?? 1
    // Instances of one definition share its counters (a list goes on from one to the next); an
    // instance that overrides a level's start restarts that level where it is first used.
    const key = `abstract:${found.id}`
    let counters = this.counters.get(key)
    if (!counters) {
      counters = []
      this.counters.set(key, counters)
    }
    const current = counters[ilvl]
    const restart = instance.starts.has(ilvl) && !this.restarted.has(`${numId}\u0000${ilvl}`)
    if (restart) this.restarted.add(`${numId}\u0000${ilvl}`)
    counters[ilvl] = current === undefined || restart ? startOf(ilvl) : current + 1
    for (let deeper = ilvl + 1; deeper < 9; deeper++) {
      const restart = levelOf(deeper)?.restart
      if (restart === 0) continue
      if (restart === undefined || ilvl + 1 <= restart) counters[deeper] = undefined
    }
    if (level.format === 'bullet') return {text: level.text, level: ilvl, bullet: true}
    let text = ''
    const pattern = level.text
    for (let index = 0; index < pattern.length; index++) {
      const character = pattern[index]!
      const digit = pattern.charCodeAt(index + 1) - 48
      if (character === '%' && digit >= 1 && digit <= 9) {
        const referenced = digit - 1
        const value = counters[referenced] ?? startOf(referenced)
        const format = level.legal ? 'decimal' : (levelOf(referenced)?.format ?? 'decimal')
        text += formatCounter(value, format === 'bullet' ? 'decimal' : format)
        index++
      } else text += character
    }
    return {text, level: ilvl, bullet: false}
  }
}

import type {AuthorialNote, ReadResult} from '@clausewise/model'
import {type Profile, recognize, type SourceBlock} from '@clausewise/recognize'
import type {Item} from '../layout/types.js'
import type {Reporter} from '../report.js'
import {type Block, createWordIndex} from './blocks.js'
import {isCells} from './cells.js'
import {groupLines, measureOf, paragraphMarks} from './group.js'
import {type Anchors, paragraphOf} from './inline.js'
import {placePartedNumbers} from './parted-numbers.js'
import {splitLongLines} from './split-line.js'

/** What the structure stage reads: the layout's lines, and what the reader knows besides. */
export interface StructureInput {
  /**
   * The layout's lines, handed over once: the caller keeps no reference, so that they (and what is
   * made of them) can be collected once grouped into blocks, before the recognition builds the model.
   */
  takeItems: () => Item[]
  /** Notes to place where their markers stood. */
  anchors: Anchors
  /** Notes whose markers were not found. */
  unplaced: AuthorialNote[]
  profile: Profile
  language: string
  /** The (normalised) character at a source offset. */
  charAt: (offset: number) => string
  meetings?: Record<string, import('@clausewise/recognize').MeetingDates> | undefined
  /** Texts taken out as page furniture (running heads may hold the document's symbol). */
  furniture: string[]
  source: string
  /** How the layout stage found the text was produced (`double-spaced`, `web`, …), if it says. */
  layoutKind?: string | undefined
}

/**
 * Stage two: cut the layout's lines into blocks — the text's own rules for where a paragraph
 * starts — and hand them to the one clause recognition of `@clausewise/recognize`.
 */
export function readStructure(input: StructureInput, report: Reporter): ReadResult {
  const sourceBlocks = blocksOf(input, report)
  return recognize(sourceBlocks, {
    profile: input.profile,
    language: input.language,
    source: input.source,
    meetings: input.meetings,
    notes: input.unplaced,
    symbols: input.furniture,
  })
}

/**
 * The blocks the recognition reads, from the lines. Each block of lines is let go once it is made a
 * paragraph, so that the lines and the paragraphs' text are not all held at once.
 */
function blocksOf(input: StructureInput, report: Reporter): SourceBlock[] {
  const grouped = groupedLines(input, report)
  const blocks: Array<Block | undefined> = grouped.blocks
  const sourceBlocks: SourceBlock[] = new Array(blocks.length)
  for (let index = 0; index < blocks.length; index++) {
    const block = blocks[index]!
    const cells = isCells(block.lines, grouped.measure)
    const p = paragraphOf(block, input.anchors, report)
    blocks[index] = undefined
    sourceBlocks[index] = cells
      ? {children: p.children, position: p.position, cells}
      : {children: p.children, position: p.position}
  }
  return sourceBlocks
}

/** The lines grouped into blocks (in a function of its own: the line list and word index die with it). */
function groupedLines(input: StructureInput, report: Reporter): {blocks: Block[]; measure: number} {
  // A one-line dump's lines are its sentences, which hold no printed line's measure: the formula and
  // the recitals before the first stop (`The Security Council, Recalling …, Acting …,`) are cut too.
  const shortest = input.layoutKind === 'one-line' ? 0 : undefined
  const items = splitLongLines(input.takeItems(), input.profile, input.charAt, shortest)
  const words = createWordIndex(items)
  const marks = paragraphMarks(items, input.layoutKind)
  const measure = measureOf(items)
  const blocks = groupLines(items, input.profile, marks, words, report, measure)
  return {blocks: placePartedNumbers(blocks, report), measure}
}

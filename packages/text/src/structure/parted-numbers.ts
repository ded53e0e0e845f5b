import type {Reporter} from '../report.js'
import {bareNumber} from '../text-utils.js'
import type {Block} from './blocks.js'

/** A block's opening number (`12. Decides …`, or `12.` alone), or undefined. */
function openingNumber(block: Block): {value: number; style: string} | undefined {
  const text = block.lines[0]!.flat
  let end = 0
  while (end < 3 && end < text.length && text.charCodeAt(end) >= 48 && text.charCodeAt(end) <= 57) end++
  if (end === 0 || end >= text.length || (text[end] !== '.' && text[end] !== ')')) return undefined
  if (end + 1 < text.length && text[end + 1] !== ' ') return undefined
  return {value: Number(text.slice(0, end)), style: text[end]!}
}

/** Whether a block's last line (its only one, or a line it runs on to) is a number alone (`3.`). */
function endsWithBareNumber(block: Block): boolean {
  return bareNumber(block.lines[block.lines.length - 1]!.flat) !== undefined
}

/**
 * Give paragraph numbers that an extraction printed apart from their texts back to them. Plain
 * `pdftotext` (no `-layout`) reads a number set in a hanging column (`1.` and a tab) as a block of its
 * own where the gap to the text is wide: it prints the numbers of a page's paragraphs in a run before
 * their texts (`2.` `3.` … `11.`, then the texts one under the other, in single spacing), or a number
 * alone after the page's other text. Each such number, a block of its own, is the number of a
 * paragraph without one: a gap in the numbering (`1.` … `12.`, the numbers between them alone) is
 * filled with them in order, when as many blocks without a number stand between the numbered
 * paragraphs (after the first of the parted numbers, if it stands below the paragraph before the gap)
 * and each number is printed once in the text. Anything else is left as it is.
 * @example placePartedNumbers(blocksOf('1. Decides;', '2.', '3.', 'Invites;', 'Urges;', '4. Requests.'), report)
 * // four blocks: `1. Decides;`, `2. Invites;`, `3. Urges;`, `4. Requests.`
 */
export function placePartedNumbers(blocks: Block[], report: Reporter): Block[] {
  // Most texts print no number apart from its text: a block ending with a line that is a number alone
  // is looked for first (its last line's length tells most blocks at once).
  if (!blocks.some(endsWithBareNumber)) return blocks
  const numbers = blocks.map(openingNumber)
  // Where each number is printed alone, if it is printed once in the text (a number printed twice,
  // an annex's own numbering, is no parted number of one paragraph): a block of its own, or the last
  // line of a block that runs on to it (`52nd plenary meeting` / `12 December 2029` / `3.`).
  const counts = new Map<string, number>()
  const partedAt = new Map<string, number>()
  const tails = new Set<number>()
  for (const [index, block] of blocks.entries()) {
    const number = numbers[index]
    if (number) counts.set(keyOf(number), (counts.get(keyOf(number)) ?? 0) + 1)
    if (block.lines.length === 1 && number && bareNumber(block.lines[0]!.flat)) {
      partedAt.set(keyOf(number), index)
      continue
    }
    const tail = block.lines.length > 1 ? bareNumber(block.lines[block.lines.length - 1]!.flat) : undefined
    if (!tail) continue
    counts.set(keyOf(tail), (counts.get(keyOf(tail)) ?? 0) + 1)
    partedAt.set(keyOf(tail), index)
    tails.add(index)
  }
  if (partedAt.size === 0) return blocks
  const isParted = (index: number): boolean =>
    !tails.has(index) && partedAt.get(keyOf(numbers[index]!)) === index
  const taken = new Set<number>()
  const moves = new Map<number, number>()
  let before = -1
  for (let index = 0; index < blocks.length; index++) {
    const number = numbers[index]
    if (!number || isParted(index)) continue
    const previous = before >= 0 ? numbers[before]! : {value: 0, style: number.style}
    const from = before
    before = index
    if (previous.style !== number.style || number.value <= previous.value + 1) continue
    // The parted numbers of the gap, each printed once and not yet given.
    const wanted: number[] = []
    for (let value = previous.value + 1; value < number.value; value++) {
      const key = keyOf({value, style: number.style})
      const at = partedAt.get(key)
      if (at === undefined || counts.get(key) !== 1 || taken.has(at)) break
      wanted.push(at)
    }
    if (wanted.length !== number.value - previous.value - 1) continue
    // The texts: the blocks without a number between the paragraphs, below the first parted number
    // where it stands in the gap (the texts of a run follow it).
    let start = index
    for (const at of wanted) if (at > from && at < start && !tails.has(at)) start = at
    if (start === index) start = from + 1
    const texts: number[] = []
    for (let place = start; place < index; place++) if (!numbers[place]) texts.push(place)
    if (texts.length !== wanted.length || texts.some((place) => tails.has(place))) continue
    for (const [order, at] of wanted.entries()) {
      taken.add(at)
      moves.set(texts[order]!, at)
    }
  }
  if (moves.size === 0) return blocks
  const result: Block[] = []
  for (let index = 0; index < blocks.length; index++) {
    const block = blocks[index]!
    if (taken.has(index)) {
      // A number at a block's end leaves the block; one alone leaves no block.
      if (tails.has(index))
        result.push({
          ...block,
          lines: block.lines.slice(0, -1),
          joins: block.joins.slice(0, -1),
          end: block.lines[block.lines.length - 2]!.end,
        })
      continue
    }
    const at = moves.get(index)
    if (at === undefined) {
      result.push(block)
      continue
    }
    const label = blocks[at]!.lines[blocks[at]!.lines.length - 1]!
    report.info(
      'number-rejoined',
      `Paragraph number \`${label.flat}\` printed apart from its text, set before it`,
      label.start,
      label.end,
      label.flat,
    )
    result.push({
      lines: [label, ...block.lines],
      joins: ['space', ...block.joins],
      afterBreak: block.afterBreak,
      start: Math.min(label.start, block.start),
      end: Math.max(label.end, block.end),
    })
  }
  return result
}

/** A number's key: its value and style (`12.`). */
function keyOf(number: {value: number; style: string}): string {
  return `${number.value}${number.style}`
}

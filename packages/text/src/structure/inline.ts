import {type AuthorialNote, type Inline, ownString, type P} from '@clausewise/model'
import type {Line, Segment} from '../layout/types.js'
import type {Reporter} from '../report.js'
import type {Block} from './blocks.js'

/** Notes to place where their markers stood, by marker segment. */
export type Anchors = Map<Segment, AuthorialNote>

/**
 * The inline content of lines: text runs merged into one `text` node, lines joined by a space (or
 * nothing, at a kept or removed line-end hyphen), superscripts as `sup`, matched footnote markers
 * as `authorialNote` nodes. Every text is a string of its own, none a slice of the input.
 */
export function inlines(lines: Line[], joins: readonly string[], anchors: Anchors): Inline[] {
  const result: Inline[] = []
  let parts: string[] = []
  const flush = (): void => {
    if (parts.length === 0) return
    // One part is a slice of the input (more are joined into a string of their own).
    const value = parts.length === 1 ? ownString(parts[0]!) : parts.join('')
    if (value) result.push({type: 'text', value})
    parts = []
  }
  lines.forEach((line, lineIndex) => {
    if (lineIndex > 0) {
      const join = joins[lineIndex - 1]
      if (join === 'hyphen-removed') {
        const last = parts[parts.length - 1]
        if (last?.endsWith('-')) parts[parts.length - 1] = last.slice(0, -1)
      } else if (join !== 'hyphen-kept') parts.push(' ')
    }
    for (const segment of line.segments) {
      if (segment.kind === 'text') parts.push(segment.text)
      else if (segment.kind === 'sup') {
        flush()
        result.push({type: 'sup', children: [{type: 'text', value: ownString(segment.text)}]})
      } else {
        const note = anchors.get(segment)
        if (note) {
          flush()
          result.push(note)
        }
      }
    }
  })
  flush()
  return result
}

/** A `p` of a block, with its position. */
export function paragraphOf(block: Block, anchors: Anchors, report: Reporter): P {
  return {
    type: 'p',
    children: inlines(block.lines, block.joins, anchors),
    position: report.position(block.start, block.end),
  }
}

/** A `p` of one line. */
export function lineParagraph(line: Line, anchors: Anchors, report: Reporter): P {
  return {type: 'p', children: inlines([line], [], anchors), position: report.position(line.start, line.end)}
}

/**
 * Take the first `count` characters off the start of inline content (a clause number and the space
 * after it), in place.
 */
export function dropStart(children: Inline[], count: number): void {
  const first = children[0]
  if (first?.type !== 'text') return
  const value = first.value.slice(count).replace(/^ +/, '')
  if (value) first.value = value
  else children.shift()
}

/** The text of the first node, if it is text. */
export function leadingText(children: Inline[]): string {
  const first = children[0]
  return first?.type === 'text' ? first.value : ''
}

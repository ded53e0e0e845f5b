import type {Position, SourcePoint} from './types.js'

/** Turns offsets into unist points for one source text. */
export interface Locator {
  /** The point (1-based line and column, 0-based offset) of a UTF-16 offset. */
  point(offset: number): SourcePoint
  /** The position from `start` to just before `end`. */
  position(start: number, end: number): Position
}

/**
 * A locator for a source text: offsets to line/column in O(log lines) after one linear pass.
 * Lines end at `\n`, `\r\n` or `\r`.
 *
 * @example createLocator('a\nb').point(2) // {line: 2, column: 1, offset: 2}
 */
export function createLocator(source: string): Locator {
  const starts = [0]
  if (source.indexOf('\r') === -1) {
    // Line feeds only (the common case): found by the engine's own search.
    for (let index = source.indexOf('\n'); index !== -1; index = source.indexOf('\n', index + 1)) {
      starts.push(index + 1)
    }
  } else {
    for (let index = 0; index < source.length; index++) {
      const code = source.charCodeAt(index)
      if (code === 10) starts.push(index + 1)
      else if (code === 13) {
        if (source.charCodeAt(index + 1) === 10) index++
        starts.push(index + 1)
      }
    }
  }
  // Readers ask in reading order: the line of the last answer, or the next one, is usually right.
  let last = 0
  const point = (offset: number): SourcePoint => {
    const clamped = Math.max(0, Math.min(offset, source.length))
    let low: number
    if (starts[last]! <= clamped && (last + 1 >= starts.length || clamped < starts[last + 1]!)) low = last
    else if (
      last + 1 < starts.length &&
      starts[last + 1]! <= clamped &&
      (last + 2 >= starts.length || clamped < starts[last + 2]!)
    ) {
      low = last + 1
    } else {
      low = 0
      let high = starts.length - 1
      while (low < high) {
        const middle = (low + high + 1) >> 1
        if (starts[middle]! <= clamped) low = middle
        else high = middle - 1
      }
    }
    last = low
    return {line: low + 1, column: clamped - starts[low]! + 1, offset: clamped}
  }
  return {point, position: (start, end) => ({start: point(start), end: point(end)})}
}

/** The lines of a text (ends: `\n`, `\r\n`, `\r`) and the offset each starts at. One linear pass. */
export function splitLines(source: string): {texts: string[]; starts: number[]} {
  const texts: string[] = []
  const starts: number[] = []
  if (!source.includes('\r')) {
    let start = 0
    while (start < source.length) {
      let end = source.indexOf('\n', start)
      if (end < 0) end = source.length
      texts.push(source.slice(start, end))
      starts.push(start)
      start = end + 1
    }
    return {texts, starts}
  }
  let start = 0
  for (let index = 0; index < source.length; index++) {
    const code = source.charCodeAt(index)
    if (code !== 10 && code !== 13) continue
    texts.push(source.slice(start, index))
    starts.push(start)
    if (code === 13 && source.charCodeAt(index + 1) === 10) index++
    start = index + 1
  }
  if (start < source.length) {
    texts.push(source.slice(start))
    starts.push(start)
  }
  return {texts, starts}
}

/**
 * The line a source offset falls in: the last of the lines (by their `starts`, rising) that starts at
 * or before it (0 before the first).
 * @example lineAt([0, 10, 25], 12) // 1
 */
export function lineAt(starts: readonly number[], offset: number): number {
  let low = 0
  let high = starts.length - 1
  while (low < high) {
    const middle = (low + high + 1) >> 1
    if (starts[middle]! <= offset) low = middle
    else high = middle - 1
  }
  return low
}

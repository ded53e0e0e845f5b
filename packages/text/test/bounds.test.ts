import {readdirSync, readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {type Bounds, boundsIn, boundsOf} from '../src/layout/rows.js'
import {splitLines} from '../src/layout/split-lines.js'
import {firstNonSpace, lastNonSpace} from '../src/text-utils.js'

const folder = (name: string) => new URL(`../../../../shared/corpus/${name}/`, import.meta.url)

/** The corpus texts: the bulk UN texts, the other extracted texts and the OSCE decisions. */
const texts = ['un-ga-bulk', 'text', 'osce'].flatMap((name) =>
  readdirSync(folder(name))
    .filter((file) => file.endsWith('.txt'))
    .map((file) => readFileSync(new URL(file, folder(name)), 'utf8')),
)

/** The bounds of each line as first written: trimmed by `firstNonSpace` and `lastNonSpace`. */
function reference(lines: readonly string[]): Bounds {
  const first = lines.map((line) => firstNonSpace(line))
  const last = lines.map((line, index) => (first[index] === line.length ? 0 : lastNonSpace(line)))
  return {
    first: Int32Array.from(first),
    last: Int32Array.from(last),
    opening: Int32Array.from(lines, (line, index) =>
      first[index]! < line.length ? line.charCodeAt(first[index]!) : -1,
    ),
    closing: Int32Array.from(lines, (line, index) =>
      last[index]! > 0 ? line.charCodeAt(last[index]! - 1) : -1,
    ),
  }
}

describe('boundsOf and boundsIn', () => {
  it('find where each line’s text lies and what it opens and ends with, as trimming it does', () => {
    const edges = [
      'Decides',
      '',
      '   ',
      '\u00a0\u2003Recalling\t ',
      ' (a) ',
      '\u1680x\u1680',
      '“Quoted”',
      '\f',
      'é',
      ' ',
    ].join('\n')
    for (const text of [...texts, edges, edges.replaceAll('\n', '\r\n'), `${edges}\n`]) {
      const lines = splitLines(text)
      const expected = reference(lines.texts)
      expect(boundsOf(lines.texts)).toEqual(expected)
      expect(boundsIn(text, lines)).toEqual(expected)
    }
  })
})

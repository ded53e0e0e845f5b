import {readdirSync, readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {firstPageText} from '../src/layout/first-page.js'
import {classifyRows, Role, type Rows, trimmedRow} from '../src/layout/rows.js'
import {splitLines} from '../src/layout/split-lines.js'
import {collapseSpaces} from '../src/text-utils.js'

const folder = (name: string) => new URL(`../../../../shared/corpus/${name}/`, import.meta.url)

/** The corpus texts: the bulk UN texts, the other extracted texts and the OSCE decisions. */
const texts = ['un-ga-bulk', 'text', 'osce'].flatMap((name) =>
  readdirSync(folder(name))
    .filter((file) => file.endsWith('.txt'))
    .map((file) => readFileSync(new URL(file, folder(name)), 'utf8')),
)

/** The first page's text as first written: its lines joined, then the whole collapsed. */
function reference(rows: Rows): string {
  const end = rows.pages[1] ?? rows.texts.length
  const parts: string[] = []
  let length = 0
  for (let row = 0; row < end && length < 4000; row++) {
    if (rows.role[row] !== Role.text) continue
    const text = trimmedRow(rows, row)
    parts.push(text)
    length += text.length + 1
  }
  return collapseSpaces(parts.join(' '))
}

describe('firstPageText', () => {
  it('is the first page’s lines joined and collapsed, collapsed line by line', () => {
    const edges = [
      'Decides  to act',
      'Recalling\u00a0its\tresolution',
      'ends with\u1680',
      '\u1680opens with one',
      'plain line',
      '\f',
      'second page',
    ].join('\n')
    for (const text of [...texts, edges, edges.replace('\u1680\n', '\n'), edges.replaceAll('\u1680', '')]) {
      for (const kind of ['single-spaced', 'web'] as const) {
        const rows = classifyRows(splitLines(text), kind)
        expect(firstPageText(rows)).toBe(reference(rows))
      }
    }
  })
})

// Inputs of the reader benchmarks, built from the corpus at a given scale.
import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {bulkFiles, corpusRoot} from './corpus.mjs'
import {plantedPair} from './pairs.mjs'

/** The largest Markdown and AKN files of the corpus the benchmarks scale up. */
export const markdownFile = join(corpusRoot, 'markdown', 'cmu-student-senate-bylaws.v5-2018-03-29.md')
export const aknFile = join(corpusRoot, 'akn', 'ukleg-ssi-2017-102-enacted.xml')

/** The XML with the content of its first `<body>` or `<mainBody>` repeated `times` times. */
function repeatBody(xml, times) {
  const open = /<(mainBody|body)(\s[^>]*)?>/.exec(xml)
  if (!open) throw new Error('bench: no body in the AKN file')
  const start = open.index + open[0].length
  const end = xml.lastIndexOf(`</${open[1]}>`)
  const inner = xml.slice(start, end)
  return xml.slice(0, start) + inner.repeat(times) + xml.slice(end)
}

/**
 * `{kind: 'bulk' | 'text' | 'markdown' | 'akn', scale, small?}`: `scale` (¼, ½, 1) of the bulk GA texts as a list of
 * file names (bulk), a decision of `scale` bytes (text), the Markdown
 * file repeated `scale` times, or the AKN file with its body repeated `scale` times. `small` gives a
 * small input of the same kind, for warm-up.
 */
export function readerInput({kind, scale, small}) {
  if (kind === 'bulk') {
    // A share of the bulk texts, spread over the whole set: a list of file names, one per line.
    const files = bulkFiles()
    if (small) return readFileSync(files[0], 'utf8')
    const every = Math.max(1, Math.round(1 / scale))
    return files.filter((_, index) => index % every === 0).join('\n')
  }
  if (kind === 'text') return plantedPair(small ? 16e3 : scale, 7).oldText
  if (kind === 'markdown') {
    const text = readFileSync(markdownFile, 'utf8')
    return small ? text.slice(0, 8000) : text.repeat(scale)
  }
  if (kind === 'akn') return repeatBody(readFileSync(aknFile, 'utf8'), small ? 1 : scale)
  throw new Error(`unknown input kind ${kind}`)
}

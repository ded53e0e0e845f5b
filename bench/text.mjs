// Parse throughput of @clausewise/text on the corpus, repeated to 16 KB … 16 MB, next to a baseline
// measured in the same process: one plain tokenisation pass over the same text (a Unicode word regex
// that materialises every token, as any reader must at least do), and a charCode scan counting words
// (the floor: touching each character once). Run `npx tsup` in packages/text first; `node bench/text.mjs` prints the table.
import {readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {fromText} from '@clausewise/text'

const corpus = ['mc-dec-7-17.fr.txt', 'mc-dec-6-17.fr.txt'].map((name) =>
  readFileSync(new URL(`../../shared/corpus/osce/${name}`, import.meta.url), 'utf8'),
)
const sizes = [16e3, 160e3, 1.6e6, 16e6]

/** A text of about `size` characters: the corpus documents, one after the other, repeated. */
function textOf(size) {
  const parts = []
  let length = 0
  for (let index = 0; length < size; index++) {
    const document = corpus[index % corpus.length]
    parts.push(document)
    length += document.length
  }
  return parts.join('\n').slice(0, size)
}

/** The baseline: count words with one scan of char codes. */
function countWords(text) {
  let count = 0
  let inWord = false
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    const space = code === 32 || code === 10 || code === 13 || code === 9
    if (!space && !inWord) count++
    inWord = !space
  }
  return count
}

/** The tokenisation baseline: every word and punctuation mark as a string, with one linear regex. */
function tokenize(text) {
  return text.match(/[\p{L}\p{N}]+|[^\s\p{L}\p{N}]/gu)?.length ?? 0
}

/** Best time in ms of `fn` over enough runs to last about `budget` ms (at least 2, at most 50). */
function time(fn, budget = 1500) {
  let best = Number.POSITIVE_INFINITY
  let total = 0
  let runs = 0
  while (runs < 2 || (total < budget && runs < 50)) {
    const start = performance.now()
    fn()
    const elapsed = performance.now() - start
    best = Math.min(best, elapsed)
    total += elapsed
    runs++
  }
  return best
}

/** Measure and print; returns the rows. */
export function run() {
  const rows = []
  for (const size of sizes) {
    const text = textOf(size)
    const megabytes = Buffer.byteLength(text, 'utf8') / 1e6
    const parse = time(() => fromText(text, {language: 'fr'}))
    const tokens = time(() => tokenize(text))
    const baseline = time(() => countWords(text))
    const row = {
      size: `${size >= 1e6 ? `${size / 1e6} MB` : `${size / 1e3} KB`}`,
      parseMBps: Number((megabytes / (parse / 1000)).toFixed(1)),
      tokenizeMBps: Number((megabytes / (tokens / 1000)).toFixed(1)),
      scanMBps: Number((megabytes / (baseline / 1000)).toFixed(1)),
      'parse/tokenize': Number((parse / tokens).toFixed(2)),
      'parse/scan': Number((parse / baseline).toFixed(1)),
    }
    rows.push(row)
  }
  console.log(
    '@clausewise/text fromText — throughput in MB/s (best run), against a tokenisation pass and a charCode scan of the same text',
  )
  console.table(rows)
  return rows
}

if (process.argv[1] === fileURLToPath(import.meta.url)) run()

// Throughput of @clausewise/text's `fromText` on the bulk UN General Assembly texts (PDF-extracted by
// PyMuPDF, ../shared/corpus/un-ga-bulk), next to baselines measured in the same process:
// - the bulk set read file by file (587 documents), in MB/s;
// - the texts concatenated (repeated as needed) to 4 sizes, in MB/s, with the growth exponent of the
//   time against the size (1 = linear), for `fromText` and for a tokenisation pass (a Unicode word
//   regex that materialises every token, as any reader must at least do).
// Run `pnpm --filter @clausewise/text build` first; `node packages/text/bench/text-reader.mjs` prints
// the tables. `BENCH_QUICK=1` or `--quick` stops at 4 MB. No number here is a verdict: the ratios travel, the
// absolute figures depend on the machine.
import {existsSync, readdirSync, readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {fromText} from '@clausewise/text'

const folder = new URL('../../../../shared/corpus/un-ga-bulk/', import.meta.url)

/** The bulk texts, in file-name order; an error (not a silent fallback) when the corpus is missing. */
function corpus() {
  if (!existsSync(folder)) throw new Error(`The bulk corpus is missing: ${fileURLToPath(folder)}`)
  return readdirSync(folder)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => readFileSync(new URL(name, folder), 'utf8'))
}

/** A text of about `size` characters: the documents one after the other, repeated. */
function textOf(documents, size) {
  const parts = []
  let length = 0
  for (let index = 0; length < size; index++) {
    const document = documents[index % documents.length]
    parts.push(document)
    length += document.length + 1
  }
  return parts.join('\n')
}

/** The tokenisation baseline: every word and punctuation mark as a string. */
function tokenize(text) {
  return text.match(/[\p{L}\p{N}]+|[^\s\p{L}\p{N}]/gu)?.length ?? 0
}

/**
 * Best CPU time in ms of `fn` (user and system time of this process, so that other processes on a
 * busy machine count less than in wall time) over enough runs to last about `budget` ms (at least
 * 2, at most 20).
 */
function time(fn, budget = 2000) {
  let best = Number.POSITIVE_INFINITY
  let total = 0
  let runs = 0
  while (runs < 2 || (total < budget && runs < 20)) {
    const start = process.cpuUsage()
    fn()
    const used = process.cpuUsage(start)
    const elapsed = (used.user + used.system) / 1000
    best = Math.min(best, elapsed)
    total += elapsed
    runs++
  }
  return best
}

/** Least-squares slope of log(time) against log(size): the growth exponent. */
function exponent(points) {
  const xs = points.map(([size]) => Math.log(size))
  const ys = points.map(([, ms]) => Math.log(ms))
  const mean = (values) => values.reduce((sum, value) => sum + value, 0) / values.length
  const mx = mean(xs)
  const my = mean(ys)
  let numerator = 0
  let denominator = 0
  for (let index = 0; index < xs.length; index++) {
    numerator += (xs[index] - mx) * (ys[index] - my)
    denominator += (xs[index] - mx) ** 2
  }
  return numerator / denominator
}

const megabytes = (text) => Buffer.byteLength(text, 'utf8') / 1e6

/** Measure and print; returns the figures. */
export function run() {
  const documents = corpus()
  const bytes = documents.reduce((sum, text) => sum + Buffer.byteLength(text, 'utf8'), 0) / 1e6
  // Warm up, then the bulk set file by file.
  for (const text of documents.slice(0, 50)) fromText(text, {language: 'en'})
  const bulk = time(() => {
    for (const text of documents) fromText(text, {language: 'en'})
  }, 4000)
  const bulkTokens = time(() => {
    for (const text of documents) tokenize(text)
  }, 2000)
  const set = {
    documents: documents.length,
    MB: Number(bytes.toFixed(1)),
    readMBps: Number((bytes / (bulk / 1000)).toFixed(1)),
    tokenizeMBps: Number((bytes / (bulkTokens / 1000)).toFixed(1)),
    'read/tokenize': Number((bulk / bulkTokens).toFixed(2)),
  }
  console.log('@clausewise/text fromText on the bulk set, file by file (best run, CPU time)')
  console.table([set])

  const quick = process.env.BENCH_QUICK || process.argv.includes('--quick')
  const sizes = quick ? [0.25e6, 0.5e6, 1e6, 4e6] : [0.25e6, 1e6, 4e6, 16e6]
  const rows = []
  const read = []
  const tokens = []
  for (const size of sizes) {
    const text = textOf(documents, size)
    const mb = megabytes(text)
    const parse = time(() => fromText(text, {language: 'en'}))
    const tokenise = time(() => tokenize(text))
    read.push([mb, parse])
    tokens.push([mb, tokenise])
    rows.push({
      size: `${Number(mb.toFixed(2))} MB`,
      readMBps: Number((mb / (parse / 1000)).toFixed(1)),
      tokenizeMBps: Number((mb / (tokenise / 1000)).toFixed(1)),
      'read/tokenize': Number((parse / tokenise).toFixed(2)),
    })
  }
  const growth = {read: Number(exponent(read).toFixed(2)), tokenize: Number(exponent(tokens).toFixed(2))}
  console.log(
    '@clausewise/text fromText on the bulk texts concatenated (best run, CPU time), with a tokenisation pass',
  )
  console.table(rows)
  console.log(
    `growth exponent of time against size: read ${growth.read}, tokenize ${growth.tokenize} (1 = linear)`,
  )
  return {set, rows, growth}
}

if (process.argv[1] === fileURLToPath(import.meta.url)) run()

// Benchmark of @clausewise/diff: our differ (alignment + word diff, parsing excluded) against jsdiff's
// `diffWords` over the whole plain text, diff-match-patch in word mode (tokens mapped to characters,
// as `diff_linesToChars_` does for lines, `Diff_Timeout = 0` so it never silently gives up), and
// `git diff --no-index --word-diff=porcelain` as the practical floor. Sizes: ~16 KB, 160 KB, 1.6 MB
// and 8 MB of text, with about 1 % of words edited, 1 % of clauses inserted and deleted, some moved.
// Run alone: `node bench/diff.mjs` (`--quick` or `BENCH_QUICK=1` skips 8 MB and the slow baselines).
import {execFileSync} from 'node:child_process'
import {mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {tmpdir} from 'node:os'
import {dirname, join} from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {compare, diff, tokenize} from '@clausewise/diff'
import {assignEIds, emptyMeta, plainText} from '@clausewise/model'
import DiffMatchPatch from 'diff-match-patch'

const here = dirname(fileURLToPath(import.meta.url))
// jsdiff is a dependency of @clausewise/diff, not of the root: load the very copy the package uses.
const {diffWords} = createRequire(join(here, '../packages/diff/package.json'))('diff')
const corpusDirectory = join(here, '../../shared/corpus/osce')
const quick = process.argv.includes('--quick') || process.env.BENCH_QUICK === '1'
const slowLimit = 60_000

/** Deterministic pseudo-random numbers (mulberry32), so that every run measures the same documents. */
function random(seed) {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

function corpusWords() {
  let files = []
  try {
    files = readdirSync(corpusDirectory).filter((name) => name.endsWith('.txt'))
  } catch {}
  const text = files.map((name) => readFileSync(join(corpusDirectory, name), 'utf8')).join(' ')
  const words = text.split(/\s+/).filter((word) => word.length > 0 && word.length < 30)
  return words.length > 100 ? words : 'la traite des êtres humains est un crime grave et odieux'.split(' ')
}

const words = corpusWords()
const p = (value) => ({type: 'p', children: [{type: 'text', value}]})

/** A clause of corpus words, 30–110 words long, in corpus order from a random place (reads like text). */
function clauseText(next) {
  const length = 30 + Math.floor(next() * 80)
  const start = Math.floor(next() * (words.length - length))
  const chosen = words.slice(start, start + length)
  // Shuffle a few words so that clauses cut from the same place still differ.
  for (let k = 0; k < 4; k++) {
    const a = Math.floor(next() * chosen.length)
    const b = Math.floor(next() * chosen.length)
    ;[chosen[a], chosen[b]] = [chosen[b], chosen[a]]
  }
  return `${chosen.join(' ')} ;`
}

function build(recitals, paragraphs) {
  const document = {
    type: 'document',
    documentType: 'statement',
    name: 'decision',
    meta: {
      ...emptyMeta('fr'),
      frbr: {...emptyMeta('fr').frbr, country: 'osce', number: '1/99', date: '2017-12-08'},
    },
    children: [
      {
        type: 'preface',
        children: [{type: 'p', children: [{type: 'docTitle', children: [{type: 'text', value: 'Titre'}]}]}],
      },
      {
        type: 'preamble',
        children: [
          {type: 'formula', eId: '', name: 'enactingFormula', children: [p('Le Conseil ministériel,')]},
          {
            type: 'recitals',
            eId: '',
            children: recitals.map((text) => ({type: 'recital', eId: '', children: [p(text)]})),
          },
        ],
      },
      {
        type: 'mainBody',
        children: paragraphs.map((text, index) => ({
          type: 'paragraph',
          eId: '',
          children: [
            {type: 'num', value: `${index + 1}.`},
            {type: 'content', children: [p(text)]},
          ],
        })),
      },
    ],
  }
  return assignEIds(document)
}

/** Old and new clause lists of about `bytes` of text: ~1 % words edited, 1 % clauses in and out, some moved. */
function pair(bytes, seed) {
  const next = random(seed)
  const old = []
  let size = 0
  while (size < bytes) {
    const text = clauseText(next)
    old.push(text)
    size += text.length + 1
  }
  const edited = []
  for (const text of old) {
    const roll = next()
    if (roll < 0.01) continue
    let clause = text
    const tokens = clause.split(' ')
    for (let index = 0; index < tokens.length - 1; index++) {
      if (next() < 0.01) tokens[index] = words[Math.floor(next() * words.length)]
    }
    clause = tokens.join(' ')
    edited.push(clause)
    if (roll > 0.99) edited.push(clauseText(next))
  }
  for (let move = 0; move < Math.max(1, Math.floor(old.length / 500)); move++) {
    const from = Math.floor(next() * edited.length)
    const [clause] = edited.splice(from, 1)
    edited.splice(Math.floor(next() * edited.length), 0, clause)
  }
  const split = (list) => {
    const recitals = Math.floor(list.length * 0.2)
    return build(list.slice(0, recitals), list.slice(recitals))
  }
  return {old: split(old), new: split(edited)}
}

function time(fn, budget = 300) {
  const times = []
  let result
  const start = performance.now()
  do {
    const begin = performance.now()
    result = fn()
    times.push(performance.now() - begin)
  } while (performance.now() - start < budget && times.length < 20)
  times.sort((a, b) => a - b)
  return {ms: times[Math.floor(times.length / 2)], result}
}

function dmpWords(a, b) {
  const dmp = new DiffMatchPatch()
  dmp.Diff_Timeout = 0
  const ids = new Map()
  const encode = (text) => {
    let out = ''
    for (const token of tokenize(text)) {
      let id = ids.get(token)
      if (id === undefined) {
        id = ids.size + 1
        ids.set(token, id)
      }
      out += String.fromCharCode(id % 0xffff)
    }
    return out
  }
  return dmp.diff_main(encode(a), encode(b), false)
}

function gitWordDiff(a, b) {
  const directory = mkdtempSync(join(tmpdir(), 'clausewise-bench-'))
  try {
    writeFileSync(join(directory, 'old.txt'), a)
    writeFileSync(join(directory, 'new.txt'), b)
    const begin = performance.now()
    try {
      execFileSync('git', ['diff', '--no-index', '--word-diff=porcelain', 'old.txt', 'new.txt'], {
        cwd: directory,
        maxBuffer: 1 << 30,
        stdio: ['ignore', 'ignore', 'ignore'],
      })
    } catch (error) {
      if (error.status !== 1) throw error
    }
    return performance.now() - begin
  } finally {
    rmSync(directory, {recursive: true, force: true})
  }
}

/** Time a quadratic-ish baseline unless its extrapolation from the previous size exceeds the limit. */
function guarded(previous, scale, run) {
  if (previous && previous.ms * scale ** 2 > slowLimit) {
    return {ms: undefined, note: `skipped (~${Math.round((previous.ms * scale ** 2) / 1000)} s extrapolated)`}
  }
  return {ms: time(run, 0).ms, note: ''}
}

function slope(points) {
  const xs = points.map(([x]) => Math.log(x))
  const ys = points.map(([, y]) => Math.log(y))
  const mx = xs.reduce((a, b) => a + b, 0) / xs.length
  const my = ys.reduce((a, b) => a + b, 0) / ys.length
  let num = 0
  let den = 0
  for (let k = 0; k < xs.length; k++) {
    num += (xs[k] - mx) * (ys[k] - my)
    den += (xs[k] - mx) ** 2
  }
  return num / den
}

const format = (ms) => (ms === undefined ? '—' : ms < 10 ? `${ms.toFixed(2)} ms` : `${Math.round(ms)} ms`)
const ratio = (a, b) => (a === undefined || b === undefined ? '—' : `${(a / b).toFixed(2)}×`)

async function corpusPair() {
  try {
    const text = await import('@clausewise/text')
    if (typeof text.fromText !== 'function') return undefined
    const read = (name) => text.fromText(readFileSync(join(corpusDirectory, name), 'utf8')).document
    return {old: read('mc-dec-6-17.fr.txt'), new: read('mc-dec-7-17.fr.txt')}
  } catch {
    return undefined
  }
}

/** Run the benchmark, print a table, and return its rows. */
export async function run() {
  const sizes = [16e3, 160e3, 1.6e6, ...(quick ? [] : [8e6])]
  const rows = []
  let previousJsdiff
  let previousDmp
  let previousSize
  for (const bytes of sizes) {
    const documents = pair(bytes, 42)
    const oldText = plainText(documents.old)
    const newText = plainText(documents.new)
    const ours = time(() => diff(documents.old, documents.new), bytes > 1e6 ? 0 : 500)
    const scale = previousSize ? bytes / previousSize : 1
    const jsdiff =
      quick && bytes > 200e3
        ? {ms: undefined, note: 'skipped (quick)'}
        : guarded(previousJsdiff, scale, () => diffWords(oldText, newText))
    const dmp =
      quick && bytes > 200e3
        ? {ms: undefined, note: 'skipped (quick)'}
        : guarded(previousDmp, scale, () => dmpWords(oldText, newText))
    const git = gitWordDiff(oldText, newText)
    if (jsdiff.ms !== undefined) previousJsdiff = jsdiff
    else if (previousJsdiff) previousJsdiff = {ms: previousJsdiff.ms * scale ** 2}
    if (dmp.ms !== undefined) previousDmp = dmp
    else if (previousDmp) previousDmp = {ms: previousDmp.ms * scale ** 2}
    previousSize = bytes
    const stats = ours.result.stats
    rows.push({
      name: `diff ${Math.round(oldText.length / 1000)} KB`,
      bytes: oldText.length,
      clauses: ours.result.clauses.length,
      ours: ours.ms,
      jsdiff: jsdiff.ms,
      jsdiffNote: jsdiff.note,
      dmp: dmp.ms,
      dmpNote: dmp.note,
      git,
      found: `${stats.modified} modified, ${stats.inserted} inserted, ${stats.deleted} deleted, ${stats.moved} moved`,
    })
  }
  console.log(
    '| size | clauses | ours | jsdiff diffWords | diff-match-patch (words) | git --word-diff | ours/git | ours/jsdiff | found |',
  )
  console.log('|---|---|---|---|---|---|---|---|---|')
  for (const row of rows) {
    console.log(
      `| ${row.name.slice(5)} | ${row.clauses} | ${format(row.ours)} | ${format(row.jsdiff)} ${row.jsdiffNote} | ${format(row.dmp)} ${row.dmpNote} | ${format(row.git)} | ${ratio(row.ours, row.git)} | ${ratio(row.ours, row.jsdiff)} | ${row.found} |`,
    )
  }
  const exponent = slope(rows.map((row) => [row.bytes, row.ours]))
  console.log(`\ngrowth exponent of ours (slope of log time against log size): ${exponent.toFixed(2)}`)
  rows.push({name: 'growth exponent', exponent})

  const corpus = await corpusPair()
  if (corpus) {
    const measured = time(() => diff(corpus.old, corpus.new), 1000)
    console.log(`6/17 against 7/17 (parsing excluded): ${format(measured.ms)}`)
    rows.push({name: 'diff 6/17 vs 7/17', ours: measured.ms})
  } else {
    console.log('6/17 against 7/17: skipped (@clausewise/text is not built or does not export fromText yet)')
  }

  const next = random(7)
  const base = pair(16e3, 7).old
  const count = quick ? 200 : 1000
  const many = [base]
  for (let k = 1; k < count; k++) many.push(next() < 0.5 ? base : pair(16e3, 7 + (k % 5)).new)
  const multi = time(() => compare(many), 0)
  console.log(
    `compare on ${count} decisions of ~16 KB: ${format(multi.ms)} (${multi.result.groups.length} groups)`,
  )
  rows.push({name: `compare ${count} decisions`, ours: multi.ms, groups: multi.result.groups.length})
  return rows
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await run()

// Benchmark of @clausewise/docx: writing a Word redline (`toDocxRedline`, the comparison given) of two
// documents of ~16 KB, 160 KB and 1.6 MB of text (~1 % of words edited, 1 % of clauses inserted and
// deleted, some moved), against the HTML redline of the same comparison as a baseline measured in the
// same run; then `toDocx` and `fromDocx` of the new document, and of an act in the frame convention
// beside its decision shape. The budget: a redline of two 1.6 MB
// documents in at most 1 s. Run alone after `pnpm build`: `node packages/docx/bench/redline.mjs`
// (`--quick` or `BENCH_QUICK=1` skips 1.6 MB).
import {readdirSync, readFileSync} from 'node:fs'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {diff} from '@clausewise/diff'
import {fromDocx, toDocx, toDocxRedline} from '@clausewise/docx'
import {toHtmlRedline} from '@clausewise/html'
import {assignEIds, decisionShape, emptyMeta} from '@clausewise/model'

const here = dirname(fileURLToPath(import.meta.url))
const corpusDirectory = join(here, '../../../../shared/corpus/osce')
const quick = process.argv.includes('--quick') || process.env.BENCH_QUICK === '1'
const budget = 1000

/** Deterministic pseudo-random numbers (mulberry32): every run measures the same documents. */
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

function clauseText(next) {
  const length = 30 + Math.floor(next() * 80)
  const start = Math.floor(next() * (words.length - length))
  return `${words.slice(start, start + length).join(' ')} ;`
}

function build(recitals, paragraphs) {
  return assignEIds({
    type: 'document',
    documentType: 'statement',
    name: 'decision',
    meta: emptyMeta('fr'),
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
  })
}

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
    const tokens = text.split(' ')
    for (let index = 0; index < tokens.length - 1; index++) {
      if (next() < 0.01) tokens[index] = words[Math.floor(next() * words.length)]
    }
    edited.push(tokens.join(' '))
    if (roll > 0.99) edited.push(clauseText(next))
  }
  for (let move = 0; move < Math.max(1, Math.floor(old.length / 500)); move++) {
    const [clause] = edited.splice(Math.floor(next() * edited.length), 1)
    edited.splice(Math.floor(next() * edited.length), 0, clause)
  }
  const split = (list) =>
    build(list.slice(0, Math.floor(list.length * 0.2)), list.slice(Math.floor(list.length * 0.2)))
  return {old: split(old), new: split(edited)}
}

/**
 * Median wall-clock time of repeated runs (at least 3, for at most ~`spend` ms), and the median CPU
 * time of this process over the same runs: on a machine shared with other work the wall clock counts
 * the waiting too, the CPU time only our work.
 */
function time(fn, spend = 2000) {
  const walls = []
  const cpus = []
  const start = performance.now()
  while (walls.length < 3 || (performance.now() - start < spend && walls.length < 20)) {
    const cpu = process.cpuUsage()
    const begin = performance.now()
    fn()
    walls.push(performance.now() - begin)
    const used = process.cpuUsage(cpu)
    cpus.push((used.user + used.system) / 1000)
  }
  const median = (list) => list.sort((a, b) => a - b)[Math.floor(list.length / 2)]
  return {wall: median(walls), cpu: median(cpus)}
}

const ms = ({wall, cpu}) => `${wall.toFixed(0)} ms (CPU ${cpu.toFixed(0)} ms)`

/** Run the benchmark and print its table. */
export async function run() {
  const sizes = quick ? [16_000, 160_000] : [16_000, 160_000, 1_600_000]
  console.log(
    '| text | toDocxRedline | toHtmlRedline (baseline) | ratio | toDocx | fromDocx | redline budget (CPU) |',
  )
  console.log('|---|---|---|---|---|---|---|')
  for (const size of sizes) {
    const documents = pair(size, 7)
    const comparison = diff(documents.old, documents.new)
    const redline = time(() => toDocxRedline(comparison, documents.new, documents.old))
    const html = time(() => toHtmlRedline(comparison))
    const write = time(() => toDocx(documents.new))
    const bytes = toDocx(documents.new)
    const read = time(() => fromDocx(bytes))
    const verdict =
      size >= 1_600_000 ? (redline.cpu <= budget ? `ok (≤ ${budget} ms)` : `OVER ${budget} ms`) : ''
    console.log(
      `| ${(size / 1000).toFixed(0)} KB | ${ms(redline)} | ${ms(html)} | ${(redline.cpu / html.cpu).toFixed(2)}× | ${ms(write)} | ${ms(read)} | ${verdict} |`,
    )
  }
}

/**
 * An act of about `bytes` of text outside the decision's vocabulary, written in the frame convention:
 * chapters of sections, each an introduction, a block list of lettered items and a table of two
 * columns, as acts have them.
 */
function act(bytes, seed) {
  const next = random(seed)
  const text = (value) => [{type: 'text', value}]
  const chapters = []
  let size = 0
  while (size < bytes) {
    const sections = []
    for (let section = 1; section <= 10 && size < bytes; section++) {
      const items = ['a', 'b', 'c'].map((letter) => {
        const words = clauseText(next)
        size += words.length
        return {type: 'item', eId: '', children: [{type: 'num', value: `(${letter})`}, p(words)]}
      })
      const rows = [0, 1, 2].map(() => ({
        type: 'tr',
        eId: '',
        children: [0, 1].map(() => {
          const words = clauseText(next).slice(0, 60)
          size += words.length
          return {type: 'td', children: [p(words)]}
        }),
      }))
      const intro = clauseText(next)
      size += intro.length
      sections.push({
        type: 'hcontainer',
        name: 'section',
        eId: '',
        children: [
          {type: 'num', value: `${section}.`},
          {type: 'heading', children: text(`Section ${section}`)},
          {
            type: 'content',
            children: [p(intro), {type: 'blockList', children: items}, {type: 'table', children: rows}],
          },
        ],
      })
    }
    chapters.push({
      type: 'hcontainer',
      name: 'chapter',
      eId: '',
      children: [{type: 'num', value: `Chapter ${chapters.length + 1}`}, ...sections],
    })
  }
  return assignEIds({
    type: 'document',
    documentType: 'act',
    name: 'act',
    meta: emptyMeta('en'),
    children: [{type: 'body', children: chapters}],
  })
}

/** Run the frame convention's table: `toDocx` and `fromDocx` of an act, and of its decision shape. */
export async function runFrames() {
  const sizes = quick ? [16_000, 160_000] : [16_000, 160_000, 1_600_000]
  console.log(
    '\n| act text | toDocx (frames) | fromDocx (frames) | toDocx (decision shape) | fromDocx (decision shape) |',
  )
  console.log('|---|---|---|---|---|')
  for (const size of sizes) {
    const document = act(size, 11)
    const shaped = decisionShape(document)
    const framed = toDocx(document)
    const flat = toDocx(shaped)
    console.log(
      `| ${(size / 1000).toFixed(0)} KB | ${ms(time(() => toDocx(document)))} | ${ms(time(() => fromDocx(framed)))} | ${ms(time(() => toDocx(shaped)))} | ${ms(time(() => fromDocx(flat)))} |`,
    )
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await run()
  await runFrames()
}

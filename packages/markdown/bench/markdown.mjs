// Markdown reading, writing and redlining: speed and growth, against remark-parse alone on the same
// input (its parse, measured in the same run, is the baseline). Needs the built packages:
//   pnpm build && node packages/markdown/bench/markdown.mjs      (BENCH_QUICK=1 for the smaller sizes)
// Prints CPU milliseconds, MB/s, the ratio to remark-parse, and the growth exponent between sizes
// (1 = linear). The shapes are the ones micromark reads in quadratic time (issue 16): for those,
// remark-parse alone is measured at small sizes only, where it still finishes, and its exponent shown.
import {fileURLToPath} from 'node:url'
import {diff} from '@clausewise/diff'
import {fromMarkdown, remarkClausewiseSyntax, toMarkdown, toMarkdownRedline} from '@clausewise/markdown'
import remarkParse from 'remark-parse'
import {unified} from 'unified'

const quick = process.env.BENCH_QUICK === '1'

/**
 * The best of `runs` measures of `run`, in milliseconds of CPU time (user and system): on a machine
 * shared with other work, the process's own CPU time is what the code costs; the best of several runs
 * is the least disturbed.
 */
function best(run, runs = 3) {
  let fastest = Number.POSITIVE_INFINITY
  for (let index = 0; index < runs; index++) {
    const start = process.cpuUsage()
    run()
    const used = process.cpuUsage(start)
    fastest = Math.min(fastest, (used.user + used.system) / 1000)
  }
  return fastest
}

const exponent = (small, large, ratio) => Math.log(large / small) / Math.log(ratio)
const repeat = (unit, size) => unit.repeat(Math.ceil(size / unit.length))

/** Inputs of about `size` characters, by shape. */
const shapes = {
  // Reference shapes: what drafts are made of.
  'decision (paragraphs, points, notes)': (size) =>
    `Le Conseil ministériel,\n\nRappelant la décision[^1],\n\n${repeat(
      '1. Décide de *renforcer* la coopération ;\n\n   a) avec les **États** participants ;\n\n   b) avec les [partenaires](https://osce.org) ;\n\n',
      size,
    )}[^1]: Note.\n`,
  'long lines (one paragraph)': (size) => repeat('word ', size),
  'table rows | x | y |\\n': (size) => `| a | b |\n| - | - |\n${repeat('| x | *y* |\n', size)}`,
  'one wide table row': (size) => `| a |\n| - |\n|${repeat(' x |', size)}\n`,
  // Quadratic in micromark alone.
  'setext underlines a\\n=\\n': (size) => repeat('a\n=\n', size),
  'lines in one list item (lazy)': (size) => `- a\n${repeat('b\n', size)}`,
  'lines in one quote (lazy)': (size) => `> a\n${repeat('b\n', size)}`,
  'quote lines > a\\n': (size) => repeat('> a\n', size),
  'stacked items - - x\\n': (size) => repeat('- - x\n', size),
  'nested lists, depth 0–400': (size) => {
    const lines = []
    let length = 0
    for (let index = 0; length < size; index++) {
      const line = `${' '.repeat(2 * (index % 400))}- x\n`
      lines.push(line)
      length += line.length
    }
    return lines.join('')
  },
  'emphasis markers *a_': (size) => repeat('*a_', size),
  'brackets [a] ': (size) => repeat('[a] ', size),
  'closing brackets ]': (size) => repeat(']', size),
  'footnote calls x[^a] ': (size) => `${repeat('x[^a] ', size)}\n\n[^a]: b\n`,
  'footnote definitions [^a]: x\\n': (size) => repeat('[^a]: x\n', size),
  'lines of one footnote definition': (size) => `[^a]: x\n${repeat('    y\n', size)}`,
  'superscripts ^a ': (size) => repeat('^a ', size),
  'bare hosts www.a.com ': (size) => repeat('www.a.com ', size),
}

const remark = unified().use(remarkParse)
const syntax = unified().use(remarkParse).use(remarkClausewiseSyntax)

/** remark-parse alone: at each size, or only at small sizes when it grows faster than linearly. */
function baseline(make, sizes) {
  const small = [16_000, 32_000].map((size) => best(() => remark.parse(make(size)), 2))
  const growth = exponent(small[0], small[1], 2)
  if (growth > 1.5)
    return {
      growth,
      text: `remark-parse alone ×${growth.toFixed(2)} exponent (16→32 KB: ${small[0].toFixed(0)} → ${small[1].toFixed(0)} ms), too slow to measure larger`,
    }
  return {growth, times: sizes.map((size) => best(() => remark.parse(make(size)), 2))}
}

export async function run() {
  const sizes = quick ? [250_000, 500_000] : [500_000, 1_000_000, 2_000_000]
  const ratio = sizes.at(-1) / sizes[0]
  console.log(`Reading (fromMarkdown), sizes ${sizes.map((size) => `${size / 1_000_000} MB`).join(', ')}:`)
  let slowest = Number.POSITIVE_INFINITY
  for (const [label, make] of Object.entries(shapes)) {
    const reads = []
    const parses = []
    for (const size of sizes) {
      const input = make(size)
      parses.push(best(() => syntax.parse(input)))
      reads.push(best(() => fromMarkdown(input)))
    }
    const base = baseline(make, sizes)
    const speed = (sizes.at(-1) / 1_000_000 / (reads.at(-1) / 1000)).toFixed(1)
    slowest = Math.min(slowest, Number(speed))
    const against = base.times
      ? `${(reads.at(-1) / base.times.at(-1)).toFixed(2)}× remark-parse (${base.times.at(-1).toFixed(0)} ms, exponent ${exponent(base.times[0], base.times.at(-1), ratio).toFixed(2)})`
      : base.text
    console.log(
      `${label.padEnd(38)} read ${reads.map((time) => time.toFixed(0)).join(' / ')} ms, ${speed} MB/s, exponent ${exponent(reads[0], reads.at(-1), ratio).toFixed(2)} (syntax alone ${parses.at(-1).toFixed(0)} ms); ${against}`,
    )
  }
  console.log(`slowest shape: ${slowest} MB/s at ${sizes.at(-1) / 1_000_000} MB`)

  // Front matter with many keys and aliases: refused past the limits, counted first (the YAML is never
  // built).
  const keys = (count) =>
    `---\n${Array.from({length: count}, (_, index) => `k${index}: v`).join('\n')}\n---\n\nx\n`
  const refused = best(() => fromMarkdown(keys(100_000)))
  console.log(`front matter of 100,000 keys (refused past maxFrontMatterKeys): ${refused.toFixed(0)} ms`)

  // Writing and redlining decisions of many clauses: the redline of a shuffle (every third clause
  // deleted, every fifth pair swapped) is linear in the number of clauses.
  const counts = quick ? [5_000, 10_000] : [10_000, 20_000, 40_000]
  const decision = (count) =>
    `Le Conseil,\n\n${Array.from({length: count}, (_, index) => `${index + 1}. Décide de rester saisi de la question ${index} ;`).join('\n\n')}\n`
  const writes = []
  const redlines = []
  for (const count of counts) {
    const before = fromMarkdown(decision(count)).document
    writes.push(best(() => toMarkdown(before), 2))
    const after = structuredClone(before)
    const body = after.children.find((part) => part.type === 'mainBody')
    body.children = body.children.filter((_, index) => index % 3 !== 0)
    for (let index = 0; index + 1 < body.children.length; index += 5)
      [body.children[index], body.children[index + 1]] = [body.children[index + 1], body.children[index]]
    const comparison = diff(before, after)
    redlines.push(best(() => toMarkdownRedline(comparison, before, after), 1))
  }
  const growth = counts.at(-1) / counts[0]
  console.log(
    `toMarkdown of ${counts.map((count, index) => `${count} clauses ${writes[index].toFixed(0)} ms`).join(', ')}; exponent ${exponent(writes[0], writes.at(-1), growth).toFixed(2)}`,
  )
  console.log(
    `toMarkdownRedline of ${counts.map((count, index) => `${count} shuffled clauses ${redlines[index].toFixed(0)} ms`).join(', ')}; exponent ${exponent(redlines[0], redlines.at(-1), growth).toFixed(2)}`,
  )
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await run()

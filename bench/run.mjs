// `pnpm bench`: every benchmark of clausewise against its baselines, measured the same way (each tool
// in a process of its own, by its own CPU time and peak RSS, warm-up and interleaved rounds). Prints
// Markdown tables and writes them with the raw figures to `bench/results/{full,quick}.{md,json}`.
//
//   pnpm bench                 the full run (≤ 15 min on 2 cores)
//   pnpm bench --quick         a short run: smaller sizes, one round
//   pnpm bench --only diff     only the sections whose name contains `diff`
import {execFileSync} from 'node:child_process'
import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {cpus, loadavg, tmpdir, totalmem} from 'node:os'
import {dirname, join} from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {bulkFiles} from './lib/corpus.mjs'

const here = dirname(fileURLToPath(import.meta.url))
const argv = process.argv.slice(2)
const quick = argv.includes('--quick') || process.env.BENCH_QUICK === '1'
const onlyAt = argv.indexOf('--only')
const only = onlyAt === -1 ? undefined : argv[onlyAt + 1]

const sections = [
  {name: 'diff-pairs', title: 'Read + diff of planted pairs'},
  {name: 'compare', title: 'N-way compare of distinct decisions'},
  {name: 'readers', title: 'Readers against their parsers alone'},
  {name: 'cli', title: 'CLI start-up'},
  {name: 'hostile', title: 'Hostile shapes (issue 16)'},
  {name: 'packages', title: 'Package benches'},
]

function uptime() {
  try {
    return execFileSync('uptime', {encoding: 'utf8'}).trim()
  } catch {
    return `load average: ${loadavg()
      .map((value) => value.toFixed(2))
      .join(', ')}`
  }
}

function machine() {
  const git = execFileSync('git', ['--version'], {encoding: 'utf8'}).trim()
  return {
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    memory: `${Math.round(totalmem() / 2 ** 30)} GiB`,
    node: process.version,
    git,
    date: new Date().toISOString(),
  }
}

bulkFiles() // fails loudly when the corpus is missing
const directory = mkdtempSync(join(tmpdir(), 'clausewise-bench-'))
const started = performance.now()
const info = {...machine(), mode: quick ? 'quick' : 'full', loadBefore: uptime()}
const log = (line) => process.stderr.write(`${line}\n`)
const output = {machine: info, sections: {}}
const parts = []
try {
  for (const section of sections) {
    if (only && !section.name.includes(only)) continue
    log(`\n# ${section.title}`)
    const module = await import(pathToFileURL(join(here, 'sections', `${section.name}.mjs`)).href)
    const sectionStart = performance.now()
    const result = await module.run({quick, directory, log})
    const seconds = ((performance.now() - sectionStart) / 1000).toFixed(0)
    output.sections[section.name] = {...result.data, seconds: Number(seconds), load: uptime()}
    parts.push(`### ${section.title}\n\n${result.markdown}\n`)
    process.stdout.write(`\n### ${section.title}\n\n${result.markdown}\n`)
  }
} finally {
  rmSync(directory, {recursive: true, force: true})
}
info.loadAfter = uptime()
info.seconds = Math.round((performance.now() - started) / 1000)
const header = [
  `Measured ${info.date.slice(0, 16).replace('T', ' ')} UTC (${info.mode} run, ${info.seconds} s) on ${info.cores} × ${info.cpu}, ${info.memory}, Node ${info.node}, ${info.git}.`,
  `Load before: \`${info.loadBefore}\`; after: \`${info.loadAfter}\`.`,
].join('\n')
const markdown = `${header}\n\n${parts.join('\n')}`
process.stdout.write(`\n${header}\n`)
// A partial run (`--only`) is written beside the full results, never over them (and is not committed).
const name = only ? 'partial' : info.mode
mkdirSync(join(here, 'results'), {recursive: true})
writeFileSync(join(here, 'results', `${name}.md`), markdown)
writeFileSync(join(here, 'results', `${name}.json`), `${JSON.stringify(output, null, 2)}\n`)
log(`\nwritten: bench/results/${name}.md and .json`)

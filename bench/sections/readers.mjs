// Each reader against the parser it is built on, alone, at four sizes: `fromMarkdown` against
// remark-parse alone (CommonMark, without the GFM and front-matter syntax the reader adds), `fromAkn` against fast-xml-parser
// (validate + order-preserving parse, as the reader calls it), and `fromText` against one pass that
// splits lines and finds every word (the least any text reader does). Each in a process of its own,
// measured once warmed up (runs repeated until two agree: see child/reader-tool.mjs), with the first
// run of the fresh process shown beside (what a one-off CLI call pays).
import {writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {growth, mib, ms, spread, table, times} from '../lib/format.mjs'
import {growthExponent, runNodeChild, summary} from '../lib/measure.mjs'
import {readerInput} from '../lib/reader-inputs.mjs'

const benches = [
  {
    kind: 'bulk',
    reader: 'fromText',
    baseline: 'wordPass',
    label: 'text: `fromText` over the bulk GA texts vs one word pass',
    // A quarter, half and all of the 587 texts (each read on its own, as a user reads a corpus).
    scales: [0.25, 0.5, 1],
    quickScales: [0.25, 0.5, 1],
    list: true,
  },
  {
    kind: 'text',
    reader: 'fromText',
    baseline: 'wordPass',
    label: 'text: `fromText` vs one word pass',
    scales: [160e3, 500e3, 1.6e6, 8e6],
    quickScales: [160e3, 500e3, 1.6e6],
  },
  {
    kind: 'markdown',
    reader: 'fromMarkdown',
    baseline: 'remarkParse',
    label: 'Markdown: `fromMarkdown` vs remark-parse alone',
    scales: [1, 4, 16, 64],
    quickScales: [1, 4, 16],
  },
  {
    kind: 'akn',
    reader: 'fromAkn',
    baseline: 'fastXmlParser',
    label: 'AKN: `fromAkn` vs fast-xml-parser (validate + parse)',
    scales: [1, 2, 4, 8],
    quickScales: [1, 2, 4],
  },
]

/** Run the section; returns `{markdown, data}`. */
export async function run({quick, directory, log}) {
  const rounds = quick ? 1 : 2
  const limitMs = quick ? 30_000 : 120_000
  const data = {}
  const rows = []
  const growthRows = []
  for (const bench of benches) {
    const results = {}
    const stopped = {}
    const warm = join(directory, `reader-${bench.kind}-warm`)
    writeFileSync(warm, readerInput({kind: bench.kind, small: true}))
    const list = bench.list === true
    for (const scale of quick ? bench.quickScales : bench.scales) {
      const input = join(directory, `reader-${bench.kind}-${scale}`)
      writeFileSync(input, readerInput({kind: bench.kind, scale}))
      const entry = {tools: {}}
      results[scale] = entry
      for (let round = 0; round < rounds; round++) {
        for (const tool of round % 2 ? [bench.baseline, bench.reader] : [bench.reader, bench.baseline]) {
          entry.tools[tool] ??= {rounds: []}
          const record = entry.tools[tool]
          if (stopped[tool] || record.failed) {
            record.failed ??= `not run: ${stopped[tool]}`
            continue
          }
          const outcome = runNodeChild('reader-tool.mjs', {tool, input, warm, list}, {limitMs})
          if (!outcome.ok) {
            record.failed = outcome.timedOut
              ? `killed: over the ${limitMs / 1000} s CPU limit`
              : `failed: ${outcome.error}`
            stopped[tool] = `${record.failed} at a smaller size`
            continue
          }
          record.rounds.push(outcome.value)
          entry.bytes = outcome.value.bytes
        }
      }
      for (const record of Object.values(entry.tools)) {
        if (record.rounds.length === 0) continue
        record.cpu = summary(record.rounds.map((value) => value.cpu))
        record.first = summary(record.rounds.map((value) => value.first))
        record.peakRss = summary(record.rounds.map((value) => value.peakRss))
      }
      const reader = entry.tools[bench.reader]
      const baseline = entry.tools[bench.baseline]
      log(`readers ${bench.kind} ×${scale}: ${ms(reader.cpu?.median)} vs ${ms(baseline.cpu?.median)}`)
      const megabytes = (entry.bytes ?? 0) / 1e6
      const rate = (cpu) => (cpu ? `${(megabytes / (cpu.median / 1000)).toFixed(1)} MB/s` : '')
      rows.push([
        bench.label,
        entry.bytes ? `${megabytes.toFixed(2)} MB` : '—',
        reader.cpu ? `${spread(reader.cpu)}, ${rate(reader.cpu)}` : reader.failed,
        reader.first ? `${spread(reader.first)}, ${rate(reader.first)}` : '—',
        baseline.cpu ? `${spread(baseline.cpu)}, ${rate(baseline.cpu)}` : baseline.failed,
        reader.cpu && baseline.cpu ? times(reader.cpu.median / baseline.cpu.median) : '—',
        `${mib(reader.peakRss?.median)} / ${mib(baseline.peakRss?.median)}`,
      ])
    }
    const exponent = (tool) =>
      growthExponent(
        Object.values(results)
          .filter((entry) => entry.tools[tool]?.cpu)
          .map((entry) => [entry.bytes, entry.tools[tool].cpu.median]),
        3,
      )
    growthRows.push([bench.label, growth(exponent(bench.reader)), growth(exponent(bench.baseline))])
    data[bench.kind] = {
      results,
      exponent: {reader: exponent(bench.reader), baseline: exponent(bench.baseline)},
    }
  }
  const markdown = `${table(['reader vs parser alone', 'input', 'reader CPU, throughput (warmed up)', 'reader, first run in a fresh process', 'parser alone (warmed up)', 'ratio (warmed up)', 'peak RSS reader / parser'], rows)}\n\n${table(['', 'growth exponent: reader', 'parser alone'], growthRows)}`
  return {data, markdown}
}

// The hostile shapes of issue 16 (../lib/shapes.mjs), each at 2–3 sizes in a process of its own with a
// time limit; a shape that passes it, or aborts, is reported as such. Each size is timed beside the
// same call on an ordinary input of the same size in the same process (the baseline): the ratio is
// what the shape costs beyond its size. The sizes double; the growth exponent is the slope of log CPU
// time against log size (≤ 1.2 is near-linear), and `2^exponent` the cost of one doubling.
import {growth, mib, ms, table, times} from '../lib/format.mjs'
import {growthExponent, runNodeChild} from '../lib/measure.mjs'
import {shapes} from '../lib/shapes.mjs'

/** Run the section; returns `{markdown, data}`. */
export async function run({quick, log}) {
  const limitMs = quick ? 10_000 : 30_000
  const data = {}
  const rows = []
  for (const [name, shape] of Object.entries(shapes)) {
    const sizes = quick ? shape.sizes.slice(0, 2) : shape.sizes
    const results = []
    let stopped
    for (const size of sizes) {
      if (stopped) {
        results.push({size, failed: `not run: ${stopped}`})
        continue
      }
      const outcome = runNodeChild(
        'hostile-tool.mjs',
        {shape: name, size},
        {limitMs, nodeOptions: ['--max-old-space-size=4096']},
      )
      if (outcome.ok) results.push({size, ...outcome.value})
      else {
        const failed = outcome.timedOut
          ? `killed: over the ${limitMs / 1000} s CPU limit`
          : `aborted: ${outcome.error.slice(0, 120)}`
        results.push({size, failed})
        stopped = `${failed.split(':')[0]} at ${size.toLocaleString('en')}`
      }
      const last = results[results.length - 1]
      log(`hostile ${name} ${size}: ${last.failed ?? `${ms(last.cpu)} ${last.outcome}`}`)
    }
    const done = results.filter((result) => result.cpu !== undefined)
    const exponent = growthExponent(
      done.map((result) => [result.size, Math.max(result.cpu, 0.1)]),
      2,
    )
    data[name] = {results, exponent}
    const cells = results.map((result) =>
      result.failed
        ? `${result.size.toLocaleString('en')}: ${result.failed}`
        : `${result.size.toLocaleString('en')}: ${ms(result.cpu)} (${result.baselineCpu > 0 ? times(result.cpu / result.baselineCpu) : '—'} ordinary), ${mib(result.peakRss)}${result.outcome === 'ok' ? '' : `, ${result.outcome}`}`,
    )
    rows.push([shape.label, shape.unit, cells.join('<br>'), growth(exponent)])
  }
  const markdown = `${table(['shape', 'size in', 'CPU (÷ the same call on an ordinary input of that size), peak RSS (and the error code when refused) at each size', 'growth exponent'], rows)}\n\nLimit ${limitMs / 1000} s of CPU per run; a shape killed or aborted at one size is not run at larger ones. Ordinary inputs: plain numbered paragraphs of the same length (Markdown, text), the same paragraphs without entities (AKN), the same paragraphs kept in order (diff, redlines). Peak RSS covers both calls.`
  return {data, markdown}
}

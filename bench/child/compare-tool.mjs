// N-way compare in a process of its own: `node compare-tool.mjs '<json>'` with `{files, streaming}`.
// Reads every text with `fromText` and compares them all (`streaming`: one at a time through an
// iterable, each document dropped once indexed, where the differ accepts one), after a warm-up on the
// first ten. Prints CPU of reading and of comparing, peak RSS and the result's counts.
import {readFileSync} from 'node:fs'
import {compare} from '@clausewise/diff'
import {fromText} from '@clausewise/text'

const spec = JSON.parse(process.argv[2])

function cpuOf(run) {
  const start = process.cpuUsage()
  const value = run()
  const used = process.cpuUsage(start)
  return {value, cpu: (used.user + used.system) / 1000}
}

const readOne = (file) => fromText(readFileSync(file, 'utf8')).document
compare(spec.files.slice(0, 10).map(readOne))

let result
let read = 0
let compared = 0
if (spec.streaming) {
  // Reading happens inside compare's iteration: its CPU is timed per document and subtracted.
  function* documents() {
    for (const file of spec.files) {
      const one = cpuOf(() => readOne(file))
      read += one.cpu
      yield one.value
    }
  }
  const whole = cpuOf(() => compare(documents()))
  result = whole.value
  compared = whole.cpu - read
} else {
  const documents = cpuOf(() => spec.files.map(readOne))
  read = documents.cpu
  const comparison = cpuOf(() => compare(documents.value))
  compared = comparison.cpu
  result = comparison.value
}
const peakRss = process.resourceUsage().maxRSS * 1024
process.stdout.write(`${JSON.stringify({read, compare: compared, peakRss, stats: result.stats})}\n`)

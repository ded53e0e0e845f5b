// One hostile shape at one size, in a process of its own: `node hostile-tool.mjs '<json>'` with
// `{shape, size}`. Builds the input (not timed), warms up on an eighth of the size, then times one call.
// Prints CPU, wall, peak RSS and how the call ended (`ok`, or the error's code).
import {shapes} from '../lib/shapes.mjs'

const spec = JSON.parse(process.argv[2])
const shape = shapes[spec.shape]

function attempt(run) {
  try {
    run()
    return 'ok'
  } catch (error) {
    return error?.code ?? error?.name ?? 'error'
  }
}

const warm = await shape.prepare(Math.max(1, Math.floor(spec.size / 8)))
attempt(warm.run)
const {run} = await shape.prepare(spec.size)
const start = process.cpuUsage()
const begin = performance.now()
const outcome = attempt(run)
const used = process.cpuUsage(start)
const wall = performance.now() - begin
const peakRss = process.resourceUsage().maxRSS * 1024
process.stdout.write(`${JSON.stringify({cpu: (used.user + used.system) / 1000, wall, peakRss, outcome})}\n`)

// One hostile shape at one size, in a process of its own: `node hostile-tool.mjs '<json>'` with
// `{shape, size}`. Builds the input (not timed), warms up on an eighth of the size, then times the same
// call on the shape's ordinary input of the same size (the baseline) and on the shape. Prints both CPU
// times, wall, peak RSS and how the call ended (`ok`, or the error's code).
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
attempt(warm.baseline)
const {run, baseline} = await shape.prepare(spec.size)
const baselineStart = process.cpuUsage()
attempt(baseline)
const baselineUsed = process.cpuUsage(baselineStart)
const start = process.cpuUsage()
const begin = performance.now()
const outcome = attempt(run)
const used = process.cpuUsage(start)
const wall = performance.now() - begin
const peakRss = process.resourceUsage().maxRSS * 1024
process.stdout.write(
  `${JSON.stringify({
    cpu: (used.user + used.system) / 1000,
    baselineCpu: (baselineUsed.user + baselineUsed.system) / 1000,
    wall,
    peakRss,
    outcome,
  })}\n`,
)

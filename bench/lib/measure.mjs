// How every tool is measured: in a process of its own, by that process's own CPU time (user + system)
// and peak resident memory, never by the wall time of a spawn around it. The time limit is on CPU time
// too (`ulimit -t`, so that a loaded machine does not kill a tool a quiet one would let finish), with
// a wall-clock guard of four times as much; a run past either is killed and reported as such.
import {spawnSync} from 'node:child_process'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'

const here = dirname(fileURLToPath(import.meta.url))

/**
 * Run a Node child script with one JSON argument; it prints its result as the last line of stdout.
 * Returns `{ok: true, value}`, `{ok: false, timedOut: true}` or `{ok: false, error}`.
 */
export function runNodeChild(script, spec, {limitMs, nodeOptions = []}) {
  const seconds = Math.max(1, Math.ceil(limitMs / 1000))
  const outcome = spawnSync(
    '/bin/sh',
    [
      '-c',
      `ulimit -t ${seconds}; exec "$@"`,
      'sh',
      process.execPath,
      ...nodeOptions,
      join(here, '../child', script),
      JSON.stringify(spec),
    ],
    {
      encoding: 'utf8',
      timeout: limitMs * 4,
      killSignal: 'SIGKILL',
      maxBuffer: 1 << 26,
    },
  )
  const killed = outcome.signal === 'SIGXCPU' || outcome.signal === 'SIGKILL'
  if (outcome.error?.code === 'ETIMEDOUT' || (killed && outcome.status === null)) {
    return {ok: false, timedOut: true}
  }
  if (outcome.status !== 0) {
    const message = (outcome.stderr || '').trim().split('\n').slice(-3).join(' ')
    return {ok: false, error: message || `exit ${outcome.status} ${outcome.signal ?? ''}`}
  }
  const lines = outcome.stdout.trim().split('\n')
  return {ok: true, value: JSON.parse(lines[lines.length - 1])}
}

/**
 * Run a shell command `count` times in one loop under `/usr/bin/time`: CPU (user + system of the whole
 * loop, children included) and wall per run, and the peak RSS of the largest process. This is what
 * `time (for i in $(seq N); do …; done)` shows by hand.
 */
export function runShellLoop(command, {count, cwd, limitMs}) {
  const loop = `for ((run = 0; run < ${count}; run++)); do ${command} >/dev/null; done`
  const outcome = spawnSync('/usr/bin/time', ['-f', 'TIME %e %U %S %M', 'bash', '-c', loop], {
    cwd,
    encoding: 'utf8',
    timeout: limitMs,
    killSignal: 'SIGKILL',
  })
  if (outcome.error?.code === 'ETIMEDOUT') return {ok: false, timedOut: true}
  const line = (outcome.stderr ?? '').split('\n').find((text) => text.startsWith('TIME '))
  if (!line) return {ok: false, error: (outcome.stderr ?? '').trim() || String(outcome.error)}
  const [wall, user, system, rssKb] = line.slice(5).split(' ').map(Number)
  return {
    ok: true,
    value: {
      runs: count,
      wall: (wall * 1000) / count,
      cpu: ((user + system) * 1000) / count,
      user: (user * 1000) / count,
      system: (system * 1000) / count,
      peakRss: rssKb * 1024,
    },
  }
}

/** Median of numbers. */
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = sorted.length >> 1
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

/** Median, least and greatest of a list of numbers. */
export function summary(values) {
  return {median: median(values), min: Math.min(...values), max: Math.max(...values), n: values.length}
}

/**
 * Growth exponent: the least-squares slope of log(time) against log(size). `undefined` with fewer
 * than `least` points.
 */
export function growthExponent(points, least = 4) {
  if (points.length < least) return undefined
  const xs = points.map(([x]) => Math.log(x))
  const ys = points.map(([, y]) => Math.log(y))
  const mx = xs.reduce((a, b) => a + b, 0) / xs.length
  const my = ys.reduce((a, b) => a + b, 0) / ys.length
  let numerator = 0
  let denominator = 0
  for (let k = 0; k < xs.length; k++) {
    numerator += (xs[k] - mx) * (ys[k] - my)
    denominator += (xs[k] - mx) ** 2
  }
  return numerator / denominator
}

/**
 * Warm a tool up on its measured input until two runs in a row agree within 10 % (V8 optimises a large
 * reader over several runs): `run()` returns a run's CPU milliseconds, `first` is the run already made;
 * at most `most` runs, each started only while `mayRun(spent, previous)` (the warm-up's CPU so far and
 * the last run's) allows. Returns how many warm-up runs were made.
 */
export function warmUntilSteady(run, first, {most, mayRun}) {
  let runs = 0
  let spent = 0
  for (let previous = first; runs < most && mayRun(spent, previous); ) {
    const cpu = run()
    runs++
    spent += cpu
    if (Math.abs(cpu - previous) <= 0.1 * previous) break
    previous = cpu
  }
  return runs
}

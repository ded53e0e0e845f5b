// The benches each package keeps in `packages/<name>/bench/*.mjs`, found by name (a new one needs no
// change here), each run alone (`node <file>`; a quick run sets `BENCH_QUICK=1`, arguments are left to each bench) under `/usr/bin/time` with a limit
// on its CPU time (`ulimit -t`) and a wall-clock guard of four times as much: its output is shown as it printed it, with its CPU time and peak RSS. None present is no error.
// A quick run sets `BENCH_QUICK=1` (arguments are left to each bench).
import {spawnSync} from 'node:child_process'
import {existsSync, readdirSync} from 'node:fs'
import {dirname, join, relative} from 'node:path'
import {fileURLToPath} from 'node:url'
import {mib, ms, table} from '../lib/format.mjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '../..')

/** Every `packages/<name>/bench/*.mjs`, sorted. */
export function packageBenches() {
  const packages = join(root, 'packages')
  const files = []
  for (const name of readdirSync(packages).sort()) {
    const folder = join(packages, name, 'bench')
    if (!existsSync(folder)) continue
    for (const file of readdirSync(folder).sort()) if (file.endsWith('.mjs')) files.push(join(folder, file))
  }
  return files
}

/** Run the section; returns `{markdown, data}`. */
export async function run({quick, log}) {
  const limitMs = quick ? 60_000 : 180_000
  const data = {}
  const rows = []
  const outputs = []
  for (const file of packageBenches()) {
    const name = relative(root, file)
    log(`package bench ${name}`)
    const seconds = limitMs / 1000
    const outcome = spawnSync(
      '/bin/sh',
      [
        '-c',
        `ulimit -t ${seconds}; exec "$@"`,
        'sh',
        '/usr/bin/time',
        '-f',
        'TIME %e %U %S %M',
        process.execPath,
        file,
      ],
      {
        cwd: dirname(dirname(file)),
        encoding: 'utf8',
        timeout: limitMs * 4,
        killSignal: 'SIGKILL',
        maxBuffer: 1 << 26,
        env: {...process.env, ...(quick ? {BENCH_QUICK: '1'} : {})},
      },
    )
    const line = (outcome.stderr ?? '').split('\n').find((text) => text.startsWith('TIME '))
    const [wall, user, system, rssKb] = line ? line.slice(5).split(' ').map(Number) : []
    const timedOut =
      outcome.error?.code === 'ETIMEDOUT' || /SIGXCPU|CPU time limit|signal 24/i.test(outcome.stderr ?? '')
    const status = timedOut
      ? `killed: over the ${seconds} s CPU limit (or ${4 * seconds} s of wall time)`
      : outcome.status === 0
        ? 'ok'
        : `exit ${outcome.status}`
    const record = {status, stdout: outcome.stdout ?? ''}
    if (line) Object.assign(record, {cpu: (user + system) * 1000, wall: wall * 1000, peakRss: rssKb * 1024})
    data[name] = record
    rows.push([`\`${name}\``, status, ms(record.cpu), ms(record.wall), mib(record.peakRss)])
    const stderr =
      outcome.status === 0
        ? ''
        : (outcome.stderr ?? '')
            .split('\n')
            .filter((text) => !text.startsWith('TIME '))
            .slice(-5)
            .join('\n')
    outputs.push(
      `#### \`${name}\`\n\n${record.stdout.trim() || '(no output)'}${stderr ? `\n\n\`\`\`\n${stderr}\n\`\`\`` : ''}\n`,
    )
  }
  if (rows.length === 0) return {data, markdown: 'No package benches found (`packages/*/bench/*.mjs`).'}
  const markdown = `${table(['bench', 'status', 'CPU (whole process)', 'wall', 'peak RSS'], rows)}\n\n${outputs.join('\n')}`
  return {data, markdown}
}

// CLI start-up: `clausewise --version` run many times in one shell loop under `/usr/bin/time`, CPU of
// the process itself (user + system) per run, beside `node -e 0` (Node's own start-up, the floor).
import {existsSync} from 'node:fs'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {mib, ms, spread, table} from '../lib/format.mjs'
import {runShellLoop, summary} from '../lib/measure.mjs'

const here = dirname(fileURLToPath(import.meta.url))
const bin = join(here, '../../packages/cli/bin/clausewise.js')

/** Run the section; returns `{markdown, data}`. */
export async function run({quick, log}) {
  if (!existsSync(bin)) throw new Error(`bench: the CLI is missing at ${bin}`)
  const count = quick ? 10 : 20
  const rounds = quick ? 2 : 5
  const commands = {
    '`clausewise --version`': `${process.execPath} ${bin} --version`,
    '`node -e 0` (Node alone)': `${process.execPath} -e 0`,
  }
  const data = {}
  for (let round = 0; round < rounds; round++) {
    const order = Object.entries(commands)
    for (const [label, command] of round % 2 ? order.reverse() : order) {
      const outcome = runShellLoop(command, {count, limitMs: 120_000})
      if (!outcome.ok) throw new Error(`bench: ${command} failed: ${outcome.error ?? 'timed out'}`)
      data[label] ??= {rounds: []}
      data[label].rounds.push(outcome.value)
    }
  }
  for (const record of Object.values(data)) {
    record.cpu = summary(record.rounds.map((value) => value.cpu))
    record.wall = summary(record.rounds.map((value) => value.wall))
    record.peakRss = summary(record.rounds.map((value) => value.peakRss))
  }
  const floor = data['`node -e 0` (Node alone)'].cpu.median
  const rows = Object.entries(data).map(([label, record]) => {
    log(`cli ${label}: ${ms(record.cpu.median)} CPU`)
    const times = `${(record.cpu.median / floor).toFixed(2)}×`
    return [label, spread(record.cpu), times, spread(record.wall), mib(record.peakRss.median)]
  })
  const markdown = `${table(['command', 'CPU per run, median (min–max)', 'CPU ÷ Node alone', 'wall', 'peak RSS'], rows)}\n\n${rounds} rounds of ${count} runs each in one shell loop; by hand: \`time (for i in $(seq 20); do node packages/cli/bin/clausewise.js --version >/dev/null; done)\` and divide user + sys by 20.`
  return {data, markdown}
}

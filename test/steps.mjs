// `pnpm test`: every step CI runs, in order, each run even when an earlier one failed, so that one red
// step never hides the verdict of the others (the AKN schema validation used to be skipped whenever a
// test failed). Prints each step's time and a summary; exits non-zero when any step failed.
//
// A step whose input an earlier step makes is still run after that step failed: it then reports its
// own errors too (e.g. the tests run from source, so they do not need the build).
import {spawnSync} from 'node:child_process'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')

/** `[name, command, arguments]`: the README's test command runs exactly these. */
const steps = [
  ['build', 'pnpm', ['run', 'build']],
  ['typecheck', 'pnpm', ['run', 'typecheck']],
  ['lint', 'pnpm', ['run', 'lint']],
  ['tests', 'pnpm', ['run', 'test:unit']],
  ['AKN schema validation', 'node', ['test/validate-akn.mjs']],
]

const only = process.argv.slice(2)
const results = []
const started = Date.now()
for (const [name, command, args] of steps) {
  if (only.length > 0 && !only.includes(name)) continue
  process.stdout.write(`\n━━ ${name}: ${command} ${args.join(' ')}\n`)
  const start = Date.now()
  const run = spawnSync(command, args, {cwd: root, stdio: 'inherit', shell: process.platform === 'win32'})
  const seconds = (Date.now() - start) / 1000
  const ok = run.status === 0
  results.push({name, ok, seconds})
  process.stdout.write(
    `━━ ${name}: ${ok ? 'passed' : `FAILED (exit ${run.status ?? run.signal})`} in ${seconds.toFixed(1)} s\n`,
  )
}

const total = (Date.now() - started) / 1000
process.stdout.write('\n━━ summary\n')
for (const {name, ok, seconds} of results)
  process.stdout.write(`  ${ok ? 'passed' : 'FAILED'}  ${name} (${seconds.toFixed(1)} s)\n`)
process.stdout.write(`  suite time: ${total.toFixed(1)} s\n`)
process.exit(results.every((result) => result.ok) ? 0 : 1)

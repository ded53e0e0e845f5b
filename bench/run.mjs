// `pnpm bench`: every benchmark, each printing its figures as ratios against a baseline measured in the
// same process (timings of one machine mean little on another; ratios travel).
// `BENCH_QUICK=1 pnpm bench` skips the largest sizes and the slowest baselines.
import {existsSync} from 'node:fs'
import {dirname, join} from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'

const here = dirname(fileURLToPath(import.meta.url))
const benches = {
  text: join(here, 'text.mjs'),
  diff: join(here, 'diff.mjs'),
  markdown: join(here, '../packages/markdown/bench/markdown.mjs'),
}
for (const [name, file] of Object.entries(benches)) {
  if (!existsSync(file)) continue
  console.log(`\n# ${name}\n`)
  const module = await import(pathToFileURL(file).href)
  await module.run()
}

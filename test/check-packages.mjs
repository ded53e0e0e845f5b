// publint --strict and attw --pack for every package (run after `pnpm build`): the published shape of
// each package is correct for ESM and CJS consumers and for TypeScript under every module resolution.
import {execFileSync} from 'node:child_process'
import {readdirSync} from 'node:fs'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const bin = (name) => join(root, 'node_modules', '.bin', name)
let failed = 0
for (const name of readdirSync(join(root, 'packages'))) {
  const directory = join(root, 'packages', name)
  for (const [tool, args] of [
    ['publint', ['--strict']],
    // The CLI's bin entry is ESM-only on purpose; attw checks the library entry of every package.
    ['attw', ['--pack', '.', '--profile', 'node16']],
  ]) {
    try {
      execFileSync(bin(tool), args, {cwd: directory, stdio: ['ignore', 'pipe', 'pipe']})
      console.log(`ok    ${tool} packages/${name}`)
    } catch (error) {
      failed++
      console.log(`FAIL  ${tool} packages/${name}\n${error.stdout}${error.stderr}`)
    }
  }
}
process.exit(failed ? 1 : 0)

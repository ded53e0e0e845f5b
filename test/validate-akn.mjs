// Validates every AKN file the tests wrote (test/output/akn/**/*.xml) against the OASIS AKN 3.0 schema
// with xmllint. Part of `pnpm test`: a file that does not validate fails the run.
import {execFileSync} from 'node:child_process'
import {existsSync, readdirSync, statSync} from 'node:fs'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const schema = join(root, '..', 'shared', 'akn-schema', 'akomantoso30.xsd')
const folder = join(root, 'test', 'output', 'akn')

function files(directory) {
  if (!existsSync(directory)) return []
  return readdirSync(directory).flatMap((name) => {
    const path = join(directory, name)
    return statSync(path).isDirectory() ? files(path) : name.endsWith('.xml') ? [path] : []
  })
}

const all = files(folder)
if (all.length === 0) {
  console.error(`validate-akn: no AKN files under ${folder}; the tests should have written some`)
  process.exit(1)
}
let failed = 0
// xmllint takes many files at once; batches keep the command line short.
for (let start = 0; start < all.length; start += 50) {
  const batch = all.slice(start, start + 50)
  try {
    execFileSync('xmllint', ['--noout', '--schema', schema, ...batch], {stdio: ['ignore', 'ignore', 'pipe']})
  } catch (error) {
    const output = String(error.stderr ?? error.message)
    const bad = output
      .split('\n')
      .filter((line) => line.includes('fails to validate') || line.includes('error'))
    failed += output.split('\n').filter((line) => line.endsWith('fails to validate')).length || 1
    console.error(bad.slice(0, 20).join('\n'))
  }
}
console.log(`validate-akn: ${all.length - failed} of ${all.length} AKN files valid against ${schema}`)
process.exit(failed ? 1 : 0)

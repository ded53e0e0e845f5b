// Validates every AKN file the tests wrote (test/output/akn/**/*.xml) against the OASIS AKN 3.0 schema.
// Part of `pnpm test`: a file that does not validate fails the run. Uses the system's xmllint when there
// is one (CI installs libxml2-utils), else xmllint-wasm (the same libxml2 compiled to WebAssembly).
import {execFileSync, spawnSync} from 'node:child_process'
import {existsSync, readdirSync, readFileSync, statSync} from 'node:fs'
import {dirname, join, relative} from 'node:path'
import {fileURLToPath} from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const schemaFolder = join(root, '..', 'shared', 'akn-schema')
const schema = join(schemaFolder, 'akomantoso30.xsd')
const folder = join(root, 'test', 'output', 'akn')

function files(directory) {
  if (!existsSync(directory)) return []
  return readdirSync(directory).flatMap((name) => {
    const path = join(directory, name)
    return statSync(path).isDirectory() ? files(path) : name.endsWith('.xml') ? [path] : []
  })
}

function hasXmllint() {
  try {
    execFileSync('xmllint', ['--version'], {stdio: 'ignore'})
    return true
  } catch {
    return false
  }
}

const all = files(folder)
if (all.length === 0) {
  console.error(
    `validate-akn: no AKN files under ${relative(root, folder)}; the tests should have written some`,
  )
  process.exit(1)
}

const invalid = new Set()
const messages = []
const native = hasXmllint()
if (native) {
  // One xmllint process per batch: loading the schema costs more than validating a file.
  for (let start = 0; start < all.length; start += 100) {
    const batch = all.slice(start, start + 100)
    const run = spawnSync('xmllint', ['--noout', '--schema', schema, ...batch], {encoding: 'utf8'})
    const output = `${run.stderr ?? ''}`
    for (const file of batch) {
      if (output.includes(`${file} validates`)) continue
      invalid.add(file)
      messages.push(
        ...output
          .split('\n')
          .filter((line) => line.startsWith(file))
          .slice(0, 5),
      )
    }
  }
} else {
  const {validateXML} = await import('xmllint-wasm')
  for (const file of all) {
    const result = await validateXML({
      xml: [{fileName: relative(root, file), contents: readFileSync(file, 'utf8')}],
      schema: [{fileName: 'akomantoso30.xsd', contents: readFileSync(schema, 'utf8')}],
      preload: [{fileName: 'xml.xsd', contents: readFileSync(join(schemaFolder, 'xml.xsd'), 'utf8')}],
    })
    if (!result.valid) {
      invalid.add(file)
      messages.push(...result.errors.slice(0, 5).map((error) => error.rawMessage))
    }
  }
}
if (messages.length > 0) console.error(messages.slice(0, 40).join('\n'))
console.log(
  `validate-akn: ${all.length - invalid.size} of ${all.length} AKN files under test/output/akn are valid AKN 3.0 (${native ? 'xmllint' : 'xmllint-wasm'})`,
)
process.exit(invalid.size ? 1 : 0)

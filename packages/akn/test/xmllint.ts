import {execFileSync} from 'node:child_process'
import {mkdirSync, writeFileSync} from 'node:fs'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'

const here = dirname(fileURLToPath(import.meta.url))

/** The shared AKN schema and examples (`/work/shared/akn-schema`). */
export const schemaFolder = join(here, '..', '..', '..', '..', 'shared', 'akn-schema')
export const schema = join(schemaFolder, 'akomantoso30.xsd')
export const examplesFolder = join(schemaFolder, 'examples')

/** Where tests write AKN (validated again by CI). */
export const outputFolder = join(here, '..', '..', '..', 'test', 'output', 'akn')

/** Write `xml` to `test/output/akn/<name>` and validate it with xmllint; returns xmllint's complaints. */
export function writeAndValidate(name: string, xml: string): string {
  mkdirSync(outputFolder, {recursive: true})
  const file = join(outputFolder, name)
  writeFileSync(file, xml)
  try {
    execFileSync('xmllint', ['--noout', '--schema', schema, file], {stdio: 'pipe'})
    return ''
  } catch (error) {
    return String((error as {stderr?: unknown}).stderr ?? error)
  }
}

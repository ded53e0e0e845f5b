import {execFileSync} from 'node:child_process'
import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'

const here = dirname(fileURLToPath(import.meta.url))

/** The shared AKN schema and examples (`/work/shared/akn-schema`). */
export const schemaFolder = join(here, '..', '..', '..', '..', 'shared', 'akn-schema')
export const schema = join(schemaFolder, 'akomantoso30.xsd')
export const examplesFolder = join(schemaFolder, 'examples')

/** The shared AKN corpus (`/work/shared/corpus/akn`). */
export const corpusFolder = join(here, '..', '..', '..', '..', 'shared', 'corpus', 'akn')

/** Where tests write AKN (validated again by CI). */
export const outputFolder = join(here, '..', '..', '..', 'test', 'output', 'akn')

function lint(file: string): string {
  try {
    execFileSync('xmllint', ['--noout', '--schema', schema, file], {
      stdio: 'pipe',
      maxBuffer: 64 * 1024 * 1024,
    })
    return ''
  } catch (error) {
    return String((error as {stderr?: unknown}).stderr ?? error)
  }
}

/** Write `xml` to `test/output/akn/<name>` and validate it with xmllint; returns xmllint's complaints. */
export function writeAndValidate(name: string, xml: string): string {
  const file = join(outputFolder, name)
  mkdirSync(dirname(file), {recursive: true})
  writeFileSync(file, xml)
  return lint(file)
}

/** The schema errors xmllint reports for `xml` (one per line), written to a temporary file. */
export function schemaErrors(xml: string): string[] {
  const folder = mkdtempSync(join(tmpdir(), 'clausewise-akn-'))
  try {
    const file = join(folder, 'document.xml')
    writeFileSync(file, xml)
    return lint(file)
      .split('\n')
      .filter((line) => line.includes(' error'))
  } finally {
    rmSync(folder, {recursive: true, force: true})
  }
}

import {execFileSync} from 'node:child_process'
import {existsSync, readFileSync} from 'node:fs'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'

/** The OASIS AKN 3.0 schema the tests validate against (in `../shared/akn-schema/`). */
export const schemaFolder = join(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  '..',
  'shared',
  'akn-schema',
)
export const schemaPath = join(schemaFolder, 'akomantoso30.xsd')

let native: boolean | undefined

function hasNativeXmllint(): boolean {
  if (native === undefined) {
    try {
      execFileSync('xmllint', ['--version'], {stdio: 'ignore'})
      native = true
    } catch {
      native = false
    }
  }
  return native
}

/**
 * Validate AKN XML against the schema: with the system's `xmllint` when there is one (CI installs
 * libxml2-utils), else with `xmllint-wasm`, the same libxml2 compiled to WebAssembly, so that the tests
 * also pass on a machine that has only Node and npm. Returns the error lines (empty: valid).
 */
export async function validateAkn(xml: string, name = 'document.xml'): Promise<string[]> {
  if (hasNativeXmllint()) {
    try {
      execFileSync('xmllint', ['--noout', '--schema', schemaPath, '-'], {
        input: xml,
        stdio: ['pipe', 'ignore', 'pipe'],
      })
      return []
    } catch (error) {
      const output = String((error as {stderr?: unknown}).stderr ?? error)
      return output.split('\n').filter((line) => line && !line.endsWith('fails to validate'))
    }
  }
  const {validateXML} = await import('xmllint-wasm')
  const result = await validateXML({
    xml: [{fileName: name, contents: xml}],
    schema: [{fileName: 'akomantoso30.xsd', contents: readFileSync(schemaPath, 'utf8')}],
    preload: [{fileName: 'xml.xsd', contents: readFileSync(join(schemaFolder, 'xml.xsd'), 'utf8')}],
  })
  return result.valid ? [] : result.errors.map((error) => error.rawMessage)
}

/** Whether the schema is where the tests expect it (a clone with `../shared` beside it). */
export const schemaAvailable = existsSync(schemaPath)

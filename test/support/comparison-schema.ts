import {readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {Ajv} from 'ajv'
import {expect} from 'vitest'

// The JSON Schema as users get it: through the package's export map.
const require = createRequire(import.meta.url)
const schemaPath = require.resolve('@clausewise/diff/comparison.schema.json')
const validate = new Ajv({allErrors: true, strict: true, strictRequired: false}).compile(
  JSON.parse(readFileSync(schemaPath, 'utf8')) as object,
)

/**
 * Fail the test when a comparison (an object, or JSON text as the CLI writes it) does not validate
 * against `@clausewise/diff/comparison.schema.json`.
 */
export function expectValidComparison(comparison: unknown): void {
  const value: unknown =
    typeof comparison === 'string' ? JSON.parse(comparison) : JSON.parse(JSON.stringify(comparison))
  const valid = validate(value)
  expect(validate.errors ?? [], 'comparison@1 schema').toEqual([])
  expect(valid).toBe(true)
}

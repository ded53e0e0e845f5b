import {readFileSync} from 'node:fs'
import {Ajv} from 'ajv'
import {expect} from 'vitest'
import {type Comparison, type DiffOptions, diff as realDiff} from '../src/index.js'

// Every comparison these tests make is checked against the published JSON Schema
// (`@clausewise/diff/comparison.schema.json`), so the schema and the differ cannot drift apart.
const schema = JSON.parse(
  readFileSync(new URL('../comparison.schema.json', import.meta.url), 'utf8'),
) as object
const validate = new Ajv({allErrors: true, strict: true, strictRequired: false}).compile(schema)

/** Fail the test when a comparison does not validate against the published schema. */
export function expectValidComparison(comparison: unknown): void {
  const valid = validate(JSON.parse(JSON.stringify(comparison)))
  expect(validate.errors ?? [], 'comparison@1 schema').toEqual([])
  expect(valid).toBe(true)
}

/**
 * `diff` whose result is checked against the JSON Schema.
 *
 * @example diff(base, changed).stats.modified // 1, and the comparison validates
 */
export function diff(
  oldDocument: Parameters<typeof realDiff>[0],
  newDocument: Parameters<typeof realDiff>[1],
  options?: DiffOptions,
): Comparison {
  const comparison = realDiff(oldDocument, newDocument, options)
  expectValidComparison(comparison)
  return comparison
}

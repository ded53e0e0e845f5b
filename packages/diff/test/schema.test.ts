import {readFileSync} from 'node:fs'
import {changeKinds, clauseChanges, clauseKinds, formattingMarks, sections} from '@clausewise/model'
import {Ajv} from 'ajv'
import {describe, expect, it} from 'vitest'
import {diff} from './checked.js'
import {decision} from './decision.js'

const schema = JSON.parse(
  readFileSync(new URL('../comparison.schema.json', import.meta.url), 'utf8'),
) as object
const validate = new Ajv({allErrors: true, strict: true, strictRequired: false}).compile(schema)
const valid = (value: unknown) => validate(JSON.parse(JSON.stringify(value)))

describe('comparison.schema.json', () => {
  const comparison = diff(
    decision({paragraphs: ['Encourage la coopération ;', 'Décide de rester saisi de la question.']}),
    decision({paragraphs: ['Encourage vivement la coopération ;', 'Décide de rester saisi de la question.']}),
  )

  it('accepts what the differ writes', () => {
    expect(valid(comparison)).toBe(true)
  })

  it('rejects what the contract forbids: a change without its kind, unknown fields, a wrong tag', () => {
    const copy = () => JSON.parse(JSON.stringify(comparison)) as typeof comparison
    const noKind = copy()
    const group = noKind.clauses.find((item) => item.change === 'modified')!
    delete group.changes.find((change) => change.op === 'insert')!.kind
    expect(valid(noKind)).toBe(false)
    const extra = copy() as unknown as {clauses: Record<string, unknown>[]}
    extra.clauses[0]!.colour = 'red'
    expect(valid(extra)).toBe(false)
    const tag = copy() as unknown as {schema: string}
    tag.schema = 'clausewise/comparison@2'
    expect(valid(tag)).toBe(false)
    const inserted = copy()
    inserted.clauses[0]!.change = 'inserted'
    expect(valid(inserted)).toBe(false)
  })

  it('lists exactly the values the model declares, so the two cannot drift apart', () => {
    const definitions = (schema as {definitions: Record<string, {properties: Record<string, never>}>})
      .definitions
    const group = definitions.group!.properties as Record<string, {enum: string[]}>
    expect(group.kind!.enum).toEqual([...clauseKinds])
    expect(group.section!.enum).toEqual([...sections])
    expect(group.change!.enum).toEqual([...clauseChanges])
    expect((definitions.changeKind as unknown as {enum: string[]}).enum).toEqual([...changeKinds])
    const marks = definitions.change!.properties as Record<string, {items: {enum: string[]}}>
    expect(marks.marks!.items.enum).toEqual([...formattingMarks])
  })

  it('ships in the package and is exported', () => {
    const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
      files: string[]
      exports: Record<string, unknown>
    }
    expect(manifest.files).toContain('comparison.schema.json')
    expect(manifest.exports['./comparison.schema.json']).toBe('./comparison.schema.json')
  })
})

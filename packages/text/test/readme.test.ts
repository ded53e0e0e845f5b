import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'

describe('README', () => {
  it('shows examples/text-parse.mjs as its main example', () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8')
    const example = readFileSync(new URL('../../../examples/text-parse.mjs', import.meta.url), 'utf8')
    expect(readme).toContain(`\`\`\`js\n${example}\`\`\``)
  })
})

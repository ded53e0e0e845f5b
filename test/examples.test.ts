import {execFileSync} from 'node:child_process'
import {existsSync, readdirSync, readFileSync} from 'node:fs'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {expectValidComparison} from './support/comparison-schema.js'

// Examples in READMEs and docs are copies of files in examples/: each runs here, and each copy must
// match its file.
const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const examples = readdirSync(join(root, 'examples')).filter(
  (name) => name.endsWith('.mjs') && name !== 'demo.mjs',
)
const built = existsSync(join(root, 'packages', 'cli', 'dist', 'index.js'))

const documentation = [
  'README.md',
  ...readdirSync(join(root, 'docs')).map((name) => join('docs', name)),
  ...readdirSync(join(root, 'packages')).map((name) => join('packages', name, 'README.md')),
].filter((path) => existsSync(join(root, path)))

describe.skipIf(!built)('examples', () => {
  for (const name of examples) {
    it(`examples/${name} runs`, () => {
      const output = execFileSync(process.execPath, [join(root, 'examples', name)], {
        cwd: root,
        encoding: 'utf8',
      })
      expect(output.length).toBeGreaterThan(0)
    })
  }
})

describe.skipIf(!built)('the main job (pnpm demo)', () => {
  it('writes the AKN, HTML and redlines of the bundled examples and summarises each', () => {
    // Into test/output/akn, so that the schema check after the tests validates every AKN file it writes.
    const out = join(root, 'test', 'output', 'akn', 'demo')
    const output = execFileSync(process.execPath, [join(root, 'examples', 'demo.mjs'), out], {
      cwd: root,
      encoding: 'utf8',
    })
    expect(output).toMatch(/^parsed {3}examples\/drafts\/mc-dec-7-17\.draft-1\.md → /m)
    expect(output).toContain(
      'redline  mc-dec-7-17.draft-1 → mc-dec-7-17.draft-2: 36 unchanged, 2 modified, 2 inserted, 0 deleted, 1 moved, 2 renumbered',
    )
    expect(output).toMatch(/^redline {2}mc-dec-6-17\.fr → mc-dec-7-17\.fr: /m)
    expect(output).toMatch(/^compare {2}4 documents: /m)
    for (const file of [
      'drafts.inline.html',
      'drafts.side-by-side.html',
      'drafts.md',
      'drafts.akn.xml',
      'drafts.json',
    ]) {
      expect(readFileSync(join(out, 'redlines', file), 'utf8').length, file).toBeGreaterThan(1000)
    }
    expectValidComparison(readFileSync(join(out, 'redlines', 'drafts.json'), 'utf8'))
  }, 60_000)
})

describe.skipIf(!built)('documentation outputs', () => {
  it('every `Output:` block after an example is what the example prints', () => {
    let checked = 0
    for (const path of documentation) {
      const markdown = readFileSync(join(root, path), 'utf8')
      for (const match of markdown.matchAll(
        /```(?:js|ts|javascript)\n\/\/ (examples\/[\w.-]+\.mjs)\n[\s\S]*?```\n+Output[^\n]*:\n+```[a-z]*\n([\s\S]*?)```/g,
      )) {
        const output = execFileSync(process.execPath, [join(root, match[1]!)], {cwd: root, encoding: 'utf8'})
        expect(match[2]!.trim(), `${path}: the output of ${match[1]}`).toBe(output.trim())
        checked++
      }
    }
    expect(checked).toBeGreaterThanOrEqual(8)
  })
})

describe('documentation', () => {
  it('every code block that names an example file is a copy of it', () => {
    let checked = 0
    for (const path of documentation) {
      const markdown = readFileSync(join(root, path), 'utf8')
      for (const match of markdown.matchAll(
        /```(?:js|ts|javascript)\n\/\/ (examples\/[\w.-]+\.mjs)\n([\s\S]*?)```/g,
      )) {
        const file = join(root, match[1]!)
        expect(existsSync(file), `${path} names ${match[1]}`).toBe(true)
        expect(match[2], `${path}: the copy of ${match[1]}`).toBe(readFileSync(file, 'utf8'))
        checked++
      }
    }
    expect(checked).toBeGreaterThanOrEqual(2)
  })

  it('the Use section of every package README shows an example file', () => {
    for (const name of readdirSync(join(root, 'packages'))) {
      const readme = readFileSync(join(root, 'packages', name, 'README.md'), 'utf8')
      expect(readme, name).toMatch(/## Use[\s\S]*```(?:js|sh)/)
    }
  })
})

import {execFileSync} from 'node:child_process'
import {existsSync, readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {dirname, join} from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {describe, expect, it} from 'vitest'

// publint and attw can both be green while the CJS build is broken (a default import of an ESM-only
// dependency fails under require()). So require() and import() every built package, and call one
// function of each, the way a user's code would.
const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const require = createRequire(import.meta.url)
const corpusText = join(root, '..', 'shared', 'corpus', 'osce', 'mc-dec-7-17.fr.txt')

const packages = ['model', 'akn', 'recognize', 'text', 'markdown', 'docx', 'diff', 'html', 'cli'] as const
const built = packages.every((name) => existsSync(join(root, 'packages', name, 'dist', 'index.cjs')))

type Api = Record<string, (...parameters: unknown[]) => unknown>

async function both(name: (typeof packages)[number]): Promise<[Api, Api]> {
  const main = join(root, 'packages', name, 'dist')
  const esm = (await import(pathToFileURL(join(main, 'index.js')).href)) as Api
  const cjs = require(join(main, 'index.cjs')) as Api
  return [esm, cjs]
}

describe.skipIf(!built)('built packages under import() and require()', () => {
  it('every package exports the same names from ESM and CJS', async () => {
    for (const name of packages) {
      const [esm, cjs] = await both(name)
      expect(Object.keys(cjs).sort(), name).toEqual(Object.keys(esm).sort())
    }
  })

  it('each package does its job from both builds', async () => {
    const text = readFileSync(corpusText, 'utf8')
    for (const format of [0, 1] as const) {
      const model = (await both('model'))[format]
      const recognize = (await both('recognize'))[format]
      expect(recognize.detectLanguage!('The General Assembly, Recalling its resolutions')).toMatchObject({
        language: 'en',
      })
      const blocks = [{children: [{type: 'text', value: 'The General Assembly,'}]}]
      expect((recognize.recognize!(blocks) as {document: {type: string}}).document.type).toBe('document')
      const textApi = (await both('text'))[format]
      const akn = (await both('akn'))[format]
      const markdown = (await both('markdown'))[format]
      const diffApi = (await both('diff'))[format]
      const html = (await both('html'))[format]
      const docx = (await both('docx'))[format]
      const cli = (await both('cli'))[format]

      const read = textApi.fromText!(text) as {document: {type: string}}
      expect(read.document.type).toBe('document')
      expect((model.clauses!(read.document) as unknown[]).length).toBeGreaterThan(30)
      const xml = akn.toAkn!(read.document) as string
      expect((akn.fromAkn!(xml) as {document: {type: string}}).document.type).toBe('document')
      const md = markdown.toMarkdown!(read.document) as string
      const again = (markdown.fromMarkdown!(md) as {document: unknown}).document
      const comparison = diffApi.diff!(read.document, again) as {schema: string; stats: {modified: number}}
      expect(comparison.schema).toBe('clausewise/comparison@1')
      expect(comparison.stats.modified).toBe(0)
      expect(html.toHtmlRedline!(comparison)).toMatch(/^<!DOCTYPE html>/i)
      const word = docx.toDocx!(read.document) as Uint8Array
      const fromWord = (docx.fromDocx!(word) as {document: {type: string}}).document
      expect((model.clauses!(fromWord) as unknown[]).length).toBe(
        (model.clauses!(read.document) as unknown[]).length,
      )
      const redline = docx.toDocxRedline!(comparison, again) as Uint8Array
      expect([...redline.subarray(0, 2)]).toEqual([0x50, 0x4b])
      expect(typeof cli.main).toBe('function')
    }
  })

  it('the published files pass publint --strict and attw', () => {
    const output = execFileSync(process.execPath, [join(root, 'test', 'check-packages.mjs')], {
      cwd: root,
      encoding: 'utf8',
    })
    expect(output).not.toContain('FAIL')
  }, 300_000)
})

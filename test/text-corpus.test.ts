import {spawnSync} from 'node:child_process'
import {mkdirSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {toAkn} from '@clausewise/akn'
import type {Document} from '@clausewise/model'
import {fromText} from '@clausewise/text'
import {describe, expect, it} from 'vitest'
import {schemaPath} from './support/xsd.js'

// Issue 9's acceptance on the development corpus: the hand counts of ../shared/corpus/text/README.md,
// XSD-valid AKN for every text, and the un-ga-bulk operative counts against index.json with every
// disagreement reviewed in test/fixtures/text-corpus/un-ga-bulk-disagreements.txt.
const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const corpus = join(root, '..', 'shared', 'corpus')
const output = join(root, 'test', 'output', 'akn', 'text-corpus')

type Node = {type: string; name?: string; children?: Node[]}

/** Operative units of the main body: paragraphs (sections looked into) and articles, one each. */
function operative(document: Document): number {
  let count = 0
  const walk = (node: Node): void => {
    for (const child of node.children ?? []) {
      if (child.type === 'paragraph') count++
      else if (child.type === 'hcontainer' && child.name === 'article') count++
      else if (child.type === 'hcontainer') walk(child)
    }
  }
  const body = document.children.find((child) => child.type === 'mainBody')
  if (body) walk(body as Node)
  return count
}

function all(node: Node, type: string, skip?: string): Node[] {
  if (node.type === skip) return []
  const own = node.type === type ? [node] : []
  return [...own, ...(node.children ?? []).flatMap((child) => all(child, type, skip))]
}

/** Recitals, operative units, sub-points, footnotes and annexes, as the README counts them. */
function counts(document: Document): number[] {
  const body = document.children.find((child) => child.type === 'mainBody') as Node | undefined
  // A section's own preambular paragraphs are its `intro` (AKN has recitals in the preamble only).
  const sectionRecitals = body
    ? all(body, 'hcontainer').flatMap((section) =>
        (section.children ?? [])
          .filter((child) => child.type === 'intro')
          .flatMap((intro) => intro.children ?? []),
      ).length
    : 0
  const tree = document as unknown as Node
  return [
    all(tree, 'recital', 'attachments').length + sectionRecitals,
    operative(document),
    all(tree, 'point').length,
    all(tree, 'authorialNote').length,
    all(tree, 'attachment').length,
  ]
}

/** The hand-counted rows of the README: file → [recitals, operative, sub-points, footnotes, annexes]. */
function handCounts(): Map<string, number[]> {
  const rows = new Map<string, number[]>()
  for (const line of readFileSync(join(corpus, 'text', 'README.md'), 'utf8').split('\n')) {
    const cells = line.split('|').map((cell) => cell.trim())
    const file = cells[1]?.replace(/`/g, '')
    const last = cells.slice(-6, -1)
    if (!file?.endsWith('.txt') || last.length < 5 || last.some((cell) => !/^\d/.test(cell))) continue
    rows.set(
      file,
      last.map((cell) => Number.parseInt(cell, 10)),
    )
  }
  return rows
}

/** xmllint over many files at once; the files that do not validate. */
function invalidFiles(files: string[]): string[] {
  const invalid: string[] = []
  for (let start = 0; start < files.length; start += 100) {
    const batch = files.slice(start, start + 100)
    const run = spawnSync('xmllint', ['--noout', '--schema', schemaPath, ...batch], {encoding: 'utf8'})
    if (run.error) return []
    for (const file of batch) if (!`${run.stderr}`.includes(`${file} validates`)) invalid.push(file)
  }
  return invalid
}

describe('fromText on the hand-counted texts of the corpus', () => {
  const hand = handCounts()

  it('finds the 23 hand-counted rows of the README', () => {
    expect(hand.size).toBe(23)
  })

  for (const [file, expected] of hand) {
    it(`gives the hand counts of ${file}`, () => {
      const {document} = fromText(readFileSync(join(corpus, 'text', file), 'utf8'))
      expect(counts(document)).toEqual(expected)
    })
  }
})

describe('fromText on every text of the corpus', () => {
  it('gives AKN that validates against the schema', () => {
    const files: string[] = []
    for (const folder of ['text', 'osce', 'un-ga-bulk']) {
      mkdirSync(join(output, folder), {recursive: true})
      for (const name of readdirSync(join(corpus, folder)).filter((entry) => entry.endsWith('.txt'))) {
        const {document} = fromText(readFileSync(join(corpus, folder, name), 'utf8'))
        const file = join(output, folder, name.replace(/\.txt$/, '.xml'))
        writeFileSync(file, toAkn(document))
        files.push(file)
      }
    }
    expect(files.length).toBeGreaterThan(600)
    // Without a native xmllint, test/validate-akn.mjs checks these files after the tests.
    expect(invalidFiles(files)).toEqual([])
  })
})

describe('fromText on un-ga-bulk against index.json', () => {
  const index = JSON.parse(readFileSync(join(corpus, 'un-ga-bulk', 'index.json'), 'utf8')) as {
    file: string
    operativeNumbers: number
  }[]
  const reviewed = new Map<string, {index: number; reader: number}>()
  const fixture = readFileSync(
    join(root, 'test', 'fixtures', 'text-corpus', 'un-ga-bulk-disagreements.txt'),
    'utf8',
  )
  for (const line of fixture.split('\n')) {
    const match =
      /^(\S+\.txt) index=(\d+) reader=(\d+) \| (?:reader right|index right|neither)\b.{10,}$/.exec(line)
    if (match) reviewed.set(match[1]!, {index: Number(match[2]), reader: Number(match[3])})
    else expect(line === '' || line.startsWith('#'), `fixture line: ${line}`).toBe(true)
  }

  it('agrees for at least 95 % of the texts, and every disagreement is reviewed', () => {
    const disagreements = new Map<string, {index: number; reader: number}>()
    for (const entry of index) {
      const {document} = fromText(readFileSync(join(corpus, 'un-ga-bulk', entry.file), 'utf8'))
      const reader = operative(document)
      // The index finds no unnumbered paragraph: one found where it has none agrees.
      if (reader === entry.operativeNumbers || (entry.operativeNumbers === 0 && reader === 1)) continue
      disagreements.set(entry.file, {index: entry.operativeNumbers, reader})
    }
    expect(Object.fromEntries(disagreements)).toEqual(Object.fromEntries(reviewed))
    expect((index.length - disagreements.size) / index.length).toBeGreaterThanOrEqual(0.95)
  })
})

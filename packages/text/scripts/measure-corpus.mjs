// Figures of @clausewise/text's layout stage on the whole development corpus (../shared/corpus):
// layouts detected, footnotes found and placed, page furniture taken out and any left in the text,
// words lost, hyphen decisions. Run `pnpm --filter @clausewise/text build` first, then
// `node packages/text/scripts/measure-corpus.mjs`; it prints Markdown tables.
import {existsSync, readdirSync, readFileSync} from 'node:fs'
import {plainText} from '@clausewise/model'
import {fromText} from '@clausewise/text'

const root = new URL('../../../../shared/corpus/', import.meta.url)
if (!existsSync(root)) throw new Error(`The corpus is missing: ${root.pathname}`)

const folders = ['osce', 'text', 'un-ga-bulk']
const footnoteBlock = /^_{5,} *\n(?: *\n){0,2}(?:\d{1,3}|\*{1,3}) +\S/m
const symbolOf = new Map(
  JSON.parse(readFileSync(new URL('un-ga-bulk/index.json', root), 'utf8')).map((entry) => [
    entry.file,
    entry.symbol,
  ]),
)

/** All nodes of a type. */
function all(node, type, found = []) {
  if (node.type === type) found.push(node)
  for (const child of node.children ?? []) all(child, type, found)
  return found
}

/** Words of a text as a multiset (letters, marks and digits, NFC). */
function multiset(list) {
  const counts = new Map()
  for (const word of list) counts.set(word, (counts.get(word) ?? 0) + 1)
  return counts
}
const wordsOf = (text) => (text.match(/[\p{L}\p{M}\p{N}]+/gu) ?? []).map((word) => word.normalize('NFC'))

/** The words the model should hold: the input's, less furniture, with reported joins applied. */
function expectedWords(input, diagnostics) {
  const tokens = []
  for (const match of input.matchAll(/[\p{L}\p{M}\p{N}]+/gu)) {
    tokens.push({text: match[0].normalize('NFC'), start: match.index, end: match.index + match[0].length})
  }
  const offset = (diagnostic, side) => diagnostic.place?.[side]?.offset ?? -1
  for (const diagnostic of diagnostics) {
    if (diagnostic.ruleId !== 'footnote-anchored') continue
    const at = offset(diagnostic, 'start')
    const index = tokens.findIndex((token) => token.start < at && at < token.end)
    if (index < 0) continue
    const token = tokens[index]
    tokens.splice(
      index,
      1,
      {text: token.text.slice(0, at - token.start), start: token.start, end: at},
      {text: token.text.slice(at - token.start), start: at, end: token.end},
    )
  }
  const removed = new Set()
  const parent = tokens.map((_, index) => index)
  const rootOf = (index) => {
    while (parent[index] !== index) index = parent[index] = parent[parent[index]]
    return index
  }
  const endingAt = new Map(tokens.map((token, index) => [token.end, index]))
  const startingAt = new Map(tokens.map((token, index) => [token.start, index]))
  for (const diagnostic of diagnostics) {
    const start = offset(diagnostic, 'start')
    const end = offset(diagnostic, 'end')
    if (diagnostic.ruleId === 'footnote-anchored') {
      const index = startingAt.get(start)
      if (index !== undefined) removed.add(index)
    } else if (diagnostic.ruleId === 'page-furniture') {
      tokens.forEach((token, index) => {
        if (token.start >= start && token.end <= end) removed.add(index)
      })
    } else if (diagnostic.ruleId === 'superscript-rejoined' || diagnostic.ruleId === 'hyphen-rejoined') {
      const [left = '', right = ''] = (diagnostic.text ?? '').split('\n')
      const a = endingAt.get(start + left.replace(/-$/, '').length)
      const b = startingAt.get(end - right.length)
      if (a !== undefined && b !== undefined) parent[rootOf(b)] = rootOf(a)
    }
  }
  const groups = new Map()
  tokens.forEach((token, index) => {
    if (removed.has(index)) return
    const key = rootOf(index)
    groups.set(key, (groups.get(key) ?? '') + token.text)
  })
  return multiset([...groups.values()])
}

function modelWords(document) {
  const list = wordsOf(plainText(document))
  for (const note of all(document, 'authorialNote'))
    list.push(...wordsOf(String(note.marker)), ...wordsOf(plainText(note)))
  return multiset(list)
}

const same = (a, b) => a.size === b.size && [...a].every(([word, count]) => b.get(word) === count)

const rows = []
for (const folder of folders) {
  const names = readdirSync(new URL(`${folder}/`, root)).filter((name) => name.endsWith('.txt'))
  const figures = {
    folder,
    texts: names.length,
    MB: 0,
    layouts: new Map(),
    withBlock: 0,
    notesFound: 0,
    notes: 0,
    placed: 0,
    furniture: 0,
    leaks: 0,
    wordsLost: 0,
    kept: 0,
    rejoined: 0,
    cpu: 0,
  }
  for (const name of names) {
    const text = readFileSync(new URL(`${folder}/${name}`, root), 'utf8')
    figures.MB += Buffer.byteLength(text) / 1e6
    const before = process.cpuUsage()
    const {document, diagnostics} = fromText(text)
    const used = process.cpuUsage(before)
    figures.cpu += (used.user + used.system) / 1000
    const count = (rule) => diagnostics.filter((diagnostic) => diagnostic.ruleId === rule).length
    const layout = diagnostics.find((diagnostic) => diagnostic.ruleId === 'layout-detected')?.text
    figures.layouts.set(layout, (figures.layouts.get(layout) ?? 0) + 1)
    const notes = all(document, 'authorialNote').length
    figures.notes += notes
    figures.placed += count('footnote-anchored')
    if (footnoteBlock.test(text)) {
      figures.withBlock++
      if (notes > 0) figures.notesFound++
    }
    figures.furniture += count('page-furniture')
    figures.kept += count('hyphen-kept')
    figures.rejoined += count('hyphen-rejoined')
    const symbol = symbolOf.get(name)
    const own = symbol ? symbol.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') : undefined
    const leak = new RegExp(
      `${own ? `${own}\\s*\\d{1,3}/\\d{1,3}\\b|\\b\\d{1,3}/\\d{1,3}\\s*${own}|` : ''}\\b\\d{2}-\\d{5}\\b`,
    )
    if (leak.test(plainText(document, {notes: true}))) figures.leaks++
    if (!same(modelWords(document), expectedWords(text, diagnostics))) figures.wordsLost++
  }
  rows.push(figures)
}

const percent = (part, whole) => (whole === 0 ? '—' : `${((part / whole) * 100).toFixed(1)} %`)
console.log(
  '| folder | texts | MB | layouts | notes found (texts with a block) | notes placed | furniture reports | texts with a running head or job number left | texts losing a word | hyphens kept / rejoined | CPU MB/s |',
)
console.log('|---|---|---|---|---|---|---|---|---|---|---|')
for (const figures of rows) {
  const layouts = [...figures.layouts].map(([kind, count]) => `${kind} ${count}`).join(', ')
  console.log(
    `| ${figures.folder} | ${figures.texts} | ${figures.MB.toFixed(1)} | ${layouts} | ${figures.notesFound}/${figures.withBlock} (${percent(figures.notesFound, figures.withBlock)}) | ${figures.placed}/${figures.notes} (${percent(figures.placed, figures.notes)}) | ${figures.furniture} | ${figures.leaks} | ${figures.wordsLost} | ${figures.kept} / ${figures.rejoined} | ${(figures.MB / (figures.cpu / 1000)).toFixed(1)} |`,
  )
}

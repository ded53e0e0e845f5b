// The main job: read the bundled examples, write each as AKN, and write the redlines of the example
// drafts and of decision 6/17 against 7/17 in every format, then say where they are.
// Run from the repository root after a build: `pnpm demo` (or `node examples/demo.mjs [out-folder]`).
import {existsSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs'
import {basename, dirname, join, relative} from 'node:path'
import {fileURLToPath} from 'node:url'
import {toAkn, toAknRedline} from '@clausewise/akn'
import {compare, diff} from '@clausewise/diff'
import {toHtml, toHtmlMultiComparison, toHtmlRedline} from '@clausewise/html'
import {fromMarkdown, toMarkdownRedline} from '@clausewise/markdown'
import {fromText} from '@clausewise/text'

const plural = (count, noun) => `${count} ${noun}${count === 1 ? '' : 's'}`
const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const out = process.argv[2] ?? join(root, 'out')
const shown = relative(process.cwd(), out) || '.'
const corpus = join(root, '..', 'shared', 'corpus', 'osce')

const inputs = [
  {
    name: 'mc-dec-7-17.draft-1',
    path: join(root, 'examples', 'drafts', 'mc-dec-7-17.draft-1.md'),
    read: fromMarkdown,
  },
  {
    name: 'mc-dec-7-17.draft-2',
    path: join(root, 'examples', 'drafts', 'mc-dec-7-17.draft-2.md'),
    read: fromMarkdown,
  },
  {name: 'mc-dec-6-17.fr', path: join(corpus, 'mc-dec-6-17.fr.txt'), read: fromText},
  {name: 'mc-dec-7-17.fr', path: join(corpus, 'mc-dec-7-17.fr.txt'), read: fromText},
].filter((input) => {
  if (existsSync(input.path)) return true
  console.error(`demo: skipping ${relative(root, input.path)} (not found)`)
  return false
})

mkdirSync(join(out, 'akn'), {recursive: true})
mkdirSync(join(out, 'html'), {recursive: true})
mkdirSync(join(out, 'redlines'), {recursive: true})

const documents = new Map()
for (const input of inputs) {
  const {document, diagnostics} = input.read(readFileSync(input.path, 'utf8'))
  documents.set(input.name, document)
  writeFileSync(join(out, 'akn', `${input.name}.xml`), toAkn(document))
  writeFileSync(join(out, 'html', `${input.name}.html`), toHtml(document))
  const warnings = diagnostics.filter((diagnostic) => diagnostic.fatal === false).length
  console.log(
    `parsed   ${relative(root, input.path)} → ${shown}/akn/${input.name}.xml (${plural(diagnostics.length, 'diagnostic')}, ${plural(warnings, 'warning')})`,
  )
}

const pairs = [
  ['drafts', 'mc-dec-7-17.draft-1', 'mc-dec-7-17.draft-2'],
  ['6-17-vs-7-17', 'mc-dec-6-17.fr', 'mc-dec-7-17.fr'],
]
for (const [name, oldName, newName] of pairs) {
  const oldDocument = documents.get(oldName)
  const newDocument = documents.get(newName)
  if (!oldDocument || !newDocument) continue
  const comparison = diff(oldDocument, newDocument)
  comparison.old.label = oldName
  comparison.new.label = newName
  const base = join(out, 'redlines', name)
  writeFileSync(`${base}.json`, `${JSON.stringify(comparison, null, 2)}\n`)
  writeFileSync(`${base}.inline.html`, toHtmlRedline(comparison, {layout: 'inline'}))
  writeFileSync(`${base}.side-by-side.html`, toHtmlRedline(comparison, {layout: 'side-by-side'}))
  writeFileSync(`${base}.md`, toMarkdownRedline(comparison, oldDocument, newDocument))
  writeFileSync(`${base}.akn.xml`, toAknRedline(comparison, newDocument))
  const s = comparison.stats
  console.log(
    `redline  ${oldName} → ${newName}: ${s.unchanged} unchanged, ${s.modified} modified, ${s.inserted} inserted, ` +
      `${s.deleted} deleted, ${s.moved} moved, ${s.renumbered} renumbered, ${s.split} split, ${s.merged} merged ` +
      `→ ${shown}/redlines/${basename(base)}.{inline.html,side-by-side.html,md,akn.xml,json}`,
  )
}

const multi = compare([...documents.values()])
multi.documents.forEach((identity, index) => {
  identity.label = [...documents.keys()][index]
})
writeFileSync(join(out, 'redlines', 'compare.json'), `${JSON.stringify(multi, null, 2)}\n`)
writeFileSync(join(out, 'redlines', 'compare.html'), toHtmlMultiComparison(multi))
console.log(
  `compare  ${multi.stats.documents} documents: ${multi.stats.groups} clause groups, ${multi.stats.shared} in all, ` +
    `${multi.stats.unique} in one only → ${shown}/redlines/compare.{html,json}`,
)
console.log(`\nAll output is in ${shown}/ — open ${shown}/redlines/drafts.inline.html in a browser.`)

import {unified} from 'unified'
import remarkParse from 'remark-parse'
import remarkGfm from 'remark-gfm'
import remarkFrontmatter from 'remark-frontmatter'
const p = process.env.NOGFM ? unified().use(remarkParse) : unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml'])
const [name, nStr] = process.argv.slice(2); const n = Number(nStr)
const cases = {
  quotes: () => '>'.repeat(n) + ' x',
  listsOneLine: () => '- '.repeat(n) + 'x',
  ordered: () => '1. '.repeat(n) + 'x',
  emph: () => '*a '.repeat(n) + 'b' + '*'.repeat(n),
  links: () => '['.repeat(n) + 'x' + '](y)'.repeat(n),
  big: () => 'word '.repeat(n),
  stars: () => '*'.repeat(n),
  brackets: () => '['.repeat(n),
  quoteLines: () => Array.from({length: n}, (_, i) => '>'.repeat(Math.min(i, 50)) + ' x').join('\n'),
}
const input = cases[name]()
const t = Date.now()
try { const tree = p.parse(input); console.log(name, n, 'ok', Date.now()-t, 'ms') } catch (e) { console.log(name, n, 'FAIL', e.message.slice(0,100), Date.now()-t) }

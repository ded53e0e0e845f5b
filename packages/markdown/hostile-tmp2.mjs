import {unified} from 'unified'
import remarkGfm from 'remark-gfm'
const p = unified().use(remarkGfm); p.freeze()
const [mm] = p.data('micromarkExtensions')
for (const [k, v] of Object.entries(mm)) for (const [code, c] of Object.entries(v)) console.log(k, code, [c].flat().map(x => x.name || x.tokenize?.name || '?').join(','))
console.log(p.data('fromMarkdownExtensions').length, JSON.stringify(p.data('fromMarkdownExtensions').map(x => Array.isArray(x) ? x.length : Object.keys(x))))

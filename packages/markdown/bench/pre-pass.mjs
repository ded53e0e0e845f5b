// Time `fromMarkdown` on inputs micromark reads in quadratic time without the pre-pass, at 40, 80,
// 160 and 320 KB. Run after `npx tsup`: `node bench/pre-pass.mjs [shape]`.
import {fromMarkdown} from '@clausewise/markdown'

const shapes = {
  'closing brackets `]`': ']',
  '`[a] `': '[a] ',
  '`x[^a] `': 'x[^a] ',
  'setext `a\\n=\\n`': 'a\n=\n',
  'bare hosts `www.a.com `': 'www.a.com ',
  'lines `a\\nb\\n` (reference)': 'a\nb\n',
}
const sizes = [40_000, 80_000, 160_000, 320_000]
const only = process.argv[2]
console.log(`| input | ${sizes.map((size) => `${size / 1000} KB`).join(' | ')} |`)
console.log(`| --- | ${sizes.map(() => '---').join(' | ')} |`)
for (const [name, unit] of Object.entries(shapes)) {
  if (only && !name.includes(only)) continue
  const cells = sizes.map((size) => {
    const input = unit.repeat(Math.ceil(size / unit.length))
    fromMarkdown(input.slice(0, 1000))
    const start = performance.now()
    fromMarkdown(input)
    return `${Math.round(performance.now() - start)} ms`
  })
  console.log(`| ${name} | ${cells.join(' | ')} |`)
}

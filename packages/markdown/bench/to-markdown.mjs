// Time `toMarkdown` on one paragraph of many inline nodes (`n^o^ ` repeated: text and `sup`
// alternate) at 100, 200 and 400 KB. Run after `npx tsup`: `node bench/to-markdown.mjs`.
import {fromMarkdown, toMarkdown} from '@clausewise/markdown'

for (const size of [100_000, 200_000, 400_000]) {
  const {document} = fromMarkdown(`Le Conseil,\n\n1. ${'n^o^ '.repeat(size / 5)}\n`)
  const start = performance.now()
  const written = toMarkdown(document)
  console.log(`${size / 1000} KB: ${Math.round(performance.now() - start)} ms (${written.length} characters)`)
}

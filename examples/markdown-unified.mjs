import {clausewiseToMdast, remarkClausewise, remarkClausewiseSyntax} from '@clausewise/markdown'
import remarkParse from 'remark-parse'
import remarkStringify from 'remark-stringify'
import {unified} from 'unified'

const draft = `Draft 2 — 14 March 2024

# Strengthening cooperation online

The General Assembly,

*Recalling* its resolution 70/1,

Urges all States to protect children <b>online</b>;

Decides to remain seized of the matter.
`

// Read: remark-parse with the convention's syntax, then the compiler; the result is {document, diagnostics}.
const reader = unified().use(remarkParse).use(remarkClausewiseSyntax).use(remarkClausewise)
const file = await reader.process(draft)
const {document} = file.result
console.log(document.children.map((part) => part.type))
// Each diagnostic is a message of the file too, with its place.
console.log(file.messages.map((message) => `${message.line}:${message.column} ${message.ruleId}`))

// Write: the bridge turns the model into mdast, remark-stringify writes it as toMarkdown would.
const writer = unified().use(clausewiseToMdast, {frontMatter: false}).use(remarkStringify)
const markdown = writer.stringify(await writer.run(document))
console.log(markdown.split('\n').slice(0, 3).join('\n'))

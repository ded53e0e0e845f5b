import {isDeepStrictEqual} from 'node:util'
import {fromMarkdown, toMarkdown} from '@clausewise/markdown'
import {removePositions} from '@clausewise/model'

const draft = `The Council,

1. Decides that the fees are:

   | Item | Fee |
   | - | - |
   | Permit | 100 |
   | Renewal | 50 |
`

// A GFM table is a table of the model, where it stands: here in paragraph 1.
const {document} = fromMarkdown(draft)
const [paragraph] = document.children.find((part) => part.type === 'mainBody').children
const table = paragraph.children.find((child) => child.type === 'content').children[1]
console.log(
  table.type,
  table.children.map((row) => row.children.map((cell) => cell.type).join(' ')),
)

// A cell that spans, or holds two paragraphs, says so in an empty typed span; reading it back gives
// the same table.
table.children[1].children[1].attributes = {rowspan: '2'}
table.children[2].children.pop()
table.children[2].children[0].children.push({type: 'p', children: [{type: 'text', value: 'yearly'}]})
const written = toMarkdown(document, {frontMatter: false})
console.log(written.split('\n').slice(4, 8).join('\n'))
const again = fromMarkdown(written).document
console.log(isDeepStrictEqual(removePositions(again), removePositions(document)))

// Word in and out: a draft as a .docx, and a redline of two drafts as tracked changes that read back
// as the new draft when accepted and as the old one when rejected. Run `pnpm build` first.
import {readFileSync} from 'node:fs'
import {diff} from '@clausewise/diff'
import {fromDocx, toDocx, toDocxRedline} from '@clausewise/docx'
import {fromMarkdown} from '@clausewise/markdown'
import {clauses, ownText} from '@clausewise/model'

const read = (name) => fromMarkdown(readFileSync(new URL(`drafts/${name}`, import.meta.url), 'utf8')).document
const draft1 = read('mc-dec-7-17.draft-1.md')
const draft2 = read('mc-dec-7-17.draft-2.md')

// A document as Word: role styles, numbering Word counts itself, real footnotes.
const word = toDocx(draft1)
const again = fromDocx(word).document
console.log(clauses(again).length === clauses(draft1).length)

// The redline: tracked changes by an author, moves as moves, renumbering as number changes.
const redline = toDocxRedline(diff(draft1, draft2), draft2, draft1, {author: 'Secretariat'})
const texts = (document) => clauses(document).map(ownText).join('\n')
console.log(texts(fromDocx(redline).document) === texts(draft2))
console.log(texts(fromDocx(redline, {trackedChanges: 'reject'}).document) === texts(draft1))
console.log(fromDocx(redline).diagnostics.map((diagnostic) => diagnostic.reason))

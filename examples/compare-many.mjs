// Compare many decisions without holding every tree: a generator reads one file at a time, and
// `compare` keeps only each document's clauses. Here the OSCE decisions 6/17 and 7/17.
import {readFileSync} from 'node:fs'
import {compare} from '@clausewise/diff'
import {fromText} from '@clausewise/text'

const files = ['mc-dec-6-17.fr.txt', 'mc-dec-7-17.fr.txt'].map(
  (name) => new URL(`../../shared/corpus/osce/${name}`, import.meta.url),
)

function* read(list) {
  for (const file of list) yield fromText(readFileSync(file, 'utf8')).document
}

const multi = compare(read(files), {labels: ['6/17', '7/17']})
console.log(multi.stats)
for (const group of multi.groups) {
  if (group.missing.length > 0) continue
  console.log(`${group.kind}: ${group.members.map((member) => member.eId).join(' = ')}`)
}

// Compare two versions of a decision: here 7/17 as adopted, and a "draft" made from it by rewording
// paragraph 3. The result is plain JSON (`clausewise/comparison@1`).
import {readFileSync} from 'node:fs'
import {diff} from '@clausewise/diff'
import {fromText} from '@clausewise/text'

const adopted = readFileSync(new URL('../../shared/corpus/osce/mc-dec-7-17.fr.txt', import.meta.url), 'utf8')
const draft = adopted.replace(
  'd’envisager \n\ndes mesures juridiques',
  'd’adopter \n\ndes mesures législatives',
)

const comparison = diff(fromText(draft).document, fromText(adopted).document, {ignore: ['typography']})

for (const group of comparison.clauses) {
  if (group.change === 'unchanged' && !group.moved) continue
  const runs = group.changes
    .filter((change) => change.op !== 'equal')
    .map((change) => `${change.op === 'delete' ? '-' : '+'}[${change.text}] (${change.kind})`)
  console.log(`${group.change} ${group.new.join('+')}: ${runs.join(' ')}`)
}
console.log(comparison.stats.modified, 'modified,', comparison.stats.unchanged, 'unchanged')

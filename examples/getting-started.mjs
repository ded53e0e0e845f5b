import {readFileSync} from 'node:fs'
import {toAkn} from '@clausewise/akn'
import {titleOf} from '@clausewise/model'
import {fromText} from '@clausewise/text'

const text = readFileSync(new URL('../../shared/corpus/osce/mc-dec-7-17.fr.txt', import.meta.url), 'utf8')
const {document, diagnostics} = fromText(text)

console.log(titleOf(document).number)
console.log(document.meta.symbol)
console.log(`${diagnostics.length} diagnostics; AKN is ${toAkn(document).length > 10_000 ? 'long' : 'short'}`)

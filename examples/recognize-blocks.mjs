// The one clause recognition, fed with blocks as any reader hands them over. Run `pnpm build` first.
import {plainText} from '@clausewise/model'
import {profiles, recognize} from '@clausewise/recognize'

const blocks = [
  'A/RES/79/1',
  'The General Assembly,',
  'Recalling its resolution 76/6 of 15 November 2021,',
  '1. Decides to adopt the Pact for the Future;',
  '2. Requests the Secretary-General:',
  '(a) To report at its eightieth session;',
  '(b) To consult Member States.',
  '3rd plenary meeting 22 September 2024',
].map((value) => ({children: [{type: 'text', value}]}))

const {document, diagnostics} = recognize(blocks, {profile: profiles.en})
for (const node of document.children) console.log(`${node.type}: ${plainText(node).replaceAll('\n', ' | ')}`)
console.log(document.meta.symbol, document.meta.frbr.date, document.meta.meeting?.name)
for (const diagnostic of diagnostics) console.log(`${diagnostic.ruleId}: ${diagnostic.reason}`)

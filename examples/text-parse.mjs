// Read a decision extracted from a PDF and print its structure and what the reader repaired.
// Run `npx tsup` in packages/model and packages/text first, then `node examples/text-parse.mjs`.
import {plainText} from '@clausewise/model'
import {fromText} from '@clausewise/text'

const text = [
  'MC.DEC/3/17',
  ' DECISION N',
  'o',
  ' 3/17',
  '',
  'PREVENTING TRAFFICKING ',
  '',
  ' ',
  '',
  ' The Ministerial Council, ',
  '',
  ' ',
  '',
  ' Reaffirming its commitment to pre-',
  '',
  'vent trafficking in human beings, ',
  '',
  ' ',
  '',
  '1. Encourages participating States to act; ',
  '',
  '- 2 -',
  ' 2. Tasks the Secretariat to report. ',
  '',
].join('\n')

// So short a text shows too few wrapped lines for its layout to be detected: say which it is.
const {document, diagnostics} = fromText(text, {layout: 'double-spaced'})
for (const node of document.children) console.log(`${node.type}: ${plainText(node).replaceAll('\n', ' | ')}`)
for (const diagnostic of diagnostics) console.log(`${diagnostic.ruleId}: ${diagnostic.reason}`)

import {characterReporter, type Diagnostic, invisibleCharacters, type Locator} from '@clausewise/model'

/** Character references, decimal or hexadecimal (bounded digits: no backtracking past seven). */
const reference = /&#(?:x([0-9A-Fa-f]{1,6})|([0-9]{1,7}));/g

/**
 * The invisible format characters of an XML source (bidi controls, zero-width and other format
 * characters, as `invisibleCharacters` of the model finds them), written as they are or as character
 * references (`&#x202E;`), as `invisible-character` warnings with their position and `U+XXXX`: the
 * first thousand one by one, then one warning counting the rest. Two linear passes over the source.
 */
export function invisibleDiagnostics(xml: string, locator: Locator): Diagnostic[] {
  const found: Array<{start: number; end: number; label: string}> = []
  for (const character of invisibleCharacters(xml)) {
    // A byte-order mark before the document is the encoding's, not the text's.
    if (character.index === 0 && character.codePoint === 0xfeff) continue
    found.push({
      start: character.index,
      end: character.index + (character.codePoint > 0xffff ? 2 : 1),
      label: character.label,
    })
  }
  if (xml.includes('&#')) {
    for (const match of xml.matchAll(reference)) {
      const codePoint = match[1] !== undefined ? Number.parseInt(match[1], 16) : Number(match[2])
      if (codePoint > 0x10ffff) continue
      const [character] = invisibleCharacters(String.fromCodePoint(codePoint))
      if (character)
        found.push({start: match.index, end: match.index + match[0].length, label: character.label})
    }
    found.sort((a, b) => a.start - b.start)
  }
  const diagnostics: Diagnostic[] = []
  const reporter = characterReporter<{start: number; end: number}>(
    'invisible-character',
    (reason, {start, end}, label) => {
      const diagnostic: Diagnostic = {
        reason,
        place: locator.position(start, end),
        ruleId: 'invisible-character',
        source: '@clausewise/akn',
        fatal: false,
      }
      if (label !== undefined) diagnostic.text = label
      diagnostics.push(diagnostic)
    },
  )
  for (const item of found) reporter.add(item.label, item)
  reporter.finish()
  return diagnostics
}

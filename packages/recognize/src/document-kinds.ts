import type {Lexicon} from './lexicon.js'
import type {Reading} from './reading.js'

/**
 * Whether a block opens with a word the profile's `documentKinds` lists (`Resolution`, `Déclaration`,
 * compared without case) and holds three to sixty words, a word in lower case among them, no clause
 * ending with a comma or colon: it names the document (a number line, read before, names it by its
 * number).
 */
export function namesDocument(reading: Reading, lexicon: Lexicon): boolean {
  const kinds = lexicon.profile.documentKinds
  if (!kinds || reading.label || reading.words < 3 || reading.words > 60) return false
  if (reading.last === ',' || reading.last === ':') return false
  const text = reading.bare
  const space = text.indexOf(' ')
  const first = text.slice(0, space).toLowerCase()
  if (!kinds.some((kind) => kind.toLowerCase() === first)) return false
  // A title's words go on in lower case (`on water security`); a number's do not (`Décision 7
  // EXT.COM 4A`, a number line above its title).
  return /\s\p{Ll}{2}/u.test(text.slice(space, 300))
}

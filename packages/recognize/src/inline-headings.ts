import {isLetter, isUpper} from './characters.js'
import type {Lexicon} from './lexicon.js'
import type {Reading} from './reading.js'

/** Most words of a heading on its article's line before the article's text (`Ámbito de aplicación.`). */
const maximumWords = 6

/**
 * The length of the heading an article's line prints between its number and its text, its stop
 * included, as Andean Community decisions and Latin American acts print their articles (`Artículo 1.-
 * Objeto. La presente Decisión …`): a few words that open in upper case and end with a stop, with no
 * figure, comma, colon or bracket (a sentence's), before text that opens in upper case. `undefined`
 * where the article's line opens with no such words.
 */
export function inlineHeadingLength(reading: Reading): number | undefined {
  const {label, rest} = reading
  if (label?.kind !== 'unit' || label.unit !== 'article' || !reading.printed) return undefined
  // The number ends with its stop (`Artículo 1.`, `Artículo 1.-`): `Art. 3 - Esta Decisión …` runs on.
  const printed = label.printed
  if (!(printed.endsWith('.') || printed.endsWith('.-'))) return undefined
  if (!isUpper(rest[0]) || reading.verb) return undefined
  let words = 1
  for (let index = 1; index < rest.length && index < 80; index++) {
    const character = rest[index]!
    if (character === '.') {
      if (rest[index + 1] !== ' ' || !isUpper(rest[index + 2])) return undefined
      return index + 1
    }
    if (character === ' ') {
      if (++words > maximumWords) return undefined
    } else if (!isLetter(character) && character !== '-' && character !== '’' && character !== "'") {
      return undefined
    }
  }
  return undefined
}

/**
 * Whether a document heads its articles on their lines (see {@link inlineHeadingLength}): a drafting
 * habit of the whole act, so at least two of the articles with text on their number's line, and at
 * least half of them, open with such a heading. One article whose first sentence is short
 * (`Artículo 2.- Quedan derogadas las normas anteriores. …`) is no heading.
 */
export function headsArticlesInline(readings: readonly Reading[], lexicon: Lexicon): boolean {
  if (!lexicon.profile.headingsEndWithStop) return false
  let lines = 0
  let headed = 0
  for (const reading of readings) {
    if (reading.label?.kind !== 'unit' || reading.label.unit !== 'article' || reading.rest === '') continue
    lines++
    if (inlineHeadingLength(reading) !== undefined) headed++
  }
  return headed >= 2 && headed * 2 >= lines
}

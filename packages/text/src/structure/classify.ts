import type {AttachmentRule, Profile} from '../profile.js'
import {head, isDigit, isLetter, isLower, isUpper, isUpperCaseText, startsWithWord} from '../text-utils.js'

/** Word lists of a profile, indexed by first word for a quick look-up. */
export interface Lexicon {
  profile: Profile
  openers: Map<string, string[]>
  verbs: Map<string, string[]>
}

/** Index a profile's phrase lists by their first word. */
export function createLexicon(profile: Profile): Lexicon {
  return {profile, openers: index(profile.recitalOpeners ?? []), verbs: index(profile.operativeVerbs ?? [])}
}

function index(phrases: string[]): Map<string, string[]> {
  const map = new Map<string, string[]>()
  for (const phrase of phrases) {
    const first = firstWord(phrase)
    const list = map.get(first)
    if (list) list.push(phrase)
    else map.set(first, [phrase])
  }
  return map
}

/** The leading run of letters of a text. */
export function firstWord(text: string): string {
  let end = 0
  while (end < text.length && end < 40 && isLetter(text[end])) end++
  return text.slice(0, end)
}

function startsWithPhrase(text: string, map: Map<string, string[]>): boolean {
  const phrases = map.get(firstWord(text))
  return phrases?.some((phrase) => startsWithWord(text, phrase)) === true
}

/** Whether a text opens with a recital opener of the profile (`Réaffirmant`, `Deeply concerned`). */
export function isRecitalStart(text: string, lexicon: Lexicon): boolean {
  return startsWithPhrase(text, lexicon.openers)
}

/** Whether a text opens with an operative verb of the profile (`Décide`, `Urges`). */
export function isOperativeStart(text: string, lexicon: Lexicon): boolean {
  return startsWithPhrase(text, lexicon.verbs)
}

/** Characters that may open the text of a numbered paragraph after its number. */
function opensClause(character: string | undefined): boolean {
  return character === undefined || isUpper(character) || '«"“‘\'(['.includes(character)
}

/** The number of an operative paragraph as written (`1.`, `12.`), or `undefined`. */
export function paragraphNumber(text: string, lowerCase = false): string | undefined {
  let index = 0
  while (index < text.length && index < 5 && isDigit(text[index])) index++
  if (index === 0 || index > 4 || text[index] !== '.') return undefined
  const after = text[index + 1]
  if (after === undefined) return text.slice(0, index + 1)
  if (after !== ' ' || !(opensClause(text[index + 2]) || (lowerCase && isLower(text[index + 2]))))
    return undefined
  return text.slice(0, index + 1)
}

/** The number of a point as written (`a)`, `(b)`, `iv)`, `(iv)`), or `undefined`. */
export function pointNumber(text: string): string | undefined {
  const open = text[0] === '(' ? 1 : 0
  let index = open
  while (index < text.length && index - open < 6 && isLower(text[index]) && text.charCodeAt(index) < 128)
    index++
  const length = index - open
  if (length === 0 || text[index] !== ')') return undefined
  if (length > 1 && !isRoman(text.slice(open, index))) return undefined
  const after = text[index + 1]
  if (
    after !== undefined &&
    (after !== ' ' || !(isLetter(text[index + 2]) || '«"“'.includes(text[index + 2] ?? '')))
  ) {
    return undefined
  }
  return text.slice(0, index + 1)
}

/** Whether a lower-case word is a roman numeral. */
export function isRoman(word: string): boolean {
  for (const character of word) if (!'ivxlc'.includes(character)) return false
  return word.length > 0
}

/** The attachment rule whose heading opens this line, if the line is in capitals. */
export function attachmentRule(text: string, profile: Profile): AttachmentRule | undefined {
  const start = head(text)
  if (!isUpperCaseText(start)) return undefined
  return (profile.attachments ?? []).find((rule) => startsWithWord(start, rule.startsWith))
}

/** Whether a character ends a sentence or a clause: `.`, `;`, `:`, `!`, `?`, `»`, `”`. */
export function isTerminal(character: string | undefined): boolean {
  return character !== undefined && '.;:!?»”'.includes(character)
}

import {isLetter, isLower, isUpper} from './characters.js'
import type {Lexicon, PhraseIndex} from './lexicon.js'

// How a text opens, by the profile's phrases: an operative verb, a recital opener, a closing
// formula, after adverbs. Most texts open with a word that starts none of them: the tests look that
// word up before they lower the text's start.

/** The leading run of letters of a text (no hyphen or apostrophe), at most 40. */
export function leadingLetters(text: string): string {
  let end = 0
  while (end < text.length && end < 40 && isLetter(text[end])) end++
  return text.slice(0, end)
}

/** The leading run of letters (and inner hyphens or apostrophes) of a text. */
export function firstWord(text: string): string {
  let end = 0
  while (
    end < text.length &&
    end < 40 &&
    (isLetter(text[end]) || (end > 0 && (text[end] === '-' || text[end] === '’') && isLetter(text[end + 1])))
  )
    end++
  return text.slice(0, end)
}

/**
 * Where the first word of a text from `start` ends (see `firstWord`), when it and the two characters
 * after it are ASCII; else -1. Such a word lowered alone is the start of the text lowered: no ASCII
 * letter changes its length or the case of a neighbour when lowered.
 */
export function asciiWordEnd(text: string, start: number): number {
  // Every read is inside the text: a read past its end makes V8 recompile the loop slower.
  const limit = Math.min(text.length, start + 40)
  let end = start
  while (end < limit) {
    const code = text.charCodeAt(end)
    if (
      isAsciiLetter(code) ||
      (code === 45 && end > start && end + 1 < text.length && isAsciiLetter(text.charCodeAt(end + 1)))
    )
      end++
    else break
  }
  if (end < text.length && text.charCodeAt(end) >= 128) return -1
  return end + 1 < text.length && text.charCodeAt(end + 1) >= 128 ? -1 : end
}

/** Whether a character (by its code) is an ASCII letter. */
export function isAsciiLetter(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90)
}

/**
 * The first word of a text in lower case: `firstWord` of the lowered start, made by lowering the
 * word alone where it is plain ASCII (see {@link asciiWordEnd}).
 */
export function lowerFirstWord(text: string): string {
  const end = asciiWordEnd(text, 0)
  return end < 0 ? firstWord(text.slice(0, 48).toLowerCase()) : text.slice(0, end).toLowerCase()
}

/** The length of the phrase of `index` that `lower` opens with (then a non-letter), or 0. */
export function phraseAt(lower: string, index: PhraseIndex): number {
  const list = index.get(firstWord(lower))
  if (!list) return 0
  for (const phrase of list) {
    if (lower.startsWith(phrase) && !isLetter(lower[phrase.length])) return phrase.length
  }
  return 0
}

/** Skip up to two adverbs (`Also`, `Once again`, `Strongly`) and the spaces or commas after them. */
export function afterAdverbs(lower: string, lexicon: Lexicon): number {
  let at = 0
  for (let count = 0; count < 2; count++) {
    const length = phraseAt(lower.slice(at), lexicon.adverbs)
    if (length === 0) break
    let next = at + length
    while (lower[next] === ' ' || lower[next] === ',') next++
    if (!isLetter(lower[next])) break
    at = next
  }
  return at
}

/**
 * Whether a text opens with an operative verb (`Decides`, `DECIDES`, `Also requests`, `Calls upon`).
 * `labelled`: the text follows a clause number, where any case goes. `first`: the text's
 * {@link lowerFirstWord}, when the caller has it already (here and in the tests below).
 */
export function opensWithVerb(
  text: string,
  lexicon: Lexicon,
  labelled = false,
  first?: string | undefined,
): boolean {
  if (!casedForClause(text, lexicon, labelled)) return false
  // Opening with neither an adverb nor a verb, it opens with no verb.
  const word = first ?? lowerFirstWord(text)
  if (!lexicon.adverbs.has(word) && !lexicon.verbs.has(word)) return false
  const lower = text.slice(0, 120).toLowerCase()
  const start = afterAdverbs(lower, lexicon)
  return phraseAt(lower.slice(start), lexicon.verbs) > 0
}

/**
 * Whether a text opens with a recital opener: a listed phrase (`Recalling`, `Deeply concerned`,
 * `Having regard to`), or a participle with one of the profile's endings (`Underscoring`).
 */
export function opensWithRecital(
  text: string,
  lexicon: Lexicon,
  labelled = false,
  first?: string | undefined,
): boolean {
  return recitalOpening(text, lexicon, labelled, first) !== undefined
}

/**
 * How a text opens a recital: with a `listed` phrase of the profile, or with a participle found by
 * its `ending` (weaker: `Stockpiling and Use…` may be a line of a sentence), or not at all.
 */
export function recitalOpening(
  text: string,
  lexicon: Lexicon,
  labelled = false,
  first: string | undefined = undefined,
): 'listed' | 'ending' | undefined {
  const cased = casedForClause(text, lexicon, labelled)
  // Citations and recitals of acts open in lower case in every language (`vu …`, `considérant …`,
  // `visto …`, `having regard to …` after the formula): a listed phrase is a recital in any case.
  if (!cased && !isLower(text[0])) return undefined
  first ??= lowerFirstWord(text)
  if (!lexicon.adverbs.has(first) && !lexicon.openers.has(first) && !lexicon.verbs.has(first)) {
    // Opening with no adverb, listed phrase or verb, it is a participle by its ending or nothing.
    if (!cased || first.length < 6 || first.includes('-')) return undefined
    return lexicon.endings.some((ending) => first.endsWith(ending)) ? 'ending' : undefined
  }
  const lower = text.slice(0, 120).toLowerCase()
  const start = afterAdverbs(lower, lexicon)
  const rest = lower.slice(start)
  if (phraseAt(rest, lexicon.openers) > 0) return 'listed'
  if (!cased) return undefined
  const word = firstWord(rest)
  if (word.length < 6 || word.includes('-')) return undefined
  if (!lexicon.endings.some((ending) => word.endsWith(ending))) return undefined
  return phraseAt(rest, lexicon.verbs) === 0 ? 'ending' : undefined
}

/** Whether a text opens with a closing formula (`Done at`, `Fait à`). */
export function opensWithClosing(text: string, lexicon: Lexicon, first?: string | undefined): boolean {
  if (!lexicon.closings.has(first ?? lowerFirstWord(text))) return false
  return phraseAt(text.slice(0, 60).toLowerCase(), lexicon.closings) > 0
}

/** A clause opens in upper case, in lower case where the language does, or anyhow after a number. */
function casedForClause(text: string, lexicon: Lexicon, labelled: boolean): boolean {
  const first = text[0]
  if (isUpper(first)) return true
  return isLower(first) && (labelled || lexicon.lowerCase)
}

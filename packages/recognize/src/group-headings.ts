import {isDigit, isLetter, isLower} from './characters.js'
import type {Lexicon} from './lexicon.js'
import {opensWithRecital, opensWithVerb, recitalOpening} from './phrases.js'
import type {Reading} from './reading.js'

/**
 * What an opener printed alone above the clauses it governs heads: recitals in the preamble, or
 * operative clauses in the body.
 *
 * The ITU, and bodies that draft as it does, print each part's opener on a line of its own, in lower
 * case (italic in print) and without punctuation: `considering`, `recognizing`, `noting` above
 * lettered recitals (`a) that …;`), `resolves`, `instructs the Secretary-General`, `invites Member
 * States` above numbered clauses (`1 to …;`, a number without a stop) or a single unnumbered one
 * (`to participate …`). The opener belongs to every clause of its group, so that it is the group's
 * head, not a clause: the recitals' introduction, or the heading of a group of operative clauses.
 */
export type GroupKind = 'recitals' | 'operative'

/** The name of the `hcontainer` of a group of operative clauses under their opener. */
export const operativeGroup = 'operativeGroup'

/**
 * Most words an opener printed alone takes: the verb with whom it addresses (`instructs the Director
 * of the Telecommunication Development Bureau, in collaboration with the Directors of the other two
 * Bureaux` is about the longest), past which a line is a sentence, not a heading.
 */
const maxWords = 20

/**
 * The group a block heads, if it is an opener printed alone: no label, a lower-case first letter,
 * no punctuation at its end, an opener of the profile (an operative verb or a recital opener, with
 * what follows it), and a clause after it that opens with a label or in lower case; and the clause
 * before it, if any, finished. A lower-case line after a clause that stops mid-sentence (`1. Decides
 * to convene a meeting, and` / `requests the Secretary-General` / `to report …;`, a text hard-wrapped
 * line by line) goes on with that clause: the ITU ends every clause above an opener with `,`, `;` or
 * `.`.
 */
export function groupHeadingOf(
  reading: Reading,
  next: Reading | undefined,
  lexicon: Lexicon,
  previous?: Reading | undefined,
): GroupKind | undefined {
  if (reading.label || !next || !isLower(reading.bare[0]) || !isLetter(reading.last)) return undefined
  if (previous && unfinishedClause(previous)) return undefined
  if (reading.words > maxWords) return undefined
  if (!next.label && !isLower(next.bare[0]) && !bareNumberOf(next)) return undefined
  if (opensWithVerb(reading.bare, lexicon, true)) return 'operative'
  if (opensWithRecital(reading.bare, lexicon, true)) return 'recitals'
  return undefined
}

/**
 * Whether a block may be an opener printed alone, by itself (see {@link groupHeadingOf}, which also
 * asks the blocks around it): no label, a lower-case first letter, a letter at its end, at most
 * twenty words, and an operative verb or a listed recital opener of the profile first (`resolves`,
 * `instructs the Director of the Telecommunication Standardization Bureau`, `considering`).
 */
export function mayBeOpenerAlone(reading: Reading, lexicon: Lexicon): boolean {
  if (reading.label || !isLower(reading.bare[0]) || !isLetter(reading.last)) return false
  if (reading.words > maxWords) return false
  // A participle the profile does not list (`including`) is no opener the reader may cut a line at.
  return (
    opensWithVerb(reading.bare, lexicon, true) || recitalOpening(reading.bare, lexicon, true) === 'listed'
  )
}

/** Whether a block is a clause (labelled, or opened by a verb or a recital opener) that stops mid-sentence. */
function unfinishedClause(reading: Reading): boolean {
  const last = reading.last
  if (!isLetter(last) && !isDigit(last)) return false
  return reading.label !== undefined || reading.verb || reading.recital
}

/**
 * A clause number printed without a stop before a lower-case word (`1 to continue …`, `2 that …`),
 * as the ITU numbers the clauses of an operative group: the number and the characters it takes with
 * the space after it. Read only within such a group, where a number at a clause's start is its label.
 */
export function bareNumberOf(reading: Reading): {value: string; length: number} | undefined {
  const text = reading.bare
  let end = 0
  while (end < 3 && isDigit(text[end])) end++
  if (end === 0 || text[end] !== ' ') return undefined
  let after = end
  while (text[after] === ' ') after++
  if (!isLower(text[after])) return undefined
  return {value: text.slice(0, end), length: after}
}

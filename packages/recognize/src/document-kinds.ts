import {isDigit, isUpper} from './characters.js'
import type {Lexicon} from './lexicon.js'
import type {Profile} from './profile.js'
import type {Reading} from './reading.js'

/**
 * Whether a line opens with a word that names a document of the genre, one the profile's
 * `documentKinds` lists (`Resolution`, `Déclaration`, compared without case), and two words or more
 * follow it (`Declaration on water security`): the one signal of a title by its kind, read by the
 * recognition in the front matter and by a text reader among a web page's menu lines.
 *
 * @param text The line, trimmed.
 * @param profile The profile whose `documentKinds` to read (none: `false`).
 * @returns Whether the line opens with a document's kind.
 * @example opensWithDocumentKind('Declaration on water security', profiles.en) // true
 */
export function opensWithDocumentKind(text: string, profile: Profile | undefined): boolean {
  const space = text.indexOf(' ')
  if (space < 0 || text.indexOf(' ', space + 1) < 0) return false
  return isDocumentKind(text.slice(0, space), profile)
}

/**
 * Whether a word is one of the profile's `documentKinds` (`Resolution`, `Antrag`), compared without
 * case: the one test of a kind's word, asked of a line's first word ({@link opensWithDocumentKind}),
 * of a cover's or a print's kind alone, and by a text reader of a line's last.
 *
 * @param word The word.
 * @param profile The profile whose `documentKinds` to read (none: `false`).
 * @returns Whether the word names a kind of document.
 * @example isDocumentKind('RESOLUTION', profiles.en) // true
 */
export function isDocumentKind(word: string, profile: Profile | undefined): boolean {
  const lower = word.toLowerCase()
  return (profile?.documentKinds ?? []).some((kind) => kind.toLowerCase() === lower)
}

/**
 * Whether a line opens with the document's number line, as one of the profile's `documentNumber`
 * patterns reads it (`DECISION No. 7/17`, `80/41. Measures …`, `LEI Nº 15.321, DE 14 DE MARÇO DE
 * 2031`): the one test of a number line, read by the recognition in the front matter and by a text
 * reader that lets a title wrapped under its number go on onto the next line.
 *
 * @param text The line, trimmed.
 * @param profile The profile whose `documentNumber` patterns to read (none: `false`).
 * @returns Whether the line opens with the document's number.
 * @example opensWithDocumentNumber('80/41. Measures to prevent terrorists', profiles.en) // true
 */
export function opensWithDocumentNumber(text: string, profile: Profile | undefined): boolean {
  return (profile?.documentNumber ?? []).some((pattern) => pattern.test(text))
}

/**
 * Whether a line is one of a head of state's promulgation formula, as one of the profile's
 * `promulgation` patterns reads it in its first 300 characters (`FELIPE VI`, `REY DE ESPAÑA`, `A
 * todos los que la presente vieren y entendieren.`): the one test of such a line, read by the
 * recognition above an act's preamble and by a text reader that keeps such short lines out of a
 * web page's menu.
 *
 * @param text The line, trimmed.
 * @param profile The profile whose `promulgation` patterns to read (none: `false`).
 * @returns Whether the line is a line of a promulgation formula.
 * @example opensWithPromulgation('REY DE ESPAÑA', profiles.es) // true
 */
export function opensWithPromulgation(text: string, profile: Profile | undefined): boolean {
  const patterns = profile?.promulgation
  if (!patterns) return false
  const head = text.slice(0, 300)
  return patterns.some((pattern) => pattern.test(head))
}

/**
 * Whether a block opens with a document's kind (see {@link opensWithDocumentKind}) and holds three to
 * sixty words, a word in lower case among them, no clause ending with a comma or colon: it names the
 * document (a number line, read before, names it by its number).
 */
export function namesDocument(reading: Reading, lexicon: Lexicon): boolean {
  if (reading.label || reading.words < 3 || reading.words > 60) return false
  if (reading.last === ',' || reading.last === ':') return false
  const text = reading.bare
  if (!opensWithDocumentKind(text, lexicon.profile)) return false
  // A title's words go on in lower case (`on water security`); a number's do not (`Décision 7
  // EXT.COM 4A`, a number line above its title). In capitals, a title goes on in words of letters
  // (`DÉCISION SUR LE RAPPORT DE LA COMMISSION …`), four at least, no figure among them.
  if (/\s\p{Ll}{2}/u.test(text.slice(text.indexOf(' '), 300))) return true
  return reading.words >= 4 && reading.capitals && !/\d/.test(text.slice(0, 300))
}

/**
 * Whether a line ends with one of the profile's document kinds, or its plural, and a year, as
 * Commonwealth instruments' short titles do (`The Single-Use Plastics (England) Regulations 2031`):
 * it names the document. A line of more than thirty words, or one that ends a sentence, names none.
 */
export function endsWithKindAndYear(reading: Reading, lexicon: Lexicon): boolean {
  if (reading.label || reading.words < 3 || reading.words > 30) return false
  const text = reading.bare
  const space = text.lastIndexOf(' ')
  const year = text.slice(space + 1)
  if (year.length !== 4 || !/^(?:1[89]|20)\d\d$/.test(year)) return false
  const before = text.lastIndexOf(' ', space - 1)
  const word = text.slice(before + 1, space)
  const profile = lexicon.profile
  return isDocumentKind(word, profile) || (word.endsWith('s') && isDocumentKind(word.slice(0, -1), profile))
}

/** An act's title line as a profile's `actTitles` read it: its number, its date as printed, the year. */
export interface ActTitle {
  /** The number as printed (`7/2031`, `2031-123`), if the title prints one. */
  number?: string | undefined
  /** The date as printed (`14 de marzo`, `3 mars 2031`). */
  date: string
  /** The year the number gives, where the date leaves it out (`2031` of `7/2031, de 14 de marzo`). */
  year?: string | undefined
  /** The FRBR country of acts titled so, where the rule says. */
  country?: string | undefined
  /**
   * Where the title starts in the line, past the journal's insertion number (`6981 Real Decreto …`,
   * see `ActTitleRule.insertionNumber`), if it prints one.
   */
  start?: number | undefined
}

/**
 * The act's title a line is, as one of the profile's `actTitles` patterns reads it (`Ley 7/2031, de
 * 14 de marzo, de …`, `Décret n° 2031-123 du 3 mars 2031 relatif à …`): its number and date.
 *
 * @param text The line, trimmed (its first 300 characters are read).
 * @param profile The profile whose `actTitles` to read (none: `undefined`).
 * @returns The number and date the title prints, or `undefined`.
 * @example actTitleOf('Ley 7/2031, de 14 de marzo, de protección de los humedales.', profiles.es)?.number // '7/2031'
 */
export function actTitleOf(text: string, profile: Profile | undefined): ActTitle | undefined {
  const rules = profile?.actTitles
  if (!rules) return undefined
  const head = text.slice(0, 300)
  // Most lines open with a letter: the insertion number is looked for only before a rule that allows it.
  const start = isDigit(head[0]) ? insertionEnd(head) : 0
  for (const rule of rules) {
    if (start > 0 && !rule.insertionNumber) continue
    const groups = rule.pattern.exec(start > 0 ? head.slice(start) : head)?.groups
    if (!groups?.date) continue
    return {
      number: groups.number || undefined,
      date: groups.date,
      year: groups.year || undefined,
      country: rule.country,
      ...(start > 0 ? {start} : {}),
    }
  }
  return undefined
}

/** Where the text starts past an insertion number (up to six figures, a space, a capital), or 0. */
function insertionEnd(text: string): number {
  let end = 0
  while (end < 6 && isDigit(text[end])) end++
  return end > 0 && text[end] === ' ' && isUpper(text[end + 1]) ? end + 1 : 0
}

/**
 * Whether a line is one of the profile's `scopeNotes` (`(Text with EEA relevance)`, `(Texte
 * présentant de l'intérêt pour l'EEE)`), compared whole without its brackets, a final stop, case or
 * the form of the apostrophe: the one test of such a line, read by the recognition in the front
 * matter and by a text reader that sets it apart from the title it stands under.
 *
 * @param text The line, trimmed.
 * @param profile The profile whose `scopeNotes` to read (none: `false`).
 * @returns Whether the line is a scope note.
 * @example isScopeNote('(Text with EEA relevance)', profiles.en) // true
 */
export function isScopeNote(text: string, profile: Profile | undefined): boolean {
  if (!profile?.scopeNotes || text.length > 80) return false
  const notes = scopeNotesOf(profile)
  let start = 0
  let end = text.length
  if (text[end - 1] === '.') end--
  if (text[start] === '(' && text[end - 1] === ')') {
    start++
    end--
  }
  // Most lines are shorter or longer than any note, told before its words are compared.
  if (end - start < notes.shortest) return false
  const words = text.slice(start, end).trim()
  return words.length <= notes.longest && notes.words.has(scopeWords(words))
}

/** A scope note's words as they are compared: lower case, the typographic apostrophe made plain. */
function scopeWords(text: string): string {
  return text.toLowerCase().replaceAll('\u2019', "'")
}

/** Each profile's scope notes as compared, and their shortest and longest length (made once a profile). */
const scopeNotesMade = new WeakMap<Profile, {words: Set<string>; shortest: number; longest: number}>()

function scopeNotesOf(profile: Profile): {words: Set<string>; shortest: number; longest: number} {
  let made = scopeNotesMade.get(profile)
  if (!made) {
    const words = new Set((profile.scopeNotes ?? []).map(scopeWords))
    const lengths = [...words].map((note) => note.length)
    made = {words, shortest: Math.min(...lengths), longest: Math.max(...lengths)}
    scopeNotesMade.set(profile, made)
  }
  return made
}

/**
 * The label a line opens with, if it is one of the profile's `pageLabels` before a colon and a value
 * (`Sumário: Aprova …`): a metadata line of an official journal's page.
 */
export function pageLabelOf(text: string, profile: Profile | undefined): string | undefined {
  const labels = profile?.pageLabels
  if (!labels) return undefined
  // A label is a few words at the line's start, then its value.
  let colon = 2
  while (colon < 31 && colon < text.length && !(text[colon] === ':' && text[colon + 1] === ' ')) colon++
  if (colon >= 31 || colon + 2 >= text.length) return undefined
  const label = text.slice(0, colon)
  return labels.includes(label) ? label : undefined
}

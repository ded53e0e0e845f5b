import {anyPattern} from './any-pattern.js'
import {isLetter} from './characters.js'
import {firstWord, leadingLetters} from './phrases.js'
import type {AttachmentRule, BodyProfile, HierarchyWord, Profile} from './profile.js'

/** A profile's lists, indexed for look-ups in time linear in the text looked at. */
export interface Lexicon {
  profile: Profile
  openers: PhraseIndex
  verbs: PhraseIndex
  adverbs: PhraseIndex
  closings: PhraseIndex
  endings: string[]
  enacting: string[]
  /**
   * The last word of each enacting term (its trailing letters, none when it ends with a sign): a text
   * that ends with another word of two letters or more, or with a sign when no term does, ends with
   * no term.
   */
  enactingEnds: Set<string>
  hierarchy: HierarchyWord[]
  /** The hierarchy words in lower case. */
  hierarchyWords: Set<string>
  /** The words or signs that number an article's paragraphs (`§`, `parágrafo`), in lower case. */
  paragraphWords: string[]
  /**
   * The first words of the recital openers and adverbs, and the hierarchy words: a text that opens
   * with another word (and no label) opens with no listed recital phrase.
   */
  listedStarts: Set<string>
  /**
   * The `listedStarts` of ASCII letters and hyphens only, by their length and first letter (see
   * {@link asciiShape}): a text's first word in ASCII is found among them where it stands, neither cut
   * out nor lowered (a reader asks this of every line).
   */
  listedAscii: Map<number, string[]>
  /**
   * Whether a text (a block's bare head) is a line of the front matter that stands alone: the
   * profile's `documentNumber`, `meetingDay` and `journal` patterns, tested at once (see `anyPattern`).
   */
  isFrontLine: (text: string) => boolean
  /** Whether a text matches one of the profile's `adoptionLines`, tested at once (see `anyPattern`). */
  isAdoptionLine: (text: string) => boolean
  /** Whether a text matches one of the profile's `enactingClauses`, tested at once (see `anyPattern`). */
  isEnactingClause: (text: string) => boolean
  /** Each hierarchy word in lower case (same order as `hierarchy`). */
  hierarchyNames: string[]
  /**
   * The first characters of `hierarchyNames` and `paragraphWords`: a text that opens with none of
   * them names no unit and no article's paragraph.
   */
  hierarchyInitials: Set<string>
  /** Words that number a unit in place of a figure (`primera`, `única`), in lower case. */
  ordinals: Set<string>
  attachments: AttachmentRule[]
  /** Each attachment rule's `startsWith` in upper case (same order as `attachments`). */
  attachmentHeads: string[]
  /** Month number (1–12) by lower-case form. */
  months: Map<string, number>
  /** Number words for dates written in words (see `Profile.numberWords`), if the profile has them. */
  numbers: NumberIndex | undefined
  /** The bodies by their formula, normalised (see {@link normaliseFormula}); the first listed wins. */
  formulas: Map<string, BodyProfile>
  /**
   * The formulas (normalised) by their first letters (up to the first non-letter): a text that opens
   * with none of them and with no formula article is no formula (a cheap test before the reading).
   */
  formulaStarts: Map<string, string[]>
  /**
   * The characters a formula may end with when no block follows: the last of each formula ending, a
   * colon, and a declarant's comma or semicolon.
   */
  formulaLasts: string
  lowerCase: boolean
}

/** A profile's number words, indexed. */
export interface NumberIndex {
  values: Map<string, number>
  joiners: Set<string>
  fillers: Set<string>
  yearsInPairs: boolean
}

/** Phrases in lower case, indexed by their first word. */
export type PhraseIndex = Map<string, string[]>

const cache = new WeakMap<Profile, Lexicon>()

/** The profile last asked for and its lexicon: a reader asks with one profile many times in a row. */
let last: {profile: Profile; lexicon: Lexicon} | undefined

/** The lexicon of a profile (built once per profile object). */
export function lexiconOf(profile: Profile): Lexicon {
  if (last?.profile === profile) return last.lexicon
  const known = cache.get(profile)
  if (known) {
    last = {profile, lexicon: known}
    return known
  }
  const months = new Map<string, number>()
  ;(profile.months ?? []).forEach((forms, index) => {
    for (const form of Array.isArray(forms) ? forms : [forms]) months.set(form.toLowerCase(), index + 1)
  })
  const formulas = new Map<string, BodyProfile>()
  for (const body of profile.bodies ?? []) {
    const key = normaliseFormula(body.formula)
    if (!formulas.has(key)) formulas.set(key, body)
  }
  const formulaStarts = new Map<string, string[]>()
  for (const key of formulas.keys()) {
    const start = leadingLetters(key)
    const keys = formulaStarts.get(start)
    if (keys) keys.push(key)
    else formulaStarts.set(start, [key])
  }
  const hierarchyNames = (profile.hierarchyWords ?? []).map((unit) => unit.word.toLowerCase())
  const paragraphWords = (profile.paragraphWords ?? []).map((word) => word.toLowerCase())
  const lexicon: Lexicon = {
    profile,
    formulas,
    formulaStarts,
    formulaLasts: `${(profile.formulaEndings ?? [',']).map((ending) => ending.slice(-1)).join('')},;:`,
    openers: indexPhrases(profile.recitalOpeners ?? []),
    verbs: indexPhrases(profile.operativeVerbs ?? []),
    adverbs: indexPhrases(profile.adverbs ?? []),
    closings: indexPhrases(profile.closingOpeners ?? []),
    endings: (profile.recitalEndings ?? []).map((ending) => ending.toLowerCase()),
    enacting: (profile.enactingTerms ?? []).map((term) => term.toLowerCase()),
    hierarchy: profile.hierarchyWords ?? [],
    hierarchyWords: new Set(hierarchyNames),
    hierarchyNames,
    paragraphWords,
    listedStarts: new Set(),
    listedAscii: new Map(),
    isFrontLine: anyPattern([
      ...(profile.documentNumber ?? []),
      ...(profile.meetingDay ? [profile.meetingDay] : []),
      ...(profile.journal ? [profile.journal] : []),
    ]),
    isAdoptionLine: anyPattern(profile.adoptionLines ?? []),
    isEnactingClause: anyPattern(profile.enactingClauses ?? []),
    enactingEnds: new Set(),
    hierarchyInitials: new Set([...hierarchyNames, ...paragraphWords].map((name) => name[0] ?? '')),
    ordinals: new Set((profile.ordinalWords ?? []).map((word) => word.toLowerCase())),
    attachments: profile.attachments ?? [],
    attachmentHeads: (profile.attachments ?? []).map((rule) => rule.startsWith.toUpperCase()),
    months,
    numbers: profile.numberWords && {
      values: new Map(Object.entries(profile.numberWords.values)),
      joiners: new Set(profile.numberWords.joiners),
      fillers: new Set(profile.numberWords.fillers),
      yearsInPairs: profile.numberWords.yearsInPairs === true,
    },
    lowerCase: profile.lowerCaseClauses === true,
  }
  lexicon.enactingEnds = new Set(lexicon.enacting.map(trailingLetters))
  lexicon.listedStarts = new Set([...lexicon.openers.keys(), ...lexicon.adverbs.keys(), ...hierarchyNames])
  for (const word of lexicon.listedStarts) {
    if (!/^[a-z][a-z-]*$/.test(word)) continue
    const shape = asciiShape(word.charCodeAt(0), word.length)
    const words = lexicon.listedAscii.get(shape)
    if (words) words.push(word)
    else lexicon.listedAscii.set(shape, [word])
  }
  cache.set(profile, lexicon)
  last = {profile, lexicon}
  return lexicon
}

/** A key for a word of ASCII letters by its first letter (in lower case) and its length. */
export function asciiShape(first: number, length: number): number {
  return length * 128 + first
}

/** The trailing run of letters of a text. */
function trailingLetters(text: string): string {
  let start = text.length
  while (start > 0 && isLetter(text[start - 1])) start--
  return text.slice(start)
}

/** A formula as formulas are compared: straight apostrophes curly, lower case. */
export function normaliseFormula(text: string): string {
  return text.replace(/'/g, '’').toLowerCase()
}

function indexPhrases(phrases: readonly string[]): PhraseIndex {
  const map: PhraseIndex = new Map()
  for (const phrase of phrases) {
    const lower = phrase.toLowerCase()
    const first = firstWord(lower)
    const list = map.get(first)
    if (list) {
      if (!list.includes(lower)) list.push(lower)
    } else map.set(first, [lower])
  }
  // Longest first, so that `calls upon` wins over `calls`.
  for (const list of map.values()) list.sort((left, right) => right.length - left.length)
  return map
}

/**
 * The first character of a text's lower case: that of its first character (only a final sigma
 * lowers by what surrounds it, and it never comes first).
 */
export function lowerInitial(text: string): string | undefined {
  const code = text.charCodeAt(0)
  if (code < 128) return code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : text[0]
  return text.slice(0, 2).toLowerCase()[0]
}

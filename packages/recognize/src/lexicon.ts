import {isLetter, isLower, isUpper} from './characters.js'
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
  hierarchy: HierarchyWord[]
  /** The hierarchy words in lower case. */
  hierarchyWords: Set<string>
  /**
   * The first words of the recital openers and adverbs, and the hierarchy words: a text that opens
   * with another word (and no label) opens with no listed recital phrase.
   */
  listedStarts: Set<string>
  /** Each hierarchy word in lower case (same order as `hierarchy`). */
  hierarchyNames: string[]
  /** The first characters of `hierarchyNames`: a text that opens with none of them names no unit. */
  hierarchyInitials: Set<string>
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
    listedStarts: new Set(),
    hierarchyInitials: new Set(hierarchyNames.map((name) => name[0] ?? '')),
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
  lexicon.listedStarts = new Set([...lexicon.openers.keys(), ...lexicon.adverbs.keys(), ...hierarchyNames])
  cache.set(profile, lexicon)
  last = {profile, lexicon}
  return lexicon
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
 * `labelled`: the text follows a clause number, where any case goes.
 */
export function opensWithVerb(text: string, lexicon: Lexicon, labelled = false): boolean {
  if (!casedForClause(text, lexicon, labelled)) return false
  const lower = text.slice(0, 120).toLowerCase()
  const start = afterAdverbs(lower, lexicon)
  return phraseAt(lower.slice(start), lexicon.verbs) > 0
}

/**
 * Whether a text opens with a recital opener: a listed phrase (`Recalling`, `Deeply concerned`,
 * `Having regard to`), or a participle with one of the profile's endings (`Underscoring`).
 */
export function opensWithRecital(text: string, lexicon: Lexicon, labelled = false): boolean {
  return recitalOpening(text, lexicon, labelled) !== undefined
}

/**
 * How a text opens a recital: with a `listed` phrase of the profile, or with a participle found by
 * its `ending` (weaker: `Stockpiling and Use…` may be a line of a sentence), or not at all.
 */
export function recitalOpening(
  text: string,
  lexicon: Lexicon,
  labelled = false,
): 'listed' | 'ending' | undefined {
  const cased = casedForClause(text, lexicon, labelled)
  // Citations and recitals of acts open in lower case in every language (`vu …`, `considérant …`,
  // `visto …`, `having regard to …` after the formula): a listed phrase is a recital in any case.
  if (!cased && !isLower(text[0])) return undefined
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
export function opensWithClosing(text: string, lexicon: Lexicon): boolean {
  return phraseAt(text.slice(0, 60).toLowerCase(), lexicon.closings) > 0
}

/** A clause opens in upper case, in lower case where the language does, or anyhow after a number. */
function casedForClause(text: string, lexicon: Lexicon, labelled: boolean): boolean {
  const first = text[0]
  if (isUpper(first)) return true
  return isLower(first) && (labelled || lexicon.lowerCase)
}

/**
 * The text of a block with letter-spaced words closed up (`п о с т а н о в л я е т` →
 * `постановляет`), lower case: how enacting terms are compared.
 */
export function closedUp(text: string): string {
  const tokens = text.toLowerCase().split(' ')
  const out: string[] = []
  let run: string[] = []
  const flush = (): void => {
    if (run.length >= 3) out.push(run.join(''))
    else out.push(...run)
    run = []
  }
  for (const token of tokens) {
    let core = token.length
    while (core > 0 && ':,.;'.includes(token[core - 1]!)) core--
    if (core === 1 && isLetter(token[0])) {
      run.push(token)
      if (core !== token.length) flush()
    } else {
      flush()
      out.push(token)
    }
  }
  flush()
  return out.join(' ')
}

/**
 * A text in lower case as enacting terms are compared: letter-spaced words (`п о с т а н о в л я е т`)
 * closed up, only where there are some.
 */
function lowerClosedUp(text: string): string {
  return /(?:^|\s)\p{L} \p{L} \p{L}(?:\s|$)/u.test(text) ? closedUp(text) : text.toLowerCase()
}

/**
 * The enacting term a block ends with before its final `:` (or `,`), if any: `DISPONGO:`, `HAS
 * ADOPTED THIS REGULATION:`, `Государственная Дума … п о с т а н о в л я е т:`.
 */
export function enactingTermOf(text: string, lexicon: Lexicon): string | undefined {
  if (text.length > 400 || lexicon.enacting.length === 0) return undefined
  let end = text.length
  while (end > 0 && text[end - 1] === ' ') end--
  const last = text[end - 1]
  if (last !== ':' && last !== ',' && last !== '–' && last !== '-') return undefined
  const head = text.slice(0, end - 1).trimEnd()
  const body = lowerClosedUp(head)
  for (const term of lexicon.enacting) {
    if (!body.endsWith(term)) continue
    const before = body[body.length - term.length - 1]
    if (before === undefined || !isLetter(before)) return term
  }
  return undefined
}

/**
 * The operative verb a block is, alone, in capitals and before a colon (`DÉCIDE :`, `ARRÊTE :`,
 * `RESUELVE:`, `D E C I D E S :`): the enacting formula of the bodies that print their operative
 * verb once, above articles or numbered paragraphs. Only in capitals: `Decides:` in sentence case
 * opens an operative paragraph of points.
 */
export function enactingVerbOf(text: string, lexicon: Lexicon): string | undefined {
  if (text.length > 80) return undefined
  let end = text.length
  while (end > 0 && text[end - 1] === ' ') end--
  if (text[end - 1] !== ':') return undefined
  const head = text.slice(0, end - 1).trimEnd()
  let letters = 0
  for (const character of head) {
    if (!isLetter(character)) continue
    if (!isUpper(character)) return undefined
    letters++
  }
  if (letters < 3) return undefined
  const lower = lowerClosedUp(head)
  const start = afterAdverbs(lower, lexicon)
  const length = phraseAt(lower.slice(start), lexicon.verbs)
  return length > 0 && start + length === lower.length ? lower : undefined
}

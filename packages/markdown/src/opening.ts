import type {Profile} from '@clausewise/recognize'

/**
 * What a paragraph's opening words make it in a decision, by the language profile's word lists (the
 * ones the text reader uses): the enacting formula (`The General Assembly,`), a recital (`Recalling`,
 * `Deeply concerned`) or an operative paragraph (`Decides`, `Urges`). `undefined` when the words say
 * nothing.
 */
export type Opening = 'formula' | 'recital' | 'operative' | undefined

/** Phrases indexed by their first word, for a look-up linear in the text looked at. */
interface Lexicon {
  openers: Map<string, string[]>
  verbs: Map<string, string[]>
}

const lexicons = new WeakMap<Profile, Lexicon>()

function firstWord(text: string): string {
  let end = 0
  while (end < text.length && end < 40 && /\p{L}/u.test(text[end]!)) end++
  return text.slice(0, end)
}

function index(phrases: readonly string[]): Map<string, string[]> {
  const map = new Map<string, string[]>()
  for (const phrase of phrases) {
    const first = firstWord(phrase)
    const list = map.get(first)
    if (list) list.push(phrase)
    else map.set(first, [phrase])
  }
  return map
}

function lexiconOf(profile: Profile): Lexicon {
  let lexicon = lexicons.get(profile)
  if (!lexicon) {
    lexicon = {openers: index(profile.recitalOpeners ?? []), verbs: index(profile.operativeVerbs ?? [])}
    lexicons.set(profile, lexicon)
  }
  return lexicon
}

function startsWithPhrase(text: string, map: Map<string, string[]>): boolean {
  const phrases = map.get(firstWord(text))
  return (
    phrases?.some((phrase) => text.startsWith(phrase) && !/\p{L}/u.test(text[phrase.length] ?? '')) === true
  )
}

/**
 * Whether a paragraph is an enacting formula: a known body's (`Le Conseil ministériel,`), or a short
 * line that opens with the profile's article and a capital and ends with its formula ending (`,`). With
 * no profile, a short capitalised line ending with a comma.
 */
function isFormula(text: string, profile: Profile | undefined): boolean {
  if (text.length > 100) return false
  const ending = (profile?.formulaEndings ?? [',']).find((candidate) => text.endsWith(candidate))
  if (!ending) return false
  const words = text.slice(0, -ending.length).trim().replace(/'/g, '’')
  for (const body of profile?.bodies ?? []) if (body.formula.replace(/'/g, '’') === words) return true
  const count = words.split(' ').length
  if (count > 8) return false
  const capital = (index: number) => /\p{Lu}/u.test(text[index] ?? '')
  if (!profile) return capital(0) && count <= 5
  return (profile.formulaArticles ?? []).some(
    (article) => text.startsWith(article) && capital(article.length),
  )
}

/**
 * The opening of a paragraph's plain text in a profile's language.
 *
 * @example openingOf('Decides to remain seized of the matter.', profiles.en) // 'operative'
 */
export function openingOf(text: string, profile: Profile | undefined): Opening {
  const trimmed = text.trimStart()
  if (isFormula(trimmed, profile)) return 'formula'
  if (!profile) return undefined
  const lexicon = lexiconOf(profile)
  if (startsWithPhrase(trimmed, lexicon.verbs)) return 'operative'
  if (startsWithPhrase(trimmed, lexicon.openers)) return 'recital'
  return undefined
}

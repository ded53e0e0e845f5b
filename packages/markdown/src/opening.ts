import {type Profile, readOpening} from '@clausewise/recognize'

/**
 * What a paragraph's opening words make it in a decision, by the language profile's word lists (the
 * ones the text reader uses): the opening formula (`The General Assembly,`), the enacting formula that
 * ends with the profile's enacting terms (`Der Bundestag hat … das folgende Gesetz beschlossen:`, `… HAVE
 * ADOPTED THIS REGULATION:`), a recital (`Recalling`, `Deeply concerned`) or an operative paragraph
 * (`Decides`, `Urges`). `undefined` when the words say nothing.
 */
export type Opening = 'formula' | 'enacting' | 'recital' | 'operative' | undefined

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
 * The opening of a paragraph's plain text in a profile's language, as the one clause recognition
 * (`readOpening` of `@clausewise/recognize`, which the text reader cuts its blocks with) reads it: the
 * formula, the enacting formula (the profile's enacting terms before a final colon), an operative verb,
 * a recital opener. With no profile, only a short capitalised line ending
 * with a comma is a formula.
 *
 * @example openingOf('Decides to remain seized of the matter.', profiles.en) // 'operative'
 */
export function openingOf(text: string, profile: Profile | undefined): Opening {
  const trimmed = text.trimStart()
  if (!profile) return isFormula(trimmed, undefined) ? 'formula' : undefined
  const opening = readOpening(trimmed, profile)
  if (opening.formula || isFormula(trimmed, profile)) return 'formula'
  if (opening.enacting) return 'enacting'
  if (opening.verb) return 'operative'
  if (opening.recital) return 'recital'
  return undefined
}

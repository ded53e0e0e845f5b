import {detectLanguage, type LanguageGuess} from '@clausewise/recognize'

/**
 * A superscript span as the convention writes it (`n^o^`, `1^er^`): the ending of an abbreviation or
 * an ordinal, never a word of the sentence. Bounded, no nested quantifier.
 */
const superscript = /\^[^\s^]{1,20}\^/g

/**
 * The language of a Markdown text, as the reader and the writer both guess it: the stop words of its
 * text with superscripts left out. The endings drafts write raised (`o`, `a`, `os`, `as` in
 * `n^o^`, `1^a^`) are stop words of some languages, and in a short draft they would outvote its
 * words.
 *
 * @example languageOf('# Décision n^o^ 1\n\nLe Conseil,\n\n1. Décide ;').language // 'fr'
 */
export function languageOf(markdown: string): LanguageGuess {
  return detectLanguage(markdown.replace(superscript, ' '))
}

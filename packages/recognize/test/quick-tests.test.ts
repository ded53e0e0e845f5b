import {describe, expect, it} from 'vitest'
import {isLetter, isLower, isUpper} from '../src/characters.js'
import {closedUp, enactingTermOf} from '../src/enacting.js'
import {type Lexicon, lexiconOf} from '../src/lexicon.js'
import {readOpening} from '../src/opening.js'
import {
  afterAdverbs,
  firstWord,
  lowerFirstWord,
  opensWithClosing,
  opensWithVerb,
  phraseAt,
  recitalOpening,
} from '../src/phrases.js'
import {profiles} from '../src/profiles/index.js'

// The phrase tests and an opening's signals first look at a text's first or last word, and read
// the whole start only when that word may tell: their answers must be those of the whole reading.
// Each answer here is compared with the one the whole start gives, read as the tests read it before
// they looked at the word first.

/** Texts that open and end in every way the quick looks must tell apart from the whole reading. */
function textsOf(lexicon: Lexicon): string[] {
  const profile = lexicon.profile
  const phrases = [
    ...(profile.recitalOpeners ?? []),
    ...(profile.operativeVerbs ?? []),
    ...(profile.adverbs ?? []),
    ...(profile.closingOpeners ?? []),
    ...(profile.enactingTerms ?? []),
    ...(profile.hierarchyWords ?? []).map((unit) => `${unit.word} 2`),
    ...(profile.formulaArticles ?? []).map((article) => `${article}General Assembly`),
  ]
  const openers = [...phrases, 'Istanbul', 'İstanbul', 'Ölçer', 'Σύμφωνα', 'ΣΑΣ', 'e-mail', 'l’Union', '']
  const texts: string[] = []
  for (const phrase of openers) {
    for (const cased of [phrase, phrase.toLowerCase(), phrase.toUpperCase()]) {
      for (const before of ['', '"', '« ', '1. ', 'a) ', 'iv ', 'Also ', 'once again, ']) {
        for (const after of [
          '',
          ' the report,',
          ' of 25 September 2015,',
          ':',
          ' п о с т а н о в л я е т:',
          '-',
          '»,',
        ]) {
          texts.push(`${before}${cased}${after}`)
        }
      }
    }
  }
  // Enacting terms whose last word is letter-spaced (`hereby r e s o l v e s:`), as some print them.
  for (const term of profile.enactingTerms ?? []) {
    const spaced = term.replace(/\S+$/u, (word) => [...word].join(' '))
    for (const cased of [spaced, spaced.toUpperCase()]) texts.push(`The Senate ${cased}:`, `${cased} :`)
  }
  return texts
}

/** A clause opens in upper case, in lower case where the language does, or anyhow after a number. */
function cased(text: string, lexicon: Lexicon, labelled: boolean): boolean {
  return isUpper(text[0]) || (isLower(text[0]) && (labelled || lexicon.lowerCase))
}

function verbOfWholeStart(text: string, lexicon: Lexicon, labelled: boolean): boolean {
  if (!cased(text, lexicon, labelled)) return false
  const lower = text.slice(0, 120).toLowerCase()
  return phraseAt(lower.slice(afterAdverbs(lower, lexicon)), lexicon.verbs) > 0
}

function recitalOfWholeStart(text: string, lexicon: Lexicon, labelled: boolean): string | undefined {
  const upper = cased(text, lexicon, labelled)
  if (!upper && !isLower(text[0])) return undefined
  const lower = text.slice(0, 120).toLowerCase()
  const rest = lower.slice(afterAdverbs(lower, lexicon))
  if (phraseAt(rest, lexicon.openers) > 0) return 'listed'
  if (!upper) return undefined
  const word = firstWord(rest)
  if (word.length < 6 || word.includes('-')) return undefined
  if (!lexicon.endings.some((ending) => word.endsWith(ending))) return undefined
  return phraseAt(rest, lexicon.verbs) === 0 ? 'ending' : undefined
}

function enactingOfWholeText(text: string, lexicon: Lexicon): string | undefined {
  if (text.length > 400 || lexicon.enacting.length === 0) return undefined
  const trimmed = text.replace(/ +$/u, '')
  const last = trimmed[trimmed.length - 1]
  if (last !== ':' && last !== ',' && last !== '–' && last !== '-') return undefined
  const head = trimmed.slice(0, -1).trimEnd()
  const spaced = /(?:^|\s)\p{L} \p{L} \p{L}(?:\s|$)/u.test(head)
  const body = spaced ? closedUp(head) : head.toLowerCase()
  return lexicon.enacting.find(
    (term) => body.endsWith(term) && !isLetter(body[body.length - term.length - 1] ?? ' '),
  )
}

describe('quick looks at a text agree with its whole reading', () => {
  for (const [language, profile] of Object.entries(profiles)) {
    const lexicon = lexiconOf(profile)
    const texts = textsOf(lexicon)

    it(`phrase tests and enacting terms (${language})`, () => {
      // Compared whole (one expectation rather than one a text: some 30,000 texts a language).
      const quick: unknown[] = []
      const whole: unknown[] = []
      for (const text of texts) {
        quick.push([
          text,
          lowerFirstWord(text),
          opensWithClosing(text, lexicon),
          enactingTermOf(text, lexicon),
        ])
        whole.push([
          text,
          firstWord(text.slice(0, 120).toLowerCase()),
          phraseAt(text.slice(0, 60).toLowerCase(), lexicon.closings) > 0,
          enactingOfWholeText(text, lexicon),
        ])
        for (const labelled of [false, true]) {
          quick.push([
            text,
            labelled,
            opensWithVerb(text, lexicon, labelled),
            recitalOpening(text, lexicon, labelled),
          ])
          whole.push([
            text,
            labelled,
            verbOfWholeStart(text, lexicon, labelled),
            recitalOfWholeStart(text, lexicon, labelled),
          ])
        }
      }
      expect(quick).toEqual(whole)
      // The texts take the slow paths too, not only the quick answers.
      expect(whole.some((entry) => (entry as unknown[])[3] === 'listed')).toBe(true)
      expect(whole.some((entry) => (entry as unknown[])[2] === true)).toBe(true)
      if (lexicon.enacting.length > 0)
        expect(whole.some((entry) => typeof (entry as unknown[])[3] === 'string')).toBe(true)
    })

    it(`an opening's signals, asked first or after its reading (${language})`, () => {
      const quick: unknown[] = []
      const whole: unknown[] = []
      for (const text of texts) {
        const read = readOpening(text, profile)
        void read.label
        const opening = readOpening(text, profile)
        quick.push([text, opening.recitalListed, opening.formula, opening.enacting])
        whole.push([text, read.recitalListed, read.formula, read.enacting])
      }
      expect(quick).toEqual(whole)
    })
  }
})

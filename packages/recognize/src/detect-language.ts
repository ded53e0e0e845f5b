import type {Profile} from './profile.js'
import {profiles} from './profiles/index.js'

/** How much of a text `detectLanguage` reads at most: enough words to decide, and a bounded cost. */
const sampleLength = 16_384

/** How much it reads before it asks whether the guess is past doubt (then again after as much). */
const stretchLength = 2048

/** Hits of the best profile, and its lead over the runner-up, past which more text changes no guess. */
const doubtlessHits = 32
const doubtlessLead = 0.5

/** Fewest stop-word hits to call a text's language sure, and the least lead of the best over the next. */
const sureHits = 8
const sureLead = 0.25

/** What {@link detectLanguage} found: the language, how sure it is, and the runner-up. */
export interface LanguageGuess {
  /** BCP 47 language of the best profile, or `und` when no stop word of any profile was found. */
  language: string
  /**
   * How sure, from 0 to 1: the lead of the best profile's stop-word hits over the runner-up's,
   * relative to the best (1 when no other profile has any hit), scaled down when the text has few
   * hits (fewer than 8). A word that several candidates list counts 1 / (how many list it).
   */
  confidence: number
  /** Whether the guess is sure enough to read with silently: a reader warns when it is not. */
  sure: boolean
  /** The runner-up's language, if any profile other than the best had hits. */
  runnerUp?: string | undefined
  /** Stop-word hits of each candidate (weighted, one decimal), by language. */
  hits: Record<string, number>
}

/**
 * The language of a text among profiles, and how sure that is: counts each profile's stop words in
 * the text, 2 KB at a time, until the guess is past doubt (the best profile has 32 hits and leads the
 * runner-up by half of them: four times the hits and twice the lead a sure guess needs) or 16 KB are
 * read (some 2,500 words, far more than it takes to decide); the profile with most hits wins. The
 * guess is `sure` when the best profile has at least 8 hits and leads the runner-up by a quarter of
 * its hits; `und` (and not sure) when no stop word is found. Confidence and hits are those of the
 * text read. Letters of any script count as word characters.
 *
 * @param text Any text.
 * @param candidates Profiles to choose from (default: the built-in ones).
 * @returns The language, a confidence in [0, 1], whether it is sure, the runner-up and the hits.
 * @example detectLanguage('Le Conseil ministériel, Réaffirmant que la traite des êtres humains').language // 'fr'
 */
export function detectLanguage(text: string, candidates: readonly Profile[] = builtIn): LanguageGuess {
  const {slots, languages} = stopWordsOf(candidates)
  const mask = slots.length - 1
  // Doubles from the start: an array of small integers that turns to doubles deoptimises the loop.
  const scores = new Float64Array(candidates.length)
  const end = Math.min(text.length, sampleLength)
  // A stretch at a time, each ended after a word (none is cut), lowered and scanned; the scan stops
  // after the stretch where the guess is past doubt.
  for (let from = 0; from < end; ) {
    let to = Math.min(end, from + stretchLength)
    while (to < end && isWordCharacter(text.charCodeAt(to))) to++
    const lower = text.slice(from, to).toLowerCase()
    // Words are hashed as they are read; a word is looked up (and compared) only by its hash.
    let start = -1
    let hash = 0
    for (let index = 0; index <= lower.length; index++) {
      const code = index < lower.length ? lower.charCodeAt(index) : 32
      if (isWordCharacter(code)) {
        if (start < 0) {
          start = index
          hash = 0
        }
        hash = hashStep(hash, code)
      } else if (start >= 0) {
        if (index - start <= maxStopLength) {
          for (let stop = slots[hash & mask]; stop !== undefined; stop = stop.next) {
            if (stop.word.length === index - start && lower.startsWith(stop.word, start)) {
              for (let hit = 0; hit < stop.candidates.length; hit++)
                scores[stop.candidates[hit]!]! += stop.weight
              break
            }
          }
        }
        start = -1
      }
    }
    from = to
    if (pastDoubt(scores)) break
  }
  let best = -1
  let second = -1
  scores.forEach((score, index) => {
    if (best < 0 || score > scores[best]!) {
      second = best
      best = index
    } else if (second < 0 || score > scores[second]!) second = index
  })
  const hits: Record<string, number> = {}
  languages.forEach((language, index) => {
    hits[language] = Math.round(scores[index]! * 10) / 10
  })
  const top = best >= 0 ? scores[best]! : 0
  if (top === 0) return {language: 'und', confidence: 0, sure: false, hits}
  const next = second >= 0 ? scores[second]! : 0
  const lead = (top - next) / top
  const confidence = Math.round(lead * Math.min(1, top / sureHits) * 100) / 100
  const language = languages[best]!
  const sure = top >= sureHits && lead >= sureLead
  // One literal for each shape (a property added afterwards changes the object's map and made the
  // optimised function bail out on every other text).
  if (next > 0) return {language, confidence, sure, hits, runnerUp: languages[second]!}
  return {language, confidence, sure, hits}
}

/**
 * Whether the best score is past doubt: at least {@link doubtlessHits} hits (four times a sure
 * guess's), leading the runner-up by half of them (twice a sure guess's lead).
 */
function pastDoubt(scores: Float64Array): boolean {
  let top = 0
  let next = 0
  for (let index = 0; index < scores.length; index++) {
    const score = scores[index]!
    if (score > top) {
      next = top
      top = score
    } else if (score > next) next = score
  }
  return top >= doubtlessHits && top - next >= doubtlessLead * top
}

/** Letters of any cased script, other letters and digits: what words are made of. */
function isWordCharacter(code: number): boolean {
  if (code < 128)
    return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57)
  if (code === 0xd7 || code === 0xf7) return false
  if (code >= 0xc0 && code <= 0x24f) return true
  if (code >= 0x370 && code <= 0x52f) return true
  return code >= 0x1e00 && code <= 0x1fff
}

const builtIn: readonly Profile[] = Object.values(profiles)

/** Longest stop word looked up: longer words are no stop words. */
const maxStopLength = 8

/** One step of a word's hash over its UTF-16 code units, kept to 30 bits (a small integer to V8: no number boxed). */
function hashStep(hash: number, code: number): number {
  return (Math.imul(hash, 31) + code) & 0x3fffffff
}

/**
 * A stop word's candidates (by index) and the weight of a hit: 1 / (how many candidates list it);
 * `next` is the next stop word of the same slot.
 */
interface StopWord {
  word: string
  candidates: number[]
  weight: number
  next: StopWord | undefined
}

/**
 * The candidates' stop words by hash, and their languages (read once: profiles differ in shape). A
 * word's slot is its hash's low bits: an array read rather than a map's look-up for each word of
 * the text (the slots outnumber the words four times or more, so that chains stay short).
 */
interface StopWords {
  slots: Array<StopWord | undefined>
  languages: string[]
}

/** The stop words of the last candidate list asked for (most callers ask with the same one). */
let lastStopWords: {candidates: readonly Profile[]; stopWords: StopWords} | undefined

/** The stop words of the candidates (up to 8 characters), in lower case, with their weights, by hash. */
function stopWordsOf(candidates: readonly Profile[]): StopWords {
  const last = lastStopWords
  if (
    last &&
    last.candidates.length === candidates.length &&
    last.candidates.every((profile, index) => profile === candidates[index])
  )
    return last.stopWords
  const byWord = new Map<string, StopWord>()
  candidates.forEach((profile, index) => {
    for (const word of new Set(profile.stopWords.map((stop) => stop.toLowerCase()))) {
      const known = byWord.get(word)
      if (known) known.candidates.push(index)
      else byWord.set(word, {word, candidates: [index], weight: 1, next: undefined})
    }
  })
  let size = 1024
  while (size < byWord.size * 4) size *= 2
  const slots = new Array<StopWord | undefined>(size).fill(undefined)
  for (const stop of byWord.values()) {
    // A word several candidates list tells less.
    stop.weight = 1 / stop.candidates.length
    if (stop.word.length > maxStopLength) continue
    let hash = 0
    for (let index = 0; index < stop.word.length; index++) hash = hashStep(hash, stop.word.charCodeAt(index))
    stop.next = slots[hash & (size - 1)]
    slots[hash & (size - 1)] = stop
  }
  const stopWords = {slots, languages: candidates.map((profile) => profile.language)}
  lastStopWords = {candidates: [...candidates], stopWords}
  return stopWords
}

// The texts the benchmarks are made of: the 587 General Assembly texts in `../shared/corpus/un-ga-bulk`
// (PDF-extracted English), cut into prose clauses by one fixed, reader-independent rule, so that the
// pairs do not change when a reader changes. A missing corpus is an error, never a fallback.
import {existsSync, readdirSync, readFileSync} from 'node:fs'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {random} from './random.mjs'

const here = dirname(fileURLToPath(import.meta.url))
/** The shared corpus, beside the worktree (override with `CLAUSEWISE_CORPUS`). */
export const corpusRoot = process.env.CLAUSEWISE_CORPUS ?? join(here, '../../../shared/corpus')
export const bulkDirectory = join(corpusRoot, 'un-ga-bulk')

/** File names of the bulk corpus, sorted; throws when it is missing or short. */
export function bulkFiles() {
  if (!existsSync(bulkDirectory)) {
    throw new Error(
      `bench: corpus not found at ${bulkDirectory} (set CLAUSEWISE_CORPUS to the shared corpus folder)`,
    )
  }
  const files = readdirSync(bulkDirectory)
    .filter((name) => name.endsWith('.txt'))
    .sort()
  if (files.length < 500) throw new Error(`bench: ${bulkDirectory} holds ${files.length} texts, expected 587`)
  return files.map((name) => join(bulkDirectory, name))
}

const opener = /^[A-Z][a-z]/
const numberPrefix = /^\(?[0-9]{1,3}[.)]\s+/
// Structure inside a block (`by: (a) …`, `… them. 2. Declarations …`): a reader rightly splits it.
const innerPoint = /\([a-z]{1,4}\)\s/
const innerNumber = /[.;:]\s\d{1,4}\.\s/
// Two recitals the extraction glued (`…, Reaffirming …`): a reader splits them at a line start.
const innerRecital = /[,;] [A-Z][a-z]+ing /

/**
 * Prose clauses of one text: blank-line separated blocks, lines joined by a space, a leading paragraph
 * number dropped, kept when they read as a whole clause (a capitalised first word, 12–300 words,
 * ending in `,` `;` or `.`, no page furniture rule `___`, no points or numbered paragraphs inside).
 */
export function clausesOf(text) {
  const result = []
  for (const block of text.split(/\n[ \t]*\n/)) {
    const joined = block
      .split('\n')
      .map((line) => line.trim())
      .join(' ')
      .replace(/\s+/g, ' ')
      .trim()
    const clause = joined.replace(numberPrefix, '')
    if (
      !opener.test(clause) ||
      clause.includes('___') ||
      innerPoint.test(clause) ||
      innerNumber.test(clause) ||
      innerRecital.test(clause)
    )
      continue
    const last = clause.charAt(clause.length - 1)
    if (last !== ',' && last !== ';' && last !== '.') continue
    const count = clause.split(' ').length
    if (count < 12 || count > 300) continue
    result.push(clause)
  }
  return result
}

/** Whether a clause reads as a recital: a participle opener (`Recalling`, `Noting with concern`) and a comma at the end. */
export function isRecitalText(clause) {
  const first = clause.slice(0, clause.indexOf(' '))
  return first.endsWith('ing') && clause.endsWith(',')
}

let cache
/**
 * Every distinct clause of the corpus (one of each pattern: first or last eight words) in corpus order, split into recitals and operative paragraphs,
 * and the corpus vocabulary (plain lowercase words of 3+ letters, and capitalised ones) sorted by
 * frequency.
 */
export function corpusClauses() {
  if (cache) return cache
  const seen = new Set()
  const recitals = []
  const paragraphs = []
  const counts = new Map()
  const capitalCounts = new Map()
  // Words that open a clause (`Recalling`, `Decides`) keep their place: a reader reads structure from them.
  const openers = new Set()
  const texts = []
  for (const file of bulkFiles()) {
    const text = readFileSync(file, 'utf8')
    texts.push(text)
    for (const clause of clausesOf(text)) {
      // One clause of each pattern (`Takes note of … Territory`, one per territory; the same ending
      // after another opening): two clauses alike would make a planted deletion and insertion read as
      // one rewording.
      const words = clause.toLowerCase().match(/[a-z]+/g) ?? []
      const head = `^${words.slice(0, 8).join(' ')}`
      const tail = `${words.slice(-8).join(' ')}$`
      if (seen.has(head) || seen.has(tail)) continue
      seen.add(head)
      seen.add(tail)
      if (isRecitalText(clause)) recitals.push(clause)
      else if (!clause.endsWith(',')) paragraphs.push(clause)
      else continue
      openers.add(clause.slice(0, clause.indexOf(' ')))
      for (const word of clause.split(' ')) {
        if (/^[a-z]{3,}$/.test(word)) counts.set(word, (counts.get(word) ?? 0) + 1)
        else if (/^[A-Z][a-z]{2,}$/.test(word)) capitalCounts.set(word, (capitalCounts.get(word) ?? 0) + 1)
      }
    }
  }
  const byFrequency = (map) =>
    [...map].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([word]) => word)
  const vocabulary = byFrequency(counts)
  for (const word of openers) capitalCounts.delete(word)
  cache = {recitals, paragraphs, vocabulary, capitals: byFrequency(capitalCounts), texts}
  return cache
}

/**
 * A word mapping that turns corpus text into text of the same shape and word frequencies but other
 * content: each plain word, and each capitalised word but a clause's first (`Recalling` stays, so that
 * a recital still reads as one), is swapped with another of about the same corpus frequency (a random
 * permutation inside bands of 64 neighbouring ranks). `variant` 0 is the identity.
 */
export function dialect(variant) {
  if (variant === 0) return (text) => text
  const {vocabulary, capitals} = corpusClauses()
  const next = random(1000 + variant)
  const map = new Map()
  for (const list of [vocabulary, capitals]) {
    for (let start = 0; start < list.length; start += 64) {
      const band = list.slice(start, start + 64)
      const shuffled = [...band]
      for (let k = shuffled.length - 1; k > 0; k--) {
        const j = Math.floor(next() * (k + 1))
        ;[shuffled[k], shuffled[j]] = [shuffled[j], shuffled[k]]
      }
      for (const [k, word] of band.entries()) map.set(word, shuffled[k])
    }
  }
  return (text) => {
    const first = text.indexOf(' ') + 1
    return text.slice(0, first) + text.slice(first).replace(/[A-Za-z]+/g, (word) => map.get(word) ?? word)
  }
}

import {isLetter, isUpper} from '../text-utils.js'
import type {Site} from './hyphen-words.js'
import type {Item} from './types.js'

/** Most words looked for by one regular expression; past that, one scan of every word counts them. */
const maximumSearches = 256

/**
 * How often each word the judge may ask for occurs in the text — the joined and hyphenated forms of
 * each site (never the site itself, which spans a line end), found by one regular expression, or
 * when they are many by one scan of every word.
 */
export function countWords(items: Item[], sites: Site[]): Map<string, number> {
  const counts = new Map<string, number>()
  const lengths = new Set<number>()
  const want = (word: string): void => {
    counts.set(word.toLowerCase(), 0)
    lengths.add(word.length)
  }
  for (const site of sites) {
    if (isUpper(site.right[0])) continue
    want(`${site.left}${site.right}`)
    want(`${site.left}-${site.right}`)
  }
  if (counts.size === 0) return counts
  if (counts.size <= maximumSearches) search(items, counts)
  else scan(items, counts, lengths)
  return counts
}

/**
 * Count each word as written in lower case, with a capital or in capitals, whole words only: not
 * after a letter (or a letter and a hyphen), not before a letter (or a hyphen and a letter) — what
 * one regular expression of the forms followed by `(?!\p{L}|-\p{L})` finds, in one pass of the
 * regular expression engine over the text of the lines (one line a row).
 *
 * When every character of every form is a letter (a hyphen between two), the engine looks for the
 * forms alone, as plain text (far cheaper to compile than with Unicode classes), and each place it
 * finds is checked here: a word start, and the form (the first made, if several) that ends at a word
 * boundary. No word start can lie inside a form found, so none is skipped.
 */
export function search(items: Item[], counts: Map<string, number>): void {
  const text = items.map((item) => (item.kind === 'line' ? item.flat : '')).join('\n')
  const forms = new Set<string>()
  for (const word of counts.keys()) {
    forms
      .add(word)
      .add(`${word[0]!.toUpperCase()}${word.slice(1)}`)
      .add(word.toUpperCase())
  }
  if (![...forms].every(isPlain)) {
    searchByExpression(text, forms, counts)
    return
  }
  const rank = new Map<string, number>()
  const keys: string[] = []
  for (const form of forms) {
    rank.set(form, keys.length)
    keys.push(form.toLowerCase())
  }
  const lengths = [...new Set([...forms].map((form) => form.length))].sort((a, b) => a - b)
  // Letters and hyphens: nothing to escape.
  const places = new RegExp([...forms].join('|'), 'g')
  for (let found = places.exec(text); found !== null; found = places.exec(text)) {
    const index = found.index
    if (letterAt(text, index - 1) || (text.charCodeAt(index - 1) === 45 && letterAt(text, index - 2)))
      continue
    let first = -1
    for (const length of lengths) {
      if (index + length > text.length) break
      if (!boundaryAt(text, index + length)) continue
      const at = rank.get(text.slice(index, index + length))
      if (at !== undefined && (first < 0 || at < first)) first = at
    }
    if (first < 0) continue
    const count = counts.get(keys[first]!)
    if (count !== undefined) counts.set(keys[first]!, count + 1)
  }
}

/** {@link search} by one regular expression of the forms, boundaries and all. */
export function searchByExpression(text: string, forms: Set<string>, counts: Map<string, number>): void {
  // Case-sensitive, so that the engine can skip ahead by first characters.
  const words = new RegExp(`(?:${[...forms].join('|')})(?!\\p{L}|-\\p{L})`, 'gu')
  for (const found of text.matchAll(words)) {
    const before = found.index - 1
    if (letterAt(text, before) || (text.charCodeAt(before) === 45 && letterAt(text, before - 1))) continue
    const word = found[0].toLowerCase()
    const count = counts.get(word)
    if (count !== undefined) counts.set(word, count + 1)
  }
}

/** Whether every character of a form is a letter, or a hyphen after one. */
function isPlain(form: string): boolean {
  for (let index = 0; index < form.length; index++) {
    if (!(letterAt(form, index) || (form.charCodeAt(index) === 45 && letterAt(form, index - 1)))) return false
  }
  return true
}

/** A letter of any script, cased or not (as `\p{L}`), tested at one place. */
const anyLetter = /\p{L}/uy

/** Whether a word ends before `index`: no letter there, nor a hyphen and a letter. */
function boundaryAt(text: string, index: number): boolean {
  return text.charCodeAt(index) === 45 ? !scriptLetterAt(text, index + 1) : !scriptLetterAt(text, index)
}

function scriptLetterAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index)
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90)
  if (Number.isNaN(code)) return false
  anyLetter.lastIndex = index
  return anyLetter.test(text)
}

/** Count each word in one scan of the lines' words (letters with inner hyphens). */
function scan(items: Item[], counts: Map<string, number>, lengths: Set<number>): void {
  for (const item of items) {
    if (item.kind !== 'line') continue
    const text = item.flat
    let index = 0
    while (index < text.length) {
      if (!letterAt(text, index)) {
        index++
        continue
      }
      let end = index + 1
      while (
        end < text.length &&
        (letterAt(text, end) || (text.charCodeAt(end) === 45 && letterAt(text, end + 1)))
      ) {
        end++
      }
      if (lengths.has(end - index)) {
        const word = text.slice(index, end).toLowerCase()
        const count = counts.get(word)
        if (count !== undefined) counts.set(word, count + 1)
      }
      index = end
    }
  }
}

/** Whether the character at `index` is a letter (ASCII tested first: most text is). */
function letterAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index)
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90)
  return !Number.isNaN(code) && isLetter(text[index])
}

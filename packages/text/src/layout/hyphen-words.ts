import type {Profile} from '../profile.js'
import type {Reporter} from '../report.js'
import {clip} from '../report.js'
import {isLetter, isUpper} from '../text-utils.js'
import type {Item, Line} from './types.js'

/** A line-end hyphen between two lines that follow each other with no break. */
export interface Site {
  /** Index of the line that ends with the hyphen. */
  item: number
  /** The letters before the hyphen on that line. */
  left: string
  /** The letters that open the next line. */
  right: string
}

/** What the document's words say of one site. */
type Evidence = 'kept' | 'joined' | undefined

/**
 * A judge of line-end hyphens from the document's own words, which reports each decision:
 * 1. before a capital the hyphen stays (`Non-` / `Proliferation`);
 * 2. the joined word occurring elsewhere (more often than the hyphenated one) joins; the hyphenated
 *    word occurring elsewhere keeps the hyphen;
 * 3. otherwise it stays after a profile's `hyphenPrefixes` or before its `hyphenSuffixes`;
 * 4. otherwise it goes after a syllable: a piece of at most three letters that is none of the
 *    profile's `stopWords` (`pre-` / `vention`; `by-` / `products` keeps it);
 * 5. otherwise the document's habit decides: where every line end that its words decide keeps the
 *    hyphen, the document breaks no word at line ends; where every one is joined, it does (the
 *    hyphen goes);
 * 6. otherwise it stays: decisions are mostly typeset without breaking words, so a line-end hyphen
 *    between longer pieces is a compound's (`forward-` / `looking`).
 * Returns, for a site, the line that ends with the hyphen and the next, whether the hyphen is kept.
 */
export function createHyphenJudge(
  items: Item[],
  sites: Site[],
  profile: Profile,
  report: Reporter,
): (site: Site, line: Line, following: Line) => boolean {
  const counts = countWords(items, sites)
  const stopWords = new Set(profile.stopWords)
  const count = (word: string): number => counts.get(word.toLowerCase()) ?? 0
  const evidence = (site: Site): Evidence => {
    if (isUpper(site.right[0])) return undefined
    const joined = count(`${site.left}${site.right}`)
    const hyphenated = count(`${site.left}-${site.right}`)
    if (hyphenated > 0 && hyphenated >= joined) return 'kept'
    return joined > 0 ? 'joined' : undefined
  }
  let keeps = 0
  let joins = 0
  for (const site of sites) {
    const found = evidence(site)
    if (found === 'kept') keeps++
    else if (found === 'joined') joins++
  }
  return (site, line, following) => {
    const {left, right} = site
    const text = `${left}-\n${right}`
    const end = line.segments[line.segments.length - 1]!
    const start = end.end - left.length - 1
    const stop = following.segments[0]!.start + right.length
    const keep = (why: string): true => {
      report.info(
        'hyphen-kept',
        `Hyphen of \`${clip(`${left}-${right}`)}\` kept at a line end: ${why}`,
        start,
        stop,
        text,
      )
      return true
    }
    const join = (why: string): false => {
      report.info(
        'hyphen-rejoined',
        `Word \`${clip(`${left}${right}`)}\` rejoined across a line-end hyphen: ${why}`,
        start,
        stop,
        text,
      )
      return false
    }
    if (isUpper(right[0])) return keep('the next word has a capital')
    const found = evidence(site)
    if (found === 'kept') return keep('the document writes it with a hyphen elsewhere')
    if (found === 'joined') return join('the document writes it so elsewhere')
    if (profile.hyphenPrefixes?.includes(left.toLowerCase()))
      return keep(`\`${clip(left)}-\` forms compounds`)
    if (profile.hyphenSuffixes?.includes(right.toLowerCase()))
      return keep(`\`-${clip(right)}\` forms compounds`)
    if (left.length <= 3 && !stopWords.has(left.toLowerCase())) return join(`\`${left}-\` is a syllable`)
    if (keeps > 0 && joins === 0) return keep('the document breaks no word at a line end elsewhere')
    if (joins > 0 && keeps === 0) return join('the document breaks words at line ends elsewhere')
    return keep('a line-end hyphen between longer pieces is a compound’s')
  }
}

/** Most words looked for by one regular expression; past that, one scan of every word counts them. */
const maximumSearches = 256

/**
 * How often each word the judge may ask for occurs in the text — the joined and hyphenated forms of
 * each site (never the site itself, which spans a line end), found by one regular expression, or
 * when they are many by one scan of every word.
 */
function countWords(items: Item[], sites: Site[]): Map<string, number> {
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
 * Count each word in one pass of the regular expression engine over the text of the lines (one line
 * a row): an alternation of the words as written in lower case, with a capital or in capitals, longest
 * first, whole words only. The expression is a plain one (no Unicode mode, no look-around: it scans
 * several times faster); what follows a match is tested after it: no letter, and no hyphen before a
 * letter. With the longest form first, a match that fails that test leaves no shorter form to try at
 * its place (the character after a shorter one is a letter or a hyphen before a letter of the longer).
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
  // The words are letters and hyphens: nothing to escape. Case-sensitive, so that the engine can
  // skip ahead by first characters.
  const longestFirst = [...forms].sort((left, right) => right.length - left.length)
  const words = new RegExp(`(?:${longestFirst.join('|')})`, 'g')
  for (let found = words.exec(text); found !== null; found = words.exec(text)) {
    const before = found.index - 1
    if (letterAt(text, before) || (text.charCodeAt(before) === 45 && letterAt(text, before - 1))) continue
    const after = found.index + found[0].length
    if (anyLetterAt(text, after) || (text.charCodeAt(after) === 45 && anyLetterAt(text, after + 1))) {
      // Not a whole word here: a word may still start inside it (after a letter the test above does
      // not count as one).
      words.lastIndex = found.index + 1
      continue
    }
    const word = found[0].toLowerCase()
    const count = counts.get(word)
    if (count !== undefined) counts.set(word, count + 1)
  }
}

/** A letter of any script (`\p{L}`, astral ones too). */
const anyLetter = /^\p{L}/u

/** Whether a letter of any script (with or without case) starts at `index`. */
function anyLetterAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index)
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90)
  return !Number.isNaN(code) && anyLetter.test(text.slice(index, index + 2))
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

import type {Profile} from '../profile.js'
import type {Reporter} from '../report.js'
import {clip} from '../report.js'
import {isUpper} from '../text-utils.js'
import {countWords} from './hyphen-counts.js'
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

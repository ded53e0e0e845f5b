import type {Child} from '../markup.js'
import {h} from '../markup.js'

// `no 7/17`, `nos 3 et 4`, `No 5`: the ordinal indicator after n/N before a number. Linear: one pass,
// no nested quantifiers. Only for languages that write it raised (French); English `no 5` is a word.
const ordinal = /(^|[^\p{L}\p{N}])([Nn])(os?)(?=[ \u00A0\u202F]?\p{N})/gu

/**
 * A line of text with the ordinal indicator of `nº` raised: `no 7/17` → `n<sup>o</sup> 7/17`. The
 * comparison holds plain text (the model's `sup` is gone), so the redline restores the convention.
 *
 * @example typeset('Décision no 7/17') // ['Décision n', <sup>o</sup>, ' 7/17']
 */
export function typeset(line: string): Child[] {
  const out: Child[] = []
  let last = 0
  for (const match of line.matchAll(ordinal)) {
    const start = match.index + match[1]!.length
    out.push(line.slice(last, start), match[2]!, h('sup', null, match[3]!))
    last = start + match[2]!.length + match[3]!.length
  }
  if (last === 0) return [line]
  out.push(line.slice(last))
  return out
}

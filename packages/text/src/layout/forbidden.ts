import {replaceXmlForbidden, xmlForbiddenCharacters} from '@clausewise/model'
import type {Reporter} from '../report.js'

/** Characters the layout reads itself: form feeds are page breaks, vertical tabs white space. */
const readByLayout = '\f\v'

/** Most forbidden characters reported one by one; the rest are counted in one more warning. */
const maximumReports = 1000

/**
 * The text with the characters XML 1.0 forbids (C0 controls, U+FFFE, U+FFFF, lone surrogates; not the
 * form feeds and vertical tabs the layout reads) replaced by U+FFFD, one code unit for one so every
 * offset stays valid, each reported as a `forbidden-character` warning with its position: the
 * first thousand one by one, then one warning counting the rest.
 */
export function replaceForbidden(text: string, report: Reporter): string {
  const clean = replaceXmlForbidden(text, readByLayout)
  if (clean === text) return text
  let reported = 0
  let more = 0
  let firstMore = 0
  for (const found of xmlForbiddenCharacters(text)) {
    if (readByLayout.includes(text[found.index]!)) continue
    if (reported < maximumReports) {
      report.warn(
        'forbidden-character',
        `Character ${found.label} cannot be stored in XML: replaced by U+FFFD`,
        found.index,
        found.index + 1,
        found.label,
      )
      reported++
    } else {
      if (more === 0) firstMore = found.index
      more++
    }
  }
  if (more > 0) {
    report.warn(
      'forbidden-character',
      `${more} more characters XML cannot store, from here on`,
      firstMore,
      firstMore,
    )
  }
  return clean
}

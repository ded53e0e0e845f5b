import {characterReporter, replaceXmlForbidden, xmlForbiddenCharacters} from '@clausewise/model'
import type {Reporter} from '../report.js'

/** Characters the layout reads itself: form feeds are page breaks, vertical tabs white space. */
const readByLayout = '\f\v'

/**
 * The text with the characters XML 1.0 forbids (C0 controls, U+FFFE, U+FFFF, lone surrogates; not the
 * form feeds and vertical tabs the layout reads) replaced by U+FFFD, one code unit for one so every
 * offset stays valid, each reported as a `forbidden-character` warning with its position: the
 * first thousand one by one, then one warning counting the rest (`characterReporter` of the model).
 */
export function replaceForbidden(text: string, report: Reporter): string {
  const clean = replaceXmlForbidden(text, readByLayout)
  if (clean === text) return text
  const reporter = characterReporter<number>('forbidden-character', (reason, index, label) =>
    report.warn('forbidden-character', reason, index, index + 1, label),
  )
  for (const found of xmlForbiddenCharacters(text)) {
    if (!readByLayout.includes(text[found.index]!)) reporter.add(found.label, found.index)
  }
  reporter.finish()
  return clean
}

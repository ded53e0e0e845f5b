import {characterReporter, invisibleCharacters} from '@clausewise/model'
import type {Reporter} from '../report.js'

/** Characters searched at a time, so that no search holds more than this many findings. */
const chunk = 65_536

/**
 * Report the invisible characters of the text (`invisibleCharacters` of the model: bidi controls,
 * zero-width and other format characters) as `invisible-character` warnings with their position and
 * `U+XXXX`: the first thousand one by one, then one warning counting the rest (`characterReporter`
 * of the model, as every reader reports them). The text is searched
 * once, in chunks, so memory stays bounded whatever it holds. (A caller that knows the text holds no
 * invisible character, `surveyText` tells it, need not call.)
 */
export function reportInvisible(split: {texts: string[]; starts: number[]}, report: Reporter): void {
  const joined = split.texts.join('\n')
  const reporter = characterReporter<[number, number]>('invisible-character', (reason, [start, end], label) =>
    report.warn('invisible-character', reason, start, end, label),
  )
  let line = 0
  let lineStart = 0
  for (let from = 0; from < joined.length; ) {
    let to = Math.min(joined.length, from + chunk)
    // Never part a surrogate pair.
    if (to < joined.length && (joined.charCodeAt(to) & 0xfc00) === 0xdc00) to++
    for (const found of invisibleCharacters(joined.slice(from, to))) {
      const at = from + found.index
      while (line + 1 < split.texts.length && lineStart + split.texts[line]!.length < at) {
        lineStart += split.texts[line]!.length + 1
        line++
      }
      const start = split.starts[line]! + at - lineStart
      reporter.add(found.label, [start, start + (found.codePoint > 0xffff ? 2 : 1)])
    }
    from = to
  }
  reporter.finish()
}

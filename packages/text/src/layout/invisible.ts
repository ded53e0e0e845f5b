import {invisibleCharacters} from '@clausewise/model'
import type {Reporter} from '../report.js'

/** Most invisible characters reported one by one; the rest are counted in one more warning. */
const maximumReports = 1000

/** Characters searched at a time, so that no search holds more than this many findings. */
const chunk = 65_536

/**
 * Report the invisible characters of the text (`invisibleCharacters` of the model: bidi controls,
 * zero-width and other format characters) as `invisible-character` warnings with their position and
 * `U+XXXX`: the first thousand one by one, then one warning counting the rest. The text is searched
 * once, in chunks, so memory stays bounded whatever it holds. (A caller that knows the text holds no
 * invisible character, `surveyText` tells it, need not call.)
 */
export function reportInvisible(split: {texts: string[]; starts: number[]}, report: Reporter): void {
  const joined = split.texts.join('\n')
  let reported = 0
  let more = 0
  let firstMore = 0
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
      if (reported < maximumReports) {
        const reason = `Invisible character ${found.label} in the text: what is shown may differ from what is stored`
        report.warn(
          'invisible-character',
          reason,
          start,
          start + (found.codePoint > 0xffff ? 2 : 1),
          found.label,
        )
        reported++
      } else {
        if (more === 0) firstMore = start
        more++
      }
    }
    from = to
  }
  if (more > 0) {
    report.warn(
      'invisible-character',
      `${more} more invisible characters, from here on`,
      firstMore,
      firstMore,
    )
  }
}

import type {Lexicon} from './lexicon.js'

/** The number an attachment's heading word takes when it stands alone: `2`, `2A`, `IV`, `B`, a `.` or `:` after it. */
export const aloneNumber = /^(?:\d{1,3}[A-Z]?|[IVX]{1,5}|[A-Z])[.:]?$/

/**
 * Where, in the rest of a heading after its word (`1   Regulation 3`, `Regulation 3`), the provision
 * the attachment belongs to starts, as a printed instrument sets it at the right margin of its heading
 * line (the profile's `attachmentReferences`); `undefined` when the rest is no number and reference.
 */
export function referenceStart(rest: string, lexicon: Lexicon): number | undefined {
  const patterns = lexicon.profile.attachmentReferences
  if (!patterns || rest === '') return undefined
  const number = /^(?:\d{1,3}[A-Z]?|[IVX]{1,5}|[A-Z])\s+/.exec(rest)
  const start = number ? number[0].length : 0
  const reference = rest.slice(start)
  return patterns.some((pattern) => pattern.test(reference)) ? start : undefined
}

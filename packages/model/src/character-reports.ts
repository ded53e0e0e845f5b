/**
 * Most characters of one kind (invisible, forbidden in XML) a reader reports one by one; the rest are
 * counted in one more diagnostic. Every reader has the same limit, so that a hostile input costs the
 * same few diagnostics whatever its format.
 *
 * @example characterReportLimit // 1000
 */
export const characterReportLimit = 1000

/** The rules of the characters every reader reports. */
export type CharacterRule = 'invisible-character' | 'forbidden-character'

/** Reports of the characters of one rule, in the order they stand in the source. */
export interface CharacterReporter<Where> {
  /** Report one character (its label, `U+202E`, and where it stands). */
  add(label: string, where: Where): void
  /** Report the count of those past the limit, if any; call once, after the last `add`. */
  finish(): void
}

const reasons: Record<
  CharacterRule,
  {one: (label: string) => string; more: (count: number, label: string) => string}
> = {
  'invisible-character': {
    one: (label) => `Invisible character ${label} in the text: what is shown may differ from what is stored`,
    more: (count, label) => `${count} more invisible characters, from ${label} on`,
  },
  'forbidden-character': {
    one: (label) => `Character ${label} cannot be stored in XML: replaced by U+FFFD`,
    more: (count, label) => `${count} more characters XML cannot store, from ${label} on: replaced by U+FFFD`,
  },
}

/**
 * The one way every reader reports invisible characters and characters XML cannot store: the first
 * {@link characterReportLimit} one by one, each with its label, then one diagnostic counting the rest,
 * placed at the first of them. `emit` makes the reader's diagnostic from the reason, the place and
 * the label (absent for the count).
 *
 * @param rule The diagnostics' `ruleId`.
 * @param emit Makes and keeps one diagnostic.
 * @returns A reporter to give each character found, in order, then `finish`.
 * @example
 * const reasons = []
 * const reporter = characterReporter('invisible-character', (reason) => reasons.push(reason))
 * reporter.add('U+200B', 3)
 * reporter.finish()
 * reasons[0] // 'Invisible character U+200B in the text: what is shown may differ from what is stored'
 */
export function characterReporter<Where>(
  rule: CharacterRule,
  emit: (reason: string, where: Where, label: string | undefined) => void,
): CharacterReporter<Where> {
  const reason = reasons[rule]
  let reported = 0
  let more = 0
  let first: {label: string; where: Where} | undefined
  return {
    add(label, where) {
      if (reported < characterReportLimit) {
        emit(reason.one(label), where, label)
        reported++
        return
      }
      if (more === 0) first = {label, where}
      more++
    },
    finish() {
      if (first) emit(reason.more(more, first.label), first.where, undefined)
      more = 0
      first = undefined
    },
  }
}

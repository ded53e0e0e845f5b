/**
 * Whether any of a list of patterns matches a text, tested with one expression for each set of flags
 * rather than one test for each pattern: `(?:a)|(?:b)` matches a text where `a` or `b` does. A reader
 * asks a profile's front-line and adoption-line patterns of most of its lines, and each test of an
 * expression has a cost of its own, whether it matches or not.
 *
 * A pattern with a numbered back-reference (its number would change) or with the global or sticky
 * flag (a test would read and move its `lastIndex`) is tested on its own, as are patterns that cannot
 * be joined (two groups of one name).
 */
export function anyPattern(patterns: readonly RegExp[]): (text: string) => boolean {
  const alone: RegExp[] = []
  const byFlags = new Map<string, RegExp[]>()
  for (const pattern of patterns) {
    if (/[gy]/.test(pattern.flags) || /\\[1-9]/.test(pattern.source)) {
      alone.push(pattern)
      continue
    }
    const group = byFlags.get(pattern.flags)
    if (group) group.push(pattern)
    else byFlags.set(pattern.flags, [pattern])
  }
  const tests: RegExp[] = []
  for (const [flags, group] of byFlags) {
    if (group.length === 1) {
      tests.push(group[0]!)
      continue
    }
    try {
      tests.push(new RegExp(group.map((pattern) => `(?:${pattern.source})`).join('|'), flags))
    } catch {
      tests.push(...group)
    }
  }
  tests.push(...alone)
  return (text) => {
    for (let index = 0; index < tests.length; index++) if (tests[index]!.test(text)) return true
    return false
  }
}

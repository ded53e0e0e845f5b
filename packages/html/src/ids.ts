const idPattern = /^[A-Za-z][A-Za-z0-9_.-]{0,199}$/

/**
 * Hands out HTML ids: an id taken from input (an eId, a group id) is used only when it looks like one
 * (a letter, then letters, digits, `_`, `.`, `-`), so that input cannot clobber `window.something`
 * with an odd name or collide with ids we make; otherwise, or when already taken, the fallback is used.
 */
export interface IdRegistry {
  /** Reserve and return `wanted` if it is safe and free, else a fresh id from `fallback`. */
  take(wanted: string | undefined, fallback: string): string
  /** Whether an id was handed out. */
  has(id: string): boolean
}

/** A fresh {@link IdRegistry}. */
export function createIds(): IdRegistry {
  const used = new Set<string>()
  const fresh = (base: string): string => {
    if (!used.has(base)) return base
    let suffix = 2
    while (used.has(`${base}-${suffix}`)) suffix++
    return `${base}-${suffix}`
  }
  return {
    take(wanted, fallback) {
      const id =
        wanted !== undefined && idPattern.test(wanted) && !used.has(wanted) ? wanted : fresh(fallback)
      used.add(id)
      return id
    },
    has(id) {
      return used.has(id)
    },
  }
}

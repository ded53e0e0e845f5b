/** A convention directive: an HTML comment `<!-- clausewise: role key="value" -->` before a block. */
export interface Directive {
  role: string
  attributes: Map<string, string>
}

const prefix = 'clausewise:'

/**
 * Read a directive from raw HTML, or `undefined` when the HTML is not one. Attribute values are JSON
 * strings. Linear: a hand-written scanner, no backtracking.
 */
export function parseDirective(html: string): Directive | undefined {
  const trimmed = html.trim()
  if (!trimmed.startsWith('<!--') || !trimmed.endsWith('-->')) return undefined
  const inner = trimmed.slice(4, -3).trim()
  if (!inner.startsWith(prefix)) return undefined
  let index = prefix.length
  const skipSpace = () => {
    while (index < inner.length && /\s/.test(inner[index]!)) index++
  }
  skipSpace()
  const roleStart = index
  while (index < inner.length && /[A-Za-z-]/.test(inner[index]!)) index++
  const role = inner.slice(roleStart, index)
  if (!role) return undefined
  const attributes = new Map<string, string>()
  while (index < inner.length) {
    skipSpace()
    if (index >= inner.length) break
    const keyStart = index
    while (index < inner.length && /[A-Za-z]/.test(inner[index]!)) index++
    const key = inner.slice(keyStart, index)
    if (!key || inner[index] !== '=' || inner[index + 1] !== '"') return undefined
    index++
    const valueStart = index
    index++
    while (index < inner.length && inner[index] !== '"') index += inner[index] === '\\' ? 2 : 1
    if (index >= inner.length) return undefined
    index++
    try {
      const value: unknown = JSON.parse(inner.slice(valueStart, index))
      if (typeof value !== 'string') return undefined
      attributes.set(key, value)
    } catch {
      return undefined
    }
  }
  return {role, attributes}
}

/** Write a directive; values are JSON strings with `<` and `>` escaped so the comment cannot close early. */
export function formatDirective(role: string, attributes: [string, string][] = []): string {
  const parts = attributes.map(
    ([key, value]) => `${key}=${JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e')}`,
  )
  return `<!-- ${prefix} ${[role, ...parts].join(' ')} -->`
}

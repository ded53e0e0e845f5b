/**
 * Whether a link target is one readers keep as a link: `http`, `https`, `mailto` or a relative
 * target. Anything else (`javascript:`, `data:`) is read as its text.
 */
export function isSafeHref(href: string): boolean {
  const colon = href.indexOf(':')
  if (colon === -1) return true
  const slash = href.search(/[/?#]/)
  if (slash !== -1 && slash < colon) return true
  const scheme = href.slice(0, colon).toLowerCase()
  return scheme === 'http' || scheme === 'https' || scheme === 'mailto'
}

/** Percent-encode a value of a `clausewise:` link query (`~` too); lone surrogates become U+FFFD. */
export function encodeValue(value: string): string {
  let encoded: string
  try {
    encoded = encodeURIComponent(value)
  } catch {
    encoded = encodeURIComponent(value.replace(/[\uD800-\uDFFF]/g, '\uFFFD'))
  }
  // `~>` would read as the arrow of a CriticMarkup substitution.
  return encoded.replace(/~/g, '%7E')
}

/** Decode a value of a `clausewise:` link query, or `undefined` when it is malformed. */
export function decodeValue(value: string): string | undefined {
  try {
    return decodeURIComponent(value)
  } catch {
    return undefined
  }
}

/**
 * Escape text for HTML: `&`, `<`, `>`, `"` and `'` become character references. The one escaping
 * function of this package, used for text content and for attribute values alike.
 *
 * @example escapeHtml('<script>alert("x")</script>') // '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;'
 */
export function escapeHtml(value: string): string {
  let result = ''
  let last = 0
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index)
    let replacement: string | undefined
    if (code === 38) replacement = '&amp;'
    else if (code === 60) replacement = '&lt;'
    else if (code === 62) replacement = '&gt;'
    else if (code === 34) replacement = '&quot;'
    else if (code === 39) replacement = '&#39;'
    if (replacement === undefined) continue
    result += value.slice(last, index) + replacement
    last = index + 1
  }
  return last === 0 ? value : result + value.slice(last)
}

/**
 * Bidirectional embedding, override and isolate controls (U+202A–U+202E, U+2066–U+2069). They are
 * removed from attribute values, where nobody reads them and where they could only mislead.
 */
export function stripBidiControls(value: string): string {
  let result = ''
  for (const character of value) {
    const code = character.charCodeAt(0)
    if ((code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069)) continue
    result += character
  }
  return result
}

const allowedSchemes = new Set(['http', 'https', 'mailto'])

/**
 * A URL safe to put in `href` or `cite`, or `undefined` when it is not allowed: fragments (`#x`),
 * root-relative paths (`/akn/…`, not `//host`), and `http:`, `https:`, `mailto:` URLs. Anything with
 * control characters or whitespace inside (browsers drop tabs and newlines, so `java\tscript:` would
 * run) is refused.
 *
 * @example safeUrl('javascript:alert(1)') // undefined
 * @example safeUrl('/akn/osce/statement/decision/2017-12-08/mc-7-17') // '/akn/osce/…'
 */
export function safeUrl(url: string): string | undefined {
  const value = url.trim()
  if (value === '' || value.length > 4096) return undefined
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index)
    if (code <= 0x20 || code === 0x7f || code === 0x5c) return undefined
  }
  const first = value.charAt(0)
  if (first === '#') return value
  if (first === '/') return value.charAt(1) === '/' ? undefined : value
  const colon = value.indexOf(':')
  if (colon < 1) return undefined
  const scheme = value.slice(0, colon).toLowerCase()
  return allowedSchemes.has(scheme) ? value : undefined
}

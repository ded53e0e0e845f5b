// Characters escaped wherever they stand in text: Markdown and CriticMarkup syntax, and `&` so that
// character references in text stay text.
const alwaysEscaped = new Set(['\\', '`', '*', '_', '[', ']', '<', '>', '#', '~', '^', '{', '}', '&', '|'])

// Characters whose literal value a Markdown parser would change: written as character references.
const encoded: Record<string, string> = {
  '\t': '&#9;',
  '\n': '&#10;',
  '\v': '&#11;',
  '\f': '&#12;',
  '\r': '&#13;',
}

/** Where a piece of text stands, for {@link escapeText}. */
export interface EscapeContext {
  /** The text opens a block (paragraph, heading, list item content). */
  atStart?: boolean | undefined
  /** The text closes a block. */
  atEnd?: boolean | undefined
  /** The text follows a `]` (a footnote call), so an opening `(` would start a link destination. */
  afterBracket?: boolean | undefined
}

/**
 * Escape text so that a CommonMark parser (with our GFM subset) reads it back unchanged: syntax
 * characters get a backslash, control whitespace becomes a character reference, and a space that
 * opens or closes a block becomes `&#32;` since parsers strip it.
 */
export function escapeText(value: string, context: EscapeContext = {}): string {
  let result = ''
  for (let index = 0; index < value.length; index++) {
    const character = value[index]!
    const reference = encoded[character]
    if (reference) result += reference
    else if (alwaysEscaped.has(character)) result += `\\${character}`
    else if (
      index === 0 &&
      context.atStart &&
      (character === ' ' || character === '-' || character === '+' || character === '=')
    )
      result += character === ' ' ? '&#32;' : `\\${character}`
    else if (index === value.length - 1 && context.atEnd && character === ' ') result += '&#32;'
    else if (index === 0 && context.afterBracket && (character === '(' || character === ':'))
      result += `\\${character}`
    else result += character
  }
  if (context.atStart) result = escapeOrderedMarker(result)
  return result
}

/** `1. x` at the start of a block would open an ordered list: escape its delimiter. */
function escapeOrderedMarker(text: string): string {
  let index = 0
  while (index < text.length && index < 10 && text.charCodeAt(index) >= 48 && text.charCodeAt(index) <= 57)
    index++
  if (index === 0) return text
  const delimiter = text[index]
  if (delimiter === '.' || delimiter === ')') return `${text.slice(0, index)}\\${text.slice(index)}`
  return text
}

/** Escape a link destination written in angle brackets. */
export function escapeDestination(value: string): string {
  let result = ''
  for (const character of value) {
    if (character === '<' || character === '>' || character === '\\') result += `\\${character}`
    else if (character === '\n') result += '%0A'
    else if (character === '\r') result += '%0D'
    else result += character
  }
  return result
}

/** Percent-encode a value of a `clausewise:` link query; lone surrogates become U+FFFD. */
export function encodeValue(value: string): string {
  try {
    return encodeURIComponent(value)
  } catch {
    return encodeURIComponent(value.replace(/[\uD800-\uDFFF]/g, '\uFFFD'))
  }
}

/** Decode a value of a `clausewise:` link query, or `undefined` when it is malformed. */
export function decodeValue(value: string): string | undefined {
  try {
    return decodeURIComponent(value)
  } catch {
    return undefined
  }
}

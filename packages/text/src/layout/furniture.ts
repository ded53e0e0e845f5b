import type {Profile} from '../profile.js'
import {isDigit, isUpper} from '../text-utils.js'

/**
 * Whether a trimmed line is page furniture: a page counter (`- 2 -`, `Page 3 of 5`, a profile's
 * patterns) or a document symbol standing alone (`MC.DEC/7/17/Corr.1`, `A/RES/72/1`), as running
 * headers print on each page. Bare page numbers are decided later (they may be footnote markers).
 */
export function isPageFurniture(line: string, profile: Profile): boolean {
  if (isDashedNumber(line) || isSymbol(line)) return true
  for (const pattern of profile.pageFurniture ?? []) if (pattern.test(line)) return true
  return false
}

/** `- 2 -`, `– 12 –`, `-2-`. */
function isDashedNumber(line: string): boolean {
  const dashes = '-–—'
  if (line.length < 3 || line.length > 12) return false
  if (!dashes.includes(line[0]!) || !dashes.includes(line[line.length - 1]!)) return false
  const inner = line.slice(1, -1).trim()
  return inner.length > 0 && [...inner].every(isDigit)
}

/** A document symbol alone on its line: no space, a capital first, a `/` and a digit. */
export function isSymbol(line: string): boolean {
  if (line.length < 5 || line.length > 60 || !isUpper(line[0]) || line.charCodeAt(0) > 127) return false
  let slash = false
  let digit = false
  for (const character of line) {
    if (character === '/') slash = true
    else if (isDigit(character)) digit = true
    else if (!/^[A-Za-z.()-]$/.test(character)) return false
  }
  return slash && digit
}

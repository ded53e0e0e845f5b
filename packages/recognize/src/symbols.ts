import {type SymbolConvention, symbolConventions} from './conventions/symbols.js'

/** A document symbol found in a text, and the convention it follows. */
export interface FoundSymbol {
  symbol: string
  convention: SymbolConvention
  /** Whether the symbol stood alone (a line of its own, a running head). */
  alone: boolean
}

/** Whether a text is, whole, a symbol of one of the bodies' conventions (`S/RES/2999 (2031)`). */
export function isWholeSymbol(text: string): boolean {
  return symbolConventions.some((convention) => {
    const match = convention.pattern.exec(text)
    return match !== null && match.index === 0 && match[0].length === text.length
  })
}

/**
 * The first document symbol a text holds, by the bodies' conventions (`A/RES/79/1`,
 * `S/RES/2401 (2018)`, `MC.DEC/7/17`, `15.COM 2.BUR 3`, `Assembly/AU/Dec.123 (VII)`, `2019/1/EU`).
 */
export function symbolIn(text: string): FoundSymbol | undefined {
  const sample = text.slice(0, 2000)
  let best: {at: number; symbol: string; convention: SymbolConvention} | undefined
  for (const convention of symbolConventions) {
    const match = convention.pattern.exec(sample)
    if (!match) continue
    const before = sample[match.index - 1]
    if (before !== undefined && /[\p{L}\p{N}/]/u.test(before)) continue
    if (!best || match.index < best.at) best = {at: match.index, symbol: match[0].trim(), convention}
  }
  if (!best) return undefined
  return {symbol: best.symbol, convention: best.convention, alone: best.symbol === text.trim()}
}

import {describe, expect, it} from 'vitest'
import {stylesheet} from '../src/index.js'
import {palette} from '../src/palette.js'

function luminance(hex: string): number {
  const channels = [1, 3, 5].map((start) => Number.parseInt(hex.slice(start, start + 2), 16) / 255)
  const [r, g, b] = channels.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [
    number,
    number,
    number,
  ]
  return 0.2126 * r + 0.7152 * g + 0.0722 * b
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number]
  return (light + 0.05) / (dark + 0.05)
}

describe('palette', () => {
  for (const [name, pair] of Object.entries(palette)) {
    it(`gives ${name} text a contrast of at least 4.5:1 (WCAG 1.4.3)`, () => {
      expect(contrast(pair.color, pair.background)).toBeGreaterThanOrEqual(4.5)
    })
  }

  it('knows the contrast of black on white', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5)
  })
})

describe('stylesheet', () => {
  it('never relies on colour alone: deletions struck, insertions underlined, moves double underlined', () => {
    const css = stylesheet()
    expect(css).toMatch(/del\{[^}]*text-decoration:line-through/)
    expect(css).toMatch(/ins\{[^}]*text-decoration:underline/)
    expect(css).toMatch(/\.move-link\{[^}]*text-decoration:underline double/)
  })

  it('prints change bars and turns side by side into inline', () => {
    const print = stylesheet().slice(stylesheet().indexOf('@media print'))
    expect(print).toMatch(/\.clause\[data-clause-change\]\{border-left:3px solid/)
    expect(print).toMatch(/\.screen-only[,{][^}]*display:none/)
    expect(print).toContain('.print-only{display:block}')
  })
})

// Formatting of figures for the Markdown tables.

/** Milliseconds, to 2 significant figures under 10 ms. */
export function ms(value) {
  if (value === undefined || value === null) return '—'
  if (value < 10) return `${value.toFixed(2)} ms`
  if (value < 10_000) return `${Math.round(value)} ms`
  return `${(value / 1000).toFixed(1)} s`
}

/** A median with its spread over rounds: `41 ms (40–44)`. */
export function spread(stat) {
  if (!stat) return '—'
  if (stat.n === 1) return ms(stat.median)
  const plain = (value) => ms(value).replace(/ (ms|s)$/, '')
  return `${ms(stat.median)} (${plain(stat.min)}–${plain(stat.max)})`
}

/** Bytes as MiB. */
export function mib(bytes) {
  return bytes === undefined ? '—' : `${(bytes / 2 ** 20).toFixed(bytes < 2 ** 24 ? 1 : 0)} MiB`
}

/** A size in bytes as `16 KB`, `1.6 MB`. */
export function size(bytes) {
  return bytes >= 1e6 ? `${+(bytes / 1e6).toFixed(1)} MB` : `${Math.round(bytes / 1e3)} KB`
}

/** A ratio `3.2×`. */
export function times(value) {
  return value === undefined || !Number.isFinite(value)
    ? '—'
    : `${value < 0.1 ? value.toFixed(2) : value < 10 ? value.toFixed(1) : Math.round(value)}×`
}

/**
 * A growth exponent with the cost of one doubling of the size it implies: `0.93 (×1.9 per doubling)`
 * (1 and ×2 are linear); `fallback` when there is none.
 */
export function growth(exponent, fallback = '—') {
  if (exponent === undefined || !Number.isFinite(exponent)) return fallback
  return `${exponent.toFixed(2)} (×${(2 ** exponent).toFixed(1)} per doubling)`
}

/** A Markdown table from a header row and rows of cells. */
export function table(header, rows) {
  const line = (cells) => `| ${cells.join(' | ')} |`
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n')
}

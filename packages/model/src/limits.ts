/**
 * The work budget every reader and writer shares, under one set of names. Each reader's options
 * extend {@link Limits}; a value left out takes its default from {@link defaultLimits}. Overrunning a
 * limit is never an abort: a reader throws a `ClausewiseError` (`input-too-large`, `too-deep`,
 * `too-many-nodes`) or, where it can go on with less, reports a diagnostic.
 */
export interface Limits {
  /** Longest input accepted, in UTF-16 code units for text and bytes for binary input. */
  maxLength?: number | undefined
  /** Deepest nesting accepted (elements, list levels, blocks in blocks). */
  maxDepth?: number | undefined
  /** Most nodes a document may hold (elements, clauses, inline nodes). */
  maxNodes?: number | undefined
}

/**
 * The defaults of {@link Limits}: generous for any real document (the longest real decisions and acts
 * are a few MB and nest a few dozen levels), small enough that no input exhausts a browser tab.
 *
 * @example defaultLimits.maxDepth // 500
 */
export const defaultLimits: Readonly<Required<{[K in keyof Limits]: number}>> = Object.freeze({
  maxLength: 64 * 1024 * 1024,
  maxDepth: 500,
  maxNodes: 5_000_000,
})

/**
 * The limits in effect: the caller's, each left out or not a positive number taking its default.
 *
 * @example resolveLimits({maxDepth: 10}).maxDepth // 10
 */
export function resolveLimits(limits: Limits = {}): Required<{[K in keyof Limits]: number}> {
  const pick = (value: number | undefined, fallback: number): number =>
    typeof value === 'number' && value > 0 ? value : fallback
  return {
    maxLength: pick(limits.maxLength, defaultLimits.maxLength),
    maxDepth: pick(limits.maxDepth, defaultLimits.maxDepth),
    maxNodes: pick(limits.maxNodes, defaultLimits.maxNodes),
  }
}

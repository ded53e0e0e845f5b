import type {Point} from 'micromark-util-types'

/** Why the parser read a construct as text or did not open it. */
export type LimitRule = 'too-many-markers' | 'too-deep' | 'too-many-containers'

/** A place where the syntax extensions bounded the parser's work. */
export interface LimitEvent {
  rule: LimitRule
  /** Where in the source (1-based line and column, 0-based offset). */
  point: {line: number; column: number; offset: number}
}

/** Options of the syntax extensions' work bounds. */
export interface SyntaxLimits {
  /**
   * Column past which a block quote or list marker no longer opens a container (default: 1000): it
   * bounds nesting, which micromark reads by recursion.
   */
  maxContainerColumn?: number | undefined
  /** Called where a bound is hit (at most once per paragraph, line or rule and document). */
  onLimit?: ((event: LimitEvent) => void) | undefined
}

/** Default of {@link SyntaxLimits.maxContainerColumn}. */
export const defaultMaxContainerColumn = 1000

/**
 * Work allowed to micromark's backward scans per unit of input: emphasis resolution, label ends and
 * container exits each look back over the events read so far. Their sum is kept under
 * `workPerCharacter × offset + workAllowance`, so the whole parse stays linear.
 */
export const workPerCharacter = 64
export const workAllowance = 4096

/** A point copied from micromark's. */
export function pointOf(point: Point): LimitEvent['point'] {
  return {line: point.line, column: point.column, offset: point.offset}
}

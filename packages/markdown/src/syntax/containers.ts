import {blockQuote, list} from 'micromark-core-commonmark'
import {factorySpace} from 'micromark-factory-space'
import type {
  Code,
  Construct,
  ContainerState,
  Effects,
  Exiter,
  Extension,
  State,
  TokenizeContext,
} from 'micromark-util-types'
import {type LimitEvent, pointOf} from './limit.js'

/**
 * Consecutive lazy lines of plain text (see {@link isPlainStart}) after which further ones continue
 * their container directly. micromark looks back over the whole paragraph on each lazy line, so that a
 * list item or block quote followed by many unprefixed lines was quadratic (96 KB: a minute).
 */
export const lazyRun = 4

/**
 * Most containers opened on one line (`- - - x`, `> > x`). Opening a list item checks the rest of the
 * line for a thematic break, so that many items stacked on one long line were quadratic.
 */
export const maxContainersPerLine = 64

/**
 * Most bullet items (`-`, `*`) opened on one line: each one scans the rest of the line for a thematic
 * break (`- - - -`), so that their number times the line's length is the work.
 */
export const maxBulletsPerLine = 4

/**
 * Work allowed to container exits that copy the document's events (a list item whose next sibling
 * closes the lists nested in it), per character read so far, above a fixed allowance.
 */
export const exitWorkPerCharacter = 256
export const exitWorkAllowance = 1 << 20

interface State_ {
  /** Lines whose lazy continuation was accepted as a continuation. */
  accepted: Set<number>
  /** Lines that start with plain text (a letter, a digit not opening an ordered list, …). */
  plain: Map<number, boolean>
  /** Run of lazy or accepted plain lines ending at a line. */
  runs: Map<number, number>
  /** Line on which a list item continued as a new sibling (its flow closes). */
  closingLine: number
  spent: number
  /** Past the budget: siblings no longer close nested containers (they open a new list instead). */
  exceeded: boolean
  reportedLine: number
  /** Last line on which a container did not continue. */
  failedLine: number
  /** Blank lines seen by the new-container check. */
  blank: Set<number>
  /** Last line on which {@link closer} closed containers. */
  closedLine: number
  /** Columns at which containers opened on the current line. */
  openedLine: number
  opened: Set<number>
  /** Columns at which bullet items opened on the current line. */
  bullets: Set<number>
}

/** Whether a code, after indentation, starts a line that can neither open a block nor interrupt a paragraph. */
function plainCode(code: Code): boolean {
  if (code === null || code < 0) return false
  if (code > 127) return true
  if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122)) return true
  return code === 40 /* ( */ || code === 34 /* " */ || code === 39 /* ' */
}

/** A check: does the line start with plain text (digits count when no `.` or `)` follows them)? */
const plainStart: Construct = {
  tokenize(effects: Effects, ok: State, nok: State): State {
    let spaces = false
    const start: State = (code) => {
      if (code === -2 || code === -1 || code === 32) {
        if (!spaces) effects.enter('linePrefix')
        spaces = true
        effects.consume(code)
        return start
      }
      if (spaces) effects.exit('linePrefix')
      if (code !== null && code >= 48 && code <= 57) {
        effects.enter('data')
        return digits(code)
      }
      return plainCode(code) ? ok(code) : nok(code)
    }
    const digits: State = (code) => {
      if (code !== null && code >= 48 && code <= 57) {
        effects.consume(code)
        return digits
      }
      effects.exit('data')
      return code === 46 || code === 41 ? nok(code) : ok(code)
    }
    return start
  },
  partial: true,
}

/**
 * Charge the copy of the document's events that closing a container may cost; past the budget,
 * containers are closed the cheap way from here on (see {@link closer}).
 */
function charge(
  context: TokenizeContext,
  state: State_,
  onLimit: ((event: LimitEvent) => void) | undefined,
): void {
  if (state.exceeded) return
  state.spent += context.events.length
  const now = context.now()
  if (state.spent > exitWorkPerCharacter * now.offset + exitWorkAllowance) {
    state.exceeded = true
    onLimit?.({rule: 'too-many-containers', point: pointOf(now)})
  }
}

/**
 * Wrap a container construct (block quote, list item, footnote definition) so that:
 *
 * - a marker past `maxColumn` opens no container (nesting is bounded; the marker is text);
 * - after {@link lazyRun} lazy lines of plain text, the next plain lines continue the container
 *   directly: the same paragraph, without micromark's backward scan per lazy line;
 * - a list item whose next sibling would close containers nested in it (micromark then copies all
 *   the document's events) is charged that copy; past the budget, the sibling opens a new list
 *   instead, which costs nothing.
 */
function wrapContainer(
  construct: Construct,
  stateOf: (context: TokenizeContext) => State_,
  maxColumn: number,
  onLimit: ((event: LimitEvent) => void) | undefined,
): Construct {
  const continuation = construct.continuation
  const exit = construct.exit
  const wrapped: Construct = {
    ...construct,
    name: `${construct.name}Bounded`,
    tokenize(this: TokenizeContext, effects, ok, nok) {
      const state = stateOf(this)
      const now = this.now()
      if (state.openedLine !== now.line) {
        state.openedLine = now.line
        state.opened.clear()
        state.bullets.clear()
      }
      const refuse = (code: Code) => {
        if (state.reportedLine !== now.line) {
          state.reportedLine = now.line
          onLimit?.({rule: 'too-deep', point: pointOf(now)})
        }
        return nok(code)
      }
      return (code: Code) => {
        const bullet = code === 42 || code === 45
        if (!state.opened.has(now.column)) {
          if (state.opened.size >= maxContainersPerLine) return refuse(code)
          if (bullet && state.bullets.size >= maxBulletsPerLine) return refuse(code)
        }
        if (now.column > maxColumn) return refuse(code)
        state.opened.add(now.column)
        if (bullet) state.bullets.add(now.column)
        return construct.tokenize.call(this, effects, ok, nok)(code)
      }
    },
  }
  if (continuation)
    wrapped.continuation = {
      tokenize(this: TokenizeContext, effects, ok, fail) {
        const state = stateOf(this)
        const line = this.now().line
        const nok: State = (code) => {
          state.failedLine = line
          // micromark may now close this container by copying all the document's events.
          charge(this, state, onLimit)
          return fail(code)
        }
        const containerState = () =>
          this.containerState as (ContainerState & {_closeFlow?: boolean | undefined}) | undefined
        const after: State = (code) => {
          const current = containerState()
          if (current?._closeFlow) {
            if (state.exceeded) {
              current._closeFlow = undefined
              return nok(code)
            }
            state.closingLine = line
          }
          return ok(code)
        }
        // The core continuations of lists and block quotes try the core construct itself (a next
        // sibling item, the next `>`), which is disabled here: try the wrapped one, as the core would
        // (`notInCurrentItem` and `contBefore` in micromark).
        const failed: State = (code) => {
          const indented = this.parser.constructs.disable.null?.includes('codeIndented') ? undefined : 4
          const retry = effects.attempt(wrapped, after, lazy)
          if (construct.name === 'list' && containerState()?._closeFlow)
            return factorySpace(effects, retry, 'linePrefix', indented)(code)
          if (construct.name === 'blockQuote')
            return code === -2 || code === -1 || code === 32
              ? factorySpace(effects, retry, 'linePrefix', indented)(code)
              : retry(code)
          return lazy(code)
        }
        const lazy: State = (code) => {
          const current = containerState()
          if (current) current._closeFlow = undefined
          if (state.accepted.has(line)) return ok(code)
          return effects.check(plainStart, plain, notPlain)(code)
        }
        const plain: State = (code) => {
          state.plain.set(line, true)
          const previous = line - 1
          const run =
            (this.parser.lazy[previous] || state.accepted.has(previous)) && state.plain.get(previous)
              ? (state.runs.get(previous) ?? 1)
              : 0
          state.runs.set(line, run + 1)
          if (run < lazyRun) return nok(code)
          state.accepted.add(line)
          return ok(code)
        }
        const notPlain: State = (code) => {
          state.plain.set(line, false)
          return nok(code)
        }
        return effects.attempt(continuation, after, failed)
      },
    }
  if (exit)
    wrapped.exit = function (this: TokenizeContext, effects) {
      const state = stateOf(this)
      if (state.closingLine === this.now().line) charge(this, state, onLimit)
      ;(exit as Exiter).call(this, effects)
    }
  return wrapped
}

/**
 * Past the budget: a zero-width "new container" that closes the containers that did not continue on
 * a line, when the line cannot continue their paragraph lazily (it is blank, or follows a blank line).
 * micromark would otherwise read the line into their flow, find that it continues nothing, and close
 * them by moving events with a copy of all the document's events: a document of many lists or block
 * quotes, each followed by a blank line and a paragraph, was quadratic. Closed this way (as when a new
 * container starts) the tree is the same but for the `spread` of a list ending in a blank line and
 * the end positions of containers. It opens nothing: tried again at once, it fails.
 */
function closer(stateOf: (context: TokenizeContext) => State_): Construct {
  return {
    name: 'clausewiseCloser',
    tokenize(this: TokenizeContext, _effects, ok, nok) {
      const state = stateOf(this)
      const line = this.now().line
      return (code: Code) => {
        const blank = code === null || code < -2
        if (blank) state.blank.add(line)
        if (!state.exceeded || state.failedLine !== line || state.closedLine === line) return nok(code)
        if (!blank && !state.blank.has(line - 1)) return nok(code)
        state.closedLine = line
        return ok(code)
      }
    },
  }
}

/**
 * micromark extension bounding the work of containers (block quotes, list items and the given
 * extension containers such as footnote definitions); the core and wrapped constructs are disabled by
 * name and replaced by their bounded wrappers. Its state is kept per parse (by micromark's parser).
 */
export function boundedContainers(
  extensionContainers: Record<number, Construct>,
  maxColumn: number,
  onLimit: ((event: LimitEvent) => void) | undefined,
): Extension {
  const states = new WeakMap<object, State_>()
  const stateOf = (context: TokenizeContext): State_ => {
    let state = states.get(context.parser)
    if (!state) {
      state = {
        accepted: new Set(),
        plain: new Map(),
        runs: new Map(),
        closingLine: -1,
        spent: 0,
        exceeded: false,
        reportedLine: -1,
        failedLine: -1,
        blank: new Set(),
        closedLine: -1,
        openedLine: -1,
        opened: new Set(),
        bullets: new Set(),
      }
      states.set(context.parser, state)
    }
    return state
  }
  const document: Record<number, Construct> = {}
  const disabled = new Set<string>()
  const add = (code: number, construct: Construct) => {
    document[code] = wrapContainer(construct, stateOf, maxColumn, onLimit)
    if (construct.name) disabled.add(construct.name)
  }
  add(62, blockQuote)
  for (const code of [42, 43, 45, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57]) add(code, list)
  for (const [code, construct] of Object.entries(extensionContainers)) add(Number(code), construct)
  return {document: {...document, null: [closer(stateOf)]}, disable: {null: [...disabled]}}
}

import {attention, labelEnd, labelStartImage, labelStartLink} from 'micromark-core-commonmark'
import type {Code, Construct, Event, Extension, State, Token, TokenizeContext} from 'micromark-util-types'
import {type LimitEvent, pointOf, workAllowance, workPerCharacter} from './limit.js'
import {merging} from './merge.js'

/** The backward scans of one paragraph's inline constructs, modelled: their work and open markers. */
interface Budget {
  start: number
  spent: number
  exceeded: boolean
  /** Where unclosed emphasis (or strikethrough) openers stand, by marker: the index in the events. */
  openers: Map<number, number[]>
  /** Where unclosed label starts (`[`, `![`) stand. */
  labels: number[]
  /** The last label end: where it stood and the start it took (a potential footnote call there scans to it too). */
  lastEnd: {offset: number; start: number | undefined}
}

/** How a wrapped construct takes part in the model of the scans. */
export type MarkerRole = 'sequence' | 'labelStart' | 'labelEnd'

/** A construct to wrap, with the character codes it is registered for. */
export interface Marker {
  codes: number[]
  construct: Construct
  role: MarkerRole
}

/**
 * Wrap inline constructs whose resolution looks back over the paragraph's events — emphasis and
 * strikethrough sequences (their closers look for an opener), label ends and potential footnote calls
 * (they look for a label start) — so that their work in a paragraph is bounded. Each closer is charged
 * the events back to the opener it would find (its open openers are tracked here), or all the
 * paragraph's events when there is none; once a paragraph's charge passes `workPerCharacter × its
 * length so far + workAllowance`, further closers and label ends are read as text, and `onLimit` is
 * told once. Ordinary paragraphs, however many links they hold, stay far below; a megabyte of `*a_` or
 * `[a] ` reads in linear time.
 *
 * Each wrapper keeps the core construct's resolvers and gets a name of its own; the core constructs
 * are disabled by name, so micromark tries only the wrapped ones.
 */
export function boundedMarkers(
  markers: Marker[],
  onLimit: ((event: LimitEvent) => void) | undefined,
): Extension {
  // Keyed by the paragraph tokenizer's events: every tokenize context of one paragraph shares them.
  const budgets = new WeakMap<Event[], Budget>()
  const budgetOf = (context: TokenizeContext): Budget => {
    let budget = budgets.get(context.events)
    if (!budget) {
      budget = {
        start: context.events[0]?.[1].start.offset ?? context.now().offset,
        spent: 0,
        exceeded: false,
        openers: new Map(),
        labels: [],
        lastEnd: {offset: -1, start: undefined},
      }
      budgets.set(context.events, budget)
    }
    return budget
  }
  /** Charge work; false when the paragraph's budget is spent. */
  const charge = (context: TokenizeContext, budget: Budget, work: number): boolean => {
    if (budget.exceeded) return false
    budget.spent += work
    const now = context.now()
    if (budget.spent > workPerCharacter * (now.offset - budget.start) + workAllowance) {
      budget.exceeded = true
      onLimit?.({rule: 'too-many-markers', point: pointOf(now)})
      return false
    }
    return true
  }
  const text: Record<number, Construct[]> = {}
  const disabled: string[] = []
  for (const {codes, construct, role} of markers) {
    const wrapped = merging(
      {
        ...construct,
        tokenize(effects, ok, nok) {
          const budget = budgetOf(this)
          if (role === 'labelEnd') {
            const offset = this.now().offset
            const start = budget.lastEnd.offset === offset ? budget.lastEnd.start : budget.labels.pop()
            budget.lastEnd = {offset, start}
            if (!charge(this, budget, this.events.length - (start ?? 0))) return (code: Code) => nok(code)
            return construct.tokenize.call(this, effects, ok, nok)
          }
          if (budget.exceeded) return (code: Code) => nok(code)
          const after: State = (code) => {
            if (role === 'labelStart') budget.labels.push(this.events.length)
            else {
              const token = lastExit(this.events)
              if (token && !sequenceDone(this, budget, token)) return nok(code)
            }
            return ok(code)
          }
          return construct.tokenize.call(this, effects, after, nok)
        },
      },
      `${construct.name}Bounded`,
    )
    for (const code of codes) text[code] = [...(text[code] ?? []), wrapped]
    if (construct.name && !disabled.includes(construct.name)) disabled.push(construct.name)
  }

  /** Record an emphasis sequence: an opener is remembered, a closer charged the scan to its opener. */
  function sequenceDone(
    context: TokenizeContext,
    budget: Budget,
    token: Token & {_open?: boolean | undefined; _close?: boolean | undefined},
  ): boolean {
    const marker = context.sliceSerialize(token).charCodeAt(0)
    let stack = budget.openers.get(marker)
    if (!stack) {
      stack = []
      budget.openers.set(marker, stack)
    }
    if (token._close) {
      const opener = stack.pop()
      if (!charge(context, budget, context.events.length - (opener ?? 0))) return false
    }
    if (token._open) stack.push(context.events.length)
    return true
  }

  return {text, disable: {null: disabled}}
}

function lastExit(
  events: Event[],
): (Token & {_open?: boolean | undefined; _close?: boolean | undefined}) | undefined {
  const last = events[events.length - 1]
  return last && last[0] === 'exit' ? last[1] : undefined
}

/** The core inline constructs whose resolution scans back, and the label starts they scan back to. */
export const coreMarkers: Marker[] = [
  {codes: [42, 95], construct: attention, role: 'sequence'},
  {codes: [33], construct: labelStartImage, role: 'labelStart'},
  {codes: [91], construct: labelStartLink, role: 'labelStart'},
  {codes: [93], construct: labelEnd, role: 'labelEnd'},
]

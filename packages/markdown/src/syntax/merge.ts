import {
  autolink,
  characterEscape,
  characterReference,
  codeText,
  hardBreakEscape,
  htmlText,
  lineEnding,
} from 'micromark-core-commonmark'
import type {Construct, Event, Extension, Resolver, TokenizeContext} from 'micromark-util-types'

/**
 * Where each paragraph's events are merged up to: runs of adjacent `data` tokens before this index
 * are already one token.
 */
const merged = new WeakMap<TokenizeContext, number>()

/**
 * Merge the runs of adjacent `data` tokens written since the last merge, as micromark's text
 * resolver does at the end of a paragraph. That resolver splices the paragraph's events once per run,
 * each splice moving every event after it: a long paragraph broken by many escapes, references or
 * line endings was quadratic. Merging each run as soon as the construct after it is read moves only
 * the events of that run: linear.
 */
export const mergeData: Resolver = (events, context) => {
  const from = Math.max(0, Math.min(merged.get(context) ?? 0, events.length) - 2)
  let index = from
  const tail: Event[] = []
  while (index < events.length) {
    const event = events[index]!
    if (event[0] === 'enter' && event[1].type === 'data') {
      let end = index + 2
      while (end < events.length && events[end]![1].type === 'data') end++
      if (end > index + 2) event[1].end = events[end - 1]![1].end
      tail.push(event, events[index + 1]!)
      index = end
    } else {
      tail.push(event)
      index++
    }
  }
  if (tail.length !== events.length - from) {
    events.length = from
    for (const event of tail) events.push(event)
  }
  merged.set(context, events.length)
  return events
}

/** A construct that merges the data before it once it is read (its own `resolveTo` first). */
export function merging(construct: Construct, name = `${construct.name}Merging`): Construct {
  const own = construct.resolveTo
  return {
    ...construct,
    name,
    resolveTo: own ? (events, context) => mergeData(own(events, context), context) : mergeData,
  }
}

/** The core text constructs that end a run of data, each merging it once read. */
const separators: [number[], Construct][] = [
  [[-5, -4, -3], lineEnding],
  [[38], characterReference],
  [[60], autolink],
  [[60], htmlText],
  [[92], hardBreakEscape],
  [[92], characterEscape],
  [[96], codeText],
]

/**
 * micromark extension: the core text constructs that end a run of plain text, wrapped by
 * {@link merging} (the core ones disabled by name). Character escapes and references are also
 * registered for string content (link destinations and titles), where the core ones are disabled too.
 */
export function mergingSeparators(): Extension {
  const text: Record<number, Construct[]> = {}
  const string: Record<number, Construct[]> = {}
  const disabled: string[] = []
  for (const [codes, construct] of separators) {
    const wrapped = merging(construct)
    for (const code of codes) text[code] = [...(text[code] ?? []), wrapped]
    if (construct === characterEscape || construct === characterReference)
      for (const code of codes) string[code] = [...(string[code] ?? []), wrapped]
    disabled.push(construct.name!)
  }
  return {text, string, disable: {null: disabled}}
}

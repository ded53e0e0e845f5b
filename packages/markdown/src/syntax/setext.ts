import {setextUnderline} from 'micromark-core-commonmark'
import type {Construct, Event, Extension, Resolver, Token} from 'micromark-util-types'

/**
 * micromark's setext underline resolver, with the same edits made in time proportional to the
 * heading's paragraph rather than to the whole document.
 *
 * The core resolver applies its edits with an edit map whose `consume` copies every event read so far;
 * a document of many setext headings (`a` / `===` lines) was quadratic: 40,000 lines took seconds. Here
 * the events from the paragraph's `content` on are cut off, edited, and put back: the same events in
 * the same order.
 */
const resolveToSetextUnderline: Resolver = (events, context) => {
  let index = events.length
  let content: number | undefined
  let text: number | undefined
  let definition: number | undefined
  const removed = new Set<number>()
  // Find the opening of the content (it always exists: the tokenizer checked for a paragraph).
  while (index--) {
    const [kind, token] = events[index]!
    if (kind === 'enter') {
      if (token.type === 'content') {
        content = index
        break
      }
      if (token.type === 'paragraph') text = index
    } else {
      if (token.type === 'content') removed.add(index)
      if (definition === undefined && token.type === 'definition') definition = index
    }
  }
  if (content === undefined || text === undefined) return events
  const heading: Token = {
    type: 'setextHeading',
    start: {...events[content]![1].start},
    end: {...events[events.length - 1]![1].end},
  }
  events[text]![1].type = 'setextHeadingText'
  const inserted = new Map<number, Event[]>()
  if (definition !== undefined) {
    inserted.set(text, [['enter', heading, context]])
    inserted.set(definition + 1, [['exit', events[content]![1], context]])
    events[content]![1].end = {...events[definition]![1].end}
  } else {
    events[content]![1] = heading
  }
  const tail: Event[] = []
  for (let at = content; at < events.length; at++) {
    const before = inserted.get(at)
    if (before) for (const event of before) tail.push(event)
    if (!removed.has(at)) tail.push(events[at]!)
  }
  const after = inserted.get(events.length)
  if (after) for (const event of after) tail.push(event)
  tail.push(['exit', heading, context])
  events.length = content
  for (const event of tail) events.push(event)
  return events
}

/** The core setext underline construct with the linear resolver. */
const setextUnderlineLinear: Construct = {
  name: 'setextUnderlineLinear',
  tokenize: setextUnderline.tokenize,
  resolveTo: resolveToSetextUnderline,
}

/**
 * micromark extension: setext heading underlines (`===`, `---`) read as CommonMark reads them, in
 * linear time. Replaces the core construct (disabled by name).
 *
 * @example micromark('a\n===', {extensions: [setextLinear]}) // '<h1>a</h1>'
 */
export const setextLinear: Extension = {
  flow: {45: setextUnderlineLinear, 61: setextUnderlineLinear},
  disable: {null: ['setextUnderline']},
}

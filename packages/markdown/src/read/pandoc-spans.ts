import type {Inline} from '@clausewise/model'

/** Longest span text and attribute block read as Pandoc's bracketed span (`[text]{.class}`). */
const maxSpan = 2000
const maxAttributes = 500

/** What a Pandoc span's first class makes of it: an inline of the model, or its text alone. */
const spanTypes: Readonly<Record<string, 'del' | 'ins' | 'u'>> = {
  deletion: 'del',
  insertion: 'ins',
  underline: 'u',
}

/** What {@link pandocSpans} found: the inline content, and the comments it left out. */
export interface PandocSpans {
  content: Inline[]
  /** Comments (`[]{.comment-start …}…[]{.comment-end …}`) left out, with their text. */
  comments: number
}

/**
 * Pandoc's bracketed spans in a text, as Word documents converted by Pandoc carry them: track changes
 * `[old]{.deletion author=…}[new]{.insertion …}` become `del` and `ins`, `[text]{.underline}` a `u`,
 * any other class or id (`{.smallcaps}`, `{#id}`) leaves the text alone, and a comment
 * (`[]{.comment-start …}Can we say…?[]{.comment-end …}`) is left out with its text. Brackets not
 * followed by an attribute block that opens with `.` or `#` stay text. `undefined` when the text has
 * none. One pass, each bracket looked at once: linear.
 *
 * @example pandocSpans('to [submit]{.deletion}[present]{.insertion} a report')?.content.length // 4
 */
export function pandocSpans(value: string): PandocSpans | undefined {
  if (!value.includes(']{')) return undefined
  const content: Inline[] = []
  let comments = 0
  let text = ''
  let index = 0
  let found = false
  // While inside a comment, where it started (text there is left out).
  let comment = false
  while (index < value.length) {
    const open = value.indexOf('[', index)
    if (open === -1) break
    const span = readSpan(value, open)
    if (!span) {
      if (!comment) text += value.slice(index, open + 1)
      index = open + 1
      continue
    }
    found = true
    if (!comment) text += value.slice(index, open)
    index = span.end
    if (span.className === 'comment-start') {
      if (!comment) comments++
      comment = true
      continue
    }
    if (span.className === 'comment-end') {
      comment = false
      continue
    }
    if (comment) continue
    const type = span.className === undefined ? undefined : spanTypes[span.className]
    if (type === undefined) {
      text += span.text
      continue
    }
    if (text) content.push({type: 'text', value: text})
    text = ''
    if (span.text) content.push({type, children: [{type: 'text', value: span.text}]} as Inline)
  }
  if (!found) return undefined
  if (!comment) text += value.slice(index)
  if (text) content.push({type: 'text', value: text})
  return {content, comments}
}

/**
 * Where the `closing` character stands from `from` on, at `last` at the most, with no `opening` one
 * before it; -1 if none.
 */
function closingAt(value: string, from: number, closing: string, opening: string, last: number): number {
  for (let index = from; index < value.length && index <= last; index++) {
    const char = value[index]
    if (char === closing) return index
    if (char === opening) return -1
  }
  return -1
}

/** A span at `open` (`[` … `]{` … `}`, neither part holding brackets or braces), or `undefined`. */
function readSpan(
  value: string,
  open: number,
): {text: string; className: string | undefined; end: number} | undefined {
  const close = closingAt(value, open + 1, ']', '[', open + maxSpan)
  if (close < 0 || value[close + 1] !== '{') return undefined
  const first = value[close + 2]
  if (first !== '.' && first !== '#') return undefined
  const end = closingAt(value, close + 2, '}', '{', close + maxAttributes)
  if (end < 0) return undefined
  let className: string | undefined
  if (first === '.') {
    let stop = close + 3
    while (stop < end && !' \t\n'.includes(value[stop]!)) stop++
    className = value.slice(close + 3, stop)
  }
  return {text: value.slice(open + 1, close), className, end: end + 1}
}

/**
 * A heading's content without Pandoc's attribute block at its end (`# Annex {#annex}`,
 * `## Scope {#scope .unnumbered}`), which names the heading for links and is no word of it.
 */
export function withoutHeadingAttributes(content: Inline[]): Inline[] {
  const last = content[content.length - 1]
  if (last?.type !== 'text' || !last.value.endsWith('}')) return content
  const open = last.value.lastIndexOf('{')
  if (open === -1 || last.value.length - open > maxAttributes) return content
  const inside = last.value.slice(open + 1, -1)
  if ((inside[0] !== '#' && inside[0] !== '.') || inside.includes('}')) return content
  const value = last.value.slice(0, open).trimEnd()
  const rest = content.slice(0, -1)
  return value ? [...rest, {...last, value}] : rest
}

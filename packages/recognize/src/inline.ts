import type {Inline} from '@clausewise/model'

/** How much of a block's start the classification looks at (a reading's `text` and `bare` stop there). */
export const headLength = 400

/**
 * The plain text a block starts with, for classification: text of `text` nodes and of inline
 * markup around text (`i`, `b`, `sup` …), notes and note references left out, white space made
 * single, ends trimmed, at most the first 400 characters.
 */
export function headText(children: readonly Inline[], limit = headLength): string {
  // Text past the limit (and the one character after it, which tells a word cut short) is not read.
  // A line of a plain-text reader is one text node: its value is the text, without a walk.
  const only = children.length === 1 ? children[0]! : undefined
  const clipped =
    only?.type === 'text'
      ? only.value.length > limit + 1
        ? only.value.slice(0, limit + 1)
        : only.value
      : gather(children, limit, {text: ''}).text
  // Most blocks hold single spaces only: the replace is for those that do not.
  return (isSingleSpaced(clipped) ? clipped : clipped.replace(/\s+/g, ' ')).trim().slice(0, limit)
}

/** The text of inline content (notes left out) into `into`, up to one character past `limit`. */
function gather(nodes: readonly Inline[], limit: number, into: {text: string}): {text: string} {
  for (const node of nodes) {
    if (into.text.length >= limit) break
    if (node.type === 'text') take(node.value, limit, into)
    else if (node.type === 'br') take(' ', limit, into)
    else if (node.type === 'authorialNote' || node.type === 'noteRef') continue
    else if ('children' in node) gather(node.children as readonly Inline[], limit, into)
  }
  return into
}

function take(value: string, limit: number, into: {text: string}): void {
  const room = limit + 1 - into.text.length
  into.text += value.length > room ? value.slice(0, room) : value
}

/** The full plain text of inline content (notes left out), white space made single. */
export function fullText(children: readonly Inline[]): string {
  return headText(children, Number.POSITIVE_INFINITY)
}

/** The last non-space character of inline content (notes at the end skipped), if it is text. */
export function lastCharacter(children: readonly Inline[]): string | undefined {
  for (let index = children.length - 1; index >= 0; index--) {
    const child = children[index]!
    if (child.type === 'authorialNote' || child.type === 'noteRef') continue
    if (child.type === 'text') {
      const value = child.value.trimEnd()
      if (value) return value[value.length - 1]
      continue
    }
    if ('children' in child) return lastCharacter(child.children as readonly Inline[])
    return undefined
  }
  return undefined
}

/**
 * Take the first `count` characters of the plain text off the start of inline content, and the
 * white space after them, in place: a clause number printed in the text leaves the text (it
 * becomes the clause's `num`). Leading white space before the number is taken too.
 */
export function dropStart(children: Inline[], count: number): void {
  let left = count
  let trimming = true
  let index = 0
  while (index < children.length) {
    const first = children[index]!
    // A note or its reference before the text (a marker anchored at the block's start, before its
    // label) is none of the text counted (`headText` leaves notes out): it stays where it is.
    if (first.type === 'authorialNote' || first.type === 'noteRef') {
      index++
      continue
    }
    if (first.type !== 'text') return
    let value = first.value
    if (trimming) value = value.replace(/^\s+/, '')
    if (left > 0) {
      const taken = Math.min(left, value.length)
      value = value.slice(taken)
      left -= taken
    }
    if (left === 0) value = value.replace(/^\s+/, '')
    if (value) {
      first.value = value
      return
    }
    children.splice(index, 1)
    if (left === 0) trimming = true
  }
}

/**
 * Two runs of inline content joined by a space, as lines of one heading are: where text meets text,
 * one text node (`Annex` and `Terms of reference` make `Annex Terms of reference`).
 */
export function joinedBySpace(left: readonly Inline[], right: readonly Inline[]): Inline[] {
  const last = left[left.length - 1]
  const first = right[0]
  if (last?.type !== 'text' || first?.type !== 'text') return [...left, {type: 'text', value: ' '}, ...right]
  // A source that places its texts (Markdown) keeps the joined text's place: from the first's start
  // to the second's end.
  const joined: Inline = {type: 'text', value: `${last.value} ${first.value}`}
  if (last.position && first.position) joined.position = {start: last.position.start, end: first.position.end}
  return [...left.slice(0, -1), joined, ...right.slice(1)]
}

/**
 * Split inline content after `count` characters of plain text, when that point falls in a text
 * node of the top level (else `undefined`): the number and the title of `78/124. Credentials…`.
 */
export function splitAt(children: readonly Inline[], count: number): [Inline[], Inline[]] | undefined {
  let left = count
  const before: Inline[] = []
  for (let index = 0; index < children.length; index++) {
    const child = children[index]!
    if (child.type !== 'text') {
      if (left === 0) return [before, children.slice(index)]
      return undefined
    }
    const value = index === 0 ? child.value.replace(/^\s+/, '') : child.value
    if (value.length >= left) {
      const head = value.slice(0, left)
      const tail = value.slice(left).replace(/^\s+/, '')
      if (head) before.push({type: 'text', value: head.trimEnd()})
      const after: Inline[] = tail ? [{type: 'text', value: tail}] : []
      return [before, [...after, ...children.slice(index + 1)]]
    }
    before.push({type: 'text', value})
    left -= value.length
  }
  return undefined
}

/**
 * Two white-space characters in a row, or a tab, line break or no-break space: what makes a text
 * need closing up. The wide spaces are those of `\s` from U+1680 up. A regular expression rather
 * than a loop over the characters: V8's compiled expressions scan about three times faster.
 */
const needsClosingUp = /[\t-\r\u00a0]|[ \u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]{2}/

/**
 * Whether a text's white space needs no closing up: no two white-space characters in a row, and no
 * tab, line break or no-break space.
 */
function isSingleSpaced(text: string): boolean {
  return !needsClosingUp.test(text)
}

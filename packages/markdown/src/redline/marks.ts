import {invisibleCharacters} from '@clausewise/model'
import {diffArrays} from 'diff'

/** Characters that join two parts of one word: hyphens (`non-proliferation`, `non‑proliferation`),
 * apostrophes, and the slash and full stop of a symbol (`A/C.1/80/L.22`, `80/____`). */
const connectors = new Set(['-', '\u2010', '\u2011', "'", '\u2019', '/', '.'])
const letterOrNumber = /^[\p{L}\p{N}\p{M}]$/u
const otherToken = /\\[\s\S]|&#?[A-Za-z0-9]{1,31};|[ \t]+|[\s\S]/uy

/**
 * Length of a word's part at `index`: a letter, digit or mark (a code point), an underscore of a
 * placeholder (`____`) or its escape (`\_`); 0 when none starts there.
 */
function partAt(line: string, index: number): number {
  const code = line.charCodeAt(index)
  if (code === 95) return 1
  if (code === 92) return line.charCodeAt(index + 1) === 95 ? 2 : 0
  const point = line.codePointAt(index)
  if (point === undefined) return 0
  const character = String.fromCodePoint(point)
  return letterOrNumber.test(character) ? character.length : 0
}

/**
 * The tokens of a line of Markdown: words whole — letters, digits and placeholder underscores, with
 * the hyphens, apostrophes, slashes and full stops between them (`non-proliferation`,
 * `A/C.1/80/L.22`, `80/\_\_\_\_`), so that a mark replaces a changed word whole and never reads
 * `non{~~-~>‑~~}proliferation` —, a backslash escape (`\*`) and a character reference (`&#32;`)
 * whole, runs of spaces and tabs, and each other character. A mark never cuts one. Linear: each
 * character is looked at a bounded number of times.
 */
export function tokens(line: string): string[] {
  const result: string[] = []
  let index = 0
  while (index < line.length) {
    const start = index
    let part = partAt(line, index)
    if (part > 0) {
      index += part
      for (;;) {
        part = partAt(line, index)
        if (part > 0) {
          index += part
          continue
        }
        let after = index
        while (after < line.length && connectors.has(line.charAt(after))) after++
        if (after === index || partAt(line, after) === 0) break
        index = after
      }
      result.push(line.slice(start, index))
      continue
    }
    otherToken.lastIndex = index
    const match = otherToken.exec(line)!
    index += match[0].length
    result.push(match[0])
  }
  return result
}

/** Punctuation of running text that an island may hold; Markdown syntax (`|`, `*`, `[`…) never. */
const prose = new Set([' ', '\t', ',', ';', ':', '.', '!', '?', '(', ')', '\u2013', '\u2014', '\u00a0'])

/**
 * Whether equal text between two changes is short enough to mark with them: white space, punctuation
 * of running text and at most one word, or two words of six letters or fewer in all (the differ's
 * rule). Text holding Markdown syntax (a table's `|`, emphasis, a link) is never absorbed.
 */
function isIsland(text: string): boolean {
  if (/^[ \t]+$/.test(text)) return true
  let words = 0
  let letters = 0
  for (const token of tokens(text)) {
    if (partAt(token, 0) === 0) {
      if (!prose.has(token.charAt(0)) || token.startsWith('\\')) return false
      continue
    }
    if (token.includes('_')) return false
    words++
    letters += token.length
    if (words > 2) return false
  }
  return words <= 1 || letters <= 6
}

/** Most edits a line's word diff may hold; past it the line is replaced whole. */
const maxEditLength = 400

/** A comment naming the invisible characters of a text, after it (`{>>U+202E<<}`), or `''`. */
export function invisibleNote(text: string): string {
  const found = invisibleCharacters(text)
  return found.length === 0 ? '' : `{>>${found.map((character) => character.label).join(' ')}<<}`
}

/** A text outside marks, each invisible character followed by a comment naming it. */
export function shown(text: string): string {
  const found = invisibleCharacters(text)
  if (found.length === 0) return text
  let result = ''
  let last = 0
  for (const character of found) {
    const end = character.index + (character.codePoint > 0xffff ? 2 : 1)
    result += `${text.slice(last, end)}{>>${character.label}<<}`
    last = end
  }
  return result + text.slice(last)
}

function mark(kind: '++' | '--', text: string): string {
  return text === '' ? '' : `{${kind}${text}${kind}}${invisibleNote(text)}`
}

/** One line's change: a deletion, an insertion, or a substitution of one by the other. */
function change(old: string, next: string): string | undefined {
  if (old === '') return next.includes('++}') ? undefined : mark('++', next)
  if (next === '') return old.includes('--}') ? undefined : mark('--', old)
  if (old.includes('~>') || old.includes('~~}') || next.includes('~~}')) return undefined
  return `{~~${old}~>${next}~~}${invisibleNote(old + next)}`
}

/**
 * A line of one version against the same line of the other, with CriticMarkup marks around whole
 * tokens that differ; changes apart by one space read as one substitution. `undefined` when the
 * marks could not say it (more edits than the bound, or a mark's closing sequence in the text): the
 * caller then deletes the old line and inserts the new one.
 */
export function markLine(old: string, next: string): string | undefined {
  const runs = diffArrays(tokens(old), tokens(next), {maxEditLength})
  if (!runs) return undefined
  // Segments: equal text, or a change (old side, new side).
  const segments: {equal?: string; old?: string; next?: string}[] = []
  for (const run of runs) {
    const text = run.value.join('')
    const last = segments[segments.length - 1]
    if (!run.added && !run.removed) {
      segments.push({equal: text})
      continue
    }
    let target = last
    if (!target || target.equal !== undefined) {
      target = {old: '', next: ''}
      segments.push(target)
    }
    if (run.removed) target.old = (target.old ?? '') + text
    else target.next = (target.next ?? '') + text
  }
  slide(segments)
  // Changes apart by white space or a short island (one word, or two short ones: `, à `, ` du `)
  // become one, as the differ marks them: one deletion and one insertion, not an alternation.
  const merged: typeof segments = []
  for (const segment of segments) {
    const previous = merged[merged.length - 1]
    const before = merged[merged.length - 2]
    if (
      segment.equal === undefined &&
      previous?.equal !== undefined &&
      isIsland(previous.equal) &&
      before &&
      before.equal === undefined
    ) {
      before.old = `${before.old}${previous.equal}${segment.old}`
      before.next = `${before.next}${previous.equal}${segment.next}`
      merged.pop()
      continue
    }
    merged.push(segment)
  }
  let result = ''
  for (const segment of merged) {
    if (segment.equal !== undefined) {
      result += shown(segment.equal)
      continue
    }
    // White space both sides end (or start) with stays outside a substitution: `{~~a~>b~~} c`.
    const old = segment.old ?? ''
    const next = segment.next ?? ''
    const lead = old && next ? sharedSpace(old, next, 'start') : ''
    const trail = old && next ? sharedSpace(old.slice(lead.length), next.slice(lead.length), 'end') : ''
    result += lead
    const marked = change(
      old.slice(lead.length, old.length - trail.length),
      next.slice(lead.length, next.length - trail.length),
    )
    if (marked === undefined) return undefined
    result += marked + trail
  }
  return result
}

/**
 * Join two insertions (or deletions) that a short equal text cuts apart when the second ends with that
 * text: `2018{++ et … MC++}.{++DEC/7/17.++}` reads `2018{++ et … MC.DEC/7/17++}.` — the same text,
 * one mark, as a person would mark it.
 */
function slide(segments: {equal?: string; old?: string; next?: string}[]): void {
  for (let index = 0; index + 2 < segments.length; index++) {
    const first = segments[index]!
    const middle = segments[index + 1]!
    const last = segments[index + 2]!
    const equal = middle.equal
    if (first.equal !== undefined || last.equal !== undefined || equal === undefined) continue
    if (equal.length === 0 || equal.length > 3 || /^\s+$/.test(equal)) continue
    for (const side of ['next', 'old'] as const) {
      const other = side === 'next' ? 'old' : 'next'
      if (first[other] || last[other] || !first[side] || !last[side]?.endsWith(equal)) continue
      first[side] = `${first[side]}${equal}${last[side]!.slice(0, -equal.length)}`
      first[other] = ''
      segments.splice(index + 2, 1)
      break
    }
  }
}

/** White space at the start (or end) of both texts, when both have the same and keep some text. */
function sharedSpace(old: string, next: string, side: 'start' | 'end'): string {
  const pattern = side === 'start' ? /^[ \t]+/ : /[ \t]+$/
  const left = pattern.exec(old)?.[0] ?? ''
  const right = pattern.exec(next)?.[0] ?? ''
  const shared = left === right ? left : ''
  return shared.length < old.length && shared.length < next.length ? shared : ''
}

/**
 * A block that only one version has: each line's text (after its indentation) in a deletion or an
 * insertion, so that resolving the marks either way gives the block or nothing.
 */
export function wholeBlock(text: string, kind: '++' | '--'): string {
  return text
    .split('\n')
    .map((line) => {
      const indentation = /^[ \t]*/.exec(line)![0]
      const rest = line.slice(indentation.length)
      if (rest.includes(kind === '++' ? '++}' : '--}'))
        throw new Error('A line of a block holds its mark’s closing sequence')
      return indentation + mark(kind, rest)
    })
    .join('\n')
}

/** Most line edits a block's line diff may hold; past it the block is replaced whole. */
const maxLineEdits = 200

/**
 * A block of several lines (a table: one row a line) against the same block of the other version,
 * line by line: equal lines as they are, a changed line marked by {@link markLine}, a line only one
 * version has deleted or inserted whole. `undefined` when a line cannot be marked: the caller then
 * replaces the block whole.
 */
export function markBlock(old: string, next: string): string | undefined {
  const runs = diffArrays(old.split('\n'), next.split('\n'), {maxEditLength: maxLineEdits})
  if (!runs) return undefined
  const lines: string[] = []
  let removed: string[] = []
  let added: string[] = []
  const flush = (): boolean => {
    const paired = Math.min(removed.length, added.length)
    for (let index = 0; index < paired; index++) {
      const marked = markLine(removed[index]!, added[index]!)
      if (marked === undefined) return false
      lines.push(marked)
    }
    for (const line of removed.slice(paired)) lines.push(wholeBlock(line, '--'))
    for (const line of added.slice(paired)) lines.push(wholeBlock(line, '++'))
    removed = []
    added = []
    return true
  }
  for (const run of runs) {
    if (run.removed) removed.push(...run.value)
    else if (run.added) added.push(...run.value)
    else {
      if (!flush()) return undefined
      for (const line of run.value) lines.push(shown(line))
    }
  }
  return flush() ? lines.join('\n') : undefined
}

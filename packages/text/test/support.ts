import {readFileSync} from 'node:fs'
import {type Diagnostic, type Document, plainText} from '@clausewise/model'

/** A corpus file, read as is. */
export function corpus(name: string): string {
  return readFileSync(new URL(`../../../../shared/corpus/osce/${name}`, import.meta.url), 'utf8')
}

/** A test document of this package. */
export function document(name: string): string {
  return readFileSync(new URL(`./documents/${name}`, import.meta.url), 'utf8')
}

/** Words (runs of letters, marks and digits, in NFC) of a text. */
export function words(text: string): string[] {
  return (text.match(/[\p{L}\p{M}\p{N}]+/gu) ?? []).map((word) => word.normalize('NFC'))
}

/** Count words into a multiset. */
export function multiset(list: string[]): Map<string, number> {
  const map = new Map<string, number>()
  for (const word of list) map.set(word, (map.get(word) ?? 0) + 1)
  return map
}

/** A word of the input with its offsets. */
interface Token {
  text: string
  start: number
  end: number
}

/**
 * The words the input should give, once the repairs the reader reported are applied, worked out on
 * the input's words by their positions: page furniture leaves the text (and is kept in diagnostics);
 * an anchored marker leaves the text (it is the note's marker), parting from the word it was fused
 * to (`report4`); a lifted note's number parts from the word it was set against (`1Official`); a rejoined superscript or hyphenated word makes one word of the words it joins
 * (chains and combinations included).
 */
export function expectedWords(input: string, diagnostics: Diagnostic[]): Map<string, number> {
  const tokens: Token[] = []
  for (const match of input.matchAll(/[\p{L}\p{M}\p{N}]+/gu)) {
    tokens.push({text: match[0].normalize('NFC'), start: match.index, end: match.index + match[0].length})
  }
  const offset = (diagnostic: Diagnostic, side: 'start' | 'end'): number => {
    const place = diagnostic.place
    return place && 'start' in place ? (place[side]?.offset ?? -1) : -1
  }
  // The first token that ends after an offset (tokens are in order).
  const after = (at: number): number => {
    let low = 0
    let high = tokens.length
    while (low < high) {
      const middle = (low + high) >> 1
      if (tokens[middle]!.end <= at) low = middle + 1
      else high = middle
    }
    return low
  }
  // Anchored markers fused to a word: the word parts before the marker. A lifted note whose number
  // is set against its first word (`1Official`): the word parts after the number.
  const cuts = new Map<number, number[]>()
  for (const diagnostic of diagnostics) {
    let at = -1
    if (diagnostic.ruleId === 'footnote-anchored') at = offset(diagnostic, 'start')
    else if (diagnostic.ruleId === 'footnote-lifted') {
      const marker = /^Footnote (\d+) /.exec(diagnostic.reason)?.[1]
      // A note whose number was printed after its text opens with its text.
      const start = offset(diagnostic, 'start')
      if (marker !== undefined && input.startsWith(marker, start)) at = start + marker.length
    }
    if (at < 0) continue
    const index = after(at)
    const token = tokens[index]
    if (token && token.start < at) cuts.set(index, [...(cuts.get(index) ?? []), at])
  }
  if (cuts.size > 0) {
    const parted: Token[] = []
    tokens.forEach((token, index) => {
      let from = token.start
      for (const at of (cuts.get(index) ?? []).sort((a, b) => a - b)) {
        parted.push({text: token.text.slice(from - token.start, at - token.start), start: from, end: at})
        from = at
      }
      parted.push({text: token.text.slice(from - token.start), start: from, end: token.end})
    })
    tokens.splice(0, tokens.length, ...parted)
  }
  const removed = new Set<number>()
  const parent = tokens.map((_, index) => index)
  const root = (index: number): number => {
    while (parent[index] !== index) index = parent[index] = parent[parent[index]!]!
    return index
  }
  const endingAt = new Map(tokens.map((token, index) => [token.end, index]))
  const startingAt = new Map(tokens.map((token, index) => [token.start, index]))
  const join = (leftEnd: number, rightStart: number): void => {
    const left = endingAt.get(leftEnd)
    const right = startingAt.get(rightStart)
    if (left !== undefined && right !== undefined) parent[root(right)] = root(left)
  }
  for (const diagnostic of diagnostics) {
    const text = diagnostic.text ?? ''
    const start = offset(diagnostic, 'start')
    const end = offset(diagnostic, 'end')
    if (diagnostic.ruleId === 'footnote-anchored') {
      // The marker in the text is the note's marker, counted with the note.
      const index = startingAt.get(start)
      if (index !== undefined) removed.add(index)
    } else if (diagnostic.ruleId === 'page-furniture') {
      for (let index = after(start); index < tokens.length && tokens[index]!.end <= end; index++) {
        if (tokens[index]!.start >= start) removed.add(index)
      }
    } else if (diagnostic.ruleId === 'superscript-rejoined' || diagnostic.ruleId === 'hyphen-rejoined') {
      const [left = '', right = ''] = text.split('\n')
      join(start + left.replace(/-$/, '').length, end - right.length)
    }
  }
  const groups = new Map<number, string>()
  tokens.forEach((token, index) => {
    if (removed.has(index)) return
    const key = root(index)
    groups.set(key, (groups.get(key) ?? '') + token.text)
  })
  return multiset([...groups.values()])
}

/**
 * Words of a document's text and, apart (so that no word runs into a note), of its notes with their
 * markers.
 */
export function modelWords(document: Document): Map<string, number> {
  const list = words(plainText(document))
  for (const note of all(document, 'authorialNote')) {
    list.push(...words(String(note.marker)), ...words(plainText(note as never)))
  }
  return multiset(list)
}

/** All nodes of a type, in document order. */
export function all<T extends string>(tree: unknown, type: T): Array<{type: T} & Record<string, unknown>> {
  const found: Array<{type: T} & Record<string, unknown>> = []
  const stack: unknown[] = [tree]
  while (stack.length > 0) {
    const node = stack.pop() as {type?: string; children?: unknown[]}
    if (node.type === type) found.push(node as {type: T} & Record<string, unknown>)
    if (Array.isArray(node.children))
      for (let index = node.children.length - 1; index >= 0; index--) stack.push(node.children[index])
  }
  return found
}

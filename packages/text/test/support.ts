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

/** Words (runs of letters and digits) of a text. */
export function words(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+/gu) ?? []
}

/** Count words into a multiset. */
export function multiset(list: string[]): Map<string, number> {
  const map = new Map<string, number>()
  for (const word of list) map.set(word, (map.get(word) ?? 0) + 1)
  return map
}

/**
 * The words the input should give, once the repairs the reader reported are applied: page furniture
 * leaves the text (and is kept in diagnostics), a rejoined superscript or hyphenated word makes one
 * word of two.
 */
export function expectedWords(input: string, diagnostics: Diagnostic[]): Map<string, number> {
  const counts = multiset(words(input))
  const remove = (text: string) => {
    for (const word of words(text)) counts.set(word, (counts.get(word) ?? 0) - 1)
  }
  const add = (text: string) => {
    for (const word of words(text)) counts.set(word, (counts.get(word) ?? 0) + 1)
  }
  for (const diagnostic of diagnostics) {
    const text = diagnostic.text ?? ''
    if (diagnostic.ruleId === 'page-furniture' || diagnostic.ruleId === 'footnote-anchored') remove(text)
    if (diagnostic.ruleId === 'superscript-rejoined') {
      remove(text)
      add(text.replace('\n', ''))
    }
    if (diagnostic.ruleId === 'hyphen-rejoined') {
      remove(text)
      add(text.replace('-\n', ''))
    }
  }
  for (const [word, count] of counts) if (count === 0) counts.delete(word)
  return counts
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

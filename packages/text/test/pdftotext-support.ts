import {readFileSync} from 'node:fs'
import {type Document, type Nodes, ownText} from '@clausewise/model'

// What the pdftotext fixtures' tests share: a fixture's text, the truth its spec gives (see
// fixtures/pdftotext/README.md), and the clauses and notes of a reading.

const folder = new URL('./fixtures/pdftotext/', import.meta.url)

/** A fixture's text, by its path under `fixtures/pdftotext/`. */
export const read = (name: string): string => readFileSync(new URL(name, folder), 'utf8')

/**
 * A source block: kind, text (a footnote written `{…}`), number; a cover's text is its rows of
 * [left, right] cells instead.
 */
export type SpecBlock = [kind: string, text: string, number?: string]

/** A fixture's spec: its blocks, and the page furniture and language it was typeset with. */
export interface Spec {
  blocks: SpecBlock[]
  header?: string
  lang?: string
}

export interface Truth {
  /** The clauses in order: their kind and number. */
  clauses: {type: string; num: string | undefined}[]
  /** The notes' texts, in order, each with the index of the clause that holds it (-1: the front). */
  notes: {text: string; clause: number}[]
}

const kinds: Record<string, string> = {recital: 'recital', para: 'paragraph', point: 'point'}

/** A fixture's spec, by its name under `fixtures/pdftotext/` (without `.spec.json`). */
export function specOf(name: string): Spec {
  return JSON.parse(read(`${name}.spec.json`)) as Spec
}

/** The clauses and notes a fixture's spec says its text holds. */
export function truthOf(name: string): Truth {
  const truth: Truth = {clauses: [], notes: []}
  for (const [kind, text, number] of specOf(name).blocks) {
    if (typeof text !== 'string') continue
    const type = kinds[kind]
    if (type) truth.clauses.push({type, num: type === 'recital' ? undefined : number})
    for (const match of text.matchAll(/\{([^}]+)\}/g))
      truth.notes.push({text: match[1]!, clause: type ? truth.clauses.length - 1 : -1})
  }
  return truth
}

/** Recitals, paragraphs and points in document order. */
export function clausesOf(document: Document): Nodes[] {
  const found: Nodes[] = []
  const walk = (node: Nodes): void => {
    if (node.type === 'recital' || node.type === 'paragraph' || node.type === 'point') found.push(node)
    if ('children' in node && Array.isArray(node.children))
      for (const child of node.children as Nodes[]) if (typeof child === 'object') walk(child)
  }
  for (const child of document.children) walk(child as Nodes)
  return found
}

/** The texts of the notes inside a node (its own, not those of the clauses it holds). */
export function notesIn(node: Nodes, into: string[] = [], top = true): string[] {
  if (!top && (node.type === 'recital' || node.type === 'paragraph' || node.type === 'point')) return into
  if (node.type === 'authorialNote') {
    into.push(ownText(node).replace(/\s+/g, ' ').trim())
    return into
  }
  if ('children' in node && Array.isArray(node.children))
    for (const child of node.children as Nodes[]) if (typeof child === 'object') notesIn(child, into, false)
  return into
}

/** A clause's printed number (`3.`), if it has one. */
export const numOf = (node: Nodes): string | undefined =>
  'children' in node && Array.isArray(node.children)
    ? (node.children as Nodes[]).find((child) => child.type === 'num')?.value
    : undefined

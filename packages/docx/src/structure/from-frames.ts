import {type DocumentPart, type Inline, type Nodes, plainText} from '@clausewise/model'
import type {DocxBlock} from '../read/body.js'
import {type FrameKind, type FrameMode, parseEndMarker, parseFrameName} from './frames.js'

type Element = Record<string, unknown> & {type: string; children?: unknown[]}

/** An open frame: its element (for a `run`, the element it adds to) and what it holds so far. */
interface Open {
  serial: number
  mode: FrameMode
  fields: Record<string, unknown>
  node: Element
  parent: Element
  /** Paragraphs read into it: a second one in a `leaf` is a paragraph added in Word. */
  filled: boolean
}

const hasContent = (children: readonly Inline[]): boolean =>
  children.some((child) => child.type !== 'text' || child.value.trim() !== '')

/** A new element of a kind. */
function build(kind: FrameKind): Element {
  const node = {...kind.fields} as Element
  if (kind.mode === 'leaf' || kind.mode === 'container') {
    node.children = []
    if (node.type === 'num' && typeof node.value !== 'string') node.value = ''
  }
  return node
}

/** Give a leaf its paragraph's running text (a number its text, unless its markup was kept). */
function fill(node: Element, children: Inline[], kind: FrameKind): void {
  if (node.type === 'num' && !('value' in kind.fields)) {
    node.value = plainText({type: 'p', children})
    delete node.children
    return
  }
  node.children = children
}

/**
 * Build the parts of a document written in the frame convention (`structure/frames.ts`) from its
 * paragraphs: each frame's mark opens its element in the paragraph where it stands, in serial order,
 * and the element closes after the paragraph of its end mark (or of its bookmark's end, for one
 * without); a paragraph's text goes to the innermost open element. A paragraph Word added since
 * (without frames of its own) is more running text where the running text before it stands, or else
 * a `p` of the element it stands in. Frames nest at most `maxDepth` deep.
 */
export function fromFrames(
  blocks: readonly DocxBlock[],
  kinds: readonly (FrameKind | undefined)[],
  maxDepth: number,
): DocumentPart[] {
  const root: Element = {type: 'document', children: []}
  const stack: Open[] = []
  // Where each open frame stands in the stack, so that closing one costs no scan.
  const positions = new Map<number, number>()
  const top = (): Element => stack[stack.length - 1]?.node ?? root
  // The last paragraph of running text read, and the element that holds it.
  let last: {node: Element; parent: Element} | undefined

  // Frames with an end mark end there, wherever their bookmark's end went.
  const marked = new Set<number>()
  for (const block of blocks) {
    for (const name of block.bookmarks?.starts ?? []) {
      const serial = parseEndMarker(name)
      if (serial !== undefined) marked.add(serial)
    }
  }
  const endOf = (name: string): number | undefined => {
    const marker = parseEndMarker(name)
    if (marker !== undefined) return marker
    const serial = parseFrameName(name)?.serial
    return serial === undefined || marked.has(serial) ? undefined : serial
  }

  for (const block of blocks) {
    let numbered = false
    const names = block.bookmarks?.starts ?? []
    const starts = names
      .map(parseFrameName)
      .filter((frame) => frame !== undefined)
      .sort((left, right) => left.serial - right.serial)
    for (const {serial, kind: index} of starts) {
      const kind = kinds[index]
      if (!kind) continue
      const parent = top()
      if (kind.mode === 'num') {
        // A number at the start of this paragraph: in our number style, or printed by Word's numbering.
        const value = block.number ?? (block.bullet ? undefined : block.label)
        if (value === undefined) continue
        parent.children?.push({...kind.fields, type: 'num', value})
        numbered = true
        continue
      }
      // Frames nested deeper than the model allows are read as the element around them.
      if (stack.length >= maxDepth || positions.has(serial)) continue
      const node = kind.mode === 'run' ? parent : build(kind)
      if (kind.mode !== 'run') parent.children?.push(node)
      positions.set(serial, stack.length)
      stack.push({serial, mode: kind.mode, fields: kind.fields, node, parent, filled: false})
    }

    let inline = block.children
    if (block.number !== undefined && !numbered) {
      inline = [{type: 'text', value: `${block.number}\t`}, ...inline]
    }
    const open = stack[stack.length - 1]
    const p = (): Nodes => ({type: 'p', children: inline, position: block.position})
    const added = !numbered && !starts.some((start) => kinds[start.kind] !== undefined)
    if (added && last && hasContent(inline)) {
      // A paragraph added in Word after running text: more running text where that stands.
      const node = p() as unknown as Element
      last.parent.children?.push(node)
      last = {node, parent: last.parent}
    } else if (!open) {
      // Text outside every frame: a paragraph of the last part.
      if (!hasContent(inline)) continue
      const last = root.children![root.children!.length - 1] as Element | undefined
      if (last?.children) last.children.push(p())
      else root.children!.push({type: 'mainBody', children: [p()]})
    } else if (open.mode === 'leaf') {
      if (!open.filled) {
        fill(open.node, inline, {mode: open.mode, fields: open.fields})
        open.node.position = block.position
        last = open.node.type === 'p' ? {node: open.node, parent: open.parent} : undefined
      } else if (hasContent(inline)) {
        const node = build({mode: open.mode, fields: open.fields})
        fill(node, inline, {mode: open.mode, fields: open.fields})
        open.parent.children?.push(node)
      }
    } else if (open.mode === 'run') {
      open.node.children?.push(...inline)
    } else if (open.mode === 'container' && hasContent(inline)) {
      const node = p() as unknown as Element
      open.node.children?.push(node)
      last = {node, parent: open.node}
    }
    if (!added && open?.mode !== 'leaf' && open?.mode !== 'container') last = undefined
    if (open) open.filled = true

    // Close the frames that end here, and any left open inside them.
    const ends = new Set(
      [...(block.bookmarks?.ends ?? []), ...names.filter((name) => parseEndMarker(name) !== undefined)]
        .map(endOf)
        .filter((serial) => serial !== undefined),
    )

    let index = stack.length
    for (const serial of ends) index = Math.min(index, positions.get(serial) ?? index)
    if (index < stack.length) {
      for (let at = index; at < stack.length; at++) positions.delete(stack[at]!.serial)
      stack.length = index
    }
  }
  return root.children as DocumentPart[]
}

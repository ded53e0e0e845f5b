import type {Document, Position} from '@clausewise/model'

interface Spanned {
  type: string
  value?: string
  position?: Position | undefined
  children?: Spanned[]
}

/**
 * Tidy a document the clause recognition built from a draft, as the convention's reader builds its
 * own: adjacent texts are one text (a title joined from two blocks), and every node without a
 * position gets the span of its children's (the first one's start to the last one's end), innermost
 * first, so that the parts and wrappers (preface, preamble, `docNumber`, lists) point into the
 * Markdown like the blocks they hold. Iterative.
 */
export function tidy(document: Document): void {
  const order: Spanned[] = []
  const stack: Spanned[] = [document as unknown as Spanned]
  while (stack.length > 0) {
    const node = stack.pop()!
    order.push(node)
    // A note's own text stands elsewhere in the source: it gives its call no span.
    if (node.type === 'authorialNote') continue
    if (Array.isArray(node.children)) for (const child of node.children) stack.push(child)
  }
  for (let index = order.length - 1; index >= 0; index--) {
    const node = order[index]!
    if (!Array.isArray(node.children)) continue
    mergeTexts(node.children)
    if (node.position) continue
    let start: Position['start'] | undefined
    let end: Position['end'] | undefined
    for (const child of node.children) {
      if (child.type === 'authorialNote' || !child.position) continue
      start ??= child.position.start
      end = child.position.end
    }
    if (start && end) node.position = {start, end}
  }
}

/** Merge adjacent text nodes in place (their positions joined when both have one). */
function mergeTexts(children: Spanned[]): void {
  let write = 0
  for (let read = 0; read < children.length; read++) {
    const child = children[read]!
    const previous = write > 0 ? children[write - 1] : undefined
    if (previous?.type === 'text' && child.type === 'text') {
      const merged: Spanned = {type: 'text', value: `${previous.value ?? ''}${child.value ?? ''}`}
      if (previous.position && child.position)
        merged.position = {start: previous.position.start, end: child.position.end}
      children[write - 1] = merged
      continue
    }
    children[write++] = child
  }
  children.length = write
}

import {type Document, isInline, type Nodes, plainText} from '@clausewise/model'

/**
 * Every block of a document with its depth and fields (type, names, attributes, numbers), in order:
 * all but positions, eIds (made anew) and an inner document's metadata. With `text`, each block whose
 * children are all inline also carries its plain text.
 */
export function blocks(document: Document, options: {text?: boolean} = {}): unknown[] {
  const out: unknown[] = []
  const walk = (node: Nodes, depth: number): void => {
    if (isInline(node)) return
    const {
      children,
      position: _position,
      eId: _eId,
      meta: _meta,
      ...fields
    } = node as Nodes & {children?: Nodes[]; eId?: string; meta?: unknown}
    const text = options.text && children?.every(isInline) ? plainText(node) : undefined
    out.push(options.text ? {depth, ...fields, text} : {depth, ...fields})
    for (const child of children ?? []) walk(child, depth + 1)
  }
  for (const part of document.children) walk(part, 0)
  return out
}

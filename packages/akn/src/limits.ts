import {ClausewiseError, type Nodes} from '@clausewise/model'

/**
 * How deep elements may nest, in XML read and in AKN written. Real AKN nests a few dozen levels; the
 * limit keeps every recursive consumer (our writers, `structuredClone`, a caller's own walker) far from
 * the stack's end, so that what `fromAkn` accepts, `toAkn` can write.
 */
export const maximumDepth = 500

/** Throw `xml-too-deep` when a tree nests deeper than {@link maximumDepth}; iterative, so any depth is safe to check. */
export function assertDepth(tree: Nodes): void {
  const stack: [Nodes, number][] = [[tree, 1]]
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!
    if (depth > maximumDepth) {
      throw new ClausewiseError(
        'xml-too-deep',
        `The document nests deeper than ${maximumDepth} levels, more than AKN output allows`,
      )
    }
    if ('children' in node) for (const child of node.children as Nodes[]) stack.push([child, depth + 1])
  }
}

import {ClausewiseError, defaultLimits, type Nodes} from '@clausewise/model'

/**
 * Throw `too-deep` when a tree nests deeper than `fromAkn` reads by default (`maxDepth`, 500): what a
 * writer writes, the reader can read. Iterative, so any depth is safe to check.
 */
export function assertDepth(tree: Nodes, maxDepth: number = defaultLimits.maxDepth): void {
  const stack: [Nodes, number][] = [[tree, 1]]
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!
    if (depth > maxDepth) {
      throw new ClausewiseError(
        'too-deep',
        `The document nests deeper than ${maxDepth} levels, more than AKN output allows`,
      )
    }
    if ('children' in node && node.children)
      for (const child of node.children as Nodes[]) stack.push([child, depth + 1])
  }
}

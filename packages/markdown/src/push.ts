/**
 * Append every item of a list to another. `target.push(...items)` passes each item as an argument,
 * and a list of some hundred thousand items (the blocks of a long document) overflows the call stack.
 *
 * @example pushAll(stack, node.children)
 */
export function pushAll<T>(target: T[], items: readonly T[]): void {
  for (const item of items) target.push(item)
}

/**
 * Append the items of a list last first: a depth-first walk's stack then pops them in order.
 *
 * @example pushReversed(stack, node.children)
 */
export function pushReversed<T>(target: T[], items: readonly T[]): void {
  for (let index = items.length - 1; index >= 0; index--) target.push(items[index]!)
}
